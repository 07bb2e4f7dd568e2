// The gazetteer: loading data/src/places (parse, check, tokenize every name, build the
// trie) and matching place names in the news bench corpus, one thread. The corpus is
// normalized and tokenized before timing, so BM_PlaceMatching times find() alone (word
// keys, trie walk, qualifiers), with a checksum of every match so a speed-up that changes
// the output shows up as a changed `checksum` counter.
//
// Memory: BM_GazetteerLoad reports the gazetteer's own heap (`heap_MB`, from its tables'
// capacities) and the growth of the process's resident set across one load (`rss_MB`).

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

#include "bench_corpus.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "timeplace/gazetteer.h"

namespace {

const std::string kPlacesDir = std::string(DYAD_SOURCE_DIR) + "/data/src/places";

uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001B3ULL; }

// Resident set size in bytes (/proc/self/statm, second field, in pages).
double rss_bytes() {
  std::ifstream statm("/proc/self/statm");
  long size = 0, resident = 0;
  statm >> size >> resident;
  return static_cast<double>(resident) * 4096.0;
}

void BM_GazetteerLoad(benchmark::State& state) {
  double rss_growth = 0;
  size_t heap = 0;
  for (auto _ : state) {
    double before = rss_bytes();
    auto g = dyad::timeplace::Gazetteer::load(kPlacesDir);
    if (!g.ok()) {
      state.SkipWithError(g.status().message().c_str());
      return;
    }
    rss_growth = rss_bytes() - before;
    heap = (*g)->stats().memory_bytes;
    benchmark::DoNotOptimize(g);
  }
  state.counters["heap_MB"] = static_cast<double>(heap) / 1e6;
  state.counters["rss_MB"] = rss_growth / 1e6;
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_PlaceMatching(benchmark::State& state) {
  auto g = dyad::timeplace::Gazetteer::load(kPlacesDir);
  auto corpus = dyad::bench::load_news_corpus();
  if (!g.ok() || !corpus.ok()) {
    state.SkipWithError((g.ok() ? corpus.status() : g.status()).message().c_str());
    return;
  }
  std::vector<dyad::Document>& docs = corpus.value();
  size_t tokens = 0, bytes = 0;
  for (dyad::Document& doc : docs) {
    dyad::text::normalize(doc);
    dyad::text::tokenize(doc);
    tokens += doc.tokens.size();
    bytes += doc.text.size();
  }
  const dyad::timeplace::Gazetteer& gazetteer = **g;
  dyad::timeplace::MatchScratch scratch;
  std::vector<dyad::timeplace::PlaceMatch> matches;
  uint64_t checksum = 0, found = 0, qualified = 0;
  for (auto _ : state) {
    checksum = 0xCBF29CE484222325ULL;
    found = qualified = 0;
    for (const dyad::Document& doc : docs) {
      for (const dyad::Sentence& s : doc.sentences) {
        matches.clear();
        gazetteer.find(doc, s.token_begin, s.token_end, scratch, matches);
        for (const auto& m : matches) {
          checksum = mix(mix(mix(checksum, m.token_begin), m.token_end), m.place);
          qualified += m.qualified;
        }
        found += matches.size();
      }
    }
    benchmark::DoNotOptimize(checksum);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["places"] = static_cast<double>(found);
  state.counters["qualified"] = static_cast<double>(qualified);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
  state.counters["checksum"] = static_cast<double>(checksum % 1000000007ULL);
}
BENCHMARK(BM_PlaceMatching)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

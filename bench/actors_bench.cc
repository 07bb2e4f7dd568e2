// Throughput of the actor stage on the news bench corpus, one thread, over documents
// tokenized beforehand (not timed):
//   BM_ActorsMatch    intern each sentence's words + leftmost-longest trie walk (the hot
//                     loop, actors/trie_match.cc)
//   BM_ActorsResolve  the whole resolver: match + composition + roles on the doc's date
//   BM_ActorsLoad     loading the compiled dictionary
// with a checksum of every match and mention, so a speed-up that changes the output shows
// as a changed `checksum` counter.
//
// Dictionary: $DYAD_ACTORS_DICT, else data/dict/actors.dyad (built by the build), else
// data/src/actors compiled in memory.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>

#include "actors/actors_tsv.h"
#include "actors/dictionary.h"
#include "actors/resolver.h"
#include "actors/trie_match.h"
#include "bench_corpus.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace {

using dyad::actors::Dictionary;

uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001B3ULL; }

std::string dictionary_path() {
  if (const char* env = std::getenv("DYAD_ACTORS_DICT"); env && *env) return env;
  return std::string(DYAD_SOURCE_DIR) + "/data/dict/actors.dyad";
}

const Dictionary* dictionary() {
  static std::shared_ptr<const Dictionary> dict = [] {
    std::shared_ptr<const Dictionary> d;
    if (std::filesystem::exists(dictionary_path())) {
      auto loaded = Dictionary::load(dictionary_path());
      if (loaded.ok()) d = *loaded;
    } else {
      auto sources =
          dyad::actors::load_actor_dir(std::string(DYAD_SOURCE_DIR) + "/data/src/actors");
      if (sources.ok()) {
        auto built = Dictionary::build(sources->sources);
        if (built.ok()) d = *built;
      }
    }
    if (d) {
      std::fprintf(stderr, "actor dictionary: %zu entries, %zu names, %zu agents, %zu words\n",
                   d->entry_count(), d->name_count(), d->agent_count(), d->word_count());
    }
    return d;
  }();
  return dict.get();
}

std::vector<dyad::Document>* corpus() {
  static auto docs = [] {
    auto c = dyad::bench::load_news_corpus();
    std::vector<dyad::Document> out;
    if (!c.ok()) return out;
    out = std::move(c).value();
    for (dyad::Document& d : out) {
      dyad::text::normalize(d);
      dyad::text::tokenize(d);
    }
    return out;
  }();
  return &docs;
}

bool ready(benchmark::State& state) {
  if (corpus()->empty()) {
    state.SkipWithError("no bench corpus (../shared/bench/news_docs.jsonl or $DYAD_SHARED)");
    return false;
  }
  if (!dictionary()) {
    state.SkipWithError("no actor dictionary (data/dict/actors.dyad or data/src/actors)");
    return false;
  }
  return true;
}

void counters(benchmark::State& state, uint64_t tokens, uint64_t sentences, uint64_t checksum,
              uint64_t found) {
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["found"] = static_cast<double>(found);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["checksum"] = static_cast<double>(checksum % 1000000007ULL);
}

void BM_ActorsMatch(benchmark::State& state) {
  if (!ready(state)) return;
  const Dictionary& dict = *dictionary();
  std::vector<uint32_t> ids;
  std::vector<dyad::actors::TrieMatch> matches;
  std::string scratch;
  uint64_t checksum = 0, tokens = 0, sentences = 0, found = 0;
  size_t bytes = 0;
  for (const dyad::Document& d : *corpus()) bytes += d.text.size();
  for (auto _ : state) {
    checksum = 0xCBF29CE484222325ULL;
    tokens = sentences = found = 0;
    for (const dyad::Document& doc : *corpus()) {
      const std::span<const dyad::Token> all(doc.tokens);
      for (const dyad::Sentence& s : doc.sentences) {
        dyad::actors::intern_words(dict, all.subspan(s.token_begin, s.size()), doc.text, ids,
                                   scratch);
        matches.clear();
        dyad::actors::match_longest(dict, ids, matches);
        for (const auto& m : matches) checksum = mix(mix(mix(checksum, m.begin), m.end), m.node);
        found += matches.size();
        tokens += s.size();
      }
      sentences += doc.sentences.size();
    }
    benchmark::DoNotOptimize(checksum);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  counters(state, tokens, sentences, checksum, found);
}
BENCHMARK(BM_ActorsMatch)->Unit(benchmark::kMillisecond);

void BM_ActorsResolve(benchmark::State& state) {
  if (!ready(state)) return;
  const Dictionary& dict = *dictionary();
  dyad::actors::ResolveScratch scratch;
  std::vector<dyad::Mention> mentions;
  uint64_t checksum = 0, tokens = 0, sentences = 0, found = 0;
  for (auto _ : state) {
    checksum = 0xCBF29CE484222325ULL;
    tokens = sentences = found = 0;
    for (const dyad::Document& doc : *corpus()) {
      mentions.clear();
      dyad::actors::resolve_document(dict, doc, scratch, mentions);
      for (const dyad::Mention& m : mentions) {
        checksum = mix(mix(mix(checksum, m.token_begin), m.token_end), m.entry);
        for (char c : m.code.view()) checksum = mix(checksum, static_cast<unsigned char>(c));
      }
      found += mentions.size();
      tokens += doc.tokens.size();
      sentences += doc.sentences.size();
    }
    benchmark::DoNotOptimize(checksum);
  }
  counters(state, tokens, sentences, checksum, found);
}
BENCHMARK(BM_ActorsResolve)->Unit(benchmark::kMillisecond);

void BM_ActorsLoad(benchmark::State& state) {
  if (!std::filesystem::exists(dictionary_path())) {
    state.SkipWithError("no compiled dictionary (build the actor_dictionary target)");
    return;
  }
  size_t words = 0;
  for (auto _ : state) {
    auto d = Dictionary::load(dictionary_path());
    if (!d.ok()) {
      state.SkipWithError(d.status().message().c_str());
      return;
    }
    words = (**d).word_count();
    state.counters["memory_MB"] = static_cast<double>((**d).memory_bytes()) / (1 << 20);
  }
  state.counters["words"] = static_cast<double>(words);
}
BENCHMARK(BM_ActorsLoad)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

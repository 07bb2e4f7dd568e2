// Tagger throughput: Tagger::tag (UPOS, XPOS, FEATS and lemma) over every sentence of EWT
// dev, from ${DYAD_SHARED:-<source>/../shared}/data/ud, with the model
// data/models/en_ewt.tagger.dyad. Reports tokens/s and sentences/s, and a checksum of the
// tags and lemma lengths so a speed-up that changes the output shows.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "bench_corpus.h"
#include "syntax/conllu.h"
#include "syntax/tagger/tagger.h"

namespace {

struct Fixture {
  std::shared_ptr<const dyad::syntax::Tagger> tagger;
  std::vector<dyad::Document> docs;
  size_t tokens = 0;
  size_t sentences = 0;
  bool ok = false;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture f;
    const std::string model = std::string(DYAD_SOURCE_DIR) + "/data/models/en_ewt.tagger.dyad";
    auto tagger = dyad::syntax::Tagger::load(model);
    if (!tagger.ok()) {
      std::fprintf(stderr, "tagger_bench: %s\n", tagger.status().message().c_str());
      return f;
    }
    const std::string dev = dyad::bench::shared_dir() + "/data/ud/en_ewt-ud-dev.conllu";
    auto docs = dyad::syntax::read_conllu_file(dev);
    if (!docs.ok()) {
      std::fprintf(stderr, "tagger_bench: %s (set DYAD_SHARED)\n", docs.status().message().c_str());
      return f;
    }
    f.tagger = tagger.value();
    f.docs = std::move(docs).value();
    for (const auto& d : f.docs) {
      f.tokens += d.tokens.size();
      f.sentences += d.sentences.size();
    }
    f.ok = true;
    return f;
  }();
  return f;
}

void BM_TagEwtDev(benchmark::State& state) {
  const Fixture& f = fixture();
  if (!f.ok) {
    state.SkipWithError("model or EWT dev missing (see stderr)");
    return;
  }
  std::vector<dyad::Document> docs = f.docs;  // per thread: tag() writes the tokens
  dyad::syntax::TaggerWorkspace ws;
  uint64_t checksum = 0;
  for (auto _ : state) {
    checksum = 0;
    for (dyad::Document& d : docs) {
      // tag() rewrites every lemma and FEATS reference, so the old strings can go; this
      // keeps the arena from growing across iterations.
      d.arena.clear();
      for (const dyad::Sentence& s : d.sentences) f.tagger->tag(d, s, ws);
      for (const dyad::Token& t : d.tokens) {
        checksum = checksum * 31 + static_cast<uint64_t>(t.xpos) * 64 +
                   static_cast<uint64_t>(t.upos) + t.lemma.size * 4096 + t.feats.size * 65536;
      }
    }
    benchmark::DoNotOptimize(checksum);
  }
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(f.tokens * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(f.sentences * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["checksum"] = static_cast<double>(checksum % 1000000007ull);
}
BENCHMARK(BM_TagEwtDev)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TagEwtDev)
    ->Name("BM_TagEwtDev/Threads")
    ->Threads(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();

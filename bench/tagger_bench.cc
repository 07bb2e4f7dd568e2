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
  dyad::bench::EwtSplit ewt;
  bool ok = false;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture f;
    auto tagger = dyad::syntax::Tagger::load(dyad::bench::model_path("en_ewt.tagger.dyad"));
    auto ewt = dyad::bench::load_ewt("dev");
    const dyad::Status& failed = !tagger.ok() ? tagger.status() : ewt.status();
    if (!failed.ok()) {
      std::fprintf(stderr, "tagger_bench: %s\n", failed.message().c_str());
      return f;
    }
    f.tagger = tagger.value();
    f.ewt = std::move(ewt).value();
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
  std::vector<dyad::Document> docs = f.ewt.docs;  // per thread: tag() writes the tokens
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
      static_cast<double>(f.ewt.tokens * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(f.ewt.sentences * state.iterations()), benchmark::Counter::kIsRate);
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

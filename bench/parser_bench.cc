// Parser throughput: Parser::parse over every sentence of EWT dev (gold tags, so the
// tagger's speed is not in the figure), from ${DYAD_SHARED:-<source>/../shared}/data/ud,
// with the model data/models/en_ewt.parser.dyad. Reports tokens/s and sentences/s, and a
// checksum of the heads and labels so a speed-up that changes the output shows. For an
// ensemble model, BM_ParseEwtDevMember times each member alone.
// Run with --benchmark_filter=Threads to see the 2-thread scaling.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "bench_corpus.h"
#include "syntax/conllu.h"
#include "syntax/parser/parser.h"

namespace {

struct Fixture {
  std::shared_ptr<const dyad::syntax::Parser> parser;
  dyad::bench::EwtSplit ewt;
  bool ok = false;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture f;
    auto parser = dyad::syntax::Parser::load(dyad::bench::model_path("en_ewt.parser.dyad"));
    auto ewt = dyad::bench::load_ewt("dev");
    const dyad::Status& failed = !parser.ok() ? parser.status() : ewt.status();
    if (!failed.ok()) {
      std::fprintf(stderr, "parser_bench: %s\n", failed.message().c_str());
      return f;
    }
    f.parser = parser.value();
    f.ewt = std::move(ewt).value();
    f.ok = true;
    return f;
  }();
  return f;
}

void BM_ParseEwtDev(benchmark::State& state) {
  const Fixture& f = fixture();
  if (!f.ok) {
    state.SkipWithError("model or EWT dev missing (see stderr)");
    return;
  }
  std::vector<dyad::Document> docs = f.ewt.docs;  // per thread: parse() writes heads
  dyad::syntax::ParserWorkspace ws;
  uint64_t checksum = 0;
  for (auto _ : state) {
    checksum = 0;
    for (dyad::Document& d : docs) {
      for (const dyad::Sentence& s : d.sentences) f.parser->parse(d, s, ws);
      for (const dyad::Token& t : d.tokens) {
        checksum = checksum * 31 + t.head * 64 + static_cast<uint64_t>(t.deprel);
      }
    }
    benchmark::DoNotOptimize(checksum);
  }
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(f.ewt.tokens * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(f.ewt.sentences * state.iterations()), benchmark::Counter::kIsRate);
  // Averaged over threads: every thread parses the same documents, so it is the same value.
  state.counters["checksum"] = benchmark::Counter(static_cast<double>(checksum % 1000000007ull),
                                                  benchmark::Counter::kAvgThreads);
}
BENCHMARK(BM_ParseEwtDev)->Unit(benchmark::kMillisecond)->UseRealTime();

// One member of an ensemble model alone (argument: member index), to see what voting and
// decoding add on top of the members' own parsing time.
void BM_ParseEwtDevMember(benchmark::State& state) {
  const Fixture& f = fixture();
  const size_t m = static_cast<size_t>(state.range(0));
  if (!f.ok || m >= f.parser->members().size()) {
    state.SkipWithError("model missing or not an ensemble with that many members");
    return;
  }
  const auto& member = *f.parser->members()[m];
  std::vector<dyad::Document> docs = f.ewt.docs;
  dyad::syntax::ParserWorkspace ws;
  for (auto _ : state) {
    for (dyad::Document& d : docs) {
      for (const dyad::Sentence& s : d.sentences) member.parse(d, s, ws);
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(f.ewt.tokens * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseEwtDevMember)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Arg(3)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ParseEwtDev)
    ->Name("BM_ParseEwtDev/Threads")
    ->Threads(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();

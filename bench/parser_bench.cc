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
  std::vector<dyad::Document> docs;
  size_t tokens = 0;
  size_t sentences = 0;
  bool ok = false;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture f;
    const std::string model = std::string(DYAD_SOURCE_DIR) + "/data/models/en_ewt.parser.dyad";
    auto parser = dyad::syntax::Parser::load(model);
    if (!parser.ok()) {
      std::fprintf(stderr, "parser_bench: %s\n", parser.status().message().c_str());
      return f;
    }
    const std::string dev = dyad::bench::shared_dir() + "/data/ud/en_ewt-ud-dev.conllu";
    auto docs = dyad::syntax::read_conllu_file(dev);
    if (!docs.ok()) {
      std::fprintf(stderr, "parser_bench: %s (set DYAD_SHARED)\n", docs.status().message().c_str());
      return f;
    }
    f.parser = parser.value();
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

void BM_ParseEwtDev(benchmark::State& state) {
  const Fixture& f = fixture();
  if (!f.ok) {
    state.SkipWithError("model or EWT dev missing (see stderr)");
    return;
  }
  std::vector<dyad::Document> docs = f.docs;  // per thread: parse() writes heads
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
      static_cast<double>(f.tokens * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(f.sentences * state.iterations()), benchmark::Counter::kIsRate);
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
  std::vector<dyad::Document> docs = f.docs;
  dyad::syntax::ParserWorkspace ws;
  for (auto _ : state) {
    for (dyad::Document& d : docs) {
      for (const dyad::Sentence& s : d.sentences) member.parse(d, s, ws);
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(f.tokens * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseEwtDevMember)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ParseEwtDev)
    ->Name("BM_ParseEwtDev/Threads")
    ->Threads(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();

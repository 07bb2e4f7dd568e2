// Throughput of the text stage (normalize + tokenize + split sentences) on the news bench
// corpus, one thread, with a checksum of every token and sentence boundary so a speed-up
// that changes the output shows up as a changed `checksum` counter.
//
// BM_EwtSegmentation scores segmentation from raw text on UD English EWT test (and dev),
// reporting tokens, words and sentences F1 (x100) as counters; it is here, not in the unit
// tests, because it needs ../shared.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>

#include "app/syntax_scores.h"
#include "bench_corpus.h"
#include "syntax/conllu.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace {

uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001B3ULL; }

void BM_TextStage(benchmark::State& state) {
  auto corpus = dyad::bench::load_news_corpus();
  if (!corpus.ok()) {
    state.SkipWithError(corpus.status().message().c_str());
    return;
  }
  std::vector<dyad::Document>& docs = corpus.value();
  size_t bytes = 0;
  for (const dyad::Document& d : docs) bytes += d.source.size();
  uint64_t checksum = 0, tokens = 0, sentences = 0;
  for (auto _ : state) {
    checksum = 0xCBF29CE484222325ULL;
    tokens = sentences = 0;
    for (dyad::Document& doc : docs) {
      dyad::text::normalize(doc);
      dyad::text::tokenize(doc);
      for (const dyad::Token& t : doc.tokens) checksum = mix(mix(checksum, t.begin), t.end);
      for (const dyad::Sentence& s : doc.sentences) checksum = mix(checksum, s.token_end);
      tokens += doc.tokens.size();
      sentences += doc.sentences.size();
    }
    benchmark::DoNotOptimize(checksum);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens * state.iterations()),
                                                  benchmark::Counter::kIsRate);
  state.counters["checksum"] = static_cast<double>(checksum % 1000000007ULL);
}
BENCHMARK(BM_TextStage)->Unit(benchmark::kMillisecond);

void BM_EwtSegmentation(benchmark::State& state, const char* split) {
  const std::string path = dyad::bench::shared_dir() + "/data/ud/en_ewt-ud-" + split + ".conllu";
  auto gold = dyad::syntax::read_conllu_file(path, {.split_documents = false});
  if (!gold.ok()) {
    state.SkipWithError(gold.status().message().c_str());
    return;
  }
  const dyad::Document& g = gold.value()[0];
  dyad::app::SyntaxScores score;
  for (auto _ : state) {
    dyad::Document predicted;
    predicted.source = g.text;
    dyad::text::normalize(predicted);
    dyad::text::tokenize(predicted);
    score = dyad::app::score_syntax(g, predicted);
  }
  using dyad::app::Metric;
  state.counters["tokens_f1"] = 100 * score[Metric::kTokens].f1();
  state.counters["words_f1"] = 100 * score[Metric::kWords].f1();
  state.counters["sentences_f1"] = 100 * score[Metric::kSentences].f1();
  state.counters["sentences_p"] = 100 * score[Metric::kSentences].precision();
  state.counters["sentences_r"] = 100 * score[Metric::kSentences].recall();
}
BENCHMARK_CAPTURE(BM_EwtSegmentation, test, "test")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_EwtSegmentation, dev, "dev")->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();

#pragma once
// app::bench — `dyad bench`: throughput and memory of the pipeline on a JSONL corpus
// (by default the shared news benchmark, ../shared/bench/news_docs.jsonl).
//
// It times, each over the whole corpus held in memory (reading is not timed):
//   text    normalize + split + tokenize, one thread (MB/s of input)
//   syntax  tag + parse on the tokenized documents, per thread count (tokens/s)
//   all     text + tag + parse end to end, per thread count (sentences/s, tokens/s)
//   code    `dyad code` end to end: text + tag + parse + actors and events + the JSONL
//           writer (into memory), per thread count (sentences/s, documents/s, events)
// and reports model load time, the resident memory the models add, and the peak
// resident memory of the process. A checksum of every head, label and tag is computed
// per run; runs that disagree are reported, so a speed-up that changes results shows.

#include <string>
#include <vector>

#include "app/model_paths.h"
#include "core/status.h"

namespace dyad::app {

struct BenchOptions {
  std::string corpus;  // JSONL; empty: $DYAD_SHARED or ../shared, bench/news_docs.jsonl
  std::vector<int> threads = {1, 2};
  int repeats = 1;  // each timing is the best of this many runs
  size_t max_documents = 0;  // 0: all
  bool code = true;  // time the `code` stage too (loads the coder's data)
  ModelOptions models;
};

struct BenchRun {
  std::string stage;
  int threads = 1;
  double seconds = 0;
  size_t documents = 0, sentences = 0, tokens = 0, bytes = 0, events = 0;
  uint64_t checksum = 0;
};

struct BenchReport {
  std::string corpus;
  double model_load_seconds = 0;
  double model_rss_mb = 0;
  // Loading the coder's data (ontology, actors, places, verbs). Its memory is not
  // measured here: after the runs before it, freed heap pages hide it in a resident-size
  // difference; compare `dyad code` and `dyad parse` under /usr/bin/time instead.
  double coder_load_seconds = 0;
  double peak_rss_mb = 0;
  std::vector<BenchRun> runs;
  bool checksums_agree = true;
};

Result<BenchReport> bench(const BenchOptions& options);
std::string format_bench_table(const BenchReport& report);
std::string format_bench_json(const BenchReport& report);

// Finds ../shared (or $DYAD_SHARED) from the current directory; empty when absent.
std::string find_shared_dir();

}  // namespace dyad::app

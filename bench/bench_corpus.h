#pragma once
// The benchmark corpus: ../shared/bench/news_docs.jsonl (or $DYAD_SHARED/bench/...),
// read through the text stage's DocumentReader, so every benchmark measures the same
// documents. Benchmarks only: it may print to stderr.

#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace dyad::bench {

// The shared data folder: $DYAD_SHARED, else ${DYAD_SOURCE_DIR}/../shared.
std::string shared_dir();

// Loads the news documents (source, id, date; not yet normalized). The error names the
// path it looked at and how to point at another one.
Result<std::vector<Document>> load_news_corpus();

// One split of UD English EWT (train, dev or test) with its word and sentence counts.
struct EwtSplit {
  std::vector<Document> docs;
  size_t tokens = 0;
  size_t sentences = 0;
};
Result<EwtSplit> load_ewt(const std::string& split);

// A committed model file: <source>/data/models/<file>.
std::string model_path(const std::string& file);

}  // namespace dyad::bench

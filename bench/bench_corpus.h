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

}  // namespace dyad::bench

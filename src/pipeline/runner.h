#pragma once
// Runner: drives a Pipeline over a stream of Documents with N worker threads, keeps input
// order, and hands exactly one Document per input document to the sink — analysed, or
// carrying the status that says why not.
//
// Threads work on batches: the calling thread reads a batch, the workers take documents
// from it by an atomic counter, and the sink sees the batch in order once all are done.
// Batches are sized in bytes so one huge document does not leave the other worker idle
// for a whole batch of small ones.

#include <cstddef>
#include <functional>

#include "core/document.h"
#include "pipeline/pipeline.h"

namespace dyad::pipeline {

struct RunStats;

struct RunnerOptions {
  int threads = 1;
  size_t batch_bytes = 4 << 20;
  size_t batch_documents = 512;
  // Called after each batch with the counts so far (the CLI shows progress on a TTY).
  std::function<void(const RunStats&)> progress;
};

struct RunStats {
  size_t documents = 0;
  size_t failed = 0;  // documents whose status is an error (not ok, not repaired)
  size_t sentences = 0;
  size_t tokens = 0;
  size_t events = 0;
  size_t bytes = 0;
};

// `next` fills a Document and returns false at the end of input (a DocumentReader's
// next, or a vector walk). The sink may move from the Document it is given.
RunStats run(const std::function<bool(Document&)>& next, const Pipeline& pipeline,
             const RunnerOptions& options, const std::function<void(Document&)>& sink);

// True for statuses that mean the document was not (fully) analysed: not ok, empty,
// invalid_utf8_repaired (analysed after repair) or missing_date (coded without a date).
bool is_failure(DocStatus status);

}  // namespace dyad::pipeline

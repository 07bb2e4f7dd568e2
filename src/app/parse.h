#pragma once
// app::parse — `dyad parse`: raw text or JSONL in, CoNLL-U out.
//
// Every input document yields a "# newdoc id = ..." block. A document that could not be
// analysed (malformed JSON line, binary data, empty) yields its block with a
// "# status = <status>" comment and its detail, and no sentences, so nothing is lost.

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "app/model_paths.h"
#include "core/status.h"
#include "pipeline/runner.h"
#include "text/reader.h"

namespace dyad::app {

struct ParseOptions {
  std::vector<std::string> inputs;  // files; "-" is stdin; empty means stdin
  text::InputFormat format = text::InputFormat::kText;
  bool offsets = false;  // TokenRange=START:END character offsets in MISC
  int threads = 1;
  size_t max_sentence_tokens = 0;  // 0: the tokenizer's default
  ModelOptions models;
  // Called after each batch of documents with the counts so far.
  std::function<void(const pipeline::RunStats&)> progress;
};

// Writes CoNLL-U to `out`. Returns the run's counts, or a resource error (unreadable
// input file, missing model) before anything is written for that input.
Result<pipeline::RunStats> parse(const ParseOptions& options, std::ostream& out);

}  // namespace dyad::app

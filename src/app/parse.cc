#include "app/parse.h"

#include <filesystem>

#include "syntax/conllu.h"

namespace dyad::app {

Result<pipeline::RunStats> parse(const ParseOptions& options, std::ostream& out) {
  pipeline::PipelineConfig config;
  if (options.max_sentence_tokens > 0) {
    config.tokenizer.max_sentence_tokens = options.max_sentence_tokens;
  }
  DYAD_RETURN_IF_ERROR(resolve_models(options.models, config));
  Result<pipeline::Pipeline> pipeline = pipeline::Pipeline::create(config);
  if (!pipeline.ok()) return pipeline.status();

  // A header naming the producer and its models, as UDPipe's "# generator" line does.
  out << "# generator = dyad 0.1.0, tagger "
      << std::filesystem::path(config.tagger_model).filename().string() << ", parser "
      << std::filesystem::path(config.parser_model).filename().string() << "\n";
  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");
  pipeline::RunStats total;
  std::string buffer;
  for (const std::string& input : inputs) {
    text::ReaderOptions reader_options;
    reader_options.format = options.format;
    auto reader = text::DocumentReader::open(input, reader_options);
    if (!reader.ok()) return reader.status();
    pipeline::RunnerOptions runner;
    runner.threads = options.threads;
    runner.progress = options.progress;
    pipeline::RunStats stats = pipeline::run(
        [&](Document& doc) { return (*reader)->next(doc); }, *pipeline, runner,
        [&](Document& doc) {
          buffer.clear();
          buffer += "# newdoc id = " + doc.id + "\n";
          if (doc.status != DocStatus::kOk) {
            buffer += "# status = ";
            buffer += to_string(doc.status);
            if (!doc.status_detail.empty()) buffer += ": " + doc.status_detail;
            buffer += '\n';
          }
          syntax::ConlluWriteOptions write_options;
          write_options.offsets = options.offsets;
          syntax::write_conllu(doc, write_options, buffer);
          if (doc.sentences.empty()) buffer += '\n';  // keep blocks apart
          out << buffer;
        });
    total.documents += stats.documents;
    total.failed += stats.failed;
    total.sentences += stats.sentences;
    total.tokens += stats.tokens;
    total.bytes += stats.bytes;
  }
  out.flush();
  return total;
}

}  // namespace dyad::app

#include "bench_corpus.h"

#include <cstdlib>
#include <filesystem>

#include "syntax/conllu.h"
#include "text/reader.h"

#ifndef DYAD_SOURCE_DIR
#define DYAD_SOURCE_DIR "."
#endif

namespace dyad::bench {

std::string shared_dir() {
  if (const char* env = std::getenv("DYAD_SHARED"); env != nullptr && *env != '\0') return env;
  return std::string(DYAD_SOURCE_DIR) + "/../shared";
}

Result<std::vector<Document>> load_news_corpus() {
  const std::string path = shared_dir() + "/bench/news_docs.jsonl";
  if (!std::filesystem::exists(path)) {
    return not_found("bench corpus not found at '" + path +
                     "'; set DYAD_SHARED to the folder holding bench/news_docs.jsonl");
  }
  auto reader = text::DocumentReader::open(path, {.format = text::InputFormat::kJsonl});
  if (!reader.ok()) return reader.status();
  std::vector<Document> docs;
  Document doc;
  while ((*reader)->next(doc)) docs.push_back(std::move(doc));
  if (docs.empty()) return data_loss("bench corpus '" + path + "' holds no documents");
  return docs;
}

Result<EwtSplit> load_ewt(const std::string& split) {
  auto docs = syntax::read_conllu_file(shared_dir() + "/data/ud/en_ewt-ud-" + split + ".conllu");
  if (!docs.ok()) {
    return not_found(docs.status().message() + " (set DYAD_SHARED to the shared folder)");
  }
  EwtSplit ewt;
  ewt.docs = std::move(docs).value();
  for (const Document& d : ewt.docs) {
    ewt.tokens += d.tokens.size();
    ewt.sentences += d.sentences.size();
  }
  return ewt;
}

std::string model_path(const std::string& file) {
  return std::string(DYAD_SOURCE_DIR) + "/data/models/" + file;
}

}  // namespace dyad::bench

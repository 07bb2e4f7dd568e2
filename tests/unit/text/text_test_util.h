#pragma once
// Helpers shared by the text-stage tests: run normalize + tokenize on a string and read
// back forms, sentences and multiword tokens as plain strings for readable assertions.

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace dyad::text::testing {

inline Document analyze(std::string_view source, const TokenizerOptions& options = {}) {
  Document doc;
  doc.source = std::string(source);
  normalize(doc);
  tokenize(doc, options);
  return doc;
}

// Surface tokens: a multiword token appears once, as its surface.
inline std::vector<std::string> surface_forms(const Document& doc) {
  std::vector<std::string> out;
  size_t m = 0;
  for (uint32_t i = 0; i < doc.tokens.size();) {
    if (m < doc.multiword_tokens.size() && doc.multiword_tokens[m].token_begin == i) {
      const MultiwordToken& mwt = doc.multiword_tokens[m++];
      out.emplace_back(doc.text.substr(doc.tokens[i].begin,
                                       doc.tokens[mwt.token_end - 1].end - doc.tokens[i].begin));
      i = mwt.token_end;
    } else {
      out.emplace_back(doc.form(i++));
    }
  }
  return out;
}

inline std::vector<std::string> words(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.form(t));
  return out;
}

inline std::vector<std::string> sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.sentence_text(s));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace dyad::text::testing

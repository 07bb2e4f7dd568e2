// Fuzz target for the text stage: JSONL reader -> normalize -> tokenize, checking the
// invariants every later stage relies on (valid UTF-8 text, tokens in order inside the
// text, multiword tokens inside their sentences, sentences covering every token).
// Inputs are capped at 64 KB: the code is linear, bigger inputs only slow the fuzzer.

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/check.h"
#include "core/document.h"
#include "text/normalizer.h"
#include "text/reader.h"
#include "text/tokenizer.h"

namespace {

bool valid_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = 1;
    if (c >= 0x80) {
      if (c < 0xC2 || c > 0xF4) return false;
      len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

void check_document(const dyad::Document& doc) {
  DYAD_CHECK(valid_utf8(doc.text));
  uint32_t prev_end = 0;
  for (const dyad::Token& t : doc.tokens) {
    DYAD_CHECK(t.begin >= prev_end);
    DYAD_CHECK(t.begin < t.end);
    DYAD_CHECK(t.end <= doc.text.size());
    DYAD_CHECK(doc.offsets.to_source(t.end) <= doc.source.size());
    prev_end = t.end;
  }
  uint32_t covered = 0;
  for (const dyad::Sentence& s : doc.sentences) {
    DYAD_CHECK(s.token_begin == covered);
    DYAD_CHECK(s.token_begin < s.token_end);
    DYAD_CHECK(s.begin == doc.tokens[s.token_begin].begin);
    DYAD_CHECK(s.end == doc.tokens[s.token_end - 1].end);
    covered = s.token_end;
  }
  DYAD_CHECK(covered == doc.tokens.size());
  uint32_t prev_mwt_end = 0;
  for (const dyad::MultiwordToken& m : doc.multiword_tokens) {
    DYAD_CHECK(m.token_begin >= prev_mwt_end);
    DYAD_CHECK(m.token_end >= m.token_begin + 2);
    DYAD_CHECK(m.token_end <= doc.tokens.size());
    for (uint32_t k = m.token_begin + 1; k < m.token_end; ++k) {
      DYAD_CHECK(doc.tokens[k].begin == doc.tokens[k - 1].end);  // slices of one surface
    }
    prev_mwt_end = m.token_end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64u << 10)) return 0;
  const std::string input(reinterpret_cast<const char*>(data), size);
  dyad::text::ReaderOptions options;
  options.max_document_bytes = 16u << 10;  // exercise truncation too
  dyad::text::TokenizerOptions tokenizer;
  tokenizer.max_sentence_tokens = 16;  // exercise the sentence-length cut
  // As JSONL (the reader's path), then the raw bytes as one plain-text document.
  auto reader = dyad::text::DocumentReader::from_string(input, "fuzz", options);
  dyad::Document doc;
  while (reader->next(doc)) {
    dyad::text::normalize(doc);
    dyad::text::tokenize(doc, tokenizer);
    check_document(doc);
  }
  doc = dyad::Document();
  doc.source = input;
  dyad::text::normalize(doc);
  dyad::text::tokenize(doc, tokenizer);
  check_document(doc);
  return 0;
}

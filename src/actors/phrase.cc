#include "actors/phrase.h"

#include <utf8proc.h>

#include "core/document.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace dyad::actors {

void append_word_key(std::string_view word, std::string& out) {
  const size_t start = out.size();
  text::append_match_form(word, out);
  // ASCII in place; anything else through utf8proc's simple lower-case mapping.
  bool ascii = true;
  for (size_t i = start; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 0x80) {
      ascii = false;
    } else if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + ('a' - 'A'));
    }
  }
  if (ascii) return;
  std::string folded;
  folded.reserve(out.size() - start);
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(out.data() + start);
  auto left = static_cast<utf8proc_ssize_t>(out.size() - start);
  while (left > 0) {
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {  // not UTF-8: keep the byte (text is valid UTF-8, so this is defensive)
      folded.push_back(static_cast<char>(*p));
      ++p;
      --left;
      continue;
    }
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
    folded.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(m));
    p += n;
    left -= n;
  }
  out.resize(start);
  out += folded;
}

std::string word_key(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  append_word_key(word, out);
  return out;
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  Document doc;
  doc.source.assign(phrase);
  text::normalize(doc);
  text::TokenizerOptions options;
  options.line_break_ends_sentence = false;
  text::tokenize(doc, options);
  std::vector<std::string> words;
  words.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) words.push_back(word_key(doc.form(t)));
  return words;
}

std::string phrase_key(std::string_view phrase) {
  std::string key;
  for (const std::string& w : phrase_words(phrase)) {
    if (!key.empty()) key.push_back(' ');
    key += w;
  }
  return key;
}

}  // namespace dyad::actors

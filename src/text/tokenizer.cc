#include "text/tokenizer.h"

#include <vector>

#include "core/check.h"
#include "text/internal/clitics.h"
#include "text/internal/scanner.h"
#include "text/internal/sentence_splitter.h"

namespace dyad::text {
namespace {

using internal::SurfaceToken;
using internal::TokenKind;

// Appends the words of one surface token, as a multiword token when a clitic splits off.
void add_words(Document& doc, const SurfaceToken& s, bool space_after) {
  const std::string_view form(doc.text.data() + s.begin, s.end - s.begin);
  const size_t split = s.kind == TokenKind::kWord ? internal::clitic_split(form) : 0;
  Token t;
  t.begin = s.begin;
  if (split > 0) {
    MultiwordToken mwt;
    mwt.token_begin = static_cast<uint32_t>(doc.tokens.size());
    t.end = s.begin + static_cast<uint32_t>(split);
    t.space_after = false;
    doc.tokens.push_back(t);
    t.begin = t.end;
    t.end = s.end;
    t.space_after = space_after;
    doc.tokens.push_back(t);
    mwt.token_end = static_cast<uint32_t>(doc.tokens.size());
    doc.multiword_tokens.push_back(mwt);
    return;
  }
  t.end = s.end;
  t.space_after = space_after;
  doc.tokens.push_back(t);
}

bool inside_multiword(const Document& doc, size_t mwt_cursor, uint32_t word) {
  return mwt_cursor < doc.multiword_tokens.size() &&
         doc.multiword_tokens[mwt_cursor].token_begin < word &&
         word < doc.multiword_tokens[mwt_cursor].token_end;
}

void push_sentence(Document& doc, uint32_t first, uint32_t last) {
  Sentence s;
  s.token_begin = first;
  s.token_end = last;
  s.begin = doc.tokens[first].begin;
  s.end = doc.tokens[last - 1].end;
  doc.sentences.push_back(s);
}

// Adds the sentence of words [first, last), cut into pieces of at most `max` words. A cut
// goes after the last comma or semicolon in the second half of the window when there is
// one, and never inside a multiword token. Linear in the number of words.
void add_sentence(Document& doc, uint32_t first, uint32_t last, uint32_t max, size_t& mwt_cursor) {
  while (last - first > max) {
    uint32_t cut = first + max;
    for (uint32_t k = first + max; k > first + max / 2; --k) {
      const std::string_view f = doc.form(k - 1);
      if (f == "," || f == ";") {
        cut = k;
        break;
      }
    }
    while (mwt_cursor < doc.multiword_tokens.size() &&
           doc.multiword_tokens[mwt_cursor].token_end <= cut) {
      ++mwt_cursor;
    }
    if (inside_multiword(doc, mwt_cursor, cut)) cut = doc.multiword_tokens[mwt_cursor].token_begin;
    if (cut <= first)
      cut = doc.multiword_tokens[mwt_cursor].token_end;  // max < 2: keep the MWT whole
    push_sentence(doc, first, cut);
    first = cut;
  }
  if (last > first) push_sentence(doc, first, last);
}

}  // namespace

void tokenize(Document& doc, const TokenizerOptions& options) {
  doc.clear_analysis();
  if (doc.status == DocStatus::kBinary || doc.status == DocStatus::kEmpty || doc.text.empty()) {
    return;
  }
  std::vector<SurfaceToken> surface;
  surface.reserve(doc.text.size() / 5 + 16);
  internal::scan(doc.text, surface);
  if (surface.empty()) return;
  std::vector<uint32_t> starts;
  internal::find_sentence_starts(doc.text, surface, {options.line_break_ends_sentence}, starts);
  DYAD_CHECK(!starts.empty() && starts[0] == 0);

  doc.tokens.reserve(surface.size() + surface.size() / 16);
  const uint32_t max = options.max_sentence_tokens < 1 ? 1 : options.max_sentence_tokens;
  size_t mwt_cursor = 0;
  for (size_t s = 0; s < starts.size(); ++s) {
    const size_t end = s + 1 < starts.size() ? starts[s + 1] : surface.size();
    const uint32_t first_word = static_cast<uint32_t>(doc.tokens.size());
    for (size_t k = starts[s]; k < end; ++k) {
      const bool space_after =
          k + 1 < surface.size() ? surface[k + 1].gap > 0 : surface[k].end < doc.text.size();
      add_words(doc, surface[k], space_after);
    }
    add_sentence(doc, first_word, static_cast<uint32_t>(doc.tokens.size()), max, mwt_cursor);
  }
}

}  // namespace dyad::text

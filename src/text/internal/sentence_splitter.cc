#include "text/internal/sentence_splitter.h"

#include "text/abbreviations.h"
#include "text/internal/char_class.h"
#include "text/internal/utf8.h"

namespace dyad::text::internal {
namespace {

enum class Opening { kNo, kWeak, kStrong };

// How plausibly token `t` opens a sentence: kStrong for a capitalized word, a number or an
// opening quote or bracket; kNo for lower case and for punctuation that continues one.
Opening opening_strength(std::string_view text, const SurfaceToken& t) {
  switch (t.kind) {
    case TokenKind::kComma:
    case TokenKind::kPeriod:
    case TokenKind::kClose:
    case TokenKind::kTerminal:
    case TokenKind::kEllipsis:
      return Opening::kNo;
    case TokenKind::kQuote:
    case TokenKind::kOpen:
    case TokenKind::kOther:
      return Opening::kStrong;
    default:
      break;
  }
  int len = 1;
  const char32_t cp = decode(text, t.begin, len);
  if (is_lower(cp)) return Opening::kNo;
  if (is_upper(cp)) return Opening::kStrong;
  return classify(cp) == CharClass::kDigit ? Opening::kStrong : Opening::kWeak;
}

bool is_closer(std::string_view text, const SurfaceToken& t) {
  return t.kind == TokenKind::kClose || t.kind == TokenKind::kQuote;
}

// Whether a sentence ends after token i, given that `next` is the first token after it
// and its closing quotes or brackets.
bool ends_sentence(std::string_view text, const SurfaceToken& end, const SurfaceToken& next,
                   bool closed) {
  if (next.gap == 0) return false;  // "3.5" or "U.S.-led": glued text continues
  const Opening open = opening_strength(text, next);
  switch (end.kind) {
    case TokenKind::kPeriod:
    case TokenKind::kTerminal:
      // After a period that is not an abbreviation's, even a lower-case word starts a new
      // sentence (web text: "call them at noon. they haven't heard"); but a quotation
      // ending in ? or ! is often followed by its reporting clause: `"Why?" he asked.`
      if (next.kind == TokenKind::kWord && open == Opening::kNo) {
        return !closed;
      }
      return open != Opening::kNo;
    case TokenKind::kEllipsis:
      // An ellipsis mostly trails off inside a sentence; only a capital after it restarts.
      return open == Opening::kStrong && next.kind == TokenKind::kWord;
    case TokenKind::kAbbrev: {
      if (next.kind != TokenKind::kWord) return false;
      const std::string_view word = text.substr(end.begin, end.end - end.begin - 1);
      const AbbreviationKind kind = abbreviation_kind(word);
      const std::string_view next_word = text.substr(next.begin, next.end - next.begin);
      if (kind == AbbreviationKind::kTitle) {
        // Initials and titles precede names; an initial can still close a sentence
        // ("Plan B. The") when a clear opener follows.
        return word.size() == 1 && next_word.size() > 1 && is_sentence_opener(next_word);
      }
      return is_sentence_opener(next_word);
    }
    default:
      return false;
  }
}

}  // namespace

void find_sentence_starts(std::string_view text, std::span<const SurfaceToken> tokens,
                          const SplitRules& rules, std::vector<uint32_t>& starts) {
  const size_t n = tokens.size();
  if (n == 0) return;
  starts.push_back(0);
  size_t i = 0;
  while (i + 1 < n) {
    const SurfaceToken& t = tokens[i];
    const SurfaceToken& following = tokens[i + 1];
    if (following.gap == 3 || (following.gap == 2 && rules.line_break_ends_sentence)) {
      starts.push_back(static_cast<uint32_t>(i + 1));
      ++i;
      continue;
    }
    const bool candidate = t.kind == TokenKind::kPeriod || t.kind == TokenKind::kTerminal ||
                           t.kind == TokenKind::kEllipsis || t.kind == TokenKind::kAbbrev;
    if (!candidate) {
      ++i;
      continue;
    }
    // Closing quotes and brackets glued to the end belong to the sentence: `go."`, `it.)`.
    size_t j = i + 1;
    while (j < n && tokens[j].gap == 0 && is_closer(text, tokens[j])) ++j;
    if (j < n) {
      const bool line_break =
          tokens[j].gap == 3 || (tokens[j].gap == 2 && rules.line_break_ends_sentence);
      if (line_break || ends_sentence(text, t, tokens[j], j > i + 1)) {
        starts.push_back(static_cast<uint32_t>(j));
      }
    }
    i = j;
  }
}

}  // namespace dyad::text::internal

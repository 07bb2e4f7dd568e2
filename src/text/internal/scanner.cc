#include "text/internal/scanner.h"

#include <array>

#include "text/abbreviations.h"
#include "text/internal/char_class.h"
#include "text/internal/utf8.h"

namespace dyad::text::internal {
namespace {

using namespace std::string_view_literals;

// Prefixes that EWT keeps attached to the rest of a hyphenated word ("e-mail",
// "non-commercial", "mid-August", "anti-Bush", "co-workers", "re-read"); every other
// letter-hyphen-letter sequence is split ("Al - Qaeda", "well - known", "self - defense"):
// in EWT train 325 hyphenated words are kept whole, 776 are split, and the kept ones are
// these prefixes and phone numbers.
constexpr auto kHyphenPrefixes = std::to_array<std::string_view>({
    "anti"sv,  "arch"sv,   "bi"sv,     "co"sv,    "counter"sv, "cross"sv, "e"sv,
    "ex"sv,    "inter"sv,  "intra"sv,  "macro"sv, "mega"sv,    "micro"sv, "mid"sv,
    "mini"sv,  "multi"sv,  "neo"sv,    "non"sv,   "over"sv,    "post"sv,  "pre"sv,
    "pro"sv,   "pseudo"sv, "psycho"sv, "quasi"sv, "re"sv,      "semi"sv,  "sub"sv,
    "super"sv, "trans"sv,  "tri"sv,    "ultra"sv, "un"sv,
});

constexpr auto kEmoticons = std::to_array<std::string_view>({
    ":)"sv,
    ":-)"sv,
    ":("sv,
    ":-("sv,
    ";)"sv,
    ";-)"sv,
    ":D"sv,
    ":-D"sv,
    ":P"sv,
    ":p"sv,
    ":/"sv,
    "=)"sv,
    "(:"sv,
    "<3"sv,
    ":-P"sv,
    ":O"sv,
    ":o"sv,
});

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != b[i]) return false;
  }
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals_ascii(s.substr(0, prefix.size()), prefix);
}

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<SurfaceToken>& out) : text_(text), out_(out) {}

  void run() {
    size_t i = 0;
    const size_t n = text_.size();
    while (i < n) {
      // White space, remembering line breaks for the sentence splitter.
      int newlines = 0;
      bool any_space = false;
      while (i < n) {
        int len = 1;
        const char32_t cp = cp_at(i, len);
        if (classify(cp) != CharClass::kSpace) break;
        if (cp == '\n' || cp == 0x2028 || cp == 0x2029) ++newlines;
        any_space = true;
        i += static_cast<size_t>(len);
      }
      if (i >= n) break;
      gap_ = newlines >= 2 ? 3 : newlines == 1 ? 2 : any_space ? 1 : 0;
      if (newlines >= 2) single_quote_open_ = false;
      size_t e = i;
      while (e < n) {
        int len = 1;
        if (classify(cp_at(e, len)) == CharClass::kSpace) break;
        e += static_cast<size_t>(len);
      }
      scan_chunk(i, e);
      i = e;
    }
  }

 private:
  char32_t cp_at(size_t i, int& len) const {
    const auto b = static_cast<unsigned char>(text_[i]);
    if (b < 0x80) {
      len = 1;
      return b;
    }
    return decode(text_, i, len);
  }
  CharClass class_at(size_t i, size_t e) const {
    if (i >= e) return CharClass::kSpace;
    int len = 1;
    return classify(cp_at(i, len));
  }
  size_t next(size_t i) const {
    return i + static_cast<size_t>(sequence_length(static_cast<unsigned char>(text_[i])));
  }
  char byte(size_t i, size_t e) const { return i < e ? text_[i] : ' '; }

  void emit(size_t b, size_t e, TokenKind kind) {
    out_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), kind, gap_});
    gap_ = 0;
  }

  void scan_chunk(size_t b, size_t e);
  size_t scan_word(size_t p, size_t e);
  size_t scan_url(size_t p, size_t e);
  bool hyphen_joins(size_t word_begin, size_t hyphen, size_t e) const;
  bool joins_given_name(size_t word_begin, std::string_view part, size_t hyphen, size_t e) const;
  bool starts_url(size_t p, size_t e) const;

  std::string_view text_;
  std::vector<SurfaceToken>& out_;
  uint8_t gap_ = 0;
  // Inside 'single quotes' a final s' closes the quote ("the 'rebels'") rather than
  // marking a plural possessive ("the rebels' demands").
  bool single_quote_open_ = false;
};

bool Scanner::starts_url(size_t p, size_t e) const {
  const std::string_view s = text_.substr(p, e - p);
  if (istarts_with(s, "http://") || istarts_with(s, "https://") || istarts_with(s, "ftp://") ||
      istarts_with(s, "mailto:")) {
    return true;
  }
  return istarts_with(s, "www.") && s.size() > 4;
}

// A URL or e-mail address runs to the end of the chunk, less trailing punctuation.
size_t Scanner::scan_url(size_t p, size_t e) {
  size_t q = e;
  while (q > p + 1) {
    const char c = text_[q - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
        c == '\'' || c == ')' || c == ']' || c == '>') {
      --q;
    } else if (!is_boundary(text_, q - 1) || static_cast<unsigned char>(c) >= 0x80) {
      // Typographic closing quotes after a URL.
      size_t k = q - 1;
      while (k > p && !is_boundary(text_, k)) --k;
      int len = 1;
      const CharClass cc = classify(cp_at(k, len));
      if (cc != CharClass::kQuote && cc != CharClass::kApostrophe && cc != CharClass::kClose) {
        break;
      }
      q = k;
    } else {
      break;
    }
  }
  emit(p, q, TokenKind::kUrl);
  return q;
}

// East Asian given names after a surname ("Tsai Ing-wen", "Kim Jong-un", "Moon Jae-in")
// are one word: split, their lowercase second syllable was tagged a noun or a preposition
// and the parse of the sentence around them broke. A capitalized syllable of two to five
// letters and a lowercase one of one to four ending the word, after a capitalized word.
bool Scanner::joins_given_name(size_t word_begin, std::string_view part, size_t hyphen,
                               size_t e) const {
  if (part.size() < 2 || part.size() > 5 || part[0] < 'A' || part[0] > 'Z') return false;
  for (size_t i = 1; i < part.size(); ++i) {
    if (part[i] < 'a' || part[i] > 'z') return false;
  }
  size_t k = hyphen + 1;
  while (k < e && text_[k] >= 'a' && text_[k] <= 'z') ++k;
  const size_t syllable = k - hyphen - 1;
  if (syllable < 1 || syllable > 4 || (k < e && is_alnum_class(class_at(k, e)))) return false;
  if (k < e && text_[k] == '-') return false;
  // Words that follow a name as its modifier's second half: "Hamas-led", "Assad-era".
  static constexpr std::string_view kSuffixWords[] = {
      "led", "run", "era", "old", "born", "made", "type", "like", "wide", "held", "free", "war"};
  const std::string_view tail = text_.substr(hyphen + 1, syllable);
  for (std::string_view w : kSuffixWords) {
    if (tail == w) return false;
  }
  // The word before: a capitalized surname, one space back.
  if (word_begin < 2 || text_[word_begin - 1] != ' ') return false;
  size_t b = word_begin - 1;
  while (b > 0 && ((text_[b - 1] >= 'a' && text_[b - 1] <= 'z') ||
                   (text_[b - 1] >= 'A' && text_[b - 1] <= 'Z'))) {
    --b;
  }
  return b < word_begin - 1 && text_[b] >= 'A' && text_[b] <= 'Z' &&
         (b == 0 || !is_alnum_class(class_at(b - 1, e)));
}

bool Scanner::hyphen_joins(size_t word_begin, size_t hyphen, size_t e) const {
  const CharClass after = class_at(hyphen + 1, e);
  if (!is_alnum_class(after)) return false;
  // The part before the hyphen: from the previous hyphen (or word start).
  size_t part_begin = hyphen;
  while (part_begin > word_begin && text_[part_begin - 1] != '-') --part_begin;
  const std::string_view part = text_.substr(part_begin, hyphen - part_begin);
  bool digits = !part.empty();
  for (char c : part) digits = digits && c >= '0' && c <= '9';
  if (digits) {
    // Phone numbers (713-853-3989, 345-9945) stay whole; ranges (3-4, 1969-1972) split.
    size_t k = hyphen + 1;
    while (k < e && text_[k] >= '0' && text_[k] <= '9') ++k;
    const size_t next_len = k - hyphen - 1;
    return part.size() == 3 && (next_len == 3 || next_len == 4) &&
           (k >= e || text_[k] == '-' || !is_alnum_class(class_at(k, e)));
  }
  if (part_begin != word_begin) return false;  // only a word's first part is a prefix
  if (joins_given_name(word_begin, part, hyphen, e)) return true;
  for (std::string_view prefix : kHyphenPrefixes) {
    if (iequals_ascii(part, prefix)) return true;
  }
  return false;
}

// Scans a word from p (a letter or digit); returns where it ends.
size_t Scanner::scan_word(size_t p, size_t e) {
  const bool starts_digit = class_at(p, e) == CharClass::kDigit;
  bool only_digits = starts_digit;  // digits and number punctuation so far
  size_t q = p;
  while (q < e) {
    const CharClass c = class_at(q, e);
    if (c == CharClass::kDigit) {
      q = next(q);
      continue;
    }
    if (c == CharClass::kLetter) {
      if (only_digits) {
        // "1990s", "21st", "3rd" stay whole; units split off: "10bn" -> 10 bn, "5pm".
        size_t k = q;
        while (k < e && class_at(k, e) == CharClass::kLetter) k = next(k);
        const std::string_view suffix = text_.substr(q, k - q);
        const bool ordinal = iequals_ascii(suffix, "st") || iequals_ascii(suffix, "nd") ||
                             iequals_ascii(suffix, "rd") || iequals_ascii(suffix, "th") ||
                             iequals_ascii(suffix, "s");
        if (!ordinal || class_at(k, e) == CharClass::kDigit) break;
        q = k;
        only_digits = false;
        continue;
      }
      q = next(q);
      continue;
    }
    const CharClass after = class_at(q + 1, e);
    const char ch = text_[q];
    const bool prev_digit = q > p && text_[q - 1] >= '0' && text_[q - 1] <= '9';
    if (c == CharClass::kPeriod && is_alnum_class(after)) {  // 3.5, U.S, e.g, file.doc
      q += 1;
      continue;
    }
    if (ch == ',' && prev_digit && only_digits) {  // 1,000 and 36,000,000
      size_t k = q + 1;
      while (k < e && text_[k] >= '0' && text_[k] <= '9') ++k;
      if (k - q - 1 == 3 && !is_alnum_class(class_at(k, e))) {
        q = k;
        continue;
      }
      break;
    }
    if ((ch == ':' || ch == '/') && prev_digit && after == CharClass::kDigit) {
      q += 1;  // 10:30, 9/11, 11/28/2000
      continue;
    }
    if (ch == '-' && hyphen_joins(p, q, e)) {
      q += 1;
      continue;
    }
    if (ch == '&' && q > p && text_[q - 1] >= 'A' && text_[q - 1] <= 'Z' && byte(q + 1, e) >= 'A' &&
        byte(q + 1, e) <= 'Z') {  // AT&T, S&P, PG&E
      q += 1;
      continue;
    }
    if (c == CharClass::kAt && !starts_digit && after != CharClass::kSpace &&
        is_alnum_class(after)) {  // an e-mail address: the rest of the chunk
      return scan_url(p, e);
    }
    if (c == CharClass::kApostrophe) {
      const CharClass after_apostrophe = class_at(next(q), e);       // ’ is 3 bytes
      if (after_apostrophe == CharClass::kLetter && !only_digits) {  // don't, O'Brien, Shi'ite
        q = next(q);
        continue;
      }
      // A plural possessive: "the rebels' demands" (an MWT: rebels + ').
      const char last = q > p ? text_[q - 1] : ' ';
      if ((last == 's' || last == 'S') && !only_digits && !single_quote_open_ &&
          !is_alnum_class(after_apostrophe)) {
        q = next(q);
      }
      break;
    }
    break;
  }
  if (q < e && text_[q] == '.' && byte(q + 1, e) != '.' && q > p) {
    if (abbreviation_kind(text_.substr(p, q - p)) != AbbreviationKind::kNone) {
      emit(p, q + 1, TokenKind::kAbbrev);
      return q + 1;
    }
  }
  emit(p, q, TokenKind::kWord);
  return q;
}

void Scanner::scan_chunk(size_t b, size_t e) {
  // A whole-chunk emoticon (":)", ";-)").
  for (std::string_view emo : kEmoticons) {
    if (text_.substr(b, e - b) == emo) {
      emit(b, e, TokenKind::kOther);
      return;
    }
  }
  size_t p = b;
  while (p < e) {
    int len = 1;
    const char32_t cp = cp_at(p, len);
    const CharClass c = classify(cp);
    const char ch = text_[p];
    if (is_alnum_class(c)) {
      if (starts_url(p, e)) {
        p = scan_url(p, e);
      } else {
        p = scan_word(p, e);
      }
      continue;
    }
    size_t q = p + static_cast<size_t>(len);
    switch (c) {
      case CharClass::kPeriod:
      case CharClass::kTerminal: {
        // "...", "!!!", "?!", ".?" are single tokens in EWT.
        bool all_periods = true;
        while (q < e && (text_[q] == '.' || text_[q] == '!' || text_[q] == '?')) {
          all_periods = all_periods && text_[q] == '.';
          ++q;
        }
        all_periods = all_periods && ch == '.';
        emit(p, q,
             q - p == 1 && ch == '.' ? TokenKind::kPeriod
             : all_periods           ? TokenKind::kEllipsis
                                     : TokenKind::kTerminal);
        break;
      }
      case CharClass::kEllipsis:
        emit(p, q, TokenKind::kEllipsis);
        break;
      case CharClass::kApostrophe: {
        // '72 (a year), then '' and `` (doubled quotes), then a lone quote.
        if (class_at(q, e) == CharClass::kDigit &&
            (p == b || !is_alnum_class(class_at(p - 1, e)))) {
          size_t k = q;
          while (k < e && class_at(k, e) == CharClass::kDigit) k = next(k);
          if (k - q == 2) {
            emit(p, k, TokenKind::kWord);
            q = k;
            break;
          }
        }
        int next_len = 1;
        if (q < e && cp_at(q, next_len) == cp) {
          emit(p, q + static_cast<size_t>(next_len), TokenKind::kQuote);
          q += static_cast<size_t>(next_len);
          break;
        }
        const bool opening =
            (p == b || !is_alnum_class(class_at(p - 1, e))) && is_alnum_class(class_at(q, e));
        single_quote_open_ = opening;
        emit(p, q, TokenKind::kQuote);
        break;
      }
      case CharClass::kQuote:
        emit(p, q, TokenKind::kQuote);
        break;
      case CharClass::kOpen:
        emit(p, q, TokenKind::kOpen);
        break;
      case CharClass::kClose:
        emit(p, q, TokenKind::kClose);
        break;
      case CharClass::kComma:
        emit(p, q, TokenKind::kComma);
        break;
      case CharClass::kColon:
        emit(p, q, TokenKind::kComma);
        break;
      default: {
        // Runs of one ASCII symbol are one token: "--", "***", "====".
        if (ch == '-' || ch == '*' || ch == '=' || ch == '+' || ch == '_' || ch == '~' ||
            ch == '#' || ch == '<' || ch == '>') {
          while (q < e && text_[q] == ch) ++q;
        }
        emit(p, q, TokenKind::kOther);
        break;
      }
    }
    p = q;
  }
}

}  // namespace

void scan(std::string_view text, std::vector<SurfaceToken>& out) { Scanner(text, out).run(); }

}  // namespace dyad::text::internal

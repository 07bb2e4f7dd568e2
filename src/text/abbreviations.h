#pragma once
// The small English lexicons the tokenizer and sentence splitter consult: abbreviations
// that keep their period ("Sen.", "Corp.", "Jan."), titles that never end a sentence,
// and the words that typically open one (used to decide whether "U.S." or "etc." ended
// the sentence: "... against the U.S. The talks ..." vs "U.S. President Joe Biden").
//
// Thread-safety: pure functions over constant tables.

#include <string_view>

namespace dyad::text {

enum class AbbreviationKind {
  kNone,     // not an abbreviation: the period is a token of its own
  kTitle,    // Mr. Dr. Gen. Sen. St. and initials: the next word is a name, never a new sentence
  kGeneral,  // Inc. etc. U.S. Jan. a.m.: may end a sentence when a sentence opener follows
};

// `word` is the token without its final period ("Sen", "U.S", "e.g", "F").
AbbreviationKind abbreviation_kind(std::string_view word);

// Capitalized words that typically begin a sentence in news ("The", "He", "But").
bool is_sentence_opener(std::string_view word);

}  // namespace dyad::text

#pragma once
// The element syntax of verb patterns, shared by the importer (which checks every pattern)
// and the event coder (which matches them). dyad keeps patterns in their upstream
// spelling, whitespace collapsed (docs/formats/verbs.md); this file says how to read one.
//
// Linear patterns (TABARI, PETRARCH 1): a sequence of words and markers, in text order.
//   *  the verb      $  the source     +  the target     ^  skip one word
//   %  compound-actor marker          &NAME  a synonym set
//   { A | B }  one of the alternatives
// "_" joins: "WORD_" means the word ends there (for TABARI a word without it is a stem,
// matching any word that begins with it); "A_B" also means B follows A directly, while a
// blank lets other words come between ("TO_ +", "WORLD_IS_UNBALANCED", "IN_*").
//
// Tree patterns (PETRARCH 2, CAMEO.2.0.txt): nouns and phrases around the verb, read on the
// parse, not on the word order:
//   [pre-verb nouns] [pre-verb (PREP nouns)] * [post-verb nouns] [(PREP nouns) ...]
//   {MOD ... HEAD}  a noun phrase, the last word its head;  (PREP ...) a prepositional
//   phrase, its first word the preposition;  $ and + mark source and target where syntax
//   alone cannot tell; words joined by "_" are one compound word.
//
// Thread-safety: pure functions.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace dyad::actors::import {

enum class PatternSyntax : std::uint8_t { kLinear, kTree };

enum class ElementKind : std::uint8_t {
  kWord,
  kSynset,      // &NAME (text without "&")
  kVerb,        // *
  kSource,      // $
  kTarget,      // +
  kSkip,        // ^
  kCompound,    // %
  kOpenBrace,   // {  alternatives (linear) or noun phrase (tree)
  kCloseBrace,  // }
  kOr,          // |  (linear)
  kOpenParen,   // (  prepositional phrase (tree)
  kCloseParen,  // )
};

struct PatternElement {
  ElementKind kind = ElementKind::kWord;
  std::string text;     // the word or synset name; empty for markers
  bool exact = false;   // linear: "_" after it (the word ends there)
  bool joined = false;  // linear: the next element follows directly
};

// Splits and checks a pattern (without its leading "-" and its code). Errors say what was
// expected: one "*", balanced braces and parentheses, "|" only between braces. `synsets`
// (names without "&") lets a linear pattern tell "&FIGHT_OF_WORDS" from "&TIETYPES_TIES".
Result<std::vector<PatternElement>> parse_pattern(std::string_view text, PatternSyntax syntax,
                                                  std::span<const std::string> synsets = {});

// The canonical spelling of a parsed pattern: upstream syntax with single spaces.
std::string pattern_text(const std::vector<PatternElement>& elements, PatternSyntax syntax);

}  // namespace dyad::actors::import

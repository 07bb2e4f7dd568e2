#pragma once
// How dictionary phrases and running text meet: both are cut into words by the project's
// tokenizer (text::tokenize) and each word is compared as its match key, the
// text::match_form spelling (typographic quotes and dashes folded) lower-cased with
// Unicode simple case folding (utf8proc). So the name "Xi Jinping" matches "XI JINPING's"
// (words "XI", "JINPING", "'s"), and "Côte d’Ivoire" matches "Côte d'Ivoire".
//
// Thread-safety: pure functions.

#include <string>
#include <string_view>
#include <vector>

namespace dyad::actors {

// Appends the match key of one word to `out`. Allocation-free when `out` has capacity.
void append_word_key(std::string_view word, std::string& out);
std::string word_key(std::string_view word);

// The match keys of the words of `phrase`, tokenized like text.
std::vector<std::string> phrase_words(std::string_view phrase);

// phrase_words joined by single spaces: the key under which names are compared
// ("China's" -> "china 's").
std::string phrase_key(std::string_view phrase);

}  // namespace dyad::actors

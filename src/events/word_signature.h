#pragma once
// A set of words as a 512-bit signature: one bit per word, chosen by its hash. A
// signature "covers" another when it has every bit the other has, which it must if it
// holds all of the other's words; it may also do so by chance (about one time in seven
// for one word against a sentence of forty words and lemmas). So covers() is a filter
// that never rejects a set holding the words: the coder uses it to skip the verb
// patterns that name a word the sentence does not have, which could not fit it anyway
// (pattern_match.cc), without changing what any pattern fits.

#include <array>
#include <cstdint>
#include <functional>
#include <string_view>

namespace dyad::events {

class WordSignature {
 public:
  void clear() { bits_.fill(0); }
  void add(std::string_view word) {
    const uint64_t h = std::hash<std::string_view>{}(word);
    bits_[(h >> 6) % kWords] |= uint64_t{1} << (h & 63);
  }
  // Every bit of `words` is set here.
  bool covers(const WordSignature& words) const {
    uint64_t missing = 0;
    for (int i = 0; i < kWords; ++i) missing |= words.bits_[i] & ~bits_[i];
    return missing == 0;
  }

 private:
  static constexpr int kWords = 8;
  std::array<uint64_t, kWords> bits_{};
};

}  // namespace dyad::events

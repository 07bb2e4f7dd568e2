#pragma once
// A set of words as a 512-bit signature: one bit per word, chosen by its hash. A
// signature "covers" a set of words when it has every bit of theirs, which it must if it
// holds all of them; it may also do so by chance (about one time in seven for one word
// against a sentence of forty words and lemmas). So covers() is a filter that never
// rejects a sentence holding the words: the coder uses it to skip the verb patterns that
// name a word the sentence does not have, which could not fit it anyway
// (pattern_match.cc), without changing what any pattern fits.
//
// A pattern keeps its words as RequiredWords: the bit positions of at most four of them,
// 8 bytes instead of a signature's 64, so the coder's pass over a verb block's patterns
// (55 a call on the bench corpus) reads an eighth of the memory.

#include <array>
#include <cstdint>
#include <functional>
#include <string_view>

namespace dyad::events {

class RequiredWords;

class WordSignature {
 public:
  WordSignature() { clear(); }
  void clear() {
    bits_.fill(0);
    bits_[kWords] = ~uint64_t{0};
  }
  void add(std::string_view word) {
    const uint16_t b = bit_of(word);
    bits_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  // Every bit of `words` is set here.
  bool covers(const RequiredWords& words) const;

  // The bit that stands for `word`.
  static uint16_t bit_of(std::string_view word) {
    const uint64_t h = std::hash<std::string_view>{}(word);
    return static_cast<uint16_t>((h >> 6) % kWords * 64 + (h & 63));
  }
  // A bit every signature has: what an unused place of RequiredWords holds, so covers()
  // tests all four places without a branch.
  static constexpr uint16_t kAlwaysSet = 8 * 64;

 private:
  static constexpr int kWords = 8;
  std::array<uint64_t, kWords + 1> bits_;  // the last word: kAlwaysSet's, all ones
};

// Up to kKept words a set must hold, as their signature bits. A pattern naming more keeps
// its first kKept: testing fewer of its words still never turns away a sentence holding
// them all, it only lets a few more through to the full fit.
class RequiredWords {
 public:
  static constexpr int kKept = 4;
  void add(std::string_view word) {
    const uint16_t b = WordSignature::bit_of(word);
    for (uint16_t& kept : bits_) {
      if (kept == b) return;
      if (kept == WordSignature::kAlwaysSet) {
        kept = b;
        return;
      }
    }
  }

 private:
  friend class WordSignature;
  std::array<uint16_t, kKept> bits_ = {WordSignature::kAlwaysSet, WordSignature::kAlwaysSet,
                                       WordSignature::kAlwaysSet, WordSignature::kAlwaysSet};
};

inline bool WordSignature::covers(const RequiredWords& words) const {
  uint64_t all = 1;
  for (uint16_t b : words.bits_) all &= bits_[b >> 6] >> (b & 63);
  return (all & 1) != 0;
}

}  // namespace dyad::events

// The tagger's feature templates. The set follows the greedy taggers known to reach about
// 96-97% on Penn-style data (Ratnaparkhi 1996; Honnibal's "A good POS tagger in 200
// lines"), plus word bigrams and the next word's suffix, which help the EWT web genres
// (verb vs noun after "to", "that" as DT/WDT/IN).
#include "syntax/tagger/tag_features.h"

#include <string_view>

#include "syntax/tagger/hash_index.h"

namespace dyad::syntax {
namespace {

constexpr uint64_t kPadStart = 0x5a17b0d1e4c3f201ull;
constexpr uint64_t kPadEnd = 0x3c94e21fa7d06b55ull;

char shape_class(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

void hash_word(std::string_view form, WordHashes& out) {
  uint64_t exact = kFnvOffset, lower = kFnvOffset, shape = kFnvOffset;
  uint32_t flags = 0;
  char last_shape = 0;
  bool all_upper = true;
  size_t n = form.size();
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(form[i]);
    exact = fnv_step(exact, c);
    lower = fnv_step(lower, static_cast<unsigned char>(ascii_lower(static_cast<char>(c))));
    if (i < 4) out.prefix[i] = lower;
    char s = shape_class(c);
    if (s != last_shape) shape = fnv_step(shape, static_cast<unsigned char>(s));
    last_shape = s;
    if (s == 'd') flags |= kHasDigit;
    if (c == '-') flags |= kHasHyphen;
    if (s == 'X') flags |= kHasUpper | kHasAlpha;
    if (s == 'x') {
      flags |= kHasAlpha;
      all_upper = false;
    }
    if (s == 'u') flags |= kHasNonAscii;
  }
  for (size_t i = n; i < 4; ++i) out.prefix[i] = lower;
  // Suffixes are hashed back to front, so "ing" and "ring" share a chain.
  uint64_t suffix = kFnvOffset ^ 0x77;
  for (size_t k = 0; k < 4; ++k) {
    if (k < n) {
      suffix = fnv_step(suffix, static_cast<unsigned char>(ascii_lower(form[n - 1 - k])));
    }
    out.suffix[k] = suffix;
  }
  if (all_upper && (flags & kHasUpper)) flags |= kAllUpper;
  if (n > 0 && form[0] >= 'A' && form[0] <= 'Z') flags |= kInitUpper;
  out.exact = exact;
  out.lower = lower;
  out.shape = shape;
  out.flags = flags;
}

void fill_pad(uint64_t marker, WordHashes& out) {
  out.exact = out.lower = out.shape = marker;
  for (int k = 0; k < 4; ++k) out.prefix[k] = out.suffix[k] = marker + k;
  out.flags = 0;
  out.ambiguity = marker;
  out.casing = 0;
  out.wordnet = 1u << 16;  // no real mask has this bit
}

}  // namespace

void hash_sentence_words(const Document& doc, const Sentence& sentence, const TagLexicon& lexicon,
                         const WordNetLexicon* wordnet, std::vector<WordHashes>& words) {
  size_t n = sentence.size();
  words.resize(n + 2 * kTagPad);
  for (int p = 0; p < kTagPad; ++p) {
    fill_pad(kPadStart + p * 16, words[p]);
    fill_pad(kPadEnd + p * 16, words[n + kTagPad + p]);
  }
  // Three passes over the words, so that the lexicons' cache misses overlap across words
  // instead of being paid one after another: hash the words and start loading their
  // index slots; find their entries and start loading those; read them.
  size_t alpha = 0, upper = 0;
  for (size_t i = 0; i < n; ++i) {
    WordHashes& w = words[i + kTagPad];
    hash_word(doc.form(sentence.token_begin + static_cast<uint32_t>(i)), w);
    lexicon.index.prefetch(w.lower);
    if (wordnet != nullptr) wordnet->prefetch(w.lower);
    alpha += (w.flags & kHasAlpha) != 0;
    upper += (w.flags & kInitUpper) != 0;
  }
  // The entry indexes wait in `ambiguity` and `wordnet` between the passes.
  for (size_t i = 0; i < n; ++i) {
    WordHashes& w = words[i + kTagPad];
    const uint32_t entry = lexicon.index.find(w.lower);
    if (entry != HashIndex::kMissing) __builtin_prefetch(&lexicon.masks[entry]);
    w.ambiguity = entry;
    w.wordnet = wordnet != nullptr ? wordnet->find(w.lower) : HashIndex::kMissing;
  }
  for (size_t i = 0; i < n; ++i) {
    WordHashes& w = words[i + kTagPad];
    const uint32_t entry = static_cast<uint32_t>(w.ambiguity);
    const uint64_t mask = entry == HashIndex::kMissing ? 0 : lexicon.masks[entry];
    w.ambiguity = mask & kXposBits;
    w.casing = mask >> kCasingShift;
    w.wordnet = wordnet != nullptr ? wordnet->mask_at(w.wordnet) : kWordNetOff;
  }
  // Titles: at least two words with letters, and 80% of them capitalized.
  if (alpha >= 2 && upper * 5 >= alpha * 4) {
    for (size_t i = 0; i < n; ++i) words[i + kTagPad].flags |= kTitleSentence;
  }
}

uint64_t casing_bucket(int n, int capitalized) {
  uint64_t bucket;
  if (n == 0) {
    bucket = 1;
  } else if (capitalized == 0) {
    bucket = 2;
  } else if (capitalized * 10 < n) {
    bucket = 3;
  } else if (capitalized * 2 < n) {
    bucket = 4;
  } else if (capitalized * 10 < n * 9) {
    bucket = 5;
  } else if (capitalized < n) {
    bucket = 6;
  } else {
    bucket = 7;
  }
  return bucket | (n >= 10 ? 8 : 0);
}

std::vector<uint8_t> class_kinds(const std::vector<Upos>& upos, const std::vector<Xpos>& xpos) {
  std::vector<uint8_t> kinds(upos.size(), 0);
  for (size_t c = 0; c < upos.size(); ++c) {
    const Xpos x = xpos[c];
    uint8_t k = 0;
    if (x == Xpos::VBD || x == Xpos::VBZ || x == Xpos::VBP || x == Xpos::MD) k |= kFiniteKind;
    if (upos[c] == Upos::AUX) k |= kAuxKind;
    if (upos[c] == Upos::PUNCT || x == Xpos::IN || x == Xpos::WDT || x == Xpos::WP ||
        x == Xpos::WRB || x == Xpos::CC) {
      k |= kBreakKind;
    }
    kinds[c] = k;
  }
  return kinds;
}

void ClauseTracker::advance(uint32_t cls) {
  if (kinds_ == nullptr) return;
  const uint8_t k = kinds_[cls];
  if (k & kBreakKind) finite_ = false;
  if (k & kFiniteKind) finite_ = true;
  since_aux_ = (k & kAuxKind) ? 1 : since_aux_ + 1;
}

uint32_t count_finite(const uint8_t* kinds, const uint32_t* first, uint32_t n) {
  uint32_t count = 0;
  for (uint32_t i = 0; i < n; ++i) count += (kinds[first[kTagPad + i]] & kFiniteKind) != 0;
  return count;
}

int extract_tag_features(const WordHashes* w, uint32_t prev1, uint32_t prev2, uint32_t clause,
                         uint64_t* out) {
  int n = 0;
  auto add = [&](uint64_t tmpl, uint64_t value) { out[n++] = mix_hash(tmpl, value); };
  const WordHashes& w0 = w[0];
  bool first = prev1 == kStartClass;
  add(1, 0);  // bias
  add(2, w0.lower);
  add(3, w0.exact);
  add(4, w[-1].lower);
  add(5, w[1].lower);
  add(6, w[-2].lower);
  add(7, w[2].lower);
  for (int k = 0; k < 4; ++k) add(8 + k, w0.suffix[k]);
  for (int k = 0; k < 3; ++k) add(12 + k, w0.prefix[k]);
  add(15, w0.shape);
  add(16, w0.flags * 2 + (first ? 1 : 0));
  add(17, prev1);
  add(18, (static_cast<uint64_t>(prev2) << 16) | prev1);
  add(19, mix_hash(w0.lower, prev1));
  add(20, w[1].suffix[2]);
  add(21, w[-1].suffix[2]);
  add(22, mix_hash(w[-1].lower, w0.lower));
  add(23, mix_hash(w0.lower, w[1].lower));
  add(24, w[-1].shape);
  add(25, w[1].shape);
  add(26, prev2);
  add(27, mix_hash(w0.suffix[2], prev1));
  add(28, mix_hash(w[1].lower, w[2].lower));
  add(29, w[1].flags);
  add(30, mix_hash(w[1].lower, prev1));
  add(31, w[1].suffix[1]);
  add(32, mix_hash(w[-1].lower, w[1].lower));
  add(33, w0.ambiguity);
  add(34, w[1].ambiguity);
  add(35, w[2].ambiguity);
  add(36, mix_hash(w0.ambiguity, w[1].ambiguity));
  add(37, mix_hash(w[1].ambiguity, prev1));
  const uint64_t cap_flags = w0.flags & (kInitUpper | kAllUpper | kTitleSentence);
  add(38, (w0.casing << 16) | (cap_flags << 1) | (first ? 1 : 0));
  add(39, mix_hash((w0.casing << 16) | cap_flags, w0.ambiguity));
  add(40, mix_hash((w0.casing << 16) | cap_flags, prev1));
  add(41, (w[1].casing << 16) | (w[1].flags & (kInitUpper | kAllUpper)) | (cap_flags << 8));
  if (clause != kNoClause) {
    add(48, clause);
    add(49, mix_hash(clause, w0.ambiguity));
    add(50, mix_hash(clause, w0.suffix[1]));
    add(51, mix_hash(clause, w0.lower));
    add(52, mix_hash(clause, w[1].ambiguity));
    if (!(w0.wordnet & kWordNetOff)) add(53, mix_hash(clause, w0.wordnet));
  }
  // WordNet: what an unseen word can be ("fluttered": a verb form), and for capitalized
  // words whether they are ordinary words or names WordNet also writes capitalized.
  const uint64_t wn = w0.wordnet;
  if (wn & kWordNetOff) return n;
  add(42, wn);
  add(43, (wn << 8) | (cap_flags << 1) | (first ? 1 : 0));
  add(44, mix_hash(wn, w0.suffix[1]));
  add(45, mix_hash(wn, prev1));
  add(46, w[1].wordnet);
  add(47, (wn << 20) | w[1].wordnet);

  return n;
}

int extract_second_features(const WordHashes* w, const uint32_t* first, uint32_t prev1,
                            uint32_t prev2, uint32_t clause, uint64_t* out) {
  int n = extract_tag_features(w, prev1, prev2, clause, out);
  auto add = [&](uint64_t tmpl, uint64_t value) { out[n++] = mix_hash(tmpl, value); };
  add(60, first[0]);
  add(61, first[1]);
  add(62, first[2]);
  add(63, (uint64_t{first[1]} << 16) | first[2]);
  add(64, (uint64_t{prev1} << 16) | first[1]);
  add(65, mix_hash(w[0].lower, first[1]));
  add(66, mix_hash(w[0].suffix[2], first[1]));
  add(67, (uint64_t{first[0]} << 16) | first[1]);
  // What an unseen word can be, against what follows it: a verb-or-noun form before a
  // determiner is a verb ("to fax the form").
  if (!(w[0].wordnet & kWordNetOff)) {
    add(68, mix_hash(w[0].wordnet, first[1]));
    add(69, mix_hash(w[0].wordnet, (uint64_t{prev1} << 16) | first[1]));
  }
  return n;
}

}  // namespace dyad::syntax

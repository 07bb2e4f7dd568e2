#include "syntax/parser/features.h"

#include "syntax/parser/internal/feature_hashing.h"

#include <algorithm>

namespace dyad::syntax {
namespace {

using internal::distance_bucket;
using internal::Emitter;
using internal::finish;
using internal::tags;

// Values standing for the artificial ROOT and for an empty slot, in every field.
constexpr uint64_t kRootValue = 0x5EEDull;
constexpr uint64_t kNoneValue = 0xDEADull;
constexpr uint8_t kRootTag = 254;
constexpr uint8_t kNoneTag = 255;

// Word shape: 0 lower, 1 Capitalized, 2 ALLCAPS, 3 has digit, 4 other (punctuation...).
uint8_t shape_of(std::string_view form) {
  bool upper = false, lower = false, digit = false;
  for (unsigned char c : form) {
    upper |= c >= 'A' && c <= 'Z';
    lower |= (c >= 'a' && c <= 'z') || c >= 0x80;
    digit |= c >= '0' && c <= '9';
  }
  if (digit) return 3;
  if (upper && !lower) return 2;
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') return 1;
  if (lower) return 0;
  return 4;
}

uint64_t fnv_step(uint64_t h, unsigned char c) { return (h ^ c) * 0x100000001b3ull; }

constexpr uint64_t bit(DepRel r) { return uint64_t{1} << static_cast<int>(r); }

// The children labels that decide clause and argument labels, as a small code.
uint64_t argument_signature(uint64_t labels) {
  const uint64_t subj = bit(DepRel::nsubj) | bit(DepRel::nsubj_pass) | bit(DepRel::csubj) |
                        bit(DepRel::csubj_pass) | bit(DepRel::expl);
  uint64_t sig = (labels & subj) ? 1 : 0;
  sig |= (labels & (bit(DepRel::aux) | bit(DepRel::aux_pass))) ? 2 : 0;
  sig |= (labels & bit(DepRel::aux_pass)) ? 4 : 0;
  sig |= (labels & bit(DepRel::mark)) ? 8 : 0;
  sig |= (labels & bit(DepRel::case_)) ? 16 : 0;
  sig |= (labels & bit(DepRel::cop)) ? 32 : 0;
  sig |= (labels & (bit(DepRel::obj) | bit(DepRel::iobj))) ? 64 : 0;
  sig |= (labels & bit(DepRel::det)) ? 128 : 0;
  return sig;
}

}  // namespace

uint64_t hash_word(std::string_view form) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : form) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (c >= '1' && c <= '9') c = '0';
    h = fnv_step(h, c);
  }
  return finish(h);
}

std::span<WordFeatures> SentenceFeatures::resize(uint32_t n) {
  n_ = n;
  words_.resize(n + 2);
  WordFeatures& root = words_[n];
  root.form = root.lemma = root.suffix = kRootValue;
  root.xpos = root.upos = root.shape = kRootTag;
  WordFeatures& none = words_[n + 1];
  none.form = none.lemma = none.suffix = kNoneValue;
  none.xpos = none.upos = none.shape = kNoneTag;
  return std::span<WordFeatures>(words_.data(), n);
}

void SentenceFeatures::fill(const Document& doc, const Sentence& sentence, bool reversed) {
  std::span<WordFeatures> words = resize(sentence.size());
  for (uint32_t i = 0; i < sentence.size(); ++i) {
    const uint32_t at = reversed ? sentence.token_end - 1 - i : sentence.token_begin + i;
    const Token& t = doc.tokens[at];
    const std::string_view form = doc.form(t);
    const std::string_view lemma = doc.lemma(t);
    WordFeatures& w = words[i];
    w.form = hash_word(form);
    w.lemma = lemma.empty() ? w.form : hash_word(lemma);
    w.suffix = hash_word(form.size() > 3 ? form.substr(form.size() - 3) : form) ^ 0x51ull;
    w.xpos = static_cast<uint8_t>(t.xpos);
    w.upos = static_cast<uint8_t>(t.upos);
    w.shape = shape_of(form);
  }
  const uint32_t n = sentence.size();
  uint16_t punct = 0, verbs = 0;
  for (uint32_t i = 0; i <= n; ++i) {
    WordFeatures& w = words_[i];
    w.punct_before = punct;
    w.verbs_before = verbs;
    if (i < n) {
      punct += words_[i].upos == static_cast<uint8_t>(Upos::PUNCT);
      verbs += words_[i].upos == static_cast<uint8_t>(Upos::VERB);
    }
  }
  uint32_t next_verb = n + 1, next_punct = n + 1;
  for (uint32_t i = n + 1; i-- > 0;) {
    words_[i].next_verb = next_verb;
    words_[i].next_punct = next_punct;
    if (i < n && words_[i].upos == static_cast<uint8_t>(Upos::VERB)) next_verb = i;
    if (i < n && words_[i].upos == static_cast<uint8_t>(Upos::PUNCT)) next_punct = i;
  }
  words_[n + 1].next_verb = words_[n + 1].next_punct = n + 1;
}

namespace {

// The extractors, instantiated once per feature set so that the full set's has no test
// per template.
template <bool kLean>
int move_keys(const ParseState& st, const SentenceFeatures& words, uint64_t* keys) {
  const uint32_t s0 = st.s(0), s1 = st.s(1), n0 = st.b(0), n1 = st.b(1), n2 = st.b(2);
  const uint32_t s0h = st.head(s0), s0h2 = st.head(s0h);
  const uint32_t s0l = st.leftmost(s0), s0l2 = st.leftmost2(s0);
  const uint32_t s0r = st.rightmost(s0), s0r2 = st.rightmost2(s0);
  const uint32_t n0l = st.leftmost(n0), n0l2 = st.leftmost2(n0);
  auto w = [&](uint32_t i) { return words[i].form; };
  auto p = [&](uint32_t i) -> uint64_t { return words[i].xpos; };
  auto u = [&](uint32_t i) -> uint64_t { return words[i].upos; };
  auto l = [&](uint32_t i) -> uint64_t { return static_cast<uint64_t>(st.label(i)); };
  const uint64_t s0w = w(s0), n0w = w(n0), s0p = p(s0), n0p = p(n0);
  const uint64_t s0wp = s0w ^ (s0p << 56), n0wp = n0w ^ (n0p << 56);
  const uint64_t dist = st.s(0) == st.none() ? 15 : distance_bucket(s0, n0);

  Emitter<kLean> e(keys);
  e.add(0);  // bias
  // Single words.
  e.full_only(s0wp), e.add(s0w), e.full_only(s0p);
  e.add(n0wp), e.full_only(n0w), e.add(n0p);
  e.full_only(w(n1), p(n1)), e.full_only(w(n1)), e.add(p(n1));
  e.full_only(w(n2), p(n2)), e.full_only(w(n2)), e.full_only(p(n2));
  // Word pairs.
  e.full_only(s0wp, n0wp), e.full_only(s0wp, n0w), e.full_only(s0w, n0wp), e.full_only(s0wp, n0p),
      e.full_only(s0p, n0wp);
  e.full_only(s0w, n0w), e.full_only(tags(s0p, n0p)), e.add(tags(n0p, p(n1)));
  // Three words.
  e.add(tags(n0p, p(n1), p(n2))), e.full_only(tags(s0p, n0p, p(n1))),
      e.full_only(tags(p(s0h), s0p, n0p));
  e.full_only(tags(s0p, p(s0l), n0p)), e.full_only(tags(s0p, p(s0r), n0p)),
      e.add(tags(s0p, n0p, p(n0l)));
  // Distance.
  e.full_only(s0w, dist), e.full_only(s0p, dist), e.full_only(n0w, dist), e.add(n0p, dist);
  e.full_only(s0w, n0w, dist), e.add(tags(s0p, n0p, dist));
  // Valency.
  e.add(s0w, st.right_count(s0)), e.full_only(s0p, st.right_count(s0));
  e.full_only(s0w, st.left_count(s0)), e.full_only(s0p, st.left_count(s0));
  e.full_only(n0w, st.left_count(n0)), e.full_only(n0p, st.left_count(n0));
  // Second order: heads and outermost children.
  e.full_only(w(s0h)), e.full_only(p(s0h)), e.add(l(s0));
  e.add(w(s0l)), e.add(p(s0l)), e.add(l(s0l));
  e.add(w(s0r)), e.add(p(s0r)), e.add(l(s0r));
  e.add(w(n0l)), e.full_only(p(n0l)), e.add(l(n0l));
  // Third order.
  e.full_only(w(s0h2)), e.full_only(p(s0h2)), e.full_only(l(s0h));
  e.add(w(s0l2)), e.add(p(s0l2)), e.add(l(s0l2));
  e.add(w(s0r2)), e.add(p(s0r2)), e.add(l(s0r2));
  e.full_only(w(n0l2)), e.add(p(n0l2)), e.add(l(n0l2));
  e.add(tags(s0p, p(s0l), p(s0l2))), e.full_only(tags(s0p, p(s0r), p(s0r2)));
  e.full_only(tags(s0p, p(s0h), p(s0h2))), e.add(tags(n0p, p(n0l), p(n0l2)));
  // Label sets.
  e.add(s0w, st.right_labels(s0)), e.full_only(s0p, st.right_labels(s0));
  e.add(s0w, st.left_labels(s0)), e.add(s0p, st.left_labels(s0));
  e.full_only(n0w, st.left_labels(n0)), e.add(n0p, st.left_labels(n0));
  // Beyond Zhang & Nivre: the second stack word, labels with tags, universal tags, lemmas.
  e.full_only(w(s1), p(s1)), e.full_only(p(s1)), e.full_only(tags(p(s1), s0p, n0p));
  e.full_only(tags(p(s1), s0p), l(s1)), e.full_only(tags(s0p, n0p), l(s0));
  e.add(tags(s0p, n0p), tags(l(s0l), l(s0r), l(n0l)));
  e.add(tags(u(s0), u(n0), u(n1))), e.add(tags(u(s1), u(s0), u(n0)));
  e.full_only(words[s0].lemma, words[n0].lemma), e.full_only(words[s0].lemma, n0p);
  e.full_only(s0p, words[n0].lemma), e.add(tags(s0p, n0p, words[n0].shape));
  e.full_only(tags(s0p, n0p, p(st.b(3)))), e.add(tags(p(s0 == 0 ? st.none() : s0 - 1), s0p, n0p));
  e.full_only(tags(s0p, p(n0 == 0 || n0 > st.size() ? st.none() : n0 - 1), n0p));
  e.full_only(tags(s0p, n0p, static_cast<uint64_t>(st.head(s0) == st.none())));
  e.add(s0w, n0p, p(n1)), e.add(n0w, p(n1)), e.add(n0w, w(n1));
  // Redundancy against tagging errors (the parser runs on predicted tags): suffixes,
  // universal tags next to the Penn ones, and word pairs without tags.
  e.full_only(words[s0].suffix), e.add(words[n0].suffix), e.add(words[n1].suffix);
  e.full_only(words[n0].suffix, s0p), e.full_only(words[s0].suffix, n0p);
  e.add(tags(u(s0), u(n0))), e.full_only(s0w, u(n0)), e.add(u(s0), n0w);
  e.add(tags(u(n0), u(n1))), e.add(tags(u(s0), u(s0l), u(s0r)), u(n0));
  e.full_only(s0w, w(n1)), e.full_only(w(s1), s0w),
      e.full_only(words[s0].lemma, words[n0].lemma, dist);
  e.add(tags(u(s0), u(n0), dist));
  // What lies between and ahead: punctuation and verbs between s0 and n0, the next verb
  // and the next punctuation after n0 ("Rebels attacked a convoy, officials said").
  const bool have_s0 = s0 < st.size();
  const uint64_t punct_between =
      have_s0 ? std::min(3, words[n0].punct_before - words[s0 + 1].punct_before) : 7;
  const uint64_t verbs_between =
      have_s0 ? std::min(3, words[n0].verbs_before - words[s0 + 1].verbs_before) : 7;
  const uint32_t nv = words[n0].next_verb, np = words[n0].next_punct;
  const uint64_t nv_dist = nv > st.size() ? 15 : distance_bucket(n0, nv);
  const uint64_t np_dist = np > st.size() ? 15 : distance_bucket(n0, np);
  e.full_only(tags(s0p, n0p, punct_between), verbs_between),
      e.add(s0w, punct_between, verbs_between);
  e.full_only(n0w, punct_between, verbs_between),
      e.full_only(tags(s0p, punct_between, verbs_between));
  e.full_only(tags(n0p, p(nv), nv_dist)), e.add(tags(s0p, n0p, p(nv)), nv_dist);
  e.add(tags(s0p, n0p, words[np].form & 0xff), np_dist), e.add(n0w, p(nv), nv_dist);
  if (st.system() == TransitionSystem::kArcHybrid) {
    // Arc-hybrid attaches s0 to s1 (RIGHT) or to n0 (LEFT): the s1-s0 pair gets what the
    // s0-n0 pair has above, and s0's children are complete when it leaves.
    const uint32_t s2 = st.s(2), s1l = st.leftmost(s1), s1r = st.rightmost(s1);
    const uint64_t s1w = w(s1), s1p = p(s1), s1wp = s1w ^ (s1p << 56);
    const uint64_t dist1 = s1 < st.size() ? distance_bucket(s1, s0) : 15;
    const uint64_t punct1 =
        s1 < st.size() ? std::min(3, words[s0].punct_before - words[s1 + 1].punct_before) : 7;
    e.add(s1wp, s0wp), e.add(s1w, s0p), e.add(s1p, s0w), e.add(s1w, s0w, dist1);
    e.add(tags(s1p, s0p, dist1)), e.add(tags(s1p, s0p, punct1)), e.add(tags(p(s2), s1p, s0p));
    e.add(tags(s1p, s0p, p(s1r))), e.add(tags(s1p, s0p, p(s1l)));
    e.add(tags(s1p, s0p, p(s0l)), p(s0r)), e.add(words[s1].lemma, words[s0].lemma);
    e.add(tags(s1p, s0p), tags(st.left_count(s0), st.right_count(s0)), st.right_count(s1));
    e.add(tags(s1p, s0p), tags(l(s0l), l(s0r), l(s1r)));
  }
  return e.count();
}

template <bool kLean>
int label_keys(const ParseState& st, const SentenceFeatures& words, uint32_t h, uint32_t d,
               uint64_t* keys) {
  const WordFeatures& hw = words[h];
  const WordFeatures& dw = words[d];
  const uint64_t dir = d < h ? 1 : 2;
  const uint64_t dist = distance_bucket(h, d);
  const uint64_t hp = hw.xpos, dp = dw.xpos, hu = hw.upos, du = dw.upos;
  const uint32_t dprev = d == 0 ? st.none() : d - 1;
  const uint32_t dnext = d + 1 >= st.size() ? st.none() : d + 1;
  // The closest sibling on the same side already attached (the arc-eager move order makes
  // it the innermost so far): an earlier "nsubj" makes another one unlikely.
  const uint32_t sib = dir == 1 ? st.leftmost(h) : st.rightmost(h);
  auto l = [&](uint32_t i) -> uint64_t { return static_cast<uint64_t>(st.label(i)); };

  Emitter<kLean> e(keys);
  e.add(dir);
  e.add(dir, dw.form), e.add(dir, dw.lemma), e.add(tags(dir, dp)), e.add(tags(dir, du));
  e.add(dir, hw.form), e.add(dir, hw.lemma), e.full_only(tags(dir, hp)), e.full_only(tags(dir, hu));
  e.full_only(tags(dir, hp, dp)), e.full_only(tags(dir, hu, du)),
      e.full_only(tags(dir, hp, dp), dist);
  e.add(hw.lemma, dw.lemma, dir), e.add(hw.lemma, tags(dir, dp)),
      e.full_only(dw.lemma, tags(dir, hp));
  e.full_only(dw.form, tags(dir, hp)), e.add(hw.form, tags(dir, dp));
  e.add(tags(dir, dp, words[dprev].xpos)), e.full_only(tags(dir, dp, words[dnext].xpos));
  e.full_only(tags(dir, hp, dp), words[dprev].form), e.add(dw.suffix, tags(dir, du));
  e.full_only(tags(dir, dp, dw.shape)), e.full_only(tags(dir, hp, dp), hw.shape);
  e.add(tags(dir, hp, dp), st.left_labels(d)), e.full_only(tags(dir, hp, dp), st.right_labels(d));
  e.full_only(tags(dir, hp, dp), st.left_labels(h), st.right_labels(h));
  e.full_only(tags(dir, hp, l(sib))), e.add(tags(dir, dp, l(sib)));
  e.full_only(tags(dir, hp, dp), l(h)), e.full_only(tags(dir, hp, l(h)), words[st.head(h)].xpos);
  e.add(tags(dir, dp, l(st.leftmost(d))), words[st.leftmost(d)].xpos);
  e.add(tags(dir, dp, l(st.rightmost(d))), words[st.rightmost(d)].xpos);
  e.full_only(tags(dir, dp, words[st.leftmost(d)].xpos), words[st.leftmost(d)].form);
  e.add(tags(dir, hu, du), tags(st.left_count(d), st.right_count(d)));
  e.add(tags(dir, dp, hp), tags(words[st.b(1)].xpos, st.b(0) == d));
  // Lexical evidence that survives tagging errors: the function words under the dependent
  // ("by" under obl:agent, "'s" under nmod:poss, "to" under xcomp).
  e.full_only(hw.form, dw.form, dir), e.add(dw.form, tags(dir, hu)), e.add(hw.lemma, tags(dir, du));
  e.full_only(dw.suffix, tags(dir, hp)), e.add(words[st.leftmost(d)].form, tags(dir, du));
  e.full_only(words[st.rightmost(d)].form, tags(dir, du));
  e.full_only(words[st.leftmost(d)].form, hw.lemma, dir);
  // Clause labels (ccomp, xcomp, advcl, parataxis) turn on the dependent's subject, marker
  // and auxiliaries (its left children, complete at either arc) and on the punctuation
  // between the two words ("He said: we left" is parataxis).
  const uint32_t lo = h < d ? h : d, hi = h < d ? d : h;
  const bool real = hi < st.size();
  const uint64_t punct_between =
      real ? std::min(3, words[hi].punct_before - words[lo + 1].punct_before) : 7;
  const uint64_t sig = argument_signature(st.left_labels(d));
  e.add(tags(dir, hu, du), tags(sig, argument_signature(st.left_labels(h) | st.right_labels(h))));
  e.add(tags(dir, dp, sig), punct_between), e.add(hw.lemma, tags(dir, du, sig));
  e.add(tags(dir, du, punct_between), words[dprev].form);
  return e.count();
}

}  // namespace

int extract_move_features(const ParseState& st, const SentenceFeatures& words, uint64_t* keys,
                          FeatureSet set) {
  return set == FeatureSet::kLean ? move_keys<true>(st, words, keys)
                                  : move_keys<false>(st, words, keys);
}

int extract_label_features(const ParseState& st, const SentenceFeatures& words, uint32_t h,
                           uint32_t d, uint64_t* keys, FeatureSet set) {
  return set == FeatureSet::kLean ? label_keys<true>(st, words, h, d, keys)
                                  : label_keys<false>(st, words, h, d, keys);
}

}  // namespace dyad::syntax

#include "events/linear_match.h"

#include <vector>

#include "events/words.h"

namespace dyad::events {
namespace {

// Matches the pattern words of one side against a word sequence, left to right, with
// backtracking: each word at or after where the last one ended, right there when the
// last one is joined to it.
class SideMatcher {
 public:
  SideMatcher(const VerbLexicon& lexicon, const TreeView& tree, const std::vector<uint32_t>& seq)
      : lexicon_(lexicon), tree_(tree), seq_(seq) {}

  // Whether terms[k..] fit from seq position `pos` on; `anchored`: the first of them must
  // start at `pos`. `end_anchored`: the last must end the sequence (joined to the verb).
  bool fit(const std::vector<LinearTerm>& terms, size_t k, size_t pos, bool anchored,
           bool end_anchored) {
    if (k == terms.size()) return !end_anchored || pos == seq_.size();
    for (size_t at = pos; at < seq_.size(); ++at) {
      if (anchored && at != pos) break;
      const std::vector<size_t> lengths = terms[k].loose_members
                                              ? loose_lengths_at(terms[k].term, at)
                                              : lengths_at(terms[k].term, at);
      for (size_t length : lengths) {
        covered_.push_back({at, length});
        if (fit(terms, k + 1, at + length, terms[k].joined_next, end_anchored)) return true;
        covered_.pop_back();
      }
    }
    return false;
  }

  int words() const {
    int n = 0;
    for (const auto& [at, length] : covered_) n += static_cast<int>(length);
    return n;
  }

  bool covers_negation() const {
    for (const auto& [at, length] : covered_) {
      for (size_t i = at; i < at + length; ++i) {
        if (one_of(tree_.form(seq_[i]), {"not", "n't", "never"})) return true;
      }
    }
    return false;
  }

 private:
  // How many words from `at` on the term covers: one for a word, a member's length for a
  // synonym set (the set may have members of several lengths there).
  std::vector<size_t> lengths_at(const PatternTerm& term, size_t at) const {
    std::vector<size_t> out;
    const std::string_view form = tree_.form(seq_[at]);
    if (term.synset == UINT32_MAX) {
      if (form == term.word || (term.stem && form.starts_with(term.word))) out.push_back(1);
      return out;
    }
    if (lexicon_.synset_contains(term.synset, form)) out.push_back(1);
    for (size_t end = at + 1; end < seq_.size() && end < at + 6; ++end) {
      for (const std::vector<std::string>& words :
           lexicon_.synset_phrases(term.synset, tree_.form(seq_[end]))) {
        if (words.size() != end - at) continue;
        bool all = true;
        for (size_t i = 0; i < words.size() && all; ++i) all = tree_.form(seq_[at + i]) == words[i];
        if (all) out.push_back(end - at + 1);
      }
    }
    return out;
  }

  // TABARI: a word fits a stem it begins with.
  bool stem_fits(std::string_view stem, size_t at) const {
    return tree_.form(seq_[at]).starts_with(stem);
  }

  // The stem of `form` a synonym set has as a member's last word, longest first; empty
  // when none.
  std::vector<std::string_view> member_heads(uint32_t synset, std::string_view form) const {
    std::vector<std::string_view> out;
    for (size_t n = form.size(); n >= 3 && n <= form.size(); --n) {
      if (!lexicon_.synset_phrases(synset, form.substr(0, n)).empty()) {
        out.push_back(form.substr(0, n));
      }
    }
    return out;
  }

  // lengths_at as TABARI reads a set: stems, and a member's unjoined words apart.
  std::vector<size_t> loose_lengths_at(const PatternTerm& term, size_t at) const {
    if (term.synset == UINT32_MAX) return lengths_at(term, at);
    std::vector<size_t> out;
    const std::string_view form = tree_.form(seq_[at]);
    for (size_t n = form.size(); n >= 3 && n <= form.size(); --n) {
      const std::string_view stem = form.substr(0, n);
      // "KRONER_": a member ending in "_" is a whole word.
      if (lexicon_.synset_contains(term.synset, stem) &&
          (n == form.size() || !lexicon_.synset_member_joined(term.synset, stem))) {
        out.push_back(1);
        break;
      }
    }
    for (size_t end = at + 1; end < seq_.size() && end < at + 8; ++end) {
      for (std::string_view head : member_heads(term.synset, tree_.form(seq_[end]))) {
        for (const std::vector<std::string>& words : lexicon_.synset_phrases(term.synset, head)) {
          std::string member;
          for (const std::string& w : words) member += w + " ";
          member += head;
          const bool joined = lexicon_.synset_member_joined(term.synset, member);
          if (joined && words.size() != end - at) continue;
          // The words in order from `at`, the first there, others apart unless joined.
          size_t next = at;
          bool all = true;
          for (size_t i = 0; i < words.size() && all; ++i) {
            while (next < end && !stem_fits(words[i], next) && i > 0 && !joined) ++next;
            all = next < end && stem_fits(words[i], next);
            ++next;
          }
          // The last word (at `end`) follows the others directly only when joined.
          if (all && (joined ? next == end : next <= end)) out.push_back(end - at + 1);
        }
      }
    }
    return out;
  }

  const VerbLexicon& lexicon_;
  const TreeView& tree_;
  const std::vector<uint32_t>& seq_;
  std::vector<std::pair<size_t, size_t>> covered_;  // (position, words)
};

bool is_punctuation(const TreeView& tree, uint32_t t) { return tree.token(t).upos == Upos::PUNCT; }

// The sentence's words before the verb.
std::vector<uint32_t> words_before(const TreeView& tree, uint32_t verb) {
  std::vector<uint32_t> out;
  for (uint32_t t = tree.sentence().token_begin; t < verb; ++t) {
    if (!is_punctuation(tree, t)) out.push_back(t);
  }
  return out;
}

}  // namespace

std::vector<uint32_t> phrase_after(const TreeView& tree, uint32_t verb) {
  // The phrase ends where a coordinated verb after it begins: what follows "and promised"
  // is that verb's, wherever the parser hung it ("condemned an attack and promised aid",
  // with "aid" under "condemned").
  uint32_t end = tree.sentence().token_end;
  std::vector<uint32_t> cut;
  for (uint32_t c : tree.children(verb)) {
    const DepRel r = tree.token(c).deprel;
    if (c < verb) continue;
    if (r == DepRel::conj && tree.token(c).upos == Upos::VERB && c < end) end = c;
    if (r == DepRel::parataxis || r == DepRel::conj || r == DepRel::compound_prt) cut.push_back(c);
  }
  // A coordinated verb's own phrase: its words, and the words after it the parser left
  // under the verb it is coordinated with.
  uint32_t root = verb;
  const Token& v = tree.token(verb);
  if (v.deprel == DepRel::conj && v.head != kNoIndex && v.head < verb && tree.contains(v.head) &&
      v.upos == Upos::VERB) {
    root = v.head;
    for (uint32_t c : tree.children(root)) {
      const DepRel r = tree.token(c).deprel;
      if (c > verb && (r == DepRel::parataxis || r == DepRel::conj) && c < end) end = c;
    }
  }
  std::vector<uint32_t> out;
  for (uint32_t t = verb + 1; t < end; ++t) {
    if (is_punctuation(tree, t) || !tree.dominates(root, t)) continue;
    bool in_cut = false;
    for (uint32_t c : cut) in_cut = in_cut || tree.dominates(c, t);
    if (!in_cut) out.push_back(t);
  }
  return out;
}

LinearFit fit_linear_words(const VerbLexicon& lexicon, const TreeView& tree, uint32_t verb,
                           const VerbPattern& pattern) {
  LinearFit out;
  const std::vector<uint32_t> after = phrase_after(tree, verb);
  SideMatcher lower(lexicon, tree, after);
  if (!lower.fit(pattern.words_after, 0, 0, pattern.verb_joined_after, false)) return out;
  const std::vector<uint32_t> before = words_before(tree, verb);
  SideMatcher upper(lexicon, tree, before);
  const bool joined_to_verb =
      !pattern.words_before.empty() && pattern.words_before.back().joined_next;
  if (!upper.fit(pattern.words_before, 0, 0, false, joined_to_verb)) return out;
  out.fits = true;
  out.words = lower.words() + upper.words();
  out.negation = upper.covers_negation();
  return out;
}

}  // namespace dyad::events

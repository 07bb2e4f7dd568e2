#include "events/pattern_match.h"

#include <algorithm>

#include "events/event_codes.h"
#include "events/linear_match.h"
#include "events/words.h"

namespace dyad::events {
namespace {

class PatternFitter {
 public:
  // `says`: the verb's block is one of saying (010). What is said is its object ("reported
  // an attack", "announced aid"); a noun inside the reported clause is someone else's
  // deed ("Russia says Syrian forces retook Ghouta, where the attack took place" is no
  // "REPORT * ATTACK" 190), coded from that clause's own verb.
  PatternFitter(const VerbLexicon& lexicon, const TreeView& tree, uint32_t verb,
                const PredicateFrame& frame, bool says)
      : lexicon_(lexicon), tree_(tree), verb_(verb) {
    for (const Argument& a : frame.arguments) {
      if (a.role == ArgumentRole::kSubject || a.role == ArgumentRole::kAgent) {
        subjects_.push_back(a.head);
      }
    }
    // Complements a noun-phrase term may sit in ("provide aid", "pay a visit").
    for (uint32_t c : tree.children(verb)) {
      switch (tree.token(c).deprel) {
        case DepRel::ccomp:
          if (!says || lexicon.engine_reading()) complements_.push_back(c);
          break;
        case DepRel::obj:
        case DepRel::iobj:
        case DepRel::nsubj_pass:
        case DepRel::xcomp:
        case DepRel::obl:
        case DepRel::advcl:
          complements_.push_back(c);
          break;
        case DepRel::nmod:  // an event noun's "of" phrase is its verb's object
          if (tree.token(verb).upos == Upos::NOUN) complements_.push_back(c);
          break;
        default:
          break;
      }
    }
  }

  // A pattern of markers only ("$ *", "% *", "* +"): the actors it names are there.
  bool markers_fit(const VerbPattern& p) const {
    if (!p.source_marked && !p.compound_marked && !p.target_marked) return false;
    if (p.source_marked && subjects_.empty()) return false;
    if (p.compound_marked && !std::any_of(subjects_.begin(), subjects_.end(), [&](uint32_t s) {
          return tree_.child(s, DepRel::conj) != kNoIndex;
        })) {
      return false;
    }
    if (p.target_marked && std::none_of(complements_.begin(), complements_.end(), [&](uint32_t c) {
          const DepRel r = tree_.token(c).deprel;
          return r == DepRel::obj || r == DepRel::iobj || r == DepRel::obl;
        })) {
      return false;
    }
    return true;
  }

  // Linear patterns read words in order around the verb, whatever their role: "INDICATED
  // WOULD * NOW" has the verb that governs this one before it ("indicated it would act")
  // and an adverb after it.
  bool governor_is(const PatternPhrase& ph) const {
    if (ph.terms.size() != 1) return false;
    const Token& v = tree_.token(verb_);
    if (v.head == kNoIndex || !tree_.contains(v.head) || v.head > verb_) return false;
    if (v.deprel != DepRel::ccomp && v.deprel != DepRel::xcomp) return false;
    return term_matches(ph.terms.front(), v.head);
  }

  bool modifier_after_is(const PatternPhrase& ph) const {
    if (ph.terms.size() != 1) return false;
    for (uint32_t c : tree_.children(verb_)) {
      if (c > verb_ && tree_.token(c).deprel == DepRel::advmod &&
          term_matches(ph.terms.front(), c)) {
        return true;
      }
    }
    return false;
  }

  bool fits(const VerbPattern& p, bool& negation) const {
    negation = false;
    for (const PatternPhrase& ph : p.subject_side) {
      // A preposition before the verb ("AGAINST * WITH +") names a phrase of the verb's,
      // not the subject: without the check, a term-less phrase fitted every sentence and
      // "Russia negotiated with Armenia" took that pattern's 120.
      if (!ph.preposition.empty()) {
        if (!prepositional_fits(ph)) return false;
        continue;
      }
      if (phrase_in_any(ph, subjects_)) continue;
      if (p.linear && lexicon_.engine_reading() && governor_is(ph)) continue;
      // UniversalPETRARCH reads a tree pattern's words before the verb in its subject, not
      // among adverbs: "Gollum recently allowed" is no "RECENTLY *".
      if (!p.linear && lexicon_.engine_reading()) return false;
      if (!function_words_fit(ph)) return false;
      negation = negation || names_negation(ph);
    }
    for (const PatternPhrase& ph : p.object_side) {
      if (ph.preposition.empty()) {
        if (phrase_in_any(ph, complements_)) continue;
        if (p.linear && lexicon_.engine_reading() && modifier_after_is(ph)) continue;
        return false;
      } else if (!prepositional_fits(ph, /*after_verb=*/true)) {
        return false;
      }
    }
    return true;
  }

 private:
  // Words before the verb that are not its subject: auxiliaries and adverbs ("most
  // certainly did n't ever"), which PETRARCH's patterns may name ("&NEGATVAUXVRB *").
  bool function_words_fit(const PatternPhrase& ph) const {
    if (ph.terms.empty() || !ph.preposition.empty()) return false;
    for (const PatternTerm& term : ph.terms) {
      if (!function_word_matches(term)) return false;
    }
    return true;
  }

  bool function_word_matches(const PatternTerm& term) const {
    if (term.synset == UINT32_MAX) return has_function_word(term.word);
    // A member of one or several words, every word among the function words.
    bool found = false;
    for_function_words([&](uint32_t t) {
      if (found) return;
      if (lexicon_.synset_contains(term.synset, tree_.form(t))) found = true;
      for (const std::vector<std::string>& words :
           lexicon_.synset_phrases(term.synset, tree_.form(t))) {
        bool all = true;
        for (const std::string& w : words) all = all && has_function_word(w);
        if (all) found = true;
      }
    });
    return found;
  }

  bool has_function_word(std::string_view word) const {
    bool found = false;
    for_function_words([&](uint32_t t) { found = found || tree_.form(t) == word; });
    return found;
  }

  template <typename F>
  void for_function_words(F&& f) const {
    for (uint32_t c : tree_.children(verb_)) {
      if (c > verb_) break;
      const DepRel r = tree_.token(c).deprel;
      if (r != DepRel::aux && r != DepRel::aux_pass && r != DepRel::advmod) continue;
      f(c);
      for (uint32_t g : tree_.children(c)) {
        if (tree_.token(g).deprel == DepRel::advmod) f(g);
      }
    }
  }

  bool names_negation(const PatternPhrase& ph) const {
    bool negation = false;
    for_function_words([&](uint32_t t) {
      const std::string_view w = tree_.form(t);
      negation = negation || w == "not" || w == "n't" || w == "never";
    });
    return negation && !ph.terms.empty();
  }

  bool term_matches(const PatternTerm& term, uint32_t t) const {
    const std::string_view form = tree_.form(t), lemma = tree_.lemma(t);
    if (term.synset != UINT32_MAX) {
      return lexicon_.synset_contains(term.synset, form) ||
             lexicon_.synset_contains(term.synset, lemma) || synset_phrase_at(term.synset, t);
    }
    if (term.stem) return form.starts_with(term.word) || lemma.starts_with(term.word);
    if (lexicon_.engine_reading() && term.word.find(' ') != std::string::npos) {
      return words_end_at(term.word, t);
    }
    return form == term.word || (!term.exact && lemma == term.word);
  }

  // A member of several words ("swiss francs", "golden goblin galleons"): its last word
  // at `t`, the others among `t`'s modifiers.
  bool synset_phrase_at(uint32_t synset, uint32_t t) const {
    for (std::string_view head : {tree_.form(t), tree_.lemma(t)}) {
      for (const std::vector<std::string>& words : lexicon_.synset_phrases(synset, head)) {
        bool all = true;
        for (const std::string& w : words) all = all && has_modifier_word(t, w);
        if (all && (!joined_member(synset, words, head) || words_right_before(t, words))) {
          return true;
        }
      }
    }
    return false;
  }

  bool joined_member(uint32_t synset, const std::vector<std::string>& words,
                     std::string_view head) const {
    std::string member;
    for (const std::string& w : words) member += w + " ";
    member += head;
    return lexicon_.synset_member_joined(synset, member);
  }

  // "economic memos", not "economic secret memos": `words` are the ones right before `t`.
  bool words_right_before(uint32_t t, const std::vector<std::string>& words) const {
    uint32_t at = t - static_cast<uint32_t>(words.size());
    for (const std::string& w : words) {
      if (!tree_.contains(at) || (tree_.form(at) != w && tree_.lemma(at) != w)) return false;
      ++at;
    }
    return true;
  }

  // "really pleasant" as the words ending at `t`, in order.
  bool words_end_at(std::string_view words, uint32_t t) const {
    size_t end = words.size();
    uint32_t at = t;
    while (true) {
      const size_t space = words.rfind(' ', end - 1);
      const size_t begin = space == std::string_view::npos ? 0 : space + 1;
      if (!tree_.contains(at)) return false;
      std::string form(tree_.form(at));
      for (char& c : form) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      if (form != words.substr(begin, end - begin)) return false;
      if (begin == 0) return true;
      end = space;
      if (at == 0) return false;
      --at;
    }
  }

  bool has_modifier_word(uint32_t head, std::string_view word) const {
    for (uint32_t c : tree_.children(head)) {
      if (tree_.form(c) == word || tree_.lemma(c) == word) return true;
      for (uint32_t g : tree_.children(c)) {
        if (tree_.form(g) == word || tree_.lemma(g) == word) return true;
      }
    }
    return false;
  }

  // The noun phrase with its head among `root`'s subtree, `depth` levels down at most:
  // complements are searched two levels down, so "provide urgent humanitarian aid to"
  // finds "aid" under the object but "sent personnel to investigate the feasibility of a
  // peacekeeping force" does not find the force (three levels gave more wrong codes
  // than right ones on the dev sets).
  bool noun_phrase_under(const PatternPhrase& ph, uint32_t root, int depth) const {
    if (ph.terms.empty()) return true;
    // Pattern heads are nouns: "* PLAN" is a plan, not "his planned visit".
    if (is_nominal(root) && !modifies_armed_force(root) && term_matches(ph.terms.back(), root) &&
        modifiers_under(ph, root)) {
      return true;
    }
    if (depth == 0) return false;
    for (uint32_t c : tree_.children(root)) {
      if (noun_phrase_under(ph, c, depth - 1)) return true;
    }
    return false;
  }

  // "attacked Syrian government forces", "shelled army positions": a noun that only says
  // whose forces or positions they are is no phrase of its own; "* GOVERNMENT" (111,
  // verbal attack) is for attacking the government, not its troops.
  bool modifies_armed_force(uint32_t t) const {
    const Token& tok = tree_.token(t);
    if (tok.deprel != DepRel::compound || tok.head == kNoIndex || !tree_.contains(tok.head)) {
      return false;
    }
    const std::string_view head = tree_.lemma(tok.head);
    for (std::string_view w : {"force", "forces", "troop", "troops", "soldier", "army", "position",
                               "base", "convoy", "checkpoint", "militia", "fighter", "unit"}) {
      if (head == w) return true;
    }
    return false;
  }

  bool is_nominal(uint32_t t) const {
    const Upos u = tree_.token(t).upos;
    return u == Upos::NOUN || u == Upos::PROPN || u == Upos::PRON || u == Upos::NUM ||
           u == Upos::X || u == Upos::ADJ;
  }

  bool modifiers_under(const PatternPhrase& ph, uint32_t head) const {
    for (size_t i = 0; i + 1 < ph.terms.size(); ++i) {
      if (!word_under(ph.terms[i], head, 2) && !sibling_modifier(ph.terms[i], head)) return false;
    }
    return true;
  }

  // "a military aid program": the parser may hang "military" on "program", the noun the
  // compound "aid" modifies, rather than on "aid"; the phrase is "military aid" all the
  // same. A modifier before the compound, under the same noun, counts as the compound's.
  bool sibling_modifier(const PatternTerm& term, uint32_t compound) const {
    const Token& t = tree_.token(compound);
    if (t.deprel != DepRel::compound || t.head == kNoIndex || t.head < compound) return false;
    for (uint32_t c : tree_.children(t.head)) {
      if (c >= compound) break;
      const DepRel r = tree_.token(c).deprel;
      if ((r == DepRel::amod || r == DepRel::compound) && term_matches(term, c)) return true;
    }
    return false;
  }

  bool word_under(const PatternTerm& term, uint32_t root, int depth) const {
    for (uint32_t c : tree_.children(root)) {
      if (term_matches(term, c)) return true;
      if (depth > 0 && word_under(term, c, depth - 1)) return true;
    }
    return false;
  }

  bool phrase_in_any(const PatternPhrase& ph, const std::vector<uint32_t>& roots) const {
    return std::any_of(roots.begin(), roots.end(),
                       [&](uint32_t r) { return noun_phrase_under(ph, r, 2); });
  }

  bool preposition_matches(const PatternPhrase& ph, std::string_view preposition) const {
    if (ph.preposition_synset == UINT32_MAX) return preposition == ph.preposition;
    std::string lowered(preposition);
    for (char& ch : lowered) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    return lexicon_.synset_contains(ph.preposition_synset, lowered);
  }

  // (PREP [NP]) among the dependents of the verb and of its complements. On the object
  // side of a pattern the phrase follows the verb, as the patterns were written for
  // running text: in "a camp for refugees was attacked", "for" is no "ATTACK * (FOR)".
  bool prepositional_fits(const PatternPhrase& ph, bool after_verb = false) const {
    auto try_under = [&](uint32_t head) {
      for (uint32_t c : tree_.children(head)) {
        if (after_verb && c < verb_) continue;
        const DepRel r = tree_.token(c).deprel;
        if (r != DepRel::obl && r != DepRel::nmod && r != DepRel::advcl && r != DepRel::obl_agent &&
            r != DepRel::obl_unmarked) {
          continue;
        }
        if (!preposition_matches(ph, tree_.preposition(c))) continue;
        if (ph.terms.empty() && !lexicon_.engine_reading() && names_a_time(c)) continue;
        if (ph.terms.empty() || noun_phrase_under(ph, c, 2)) return true;
      }
      return false;
    };
    if (try_under(verb_)) return true;
    return std::any_of(complements_.begin(), complements_.end(), try_under);
  }

  // "called Erdogan on Wednesday" is no "CALL * (ON)" appeal, "met at night" no "(AT)"
  // meeting place: a phrase that says when fits no pattern's bare preposition.
  bool names_a_time(uint32_t head) const {
    // Lemmas keep the case of proper nouns ("Wednesday").
    return one_of_lower(
        tree_.lemma(head),
        {"monday",    "tuesday",   "wednesday",  "thursday", "friday",   "saturday", "sunday",
         "january",   "february",  "march",      "april",    "may",      "june",     "july",
         "august",    "september", "october",    "november", "december", "weekend",  "morning",
         "afternoon", "evening",   "night",      "day",      "week",     "month",    "year",
         "eve",       "occasion",  "anniversary"});
  }

  const VerbLexicon& lexicon_;
  const TreeView& tree_;
  const uint32_t verb_;
  std::vector<uint32_t> subjects_;
  std::vector<uint32_t> complements_;
};

// A linear pattern of an engine's own dictionary, read as its engine reads it
// (linear_match.h).
bool reads_words_in_order(const VerbPattern& p) {
  return !p.words_before.empty() || !p.words_after.empty();
}

}  // namespace

CodeChoice choose_code(const VerbLexicon& lexicon, const VerbEntry& entry, const TreeView& tree,
                       uint32_t verb, const PredicateFrame& frame) {
  const VerbBlock& block = lexicon.block(entry.block);
  PatternFitter fitter(lexicon, tree, verb, frame, block.code.view().starts_with("01"));
  const WordSignature& words = tree.words();
  for (size_t i = 0; i < block.patterns.size(); ++i) {  // most specific first
    // A pattern naming a word the sentence lacks cannot fit it (word_signature.h).
    if (!words.covers(block.required_words[i])) continue;
    const uint32_t p = block.patterns[i];
    const VerbPattern& pattern = lexicon.pattern(p);
    if (pattern.specificity == 0) {
      if (fitter.markers_fit(pattern)) return {pattern.code, pattern.reverse, p, false};
      continue;
    }
    if (reads_words_in_order(pattern)) {
      const LinearFit fit = fit_linear_words(lexicon, tree, verb, pattern);
      if (fit.fits) return {pattern.code, pattern.reverse, p, fit.negation};
      continue;
    }
    bool negation = false;
    if (fitter.fits(pattern, negation)) return {pattern.code, pattern.reverse, p, negation};
  }
  // dyad's tables give general verbs ("leave", "take") no code of their own; an engine's
  // dictionary codes its entry's default as it stands ("LEFT [032:033]").
  if (!lexicon.engine_reading() && pattern_only_verb(tree.lemma(verb))) return {};
  if (!entry.code.empty()) return {entry.code, entry.reverse, UINT32_MAX};
  return {block.code, block.reverse, UINT32_MAX};
}

const VerbEntry* find_verb(const VerbLexicon& lexicon, const TreeView& tree, uint32_t verb,
                           std::string& scratch) {
  // A phrasal verb means something else than its verb ("back out of a visit" is not
  // "back" = support), so with a particle only the phrasal entry counts.
  uint32_t particle = tree.child(verb, DepRel::compound_prt);
  // "backed out of the visit": the parser often makes "out" the case word of the phrase.
  for (uint32_t c : tree.children(verb)) {
    if (particle != kNoIndex) break;
    if (tree.token(c).deprel == DepRel::obl && tree.preposition(c) == "out") {
      for (uint32_t w : tree.children(c)) {
        if (tree.form(w) == "out") particle = w;
      }
    }
  }
  // "contribute up to 4,000 troops", "allow up to 13,000 refugees": "up to" with a number
  // is a quantity, not a particle ("contribute up" is nothing).
  if (particle != kNoIndex && tree.form(particle) == "up" && tree.contains(particle + 2) &&
      tree.form(particle + 1) == "to") {
    const uint32_t next = particle + 2;
    const Upos u = tree.token(next).upos;
    if (u == Upos::NUM || ((u == Upos::SYM || tree.form(next) == "$") && tree.contains(next + 1) &&
                           tree.token(next + 1).upos == Upos::NUM)) {
      particle = kNoIndex;
    }
  }
  // "called on Gondor": a verb of two words whose second the parser made the case word of
  // the next phrase (TABARI's CALLED_ON). Only the word right after the verb, and only in
  // an engine's own dictionary: in dyad's, "called for" and "sided with" would leave the
  // verb's tree patterns for a two-word entry's bare default.
  if (lexicon.engine_reading() && particle == kNoIndex && tree.contains(verb + 1) &&
      tree.token(verb + 1).upos == Upos::ADP) {
    for (std::string_view base : {tree.form(verb), tree.lemma(verb)}) {
      scratch.assign(base);
      scratch += ' ';
      scratch += tree.form(verb + 1);
      if (const VerbEntry* e = lexicon.find(scratch)) return e;
    }
  }
  for (std::string_view base : {tree.form(verb), tree.lemma(verb)}) {
    if (particle != kNoIndex) {
      scratch.assign(base);
      scratch += ' ';
      scratch += tree.form(particle);
      if (const VerbEntry* e = lexicon.find(scratch)) return e;
    } else if (const VerbEntry* e = lexicon.find(base)) {
      return e;
    }
  }
  // "criticized over its territorial dispute": a preposition the parser took for a
  // particle. An engine's dictionary with no two-word entry for it reads the verb alone,
  // as PETRARCH's parse (a prepositional phrase) has it.
  if (lexicon.engine_reading() && particle != kNoIndex && tree.token(particle).upos == Upos::ADP) {
    for (std::string_view base : {tree.form(verb), tree.lemma(verb)}) {
      if (const VerbEntry* e = lexicon.find(base)) return e;
    }
  }
  return nullptr;
}

}  // namespace dyad::events

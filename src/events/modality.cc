#include "events/modality.h"

#include <array>
#include <string>

#include "events/conditions.h"
#include "events/words.h"

namespace dyad::events {
namespace {

constexpr std::array<std::string_view, 5> kNames = {"asserted", "negated", "denied", "intended",
                                                    "hypothetical"};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The evidence collected on the way up; the strongest cue decides.
struct Cues {
  bool denied = false;
  bool negated = false;
  bool hypothetical = false;
  bool intended = false;

  Modality decide() const {
    if (denied) return Modality::kDenied;
    if (negated) return Modality::kNegated;
    if (hypothetical) return Modality::kHypothetical;
    if (intended) return Modality::kIntended;
    return Modality::kAsserted;
  }
};

// Governing verbs (and adjectives) whose complement did not happen, or not yet.
bool denies(std::string_view lemma) {
  return one_of(lemma, {"deny", "dismiss", "refute", "disavow", "repudiate"});
}
bool negates(std::string_view lemma) {
  return one_of(lemma, {"refuse", "decline", "fail", "reject", "rule", "avoid", "cancel", "abandon",
                        "forgo", "unable", "stop", "cease", "halt"});
}
bool intends(std::string_view lemma) {
  return one_of(
      lemma, {"want",   "wish",      "plan",       "intend",  "hope",    "seek",       "aim",
              "expect", "prepare",   "decide",     "agree",   "promise", "pledge",     "vow",
              "offer",  "propose",   "try",        "attempt", "look",    "interested", "eager",
              "keen",   "ready",     "willing",    "set",     "due",     "scheduled",  "schedule",
              "go",     "determine", "determined", "resolve", "commit",  "committed",  "push",
              "urge",   "call",      "ask",        "demand",  "invite",  "poise",      "poised"});
}
bool hypothesizes(std::string_view lemma) {
  return one_of(lemma,
                {"consider", "weigh", "contemplate", "possible", "likely", "unlikely", "could",
                 "possibility", "prospect", "explore", "warn", "caution", "fear", "risk"});
}
// Reported speech passes the modality of its content through unchanged.
bool reports(std::string_view lemma) {
  return one_of(lemma,
                {"say",         "tell",    "confirm",  "announce", "report",  "state", "add",
                 "claim",       "note",    "stress",   "insist",   "declare", "write", "accuse",
                 "allege",      "believe", "think",    "know",     "learn",   "show",  "reveal",
                 "acknowledge", "admit",   "indicate", "suggest"});
}

// The relations along which a governor's modality reaches down to the predicate.
bool passes_modality(DepRel r) {
  switch (r) {
    case DepRel::xcomp:
    case DepRel::ccomp:
    case DepRel::advcl:
    case DepRel::acl:
    case DepRel::csubj:
    case DepRel::csubj_pass:
    case DepRel::obj:  // "refused talks", "denied the visit"
    case DepRel::nsubj_pass:
    case DepRel::obl:   // "interested in talks", "warned against an attack"
    case DepRel::nmod:  // "the possibility of a visit"
    case DepRel::conj:
      return true;
    default:
      return false;
  }
}

class ModalityReader {
 public:
  ModalityReader(const Document& doc, const Sentence& sentence) : doc_(doc), sentence_(sentence) {}

  Modality read(uint32_t predicate) const {
    Cues cues;
    local_cues(predicate, /*is_predicate=*/true, cues);
    relative_denial(predicate, cues);
    uint32_t node = predicate;
    for (int steps = 0; steps < 6; ++steps) {
      const Token& t = doc_.tokens[node];
      if (t.head == kNoIndex || !passes_modality(t.deprel)) break;
      // "Russia attacked and Ukraine retaliated": a conjunct is its own event, but it
      // shares the governor above the coordination, so move up without reading the
      // first conjunct's own cues.
      const bool conjunct = t.deprel == DepRel::conj;
      node = t.head;
      if (conjunct) continue;
      const std::string lemma = lower(doc_.tokens[node]);
      if (reports(lemma)) break;  // "X said Y did Z": Z's modality is its own
      if (denies(lemma)) {
        cues.denied = true;
      } else if (negates(lemma) || backs_out(node, lemma)) {
        cues.negated = true;
      } else if (hypothesizes(lemma)) {
        cues.hypothetical = true;
      } else if (intends(lemma)) {
        cues.intended = true;
      }
      local_cues(node, /*is_predicate=*/false, cues);
    }
    return cues.decide();
  }

 private:
  std::string lower(const Token& t) const {
    std::string_view lemma = doc_.lemma(t);
    return lower_ascii(lemma.empty() ? doc_.form(t) : lemma);
  }

  // "backed out of his planned visit", "pulled out of the talks": the phrasal verb
  // cancels what it governs; its particle may be parsed as a particle or as the case
  // word of "out of".
  bool backs_out(uint32_t node, std::string_view lemma) const {
    if (lemma != "back" && lemma != "pull" && lemma != "walk" && lemma != "opt") return false;
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.head == kNoIndex || lower(t) != "out") continue;
      if (t.head == node || doc_.tokens[t.head].head == node) return true;
    }
    return false;
  }

  // Cues among the dependents of `node`: negation, modal and future auxiliaries,
  // conditional markers, and, on event nouns, adjectives like "planned" or "possible".
  void local_cues(uint32_t node, bool is_predicate, Cues& cues) const {
    const std::string head_lemma = lower(doc_.tokens[node]);
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& d = doc_.tokens[i];
      if (d.head != node) continue;
      const std::string w = lower(d);
      switch (d.deprel) {
        case DepRel::advmod:
        case DepRel::det:
          if (one_of(w, {"not", "n't", "never", "no"})) cues.negated = true;
          if (one_of(w, {"perhaps", "possibly", "maybe"})) cues.hypothetical = true;
          break;
        case DepRel::aux:
          if (one_of(w, {"will", "shall", "'ll", "wo"})) cues.intended = true;
          // "would like to visit" is a wish, not a condition; "said it would blockade
          // Paris" is "will" told in the past tense.
          if (one_of(w, {"would", "could", "might", "may", "should", "'d"})) {
            if (one_of(head_lemma, {"like", "love", "want"}) ||
                (one_of(w, {"would", "'d"}) && future_in_the_past(node))) {
              cues.intended = true;
            } else {
              cues.hypothetical = true;
            }
          }
          break;
        case DepRel::mark:
        case DepRel::case_:
          // "if Israel attacks", "unless talks resume"; "(warned) against providing".
          if (one_of(w, {"if", "unless", "whether"})) cues.hypothetical = true;
          // A clause introduced by "against" up the chain too: "cautioned against
          // Beijing using the visit as a pretext to step up its activity".
          if (w == "against" && (is_predicate || doc_.tokens[node].upos == Upos::VERB)) {
            cues.hypothetical = true;
          }
          break;
        case DepRel::amod:
        case DepRel::acl:  // "the planned visit" may come out as a participle modifier
          if (one_of(lower_ascii(doc_.form(d)),
                     {"planned", "expected", "upcoming", "scheduled", "proposed", "intended",
                      "prospective", "future", "forthcoming"})) {
            cues.intended = true;
          }
          if (one_of(w, {"possible", "potential", "hypothetical", "likely"})) {
            cues.hypothetical = true;
          }
          break;
        default:
          break;
      }
    }
  }

  // The clause under a past-tense verb of saying whose subject is a pronoun ("Iran said
  // it would retaliate", "the farmers announced they would blockade Paris"): sequence of
  // tenses turns the speaker's "will" into "would". A named subject ("said Russia would
  // attack") may be anyone's forecast, and stays hypothetical.
  bool future_in_the_past(uint32_t node) const {
    const Token& clause = doc_.tokens[node];
    if (clause.deprel != DepRel::ccomp || clause.head == kNoIndex) return false;
    const Token& governor = doc_.tokens[clause.head];
    if (governor.xpos != Xpos::VBD && governor.xpos != Xpos::VBN) return false;
    // Not "announced it would prohibit all aid": an announced policy is the deed itself,
    // as CAMEO codes it.
    if (!one_of(lower(governor),
                {"say", "tell", "confirm", "state", "declare", "insist", "add", "indicate", "reply",
                 "write", "vow", "pledge", "promise", "warn"})) {
      return false;
    }
    if (has_condition(doc_, sentence_, node)) return false;
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& d = doc_.tokens[i];
      if (d.head != node || (d.deprel != DepRel::nsubj && d.deprel != DepRel::nsubj_pass)) {
        continue;
      }
      return one_of(lower_ascii(doc_.form(d)), {"he", "she", "it", "they", "we", "i"});
    }
    return false;
  }

  // "US warnings to China against providing military support to Russia, which Beijing
  // denies": a relative clause of denial whose relative pronoun stands for the event.
  // The parser may hang it on the predicate or on a noun above it; either counts.
  void relative_denial(uint32_t predicate, Cues& cues) const {
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& deny = doc_.tokens[i];
      if (!denies(lower(deny)) || deny.head == kNoIndex) continue;
      if (!has_relative_object(i)) continue;
      if (deny.head == predicate || dominates(deny.head, predicate)) cues.denied = true;
      // ", which Beijing denies" hung on the clause's last noun ("providing support to
      // Russia, which Beijing denies"): after a comma, "which" stands for that clause.
      if (after_comma(i) && nearest_verb_above(deny.head) == predicate) cues.denied = true;
    }
  }

  // The clause a word is in: its nearest verb ancestor (itself if it is one).
  uint32_t nearest_verb_above(uint32_t node) const {
    for (int steps = 0; steps < 64 && node != kNoIndex; ++steps) {
      if (doc_.tokens[node].upos == Upos::VERB) return node;
      node = doc_.tokens[node].head;
    }
    return kNoIndex;
  }

  bool after_comma(uint32_t verb) const {
    for (uint32_t i = verb; i-- > sentence_.token_begin;) {
      const std::string_view f = doc_.form(doc_.tokens[i]);
      if (f == ",") return true;
      if (doc_.tokens[i].head != verb && doc_.tokens[i].head != kNoIndex &&
          doc_.tokens[doc_.tokens[i].head].head != verb) {
        return false;
      }
    }
    return false;
  }

  bool has_relative_object(uint32_t verb) const {
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.head == verb && t.deprel == DepRel::obj && one_of(lower(t), {"which", "that"})) {
        return true;
      }
    }
    return false;
  }

  bool dominates(uint32_t ancestor, uint32_t node) const {
    for (int steps = 0; steps < 64 && node != kNoIndex; ++steps) {
      if (node == ancestor) return true;
      node = doc_.tokens[node].head;
    }
    return false;
  }

  const Document& doc_;
  const Sentence& sentence_;
};

}  // namespace

std::string_view modality_name(Modality m) { return kNames[static_cast<size_t>(m)]; }

std::optional<Modality> parse_modality(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Modality>(i);
  }
  return std::nullopt;
}

Modality detect_modality(const Document& doc, const Sentence& sentence, uint32_t predicate) {
  return ModalityReader(doc, sentence).read(predicate);
}

}  // namespace dyad::events

#include "events/attribution.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "events/words.h"

namespace dyad::events {
namespace {

bool saying(std::string_view lemma) {
  return one_of(lemma, {"say", "report", "tell", "add", "quote", "announce", "state", "claim",
                        "confirm", "write"});
}

// Words a speaker's phrase is made of: "a senior Zambian government official", "relief
// officials in Nairobi", "a state-owned Egyptian newspaper", "Thai military sources".
bool speaker_word(const TreeView& tree, uint32_t t) {
  const Token& tok = tree.token(t);
  switch (tok.upos) {
    case Upos::DET:
    case Upos::ADJ:
    case Upos::NOUN:
    case Upos::PROPN:
    case Upos::NUM:
    case Upos::ADP:
    case Upos::CCONJ:
      return true;
    case Upos::PUNCT:
      return tree.form(t) == "-";
    case Upos::PRON:  // "its", "their": a possessor inside the phrase
      return tok.deprel == DepRel::nmod_poss;
    case Upos::VERB:  // "state-owned", "Iran-backed"
      return tok.deprel == DepRel::amod;
    default:
      return false;
  }
}

// ", <speaker> said [on Monday | today | in a statement]." closing the sentence: the
// words between the comma and the verb. The verb may only be followed by its own short
// modifiers and the final punctuation.
void trailing_speaker(const TreeView& tree, Attribution& out) {
  const Sentence& s = tree.sentence();
  uint32_t verb = kNoIndex;
  for (uint32_t t = s.token_end; t-- > s.token_begin;) {
    const Token& tok = tree.token(t);
    if (tok.upos == Upos::VERB) {
      verb = t;
      break;
    }
    if (tok.upos == Upos::AUX || tok.upos == Upos::SCONJ || s.token_end - t > 8) return;
  }
  if (verb == kNoIndex || !saying(tree.lemma(verb))) return;
  for (uint32_t t = verb + 1; t < s.token_end; ++t) {
    if (tree.token(t).upos != Upos::PUNCT && !tree.dominates(verb, t)) return;
  }
  bool named = false;
  uint32_t t = verb;
  while (t-- > s.token_begin && verb - t <= 12) {
    if (tree.form(t) == ",") break;
    if (!speaker_word(tree, t)) return;
    const Upos u = tree.token(t).upos;
    named |= u == Upos::NOUN || u == Upos::PROPN;
  }
  if (t < s.token_begin || t >= verb || tree.form(t) != "," || !named) return;
  out.speaker_verb = verb;
  for (uint32_t k = t + 1; k < verb; ++k) out.cited[k - s.token_begin] = true;
}

// "according to a press release by the Liberation Tigers": the phrase "according" opens.
void according_to(const TreeView& tree, Attribution& out) {
  const Sentence& s = tree.sentence();
  for (uint32_t t = s.token_begin; t + 1 < s.token_end; ++t) {
    if (tree.form(t) != "according" || tree.form(t + 1) != "to") continue;
    const Token& tok = tree.token(t);
    // UD: "according" is the case marker of the cited phrase; a parse may instead make it
    // the phrase's head.
    const uint32_t root =
        tok.deprel == DepRel::case_ && tok.head != kNoIndex && tree.contains(tok.head) ? tok.head
                                                                                       : t;
    // The whole sentence, or a parse that made the cited phrase a verb's subject or object:
    // what the verb's side is then is not for this rule to say.
    const DepRel r = tree.token(root).deprel;
    if (tree.token(root).head == kNoIndex || r == DepRel::nsubj || r == DepRel::nsubj_pass ||
        r == DepRel::obj) {
      continue;
    }
    // Up to the phrase's comma: a parse that took "According to the White House, Donald
    // Trump called…" for a subject with an apposition still cites only the White House.
    for (uint32_t k = t; k < s.token_end && tree.form(k) != ","; ++k) {
      if (tree.dominates(root, k)) out.cited[k - s.token_begin] = true;
    }
  }
}

}  // namespace

void find_attribution(const TreeView& tree, Attribution& out) {
  out.speaker_verb = kNoIndex;
  out.cited.assign(tree.sentence().size(), false);
  trailing_speaker(tree, out);
  according_to(tree, out);
}

}  // namespace dyad::events

// The coding tagger's finite-verb repair (TagOptions::require_finite_verb): a news
// sentence, or the clause before a trailing "..., police said", that the model tagged
// with no finite verb gets one, the candidate whose finite reading scored closest. The
// same repairs read a "gerund" without "-ing" as the noun it is.
#include <climits>
#include <cstdint>
#include <string_view>

#include "syntax/tagger/tagger.h"

namespace dyad::syntax {

namespace {

// How far a word's finite reading may trail its chosen class (in the weights' quantized
// units) and still be read as the verb; past this the words picked on the bench corpus
// were mostly modifiers ("a study written", "a just-released report").
constexpr int32_t kMaxFiniteGap = 65000;

bool is_finite_xpos(Xpos x) {
  return x == Xpos::VBD || x == Xpos::VBZ || x == Xpos::VBP || x == Xpos::MD;
}

// Reporting verbs that close a sentence after its clause: "..., police said."
bool is_trailing_report(std::string_view form) {
  static constexpr std::string_view kForms[] = {"said", "says",  "say",    "reported",
                                                "told", "added", "stated", "claimed"};
  for (std::string_view f : kForms) {
    if (form == f) return true;
  }
  return false;
}

// Conjunctions that open a subordinate clause and nothing else ("as" only after a comma,
// not a dash, and not as "as well as": "..., as authorities in Croatia cracked down"; bare, it is
// as often "as part of").
bool opens_subordinate_clause(std::string_view form, std::string_view next, bool after_comma) {
  static constexpr std::string_view kForms[] = {"because", "although", "though",
                                                "whereas", "while",    "unless"};
  for (std::string_view f : kForms) {
    if (form == f) return true;
  }
  return after_comma && form == "as" && next != "well";
}

}  // namespace

int Tagger::verb_candidate_rank(const Document& doc, const Sentence& sentence,
                                const TaggerWorkspace& ws, uint32_t i) const {
  if (ws.finite.gap[i] == INT32_MAX) return 0;  // a tag-dictionary word
  const Xpos x = model_.class_xpos[ws.classes[i]];
  std::string_view form = doc.form(doc.tokens[sentence.token_begin + i]);
  // Headlines in title case ("Two Men Arrested In Raid") are passive.
  if (form.empty() || (form[0] >= 'A' && form[0] <= 'Z')) return 0;
  const Xpos before = i > 0 ? model_.class_xpos[ws.classes[i - 1]] : Xpos::kNone;
  const Xpos after = i + 1 < sentence.size() ? model_.class_xpos[ws.classes[i + 1]] : Xpos::kNone;
  if (x == Xpos::VBN || (x == Xpos::JJ && form.ends_with("ed"))) {
    // "Iran-backed", "the besieged town", "its armed wing": modifiers, not verbs.
    if (before == Xpos::HYPH || before == Xpos::DT || before == Xpos::PRP_S ||
        before == Xpos::POS || before == Xpos::IN) {
      return 0;
    }
    // "a study written by ...": a reduced passive relative.
    if (i + 1 < sentence.size() &&
        doc.form(doc.tokens[sentence.token_begin + i + 1]) == std::string_view("by")) {
      return 0;
    }
    return 1;
  }
  // Second choice, a plural noun that reads as a present verb right after its subject
  // and before its complement ("Greece, like most other members, plans to impose"). Other
  // nouns are left alone: reading "tear gas" or "command" as a verb breaks the parse.
  if (x == Xpos::NNS && form.ends_with("s") && !form.ends_with("ss") &&
      model_.class_xpos[ws.finite.best[i]] == Xpos::VBZ &&
      (before == Xpos::NN || before == Xpos::NNP || before == Xpos::PRP || before == Xpos::COMMA) &&
      (after == Xpos::TO || after == Xpos::DT || after == Xpos::PRP_S)) {
    return 2;
  }
  return 0;
}

uint32_t Tagger::verbless_clause_end(const Document& doc, const Sentence& sentence,
                                     const TaggerWorkspace& ws) const {
  const uint32_t n = sentence.size();
  uint32_t last_comma = UINT32_MAX;
  bool speaker = false;               // a noun or pronoun since the last comma
  bool noun = false;                  // a noun or pronoun so far
  uint32_t subordinate = UINT32_MAX;  // where the first subordinate clause opens
  for (uint32_t i = 0; i < n; ++i) {
    const Xpos x = model_.class_xpos[ws.classes[i]];
    const Upos u = model_.class_upos[ws.classes[i]];
    const std::string_view next =
        i + 1 < n ? doc.form(doc.tokens[sentence.token_begin + i + 1]) : std::string_view();
    if (noun && subordinate == UINT32_MAX &&
        opens_subordinate_clause(
            doc.form(doc.tokens[sentence.token_begin + i]), next,
            last_comma != UINT32_MAX && last_comma + 1 == i &&
                doc.form(doc.tokens[sentence.token_begin + last_comma]) == ",")) {
      subordinate = i;
    }
    if (x == Xpos::COMMA) {
      last_comma = i;
      speaker = false;
    }
    if (u == Upos::NOUN || u == Upos::PROPN || u == Upos::PRON) speaker = noun = true;
    if (!is_finite_xpos(x)) continue;
    // The first finite verb is inside a subordinate clause ("Serbia eased emergency
    // measures, as authorities in Croatia cracked down", "The United Nations reduced food
    // supplies because rice was being diverted"): the main clause before it needs one.
    if (subordinate != UINT32_MAX) {
      return last_comma != UINT32_MAX && last_comma + 1 == subordinate ? last_comma : subordinate;
    }
    // The first finite verb is a trailing attribution, a speaker and a reporting verb
    // after a comma ("..., police said"): the clause before the comma needs a verb. With
    // no speaker between ("Israel, unwilling to ..., said") the verb is the clause's own.
    constexpr uint32_t kMaxAttributionWords = 8;
    if (last_comma != UINT32_MAX && speaker && i - last_comma <= kMaxAttributionWords &&
        is_trailing_report(doc.form(doc.tokens[sentence.token_begin + i]))) {
      return last_comma;
    }
    return 0;
  }
  return n;
}

void Tagger::repair_impossible_gerunds(const Document& doc, const Sentence& sentence,
                                       TaggerWorkspace& ws) const {
  if (noun_class_ == UINT32_MAX) return;
  for (uint32_t i = 0; i < sentence.size(); ++i) {
    if (model_.class_xpos[ws.classes[i]] != Xpos::VBG) continue;
    const std::string_view form = doc.form(doc.tokens[sentence.token_begin + i]);
    if (form.ends_with("ing") || form.ends_with("in'") || form.ends_with("ING")) continue;
    ws.classes[i] = noun_class_;
  }
}

void Tagger::supply_finite_verb(const Document& doc, const Sentence& sentence,
                                TaggerWorkspace& ws) const {
  // Short fragments and headlines ("Clashes in Gaza") are verbless by nature.
  constexpr uint32_t kMinWords = 5;
  if (sentence.size() < kMinWords) return;
  // A leading base form is an imperative ("Turn off all of the clauses").
  if (model_.class_xpos[ws.classes[0]] == Xpos::VB) return;
  const uint32_t end = verbless_clause_end(doc, sentence, ws);
  if (end < kMinWords - 1) return;
  // A sentence that opens with a preposition, subordinator or participle ("In 2010, ...",
  // "Based on ...") has its subject after the opening phrase's comma.
  const Xpos opening = model_.class_xpos[ws.classes[0]];
  bool past_opening =
      !(opening == Xpos::IN || opening == Xpos::VBG || opening == Xpos::VBN || opening == Xpos::RB);
  bool noun_before = false;
  uint32_t chosen = UINT32_MAX;
  int chosen_rank = 3;
  int32_t chosen_gap = kMaxFiniteGap;
  for (uint32_t i = 0; i < end; ++i) {
    const uint32_t cls = ws.classes[i];
    const Xpos x = model_.class_xpos[cls];
    if (x == Xpos::COMMA) past_opening = true;
    const int rank = noun_before ? verb_candidate_rank(doc, sentence, ws, i) : 0;
    if (rank > 0 &&
        (rank < chosen_rank || (rank == chosen_rank && ws.finite.gap[i] < chosen_gap)) &&
        ws.finite.gap[i] < kMaxFiniteGap) {
      chosen = i;
      chosen_rank = rank;
      chosen_gap = ws.finite.gap[i];
    }
    const Upos u = model_.class_upos[cls];
    if (past_opening && (u == Upos::NOUN || u == Upos::PROPN || u == Upos::PRON)) {
      noun_before = true;
    }
  }
  if (chosen == UINT32_MAX) return;
  ws.classes[chosen] = ws.finite.best[chosen];
}

}  // namespace dyad::syntax

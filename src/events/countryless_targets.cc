#include "events/countryless_targets.h"

#include "events/purposes.h"
#include "events/words.h"

namespace dyad::events {
namespace {

// A phrase that says where, when, by whom, about what or in what capacity ("resigned as
// the opposition threatened", an as-clause read as a phrase), not to whom.
bool not_toward_anyone(std::string_view preposition) {
  return one_of_lower(preposition,
                      {"in",         "at",     "near",   "inside", "outside", "within",  "across",
                       "throughout", "around", "during", "by",     "on",      "over",    "about",
                       "after",      "before", "since",  "until",  "for",     "because", "as"});
}

uint32_t bare_agent(const TreeView& tree, std::span<const uint32_t> mention_of_token, uint32_t t) {
  const uint32_t m = mention_of_token[t];
  if (m == kNoIndex) return kNoIndex;
  const Mention& mention = tree.doc().mentions[m];
  return mention.code.empty() && mention.agent != kNoIndex ? m : kNoIndex;
}

}  // namespace

uint32_t countryless_patient(const TreeView& tree, std::span<const uint32_t> mention_of_token,
                             uint32_t predicate) {
  for (uint32_t c : tree.children(predicate)) {
    const DepRel r = tree.token(c).deprel;
    const bool toward = r == DepRel::obj || r == DepRel::iobj ||
                        (r == DepRel::obl && !tree.preposition(c).empty() &&
                         !not_toward_anyone(tree.preposition(c)));
    if (!toward || c < predicate) continue;
    if (const uint32_t m = bare_agent(tree, mention_of_token, c); m != kNoIndex) return m;
  }
  // "opened fire to disperse demonstrators": whom the act is done for the sake of acting on.
  const Sentence& s = tree.sentence();
  for (uint32_t t = predicate + 1; t < s.token_end; ++t) {
    if (purpose_of(tree, t) != predicate) continue;
    const uint32_t object = tree.child(t, DepRel::obj);
    if (object == kNoIndex) continue;
    if (const uint32_t m = bare_agent(tree, mention_of_token, object); m != kNoIndex) return m;
  }
  return kNoIndex;
}

}  // namespace dyad::events

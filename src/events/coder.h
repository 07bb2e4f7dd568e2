#pragma once
// The event coder: from a parsed Document to its actor mentions and events.
//
// For each sentence it resolves actor mentions (actors/), then reads each verb and event
// noun that the verb lexicon knows: its participants from the tree (arguments.h), the
// pattern that fits them best (verb_lexicon.h), its modality (modality.h), its date
// (timeplace/date_expressions.h) and its place (timeplace/gazetteer.h). An event needs a
// coded pattern and actors on both sides the pattern asks for; there is no fallback code,
// so a sentence nothing fits yields nothing.
//
// Ownership and thread-safety: a Coder is immutable and shared as shared_ptr<const
// Coder> by any number of threads; each thread brings its own CoderWorkspace.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "actors/dictionary.h"
#include "actors/resolver.h"
#include "core/document.h"
#include "core/status.h"
#include "events/linear_options.h"
#include "ontology/ontology.h"
#include "timeplace/gazetteer.h"

namespace dyad::events {

class VerbLexicon;

// Everything the coder reads. The output writers use the same resources to label what
// the coder wrote (CAMEO names, PLOVER types, place names).
struct CoderResources {
  std::shared_ptr<const ontology::Ontology> ontology;
  std::shared_ptr<const actors::Dictionary> actors;
  std::shared_ptr<const timeplace::Gazetteer> gazetteer;
  std::shared_ptr<const VerbLexicon> verbs;
  // Whether the verb codes are CAMEO's, so the codebook's composition rules apply: an
  // intention, appeal, demand, rejection or threat is coded by the deed it is about
  // (governed_codes.h). The engine suites' own dictionaries (PETRARCH and TABARI
  // validation files, WEIS-style codes) code each construction themselves.
  bool cameo_rules = true;
  // How an actor with an agent but no country is written in the output: PETRARCH (and
  // dyad) put the null country first ("---GOV"), TABARI writes the agent as its agents
  // dictionary spells it ("~GOV").
  std::string countryless_prefix = "---";
  // The engines' require_dyad option, which an engine suite's record may turn off (its
  // "config"): then an act whose target phrase names no actor is coded toward no one
  // ("a senior official said on Saturday": ---GOV, no target, 023). dyad's own coding
  // leaves it on.
  bool require_dyad = true;
  // (code, what its negation codes): UniversalPETRARCH's coding ontology defines some acts
  // as the negation of others ("did not clash", 110 negated, is 050), and codes them so.
  // Empty for every other dictionary set: a negated act is then written as negated.
  std::vector<std::pair<CameoCode, CameoCode>> negations;
  // The engine suites' own dictionaries are also read as TABARI reads a row of words, with
  // its options (linear_coder.h): TABARI's only so, since their gold is what TABARI makes
  // of them; PETRARCH's linear ones where the tree reading finds no event (PETRARCH reads
  // a parse, but its patterns are TABARI's, and so are many of its verbs).
  enum class LinearReading : uint8_t { kNone, kOnly, kWhereTreeFindsNone };
  LinearReading linear_reading = LinearReading::kNone;
  LinearOptions linear;
};

struct CoderWorkspace {
  actors::ResolveScratch actors;
  timeplace::MatchScratch places;
  std::vector<timeplace::PlaceMatch> place_matches;
  LinearMemory linear;  // what TABARI's reading forwards from one record to the next
};

class Coder {
 public:
  static Result<std::shared_ptr<const Coder>> create(CoderResources resources);

  // Fills doc.mentions and doc.events. The Document must be tokenized, tagged and
  // parsed; doc.date (YYYY-MM-DD) anchors relative dates and actor roles, and when it
  // is empty, events carry no date and roles resolve as of no particular day.
  // Sentences sentences_to_code leaves out need not be tagged or parsed; untagged ones are
  // not coded.
  void code(Document& doc, CoderWorkspace& ws) const;

  // Which sentences of `doc` can yield an event (out[i] = 1): those with a candidate
  // actor (actors::may_mention), and those with a word that stands for an earlier actor
  // (a personal pronoun, "the two sides") when a sentence coded before it can supply
  // one: for a pronoun one of the two before it (antecedent() looks no further), for
  // "the two sides" any. Read from the words alone, so the pipeline asks it before
  // tagging: about a tenth of news sentences are left untagged and unparsed. Sentences
  // without tokens are 0.
  void sentences_to_code(const Document& doc, CoderWorkspace& ws, std::vector<uint8_t>& out) const;

  const CoderResources& resources() const { return resources_; }

 private:
  explicit Coder(CoderResources resources) : resources_(std::move(resources)) {}

  CoderResources resources_;
};

}  // namespace dyad::events

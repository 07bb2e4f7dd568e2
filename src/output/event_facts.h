#pragma once
// EventFacts: what every output format says about one coded event, worked out once from
// the Document and the coder's resources, so the three writers (jsonl_writer,
// gdelt_tsv_writer, plover_json_writer) cannot disagree on a fact. Labels come from the
// tables that own them: CAMEO names, roots, quad classes, Goldstein values and PLOVER
// codings from the ontology, places from the gazetteer, dictionary entries and role
// notes from the actor dictionary, pattern origins from the verb lexicon.
//
// Offsets. Every `start`/`end` counts code points of the document's ORIGINAL source
// text (Document::source), end exclusive, the convention of `dyad parse --offsets` and
// `dyad actors resolve`: text bytes map back through Document::offsets, then to code
// points with CharOffsets. Text slices (`text`, `sentence`) are slices of the source,
// so source[start:end] is the slice.
//
// Lifetime: the string_views point into the Document and the resources; an EventFacts is
// valid while both live unchanged. A FactsBuilder belongs to one Document and one
// thread; it keeps counting state so a document's events cost one pass over its text.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/char_offsets.h"
#include "core/document.h"
#include "events/coder.h"

namespace dyad::output {

struct ActorFacts {
  bool present = false;  // false: the event has no actor on this side
  std::string_view text;  // as written in the source
  uint32_t start = 0;     // code points of the source
  uint32_t end = 0;
  std::string_view code;     // "USAGOV"
  std::string_view country;  // "USA"; "" for codes without one (IGOUNO, sector-only)
  std::string_view sector;   // "GOV": the three letters after the country, "" when none
  std::string_view entry;    // the dictionary entry ("JOE_BIDEN"), "" when none
  std::string_view role;     // the role's note, else the agent's note, else ""
};

struct PlaceFacts {
  const timeplace::Place* place = nullptr;  // nullptr: the event has no place
  std::string_view text;     // the place name as written in the source
  std::string_view name;     // gazetteer name
  std::string_view country;  // ISO3
  std::string_view region;   // admin1 name, "" when none
  std::string_view kind;     // "country", "admin1", "city"
};

struct EventFacts {
  const Event* event = nullptr;
  uint32_t sentence_index = 0;
  ActorFacts source;
  ActorFacts target;
  // The CAMEO record; nullptr only when the coder wrote a code the ontology lacks (the
  // writers then print the code and leave the labels empty).
  const ontology::CameoCode* cameo = nullptr;
  std::string_view modality;        // "asserted", "negated", ...
  std::string date;                 // "2023-03-21", "2022-11", "2022"; "" when none
  std::string_view date_precision;  // "day", "month", "year"; "" when no date
  std::string_view date_source;     // "text", "publication"; "" when no date
  int year = 0, month = 0, day = 0;  // the date's first day; 0 when none
  PlaceFacts place;
  std::string_view sentence;  // the evidence: the event's sentence, as in the source
  uint32_t sentence_start = 0;
  uint32_t sentence_end = 0;
  std::string_view trigger;  // the verb or event noun that fired, as in the source
  uint32_t trigger_start = 0;
  uint32_t trigger_end = 0;
  std::string_view pattern;  // the verb pattern's origin (VerbLexicon::origin), "" when none
};

class FactsBuilder {
 public:
  FactsBuilder(const events::CoderResources& resources, const Document& doc)
      : r_(resources), doc_(doc), chars_(doc.source), far_chars_(doc.source) {}

  EventFacts facts(const Event& e);

 private:
  struct SourceSpan {
    std::string_view text;
    uint32_t start = 0;
    uint32_t end = 0;
  };
  // Text bytes [begin, end) as a source slice with code point offsets. Inside the
  // current event's sentence it counts from the sentence start, so the source and
  // target of one event, in either order, cost a few words each.
  SourceSpan span(uint32_t text_begin, uint32_t text_end);
  uint32_t code_point(uint32_t source_byte);
  SourceSpan token_span(uint32_t token_begin, uint32_t token_end);
  ActorFacts actor(uint32_t mention);

  const events::CoderResources& r_;
  const Document& doc_;
  CharOffsets chars_;      // sentence bounds: events come in text order, so this moves forward
  CharOffsets far_chars_;  // offsets outside the current sentence (none expected)
  uint32_t sentence_source_begin_ = 0;  // the current sentence, in source bytes
  uint32_t sentence_source_end_ = 0;
  uint32_t sentence_chars_ = 0;  // its first code point
  CharOffsets sentence_offsets_{std::string_view()};  // code points inside it
  timeplace::MatchScratch place_scratch_;
  std::vector<timeplace::PlaceMatch> place_matches_;
};

// "GOV" for "USAGOV", "IGO" for "IGOUNO", "" for "USA": the three letters after the
// country part (actors::country_of), as `dyad actors resolve` prints it.
std::string_view sector_of(std::string_view code);

}  // namespace dyad::output

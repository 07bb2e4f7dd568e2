#pragma once
// app::evaluate_events — `dyad eval FILE.jsonl`: codes every record of a gold event set
// (../shared/eval/README.md) with dyad's own pipeline and scores what comes out as the
// README's "How to score" says (event_scores.h has the rules).
//
// Each record's `text` goes through text -> tag -> parse -> events::Coder, with the
// record's `date` as the publication date; nothing else of the record (the upstream parse
// in particular) is read. Records that name their own dictionaries (the engine suites)
// are coded with those, imported in memory from upstream format
// (upstream_dictionaries.h), one coder per distinct dictionary set; `dictionaries`
// overrides that for every record. The ontology and gazetteer are always dyad's.
//
// Which records count: expect events, no_events and discard (as no_events) at the dyad
// level; label_only for label accuracy; complex, option_record, error, unspecified and
// disabled_expectation_only are skipped, not coded, and counted (gold_records.h).
//
// One thread, records in file order, so a run is deterministic. A record whose document
// fails (a DocStatus error) emits nothing and is counted in failed_documents.

#include <array>
#include <string>
#include <vector>

#include "app/event_scores.h"
#include "app/gold_records.h"
#include "app/model_paths.h"
#include "core/status.h"

namespace dyad::app {

struct EvalEventsOptions {
  std::string gold;          // the gold JSONL file
  std::string dictionaries;  // --dictionaries DIR: upstream files, or a folder shaped like
                             // data/src (actors/, verbs/); empty: per record
  ModelOptions models;       // --data-dir, --tagger, --parser
  size_t worst = 20;         // how many worst records to report
  size_t limit = 0;          // read only the first N records; 0: all
  // CAMEO has no negated events: what did not happen (modality negated or denied) is
  // listed with the record but not scored, unless this is set.
  bool score_negated = false;
};

// One record as reported in the worst list.
struct RecordReport {
  std::string id;
  int line = 0;
  Expect expect = Expect::kEvents;
  std::string text;
  std::vector<std::string> expected;  // "ARN GON 064", or "five_class 3"
  std::vector<std::string> emitted;   // "ARN GON 064 restore", with the predicate word
  std::vector<std::string> actors;    // the coded actor mentions: "Arnor=ARN"
  int errors = 0;
  bool pass = false;
  std::string status;  // the document's status when it failed
};

// One dictionary set the run coded with.
struct DictionarySetReport {
  std::string name;                  // "dyad" or the files, relative to the gold file's folder
  std::string format;                // "dyad", "tabari", "petrarch", "petrarch2"
  std::vector<std::string> ignored;  // files the coder has no use for (discards, options)
  size_t records = 0;
  size_t warnings = 0;  // importer warnings
  double seconds = 0;   // import and build
};

struct EvalEventsReport {
  std::string gold;
  std::vector<std::string> datasets;
  Scheme scheme = Scheme::kCameo;  // the labels most records use
  size_t records = 0;              // records read
  std::array<size_t, kExpectCount> expect_counts{};
  size_t dyad_records = 0;
  size_t label_only_records = 0;
  size_t skipped_records = 0;
  EventScores scores;
  std::vector<RecordReport> worst;
  std::vector<DictionarySetReport> dictionary_sets;
  size_t sentences = 0;
  size_t events_emitted = 0;
  size_t failed_documents = 0;
  double seconds = 0;         // the whole run
  double load_seconds = 0;    // models, ontology, gazetteer, dictionaries
  double coding_seconds = 0;  // pipeline and coder over the records
};

Result<EvalEventsReport> evaluate_events(const EvalEventsOptions& options);

// Results table, confusion matrix and worst records, as text.
std::string format_events_table(const EvalEventsReport& report);
// The same as one JSON object.
std::string format_events_json(const EvalEventsReport& report);

}  // namespace dyad::app

#pragma once
// The labelled dependency parser: greedy arc-eager transitions (transition_system.h) scored
// by an averaged perceptron over hashed Zhang & Nivre features (features.h), with each arc
// labelled by a second perceptron when it is made. Trained by parser_trainer.h.
//
// A Parser is either one such model -- reading the sentence left to right, or right to
// left (trained on reversed sentences; its arcs are mirrored back), with the arc-eager or
// the arc-hybrid transition system -- or an ensemble of
// them whose arc votes are combined into one tree (ensemble.h). Callers cannot tell which.
//
// The members of an ensemble that read in the same direction share their weight tables
// (weights.h: one slot per key holds every such member's weights), so that a key one
// member brings into the cache is there for the others; they parse a sentence one after
// the other, grouped by direction. This changes no score.
//
// Usage:
//   auto parser = Parser::load("data/models/en_ewt.parser.dyad");  // Result<shared_ptr>
//   ParserWorkspace ws;                  // one per thread, reused across sentences
//   parser.value()->parse(doc, sentence, ws);
//
// parse() reads forms, lemmas, UPOS and XPOS, and writes head and deprel of every word of
// the sentence. The output is always one tree with exactly one root (head kNoIndex, deprel
// root).
//
// Thread-safety: a loaded Parser is immutable; any number of threads may call parse() at
// once, each with its own ParserWorkspace. parse() allocates only when a sentence is longer
// than any the workspace has seen.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "syntax/parser/ensemble.h"
#include "syntax/parser/features.h"
#include "syntax/parser/label_inventory.h"
#include "syntax/parser/transition_system.h"
#include "syntax/parser/weights.h"

namespace dyad::syntax {

struct ParserWorkspace {
  ParseState state;
  ParseState state2;  // the second model of a lockstep pair once they disagree
  SentenceFeatures words;
  uint64_t keys[kMaxMoveFeatures + kMaxLabelFeatures];
  int32_t label_scores[kDepRelCount];
  int32_t label_scores2[kDepRelCount];
  EnsembleWorkspace ensemble;
};

class Parser {
 public:
  static constexpr std::string_view kArtifactKind = "dyad.parser";
  // 2: optional "ensemble" section, members' sections suffixed ".1", ".2"...
  static constexpr uint32_t kFormatVersion = 2;

  // `max_members` > 0 keeps only the first that many members of an ensemble (with their
  // voting weights): less accuracy for proportionally more speed. 0 keeps them all; a
  // single-model file is unaffected.
  static Result<std::shared_ptr<const Parser>> load(const std::string& path, int max_members = 0);
  static Result<std::shared_ptr<const Parser>> from_bytes(std::string_view bytes,
                                                          std::string_view name,
                                                          int max_members = 0);

  void parse(Document& doc, const Sentence& sentence, ParserWorkspace& ws) const;
  std::string metadata_json() const { return metadata_; }

  // For the trainer: assembles a model and writes it in the artifact container.
  Parser(MoveWeights moves, LabelWeights labels, LabelInventory inventory, std::string metadata,
         bool reversed = false, TransitionSystem system = TransitionSystem::kArcEager,
         FeatureSet features = FeatureSet::kFull);
  // A single model reading column `column` of (possibly shared) tables.
  Parser(std::shared_ptr<const MoveWeights> moves, std::shared_ptr<const LabelWeights> labels,
         int column, LabelInventory inventory, std::string metadata, bool reversed,
         TransitionSystem system, FeatureSet features = FeatureSet::kFull);
  // An ensemble of single models (not ensembles); voting.members describes each. Members
  // reading in the same direction are rebuilt over shared tables unless they already are.
  Parser(std::vector<std::shared_ptr<const Parser>> members, EnsembleVoting voting,
         std::string metadata);
  Status write(const std::string& path) const { return write(path, metadata_); }
  Status write(const std::string& path, const std::string& metadata) const;
  size_t feature_count() const;
  // A copy without weights of magnitude <= threshold (16-bit units): a smaller file and
  // table for a little accuracy.
  std::shared_ptr<const Parser> pruned(int threshold) const;
  // The same members under other voting weights (for tuning on dev).
  std::shared_ptr<const Parser> with_voting(EnsembleVoting voting) const {
    return std::make_shared<const Parser>(members_, std::move(voting), metadata_);
  }
  bool reversed() const { return reversed_; }
  // The tables this single model reads, and its column in them (tests, benchmarks).
  const MoveWeights& move_weights() const { return *moves_; }
  const LabelWeights& label_weights() const { return *labels_; }
  int column() const { return column_; }
  TransitionSystem system() const { return system_; }
  // The feature templates a single model reads; an ensemble's first member's.
  FeatureSet features() const { return members_.empty() ? features_ : members_[0]->features_; }
  bool is_ensemble() const { return !members_.empty(); }
  const EnsembleVoting& voting() const { return voting_; }
  std::span<const std::shared_ptr<const Parser>> members() const { return members_; }

  // The decoding steps, public for tests and the trainer's reuse. `margin`, when given,
  // receives the chosen move's score minus the best other legal move's (0 when forced).
  Move best_move(const ParseState& state, ParserWorkspace& ws, int32_t* margin = nullptr) const;
  DepRel best_label(const ParseState& state, uint32_t head, uint32_t dep,
                    ParserWorkspace& ws) const;
  // A single model's tree for the sentence, in sentence order, with one root. Uses ws's
  // state and features, not ws.ensemble (so `out` may live there).
  void parse_arcs(const Document& doc, const Sentence& sentence, ParserWorkspace& ws,
                  MemberArcs& out) const;

 private:
  // parse_arcs once ws.words holds the sentence in this model's reading direction.
  void parse_filled(uint32_t n, ParserWorkspace& ws, MemberArcs& out) const;
  // The moves from `st` to the end, recording the margins of the arcs made.
  void run(ParseState& st, ParserWorkspace& ws, MemberArcs& out) const;
  // The tree of a finished state, with one root, into out (heads, labels).
  void finish(const ParseState& st, ParserWorkspace& ws, MemberArcs& out) const;
  // parse_filled for two models with the same tables, system and direction, in lockstep
  // while they agree (decode.cc).
  static void parse_pair(const Parser& a, const Parser& b, uint32_t n, ParserWorkspace& ws,
                         MemberArcs& out_a, MemberArcs& out_b);

  // Null for an ensemble.
  std::shared_ptr<const MoveWeights> moves_;
  std::shared_ptr<const LabelWeights> labels_;
  int column_ = 0;
  LabelInventory inventory_;
  std::string metadata_;
  bool reversed_ = false;
  TransitionSystem system_ = TransitionSystem::kArcEager;
  FeatureSet features_ = FeatureSet::kFull;
  // Non-empty for an ensemble, whose own tables above are then empty.
  std::vector<std::shared_ptr<const Parser>> members_;
  // The order members parse in: grouped by direction, so a group's shared table lines
  // are still cached for its next member; a member whose partner_ is set parses in
  // lockstep with it, which comes right after it in order_ (-1: none).
  std::vector<uint8_t> order_;
  std::vector<int8_t> partner_;
  EnsembleVoting voting_;
};

}  // namespace dyad::syntax

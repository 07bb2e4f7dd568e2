#pragma once
// The labelled dependency parser: greedy arc-eager transitions (transition_system.h) scored
// by an averaged perceptron over hashed Zhang & Nivre features (features.h), with each arc
// labelled by a second perceptron when it is made. Trained by parser_trainer.h.
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
#include <string>

#include "core/document.h"
#include "core/status.h"
#include "syntax/parser/features.h"
#include "syntax/parser/label_inventory.h"
#include "syntax/parser/transition_system.h"
#include "syntax/parser/weights.h"

namespace dyad::syntax {

struct ParserWorkspace {
  ParseState state;
  SentenceFeatures words;
  uint64_t keys[kMaxMoveFeatures + kMaxLabelFeatures];
  int32_t label_scores[kDepRelCount];
};

class Parser {
 public:
  static constexpr std::string_view kArtifactKind = "dyad.parser";
  static constexpr uint32_t kFormatVersion = 1;

  static Result<std::shared_ptr<const Parser>> load(const std::string& path);
  static Result<std::shared_ptr<const Parser>> from_bytes(std::string_view bytes,
                                                          std::string_view name);

  void parse(Document& doc, const Sentence& sentence, ParserWorkspace& ws) const;
  std::string metadata_json() const { return metadata_; }

  // For the trainer: assembles a model and writes it in the artifact container.
  Parser(MoveWeights moves, LabelWeights labels, LabelInventory inventory, std::string metadata)
      : moves_(std::move(moves)),
        labels_(std::move(labels)),
        inventory_(inventory),
        metadata_(std::move(metadata)) {}
  Status write(const std::string& path) const { return write(path, metadata_); }
  Status write(const std::string& path, const std::string& metadata) const;
  size_t feature_count() const { return moves_.size() + labels_.size(); }
  // A copy without weights of magnitude <= threshold (16-bit units): a smaller file and
  // table for a little accuracy.
  std::shared_ptr<const Parser> pruned(int threshold) const {
    return std::make_shared<const Parser>(moves_.pruned(threshold), labels_.pruned(threshold),
                                          inventory_, metadata_);
  }

  // The decoding steps, public for tests and the trainer's reuse.
  Move best_move(const ParseState& state, ParserWorkspace& ws) const;
  DepRel best_label(const ParseState& state, uint32_t head, uint32_t dep,
                    ParserWorkspace& ws) const;

 private:
  MoveWeights moves_;
  LabelWeights labels_;
  LabelInventory inventory_;
  std::string metadata_;
};

// Writes the state's arcs into the sentence's tokens, making one tree: when several words
// hang from ROOT, the one with the most dependents stays the root and the others are
// attached to it with the label `pick_label` gives (the labeller, at inference).
template <typename PickLabel>
void write_tree(const ParseState& state, Document& doc, const Sentence& sentence,
                PickLabel pick_label) {
  const uint32_t n = state.size();
  uint32_t root = state.none();
  for (uint32_t i = 0; i < n; ++i) {
    if (state.head(i) != state.root() && state.head(i) != state.none()) continue;
    if (root == state.none() || state.left_count(i) + state.right_count(i) >
                                    state.left_count(root) + state.right_count(root)) {
      root = i;
    }
  }
  if (root == state.none()) root = 0;  // cannot happen for a finished state; stay safe
  for (uint32_t i = 0; i < n; ++i) {
    Token& t = doc.tokens[sentence.token_begin + i];
    uint32_t h = state.head(i);
    DepRel label = state.label(i);
    if (i == root) {
      t.head = kNoIndex;
      t.deprel = DepRel::root;
      continue;
    }
    if (h == state.root() || h == state.none() || h >= n) {
      h = root;
      label = pick_label(root, i);
    }
    t.head = sentence.token_begin + h;
    t.deprel = label == DepRel::root || label == DepRel::kNone ? DepRel::dep : label;
  }
}

}  // namespace dyad::syntax

#pragma once
// The arc-eager transition system (Nivre 2003) with the root at the end of the buffer
// (Ballesteros & Nivre 2013), and its dynamic oracle (Goldberg & Nivre 2012, 2013).
//
// The same state also runs the arc-hybrid system (Kuhlmann, Gomez-Rodriguez & Satta 2011),
// whose arcs are made when the dependent leaves the stack: LEFT makes s0 a dependent of
// b0, RIGHT makes s0 a dependent of s1, both pop s0; there is no REDUCE. Its errors differ
// from arc-eager's (a word's head is decided only once its children are), which is what an
// ensemble member needs. Its dynamic oracle is Goldberg & Nivre (2013)'s.
//
// Words are numbered 0..n-1 within the sentence; n is the artificial ROOT, which sits at the
// end of the buffer, so a word becomes a root only by a LEFT arc from ROOT once everything
// else is decided. n+1 is "no word": every child and head slot that is empty points there,
// so feature extraction reads arrays without branching.
//
// The parser makes unlabelled moves; the label of an arc is chosen by a separate classifier
// when the arc is made and stored here, so later features can read it.
//
// Ownership: ParseState owns its arrays and is reused across sentences (reset() keeps
// capacity, so a warm state allocates nothing). Not thread-safe; one per thread.

#include <cstdint>
#include <span>
#include <vector>

#include "core/enums.h"

namespace dyad::syntax {

enum class Move : uint8_t { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3 };
inline constexpr int kMoveCount = 4;

enum class TransitionSystem : uint8_t { kArcEager = 0, kArcHybrid = 1 };

static_assert(kDepRelCount <= 64, "label sets are 64-bit masks");

class ParseState {
 public:
  void reset(uint32_t n, TransitionSystem system = TransitionSystem::kArcEager);
  TransitionSystem system() const { return system_; }

  uint32_t size() const { return n_; }
  uint32_t root() const { return n_; }
  uint32_t none() const { return n_ + 1; }
  bool terminal() const { return b0_ == n_ && stack_.empty(); }

  // Stack from the top: s(0) is the top; none() when the stack is shorter.
  uint32_t s(uint32_t i) const {
    return i < stack_.size() ? stack_[stack_.size() - 1 - i] : none();
  }
  // Buffer from the front: b(0) is the front, root() is the last element; none() beyond.
  uint32_t b(uint32_t i) const { return b0_ + i <= n_ ? b0_ + i : none(); }
  std::span<const uint32_t> stack() const { return stack_; }
  uint32_t buffer_front() const { return b0_; }

  uint32_t head(uint32_t i) const { return head_[i]; }
  DepRel label(uint32_t i) const { return label_[i]; }
  uint32_t leftmost(uint32_t i) const { return left1_[i]; }
  uint32_t leftmost2(uint32_t i) const { return left2_[i]; }
  uint32_t rightmost(uint32_t i) const { return right1_[i]; }
  uint32_t rightmost2(uint32_t i) const { return right2_[i]; }
  uint32_t left_count(uint32_t i) const { return nleft_[i]; }
  uint32_t right_count(uint32_t i) const { return nright_[i]; }
  uint64_t left_labels(uint32_t i) const { return left_labels_[i]; }
  uint64_t right_labels(uint32_t i) const { return right_labels_[i]; }

  bool legal(Move m) const;
  // Bit m set when Move m is legal. At least one move is legal in a non-terminal state.
  uint32_t legal_mask() const;
  // The arc a move would make: {head, dependent}; only for kLeft and kRight.
  uint32_t arc_head(Move m) const {
    if (m == Move::kLeft) return b0_;
    return system_ == TransitionSystem::kArcEager ? s(0) : s(1);
  }
  uint32_t arc_dependent(Move m) const {
    if (m == Move::kLeft) return s(0);
    return system_ == TransitionSystem::kArcEager ? b0_ : s(0);
  }
  // Applies a legal move; `label` is the arc's label for kLeft and kRight.
  void apply(Move m, DepRel label);

 private:
  void add_arc(uint32_t h, uint32_t d, DepRel label);

  TransitionSystem system_ = TransitionSystem::kArcEager;
  uint32_t n_ = 0;
  uint32_t b0_ = 0;
  std::vector<uint32_t> stack_;
  std::vector<uint32_t> head_, left1_, left2_, right1_, right2_;
  std::vector<uint8_t> nleft_, nright_;
  std::vector<uint64_t> left_labels_, right_labels_;
  std::vector<DepRel> label_;
};

// The dynamic oracle: for each legal move, how many gold arcs become unreachable by taking
// it, in the state's transition system. `gold_heads` has n entries, sentence-relative, with
// n for the root. Non-projective gold trees are fine: arcs that no projective derivation can
// make simply count as lost. Illegal moves get cost -1. O(n) per call.
void move_costs(const ParseState& state, std::span<const uint32_t> gold_heads,
                int costs[kMoveCount]);

}  // namespace dyad::syntax

#include "syntax/parser/transition_system.h"

namespace dyad::syntax {

void ParseState::reset(uint32_t n, TransitionSystem system) {
  system_ = system;
  n_ = n;
  b0_ = 0;
  stack_.clear();
  const uint32_t m = n + 2;
  head_.assign(m, n + 1);
  left1_.assign(m, n + 1);
  left2_.assign(m, n + 1);
  right1_.assign(m, n + 1);
  right2_.assign(m, n + 1);
  nleft_.assign(m, 0);
  nright_.assign(m, 0);
  left_labels_.assign(m, 0);
  right_labels_.assign(m, 0);
  label_.assign(m, DepRel::kNone);
}

bool ParseState::legal(Move m) const {
  if (system_ == TransitionSystem::kArcHybrid) {
    switch (m) {
      case Move::kShift:
        return b0_ < n_;
      case Move::kReduce:
        return false;
      case Move::kLeft:
        return !stack_.empty();
      case Move::kRight:
        return stack_.size() >= 2;
    }
    return false;
  }
  switch (m) {
    case Move::kShift:
      return b0_ < n_;  // ROOT never goes onto the stack
    case Move::kReduce:
      return !stack_.empty() && head_[stack_.back()] != none();
    case Move::kLeft:
      return !stack_.empty() && head_[stack_.back()] == none();
    case Move::kRight:
      return !stack_.empty() && b0_ < n_;
  }
  return false;
}

uint32_t ParseState::legal_mask() const {
  uint32_t mask = 0;
  for (int m = 0; m < kMoveCount; ++m) {
    if (legal(static_cast<Move>(m))) mask |= 1u << m;
  }
  return mask;
}

void ParseState::add_arc(uint32_t h, uint32_t d, DepRel label) {
  head_[d] = h;
  label_[d] = label;
  const uint64_t bit = uint64_t{1} << static_cast<unsigned>(label);
  if (d < h) {
    // Children are compared by position, not by arrival order, so the slots stay right
    // whatever order the moves make arcs in.
    if (left1_[h] == none() || d < left1_[h]) {
      left2_[h] = left1_[h];
      left1_[h] = d;
    } else if (left2_[h] == none() || d < left2_[h]) {
      left2_[h] = d;
    }
    if (nleft_[h] < 255) ++nleft_[h];
    left_labels_[h] |= bit;
  } else {
    if (right1_[h] == none() || d > right1_[h]) {
      right2_[h] = right1_[h];
      right1_[h] = d;
    } else if (right2_[h] == none() || d > right2_[h]) {
      right2_[h] = d;
    }
    if (nright_[h] < 255) ++nright_[h];
    right_labels_[h] |= bit;
  }
}

void ParseState::apply(Move m, DepRel label) {
  if (system_ == TransitionSystem::kArcHybrid && m != Move::kShift) {
    add_arc(arc_head(m), stack_.back(), label);
    stack_.pop_back();
    return;
  }
  switch (m) {
    case Move::kShift:
      stack_.push_back(b0_++);
      break;
    case Move::kReduce:
      stack_.pop_back();
      break;
    case Move::kLeft:
      add_arc(b0_, stack_.back(), label);
      stack_.pop_back();
      break;
    case Move::kRight:
      add_arc(stack_.back(), b0_, label);
      stack_.push_back(b0_++);
      break;
  }
}

void move_costs(const ParseState& state, std::span<const uint32_t> gold_heads,
                int costs[kMoveCount]) {
  const uint32_t n = state.size();
  const uint32_t b = state.buffer_front();
  const uint32_t s = state.s(0);
  const auto stack = state.stack();
  auto gold = [&](uint32_t i) { return i < n ? gold_heads[i] : state.none(); };
  auto in_buffer = [&](uint32_t i) { return i >= b && i <= n; };
  for (int m = 0; m < kMoveCount; ++m) costs[m] = state.legal(static_cast<Move>(m)) ? 0 : -1;

  // Gold dependents of `h` still in the buffer after the front (the front itself is
  // handled per move), and of b among the headless stack words.
  auto buffer_children = [&](uint32_t h, uint32_t from) {
    int c = 0;
    for (uint32_t k = from; k < n; ++k) c += gold_heads[k] == h;
    return c;
  };

  if (state.system() == TransitionSystem::kArcHybrid) {
    // Stack words have no heads yet; b may have left children, no right ones.
    if (costs[static_cast<int>(Move::kShift)] == 0) {
      // b is pushed: a gold head below s, and gold children anywhere in the stack, are lost.
      int c = 0;
      for (uint32_t k : stack) c += (gold(b) == k && k != s) + (gold(k) == b);
      costs[static_cast<int>(Move::kShift)] = c;
    }
    const int children = s != state.none() ? buffer_children(s, b) : 0;
    const uint32_t g = gold(s);
    if (costs[static_cast<int>(Move::kLeft)] == 0) {
      // s gets head b and is popped: its gold children in the buffer are lost, and so is a
      // gold head that is s1 or in the buffer after b.
      costs[static_cast<int>(Move::kLeft)] =
          children + (g != b && (g == state.s(1) || in_buffer(g)));
    }
    if (costs[static_cast<int>(Move::kRight)] == 0) {
      // s gets head s1 and is popped: its gold children and a gold head in the buffer are lost.
      costs[static_cast<int>(Move::kRight)] = children + in_buffer(g);
    }
    return;
  }
  if (costs[static_cast<int>(Move::kShift)] == 0) {
    // b is pushed: it can no longer take a head from the stack nor children there.
    int c = 0;
    for (uint32_t k : stack) {
      if (gold(b) == k) ++c;
      if (gold(k) == b && state.head(k) == state.none()) ++c;
    }
    costs[static_cast<int>(Move::kShift)] = c;
  }
  if (costs[static_cast<int>(Move::kReduce)] == 0) {
    // s is popped: its gold children in the buffer are lost.
    costs[static_cast<int>(Move::kReduce)] = buffer_children(s, b);
  }
  if (costs[static_cast<int>(Move::kLeft)] == 0) {
    // s gets head b and is popped: a different gold head in the buffer and its gold
    // children in the buffer are lost.
    int c = buffer_children(s, b);
    const uint32_t g = gold(s);
    if (g != b && in_buffer(g)) ++c;
    costs[static_cast<int>(Move::kLeft)] = c;
  }
  if (costs[static_cast<int>(Move::kRight)] == 0) {
    // b gets head s and is pushed: a gold head elsewhere in the stack or in the buffer is
    // lost, and so are b's gold children among the headless stack words.
    int c = 0;
    const uint32_t g = gold(b);
    if (g != s && (in_buffer(g) || g == state.root())) ++c;
    for (uint32_t k : stack) {
      if (k != s && g == k) ++c;
      if (gold(k) == b && state.head(k) == state.none()) ++c;
    }
    costs[static_cast<int>(Move::kRight)] = c;
  }
}

}  // namespace dyad::syntax

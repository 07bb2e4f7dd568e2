#pragma once
// Reparsing (Sagae & Lavie 2006): several parsers of the same sentence -- left-to-right and
// right-to-left arc-eager models, whose errors differ -- vote on arcs, and the projective
// tree with the most weight (eisner.h) becomes the output. A vote weighs its parser's
// weight times (1 + beta * confidence), confidence being the margin of the move that made
// the arc over the best other legal move, relative to that parser's mean arc margin (the
// parsers' weight scales differ), capped at 3. The label of a chosen arc is the one with the
// most vote weight among the members that made the arc.
//
// Thread-safety: EnsembleWorkspace is per thread and keeps its capacity.

#include <cstdint>
#include <span>
#include <vector>

#include "core/enums.h"
#include "syntax/parser/eisner.h"
#include "syntax/parser/transition_system.h"

namespace dyad::syntax {

inline constexpr int kMaxEnsembleMembers = 4;

// One parser's output for a sentence, in sentence order: heads[d] in 0..n (n = ROOT).
struct MemberArcs {
  std::vector<uint32_t> heads;
  std::vector<DepRel> labels;
  std::vector<float> margins;  // 0 for forced arcs and the one-root repairs
  void resize(uint32_t n) {
    heads.resize(n);
    labels.resize(n);
    margins.resize(n);
  }
};

struct EnsembleVoting {
  struct Member {
    bool reversed = false;
    float weight = 1;
    float mean_margin = 1;  // > 0
    TransitionSystem system = TransitionSystem::kArcEager;
  };
  std::vector<Member> members;
  float beta = 0;
};

struct EnsembleWorkspace {
  MemberArcs members[kMaxEnsembleMembers];
  MemberArcs combined;
  std::vector<float> scores;
  EisnerWorkspace eisner;
};

// Combines ws.members[0..voting.members.size()) of an n-word sentence into ws.combined
// (margins left unset). When every member agrees, that tree is the answer without decoding.
void combine_votes(const EnsembleVoting& voting, uint32_t n, EnsembleWorkspace& ws);

}  // namespace dyad::syntax

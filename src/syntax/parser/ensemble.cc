#include "syntax/parser/ensemble.h"

#include <algorithm>

namespace dyad::syntax {
namespace {

// Arcs no member proposed: far below any vote, but finite, so that a tree always exists
// even when the members' arcs admit no projective one.
constexpr float kAbsent = -1000;

float vote(const EnsembleVoting& voting, int m, float margin) {
  const EnsembleVoting::Member& member = voting.members[m];
  const float confidence = std::min(3.0f, margin / member.mean_margin);
  return member.weight * (1 + voting.beta * confidence);
}

}  // namespace

void combine_votes(const EnsembleVoting& voting, uint32_t n, EnsembleWorkspace& ws) {
  const int count = static_cast<int>(voting.members.size());
  MemberArcs& out = ws.combined;
  out.resize(n);
  const MemberArcs& first = ws.members[0];
  bool agree = true;
  for (int m = 1; m < count && agree; ++m) {
    agree = std::equal(first.heads.begin(), first.heads.begin() + n, ws.members[m].heads.begin());
  }
  if (agree) {
    std::copy_n(first.heads.begin(), n, out.heads.begin());
  } else {
    ws.scores.assign(size_t{n + 1} * n, kAbsent);
    for (int m = 0; m < count; ++m) {
      const MemberArcs& arcs = ws.members[m];
      for (uint32_t d = 0; d < n; ++d) {
        float& s = ws.scores[size_t{arcs.heads[d]} * n + d];
        if (s == kAbsent) s = 0;
        s += vote(voting, m, arcs.margins[d]);
      }
    }
    ws.eisner.decode(n, ws.scores, out.heads);
  }
  for (uint32_t d = 0; d < n; ++d) {
    float best = -1;
    DepRel label = DepRel::kNone;
    for (int m = 0; m < count; ++m) {
      const MemberArcs& arcs = ws.members[m];
      if (arcs.heads[d] != out.heads[d]) continue;
      const float v = vote(voting, m, arcs.margins[d]);
      if (v > best) best = v, label = arcs.labels[d];
    }
    if (out.heads[d] == n) {
      label = DepRel::root;
    } else if (label == DepRel::kNone || label == DepRel::root) {
      // No member made this arc: the first member's label for the word is the best guess.
      label = first.labels[d] == DepRel::root ? DepRel::dep : first.labels[d];
    }
    out.labels[d] = label;
  }
}

}  // namespace dyad::syntax

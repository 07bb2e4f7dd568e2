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

// Whether heads[0..n) is one tree with a single root and no crossing arcs (the root's arc
// spanning from it to ROOT at n): then it is the projective single-root tree Eisner finds
// when every word's best-scoring head is its head in it.
bool single_root_projective_tree(uint32_t n, std::span<const uint32_t> heads) {
  uint32_t root = n;
  for (uint32_t d = 0; d < n; ++d) {
    if (heads[d] != n) continue;
    if (root != n) return false;
    root = d;
  }
  if (root == n) return false;
  for (uint32_t d = 0; d < n; ++d) {  // acyclic: every word reaches ROOT within n steps
    uint32_t a = d, steps = 0;
    while (a != n && steps++ <= n) a = heads[a];
    if (a != n) return false;
  }
  for (uint32_t d = 0; d < n; ++d) {
    const uint32_t lo = std::min(d, heads[d]), hi = std::max(d, heads[d]);
    for (uint32_t e = 0; e < n; ++e) {
      const uint32_t a = std::min(e, heads[e]), b = std::max(e, heads[e]);
      if ((a < lo && lo < b && b < hi) || (lo < a && a < hi && hi < b)) return false;
    }
  }
  return true;
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
    // Each word's best-voted head; when those make a projective tree, it is Eisner's answer
    // (up to ties) without the O(n^3) decode.
    for (uint32_t d = 0; d < n; ++d) {
      uint32_t best = ws.members[0].heads[d];
      for (int m = 1; m < count; ++m) {
        const uint32_t h = ws.members[m].heads[d];
        if (ws.scores[size_t{h} * n + d] > ws.scores[size_t{best} * n + d]) best = h;
      }
      out.heads[d] = best;
    }
    if (!single_root_projective_tree(n, out.heads)) ws.eisner.decode(n, ws.scores, out.heads);
  }
  // The label with the most vote weight among the members that made the chosen arc.
  for (uint32_t d = 0; d < n; ++d) {
    float best = -1;
    DepRel label = DepRel::kNone;
    float votes[kMaxEnsembleMembers];
    for (int m = 0; m < count; ++m) {
      const MemberArcs& arcs = ws.members[m];
      votes[m] = arcs.heads[d] == out.heads[d] ? vote(voting, m, arcs.margins[d]) : 0;
    }
    for (int m = 0; m < count; ++m) {
      if (votes[m] == 0) continue;
      float v = 0;
      for (int k = m; k < count; ++k) {
        if (ws.members[k].labels[d] == ws.members[m].labels[d]) v += votes[k];
      }
      if (v > best) best = v, label = ws.members[m].labels[d];
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

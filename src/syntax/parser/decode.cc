// The parser's decoding loops: greedy transitions for one model, two models of the same
// kind in lockstep while they agree, and the ensemble's parse. Loading and writing models
// is in parser.cc.
#include <algorithm>

#include "syntax/parser/parser.h"
#include "syntax/parser/reversal.h"

namespace dyad::syntax {
namespace {

// The best legal move by `scores`, and its lead over the best other legal one.
Move choose_move(const int32_t* scores, uint32_t legal, int32_t* margin) {
  int best = -1, second = -1;
  for (int m = 0; m < kMoveCount; ++m) {
    if (!(legal >> m & 1)) continue;
    if (best < 0 || scores[m] > scores[best]) {
      second = best;
      best = m;
    } else if (second < 0 || scores[m] > scores[second]) {
      second = m;
    }
  }
  *margin = scores[best] - scores[second];
  return static_cast<Move>(best);
}

bool makes_arc(Move m) { return m == Move::kLeft || m == Move::kRight; }

Upos dependent_upos(const SentenceFeatures& words, uint32_t dep) {
  return static_cast<Upos>(words[dep].upos < kUposCount ? words[dep].upos : 0);
}

}  // namespace

Move Parser::best_move(const ParseState& state, ParserWorkspace& ws, int32_t* margin) const {
  const uint32_t legal = state.legal_mask();
  if ((legal & (legal - 1)) == 0) {
    if (margin) *margin = 0;
    return static_cast<Move>(__builtin_ctz(legal));
  }
  const int n = extract_move_features(state, ws.words, ws.keys, features_);
  int32_t scores[kMoveCount];
  moves_->score(ws.keys, n, column_, scores);
  int32_t m = 0;
  const Move best = choose_move(scores, legal, &m);
  if (margin) *margin = m;
  return best;
}

DepRel Parser::best_label(const ParseState& state, uint32_t head, uint32_t dep,
                          ParserWorkspace& ws) const {
  const bool left = dep < head;
  const Upos upos = dependent_upos(ws.words, dep);
  if (head == state.root()) return DepRel::root;
  const int n = extract_label_features(state, ws.words, head, dep, ws.keys, features_);
  std::fill_n(ws.label_scores, kDepRelCount, 0);
  labels_->score(ws.keys, n, column_, ws.label_scores);
  return inventory_.choose(ws.label_scores, left, upos, false);
}

void Parser::run(ParseState& st, ParserWorkspace& ws, MemberArcs& out) const {
  const uint32_t n = st.size();
  while (!st.terminal()) {
    int32_t margin = 0;
    const Move m = best_move(st, ws, &margin);
    DepRel label = DepRel::kNone;
    if (makes_arc(m)) {
      const uint32_t h = st.arc_head(m), d = st.arc_dependent(m);
      label = best_label(st, h, d, ws);
      out.margins[reversed_ ? mirror_index(d, n) : d] = static_cast<float>(margin);
    }
    st.apply(m, label);
  }
}

void Parser::finish(const ParseState& st, ParserWorkspace& ws, MemberArcs& out) const {
  const uint32_t n = st.size();
  // State index i is sentence word mirror(i); ROOT (n) stays.
  auto mirror = [&](uint32_t i) { return reversed_ ? mirror_index(i, n) : i; };
  // One tree: when several words hang from ROOT, the one with the most dependents stays
  // the root and the others attach to it, labelled by the labeller.
  uint32_t root = st.none();
  for (uint32_t i = 0; i < n; ++i) {
    if (st.head(i) != st.root() && st.head(i) != st.none()) continue;
    if (root == st.none() ||
        st.left_count(i) + st.right_count(i) > st.left_count(root) + st.right_count(root)) {
      root = i;
    }
  }
  if (root == st.none()) root = 0;  // cannot happen for a finished state; stay safe
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t at = mirror(i);
    if (i == root) {
      out.heads[at] = n;
      out.labels[at] = DepRel::root;
      continue;
    }
    uint32_t h = st.head(i);
    DepRel label = st.label(i);
    if (h == st.root() || h == st.none() || h >= n) {
      h = root;
      label = best_label(st, root, i, ws);
      out.margins[at] = 0;
    }
    out.heads[at] = mirror(h);
    out.labels[at] = label == DepRel::root || label == DepRel::kNone ? DepRel::dep : label;
  }
}

void Parser::parse_arcs(const Document& doc, const Sentence& sentence, ParserWorkspace& ws,
                        MemberArcs& out) const {
  ws.words.fill(doc, sentence, reversed_);
  parse_filled(sentence.size(), ws, out);
}

void Parser::parse_filled(uint32_t n, ParserWorkspace& ws, MemberArcs& out) const {
  out.resize(n);
  std::fill(out.margins.begin(), out.margins.end(), 0.0f);
  ws.state.reset(n, system_);
  run(ws.state, ws, out);
  finish(ws.state, ws, out);
}

// Two models that share their tables and read alike go through the same states until
// they first choose differently, so until then the features are extracted once and each
// key is looked up once for both (its slot holds both columns). From the first
// disagreement on, each goes on alone from that state, exactly as it would have got there
// alone.
void Parser::parse_pair(const Parser& a, const Parser& b, uint32_t n, ParserWorkspace& ws,
                        MemberArcs& out_a, MemberArcs& out_b) {
  out_a.resize(n);
  out_b.resize(n);
  std::fill(out_a.margins.begin(), out_a.margins.end(), 0.0f);
  std::fill(out_b.margins.begin(), out_b.margins.end(), 0.0f);
  ParseState& st = ws.state;
  st.reset(n, a.system_);
  bool apart = false;
  while (!st.terminal()) {
    const uint32_t legal = st.legal_mask();
    Move ma, mb;
    int32_t margin_a = 0, margin_b = 0;
    if ((legal & (legal - 1)) == 0) {
      ma = mb = static_cast<Move>(__builtin_ctz(legal));
    } else {
      const int k = extract_move_features(st, ws.words, ws.keys, a.features_);
      int32_t sa[kMoveCount], sb[kMoveCount];
      a.moves_->score_pair(ws.keys, k, a.column_, b.column_, sa, sb);
      ma = choose_move(sa, legal, &margin_a);
      mb = choose_move(sb, legal, &margin_b);
      if (ma != mb) {
        apart = true;
        break;
      }
    }
    DepRel label = DepRel::kNone;
    if (makes_arc(ma)) {
      const uint32_t h = st.arc_head(ma), d = st.arc_dependent(ma);
      DepRel la = DepRel::root, lb = DepRel::root;
      if (h != st.root()) {
        const int k = extract_label_features(st, ws.words, h, d, ws.keys, a.features_);
        std::fill_n(ws.label_scores, kDepRelCount, 0);
        std::fill_n(ws.label_scores2, kDepRelCount, 0);
        a.labels_->score_pair(ws.keys, k, a.column_, b.column_, ws.label_scores, ws.label_scores2);
        const bool left = d < h;
        const Upos upos = dependent_upos(ws.words, d);
        la = a.inventory_.choose(ws.label_scores, left, upos, false);
        lb = b.inventory_.choose(ws.label_scores2, left, upos, false);
      }
      if (la != lb) {
        apart = true;
        break;
      }
      const uint32_t at = a.reversed_ ? mirror_index(d, n) : d;
      out_a.margins[at] = static_cast<float>(margin_a);
      out_b.margins[at] = static_cast<float>(margin_b);
      label = la;
    }
    st.apply(ma, label);
  }
  if (!apart) {
    a.finish(st, ws, out_a);
    b.finish(st, ws, out_b);
    return;
  }
  ws.state2 = st;
  a.run(st, ws, out_a);
  a.finish(st, ws, out_a);
  b.run(ws.state2, ws, out_b);
  b.finish(ws.state2, ws, out_b);
}

void Parser::parse(Document& doc, const Sentence& sentence, ParserWorkspace& ws) const {
  const uint32_t n = sentence.size();
  if (n == 0) return;
  EnsembleWorkspace& e = ws.ensemble;
  const MemberArcs* arcs = &e.members[0];
  if (members_.empty()) {
    parse_arcs(doc, sentence, ws, e.members[0]);
  } else {
    // Grouped by direction (order_): the words are filled once per direction, and a
    // member paired with the next one (partner_) parses in lockstep with it.
    for (size_t k = 0; k < order_.size(); ++k) {
      const int m = order_[k];
      const Parser& member = *members_[m];
      if (k == 0 || member.reversed_ != members_[order_[k - 1]]->reversed_) {
        ws.words.fill(doc, sentence, member.reversed_);
      }
      if (partner_[m] >= 0) {
        parse_pair(member, *members_[partner_[m]], n, ws, e.members[m], e.members[partner_[m]]);
        ++k;  // the partner comes next in order_
      } else {
        member.parse_filled(n, ws, e.members[m]);
      }
    }
    if (members_.size() > 1) {
      combine_votes(voting_, n, e);
      arcs = &e.combined;
    }
  }
  for (uint32_t i = 0; i < n; ++i) {
    Token& t = doc.tokens[sentence.token_begin + i];
    if (arcs->heads[i] == n) {
      t.head = kNoIndex;
      t.deprel = DepRel::root;
    } else {
      t.head = sentence.token_begin + arcs->heads[i];
      t.deprel = arcs->labels[i];
    }
  }
}

}  // namespace dyad::syntax

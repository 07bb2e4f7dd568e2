#include "syntax/parser/parser.h"

#include "model/artifact.h"
#include "model/byte_io.h"

namespace dyad::syntax {
namespace {

// Bumped whenever features.cc changes what a key means: a model's weights are only valid
// for the feature code that trained it.
constexpr uint32_t kFeatureVersion = 2;

Result<std::shared_ptr<const Parser>> from_artifact(const model::Artifact& art) {
  const std::string& name = art.name();
  auto config = art.section("config");
  auto moves = art.section("moves");
  auto labels = art.section("labels");
  if (!config.ok()) return config.status();
  if (!moves.ok()) return moves.status();
  if (!labels.ok()) return labels.status();

  model::ByteReader cr(config.value());
  const uint32_t feature_version = cr.get<uint32_t>();
  LabelInventory inventory;
  inventory.read(cr);
  if (!cr.ok() || !cr.at_end()) return data_loss(name + ": section 'config' is malformed");
  if (feature_version != kFeatureVersion) {
    return unsupported(name + ": feature version " + std::to_string(feature_version) +
                       ", this dyad reads version " + std::to_string(kFeatureVersion));
  }
  MoveWeights move_weights;
  model::ByteReader mr(moves.value());
  if (!move_weights.read(mr) || !mr.at_end()) {
    return data_loss(name + ": section 'moves' is malformed");
  }
  LabelWeights label_weights;
  model::ByteReader lr(labels.value());
  if (!label_weights.read(lr) || !lr.at_end()) {
    return data_loss(name + ": section 'labels' is malformed");
  }
  return std::shared_ptr<const Parser>(std::make_shared<Parser>(
      std::move(move_weights), std::move(label_weights), inventory, art.metadata_json()));
}

}  // namespace

Result<std::shared_ptr<const Parser>> Parser::load(const std::string& path) {
  auto art = model::Artifact::load(path, kArtifactKind, kFormatVersion, kFormatVersion);
  if (!art.ok()) return art.status();
  return from_artifact(art.value());
}

Result<std::shared_ptr<const Parser>> Parser::from_bytes(std::string_view bytes,
                                                         std::string_view name) {
  auto art = model::Artifact::parse(bytes, name, kArtifactKind, kFormatVersion, kFormatVersion);
  if (!art.ok()) return art.status();
  return from_artifact(art.value());
}

Status Parser::write(const std::string& path, const std::string& metadata) const {
  model::ArtifactWriter writer(std::string(kArtifactKind), kFormatVersion);
  writer.set_metadata_json(metadata);
  model::ByteWriter config;
  config.put<uint32_t>(kFeatureVersion);
  inventory_.write(config);
  writer.add_section("config", config.take());
  model::ByteWriter moves;
  moves_.write(moves);
  writer.add_section("moves", moves.take());
  model::ByteWriter labels;
  labels_.write(labels);
  writer.add_section("labels", labels.take());
  return writer.write(path);
}

Move Parser::best_move(const ParseState& state, ParserWorkspace& ws) const {
  const uint32_t legal = state.legal_mask();
  if ((legal & (legal - 1)) == 0) return static_cast<Move>(__builtin_ctz(legal));
  const int n = extract_move_features(state, ws.words, ws.keys);
  int32_t scores[kMoveCount];
  moves_.score(ws.keys, n, scores);
  int best = -1;
  for (int m = 0; m < kMoveCount; ++m) {
    if ((legal >> m & 1) && (best < 0 || scores[m] > scores[best])) best = m;
  }
  return static_cast<Move>(best);
}

DepRel Parser::best_label(const ParseState& state, uint32_t head, uint32_t dep,
                          ParserWorkspace& ws) const {
  const bool left = dep < head;
  const auto upos = static_cast<Upos>(ws.words[dep].upos < kUposCount ? ws.words[dep].upos : 0);
  if (head == state.root()) return DepRel::root;
  const int n = extract_label_features(state, ws.words, head, dep, ws.keys);
  std::fill_n(ws.label_scores, kDepRelCount, 0);
  labels_.score(ws.keys, n, ws.label_scores);
  return inventory_.choose(ws.label_scores, left, upos, false);
}

void Parser::parse(Document& doc, const Sentence& sentence, ParserWorkspace& ws) const {
  if (sentence.size() == 0) return;
  ws.words.fill(doc, sentence);
  ParseState& st = ws.state;
  st.reset(sentence.size());
  while (!st.terminal()) {
    const Move m = best_move(st, ws);
    DepRel label = DepRel::kNone;
    if (m == Move::kLeft || m == Move::kRight) {
      label = best_label(st, st.arc_head(m), st.arc_dependent(m), ws);
    }
    st.apply(m, label);
  }
  write_tree(st, doc, sentence,
             [&](uint32_t head, uint32_t dep) { return best_label(st, head, dep, ws); });
}

}  // namespace dyad::syntax

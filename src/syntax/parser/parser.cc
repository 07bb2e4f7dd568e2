#include "syntax/parser/parser.h"

#include <algorithm>

#include "model/artifact.h"
#include "model/byte_io.h"
#include "syntax/parser/reversal.h"

namespace dyad::syntax {
namespace {

// Bumped whenever features.cc changes what a key means: a model's weights are only valid
// for the feature code that trained it. Version 3 is version 2's lean set (FeatureSet).
constexpr uint32_t kFullFeatureVersion = 2;
constexpr uint32_t kLeanFeatureVersion = 3;

uint32_t feature_version(FeatureSet set) {
  return set == FeatureSet::kLean ? kLeanFeatureVersion : kFullFeatureVersion;
}

// Member 0 keeps the section names of a single-model file; member i > 0 suffixes ".i".
std::string section_name(std::string_view base, size_t member) {
  std::string name(base);
  if (member > 0) name += "." + std::to_string(member);
  return name;
}

// The member flags byte of the ensemble section.
constexpr uint8_t kReversedFlag = 1;
constexpr uint8_t kHybridFlag = 2;

// One model's sections: its label inventory and its weights as plain rows.
struct MemberData {
  FeatureSet features = FeatureSet::kFull;
  LabelInventory inventory;
  MoveRows moves;
  LabelRows labels;
};

Status read_member(const model::Artifact& art, size_t member, MemberData& out) {
  const std::string& name = art.name();
  auto config = art.section(section_name("config", member));
  auto moves = art.section(section_name("moves", member));
  auto labels = art.section(section_name("labels", member));
  if (!config.ok()) return config.status();
  if (!moves.ok()) return moves.status();
  if (!labels.ok()) return labels.status();

  model::ByteReader cr(config.value());
  const uint32_t version = cr.get<uint32_t>();
  out.inventory.read(cr);
  if (!cr.ok() || !cr.at_end()) return data_loss(name + ": section 'config' is malformed");
  if (version != kFullFeatureVersion && version != kLeanFeatureVersion) {
    return unsupported(name + ": feature version " + std::to_string(version) +
                       ", this dyad reads versions " + std::to_string(kFullFeatureVersion) +
                       " and " + std::to_string(kLeanFeatureVersion));
  }
  out.features = version == kLeanFeatureVersion ? FeatureSet::kLean : FeatureSet::kFull;
  model::ByteReader mr(moves.value());
  if (!MoveWeights::read_rows(mr, out.moves) || !mr.at_end()) {
    return data_loss(name + ": section 'moves' is malformed");
  }
  model::ByteReader lr(labels.value());
  if (!LabelWeights::read_rows(lr, out.labels) || !lr.at_end()) {
    return data_loss(name + ": section 'labels' is malformed");
  }
  return {};
}

Result<std::shared_ptr<const Parser>> single_from_artifact(const model::Artifact& art) {
  MemberData data;
  DYAD_RETURN_IF_ERROR(read_member(art, 0, data));
  MoveWeights moves;
  moves.build(data.moves.keys, data.moves.weights);
  LabelWeights labels;
  labels.build(data.labels.keys, data.labels.offsets, data.labels.entries);
  return std::shared_ptr<const Parser>(std::make_shared<Parser>(
      std::move(moves), std::move(labels), data.inventory, art.metadata_json(), false,
      TransitionSystem::kArcEager, data.features));
}

Result<std::shared_ptr<const Parser>> from_artifact(const model::Artifact& art, int max_members) {
  if (!art.has_section("ensemble")) {
    return single_from_artifact(art);
  }
  auto section = art.section("ensemble");
  if (!section.ok()) return section.status();
  model::ByteReader er(section.value());
  const uint32_t count = er.get<uint32_t>();
  if (!er.ok() || count < 1 || count > kMaxEnsembleMembers) {
    return data_loss(art.name() + ": section 'ensemble' is malformed");
  }
  EnsembleVoting voting;
  const uint32_t used = max_members > 0 ? std::min<uint32_t>(count, max_members) : count;
  for (uint32_t m = 0; m < count; ++m) {
    EnsembleVoting::Member member;
    const uint8_t flags = er.get<uint8_t>();
    if (flags & ~(kReversedFlag | kHybridFlag)) {
      return data_loss(art.name() + ": section 'ensemble' has unknown member flags");
    }
    member.reversed = (flags & kReversedFlag) != 0;
    member.system =
        flags & kHybridFlag ? TransitionSystem::kArcHybrid : TransitionSystem::kArcEager;
    member.weight = er.get<float>();
    member.mean_margin = er.get<float>();
    voting.members.push_back(member);
  }
  voting.beta = er.get<float>();
  if (!er.ok() || !er.at_end()) return data_loss(art.name() + ": section 'ensemble' is malformed");
  for (uint32_t m = 0; m < count; ++m) {
    if (!(voting.members[m].mean_margin > 0)) {
      return data_loss(art.name() + ": section 'ensemble' is malformed");
    }
  }
  voting.members.resize(used);
  // The members reading in one direction get one table with a column each (the layout the
  // ensemble constructor would otherwise rebuild), built from the sections' rows without
  // a table per member first: loading needs little more memory than the tables.
  std::vector<std::shared_ptr<const Parser>> members(used);
  for (const bool reversed : {false, true}) {
    std::vector<uint32_t> group;
    for (uint32_t m = 0; m < used; ++m) {
      if (voting.members[m].reversed == reversed) group.push_back(m);
    }
    if (group.empty()) continue;
    std::vector<MemberData> data(group.size());
    for (size_t g = 0; g < group.size(); ++g) {
      DYAD_RETURN_IF_ERROR(read_member(art, group[g], data[g]));
    }
    std::vector<const MoveRows*> move_rows;
    std::vector<const LabelRows*> label_rows;
    for (const MemberData& d : data) {
      move_rows.push_back(&d.moves);
      label_rows.push_back(&d.labels);
    }
    std::shared_ptr<const MoveWeights> moves;
    std::shared_ptr<const LabelWeights> labels;
    if (group.size() == 1) {
      MoveWeights one_moves;
      one_moves.build(data[0].moves.keys, data[0].moves.weights);
      LabelWeights one_labels;
      one_labels.build(data[0].labels.keys, data[0].labels.offsets, data[0].labels.entries);
      moves = std::make_shared<const MoveWeights>(std::move(one_moves));
      labels = std::make_shared<const LabelWeights>(std::move(one_labels));
    } else {
      moves = std::make_shared<const MoveWeights>(MoveWeights::merge(move_rows));
      labels = std::make_shared<const LabelWeights>(LabelWeights::merge(label_rows));
    }
    for (size_t g = 0; g < group.size(); ++g) {
      const EnsembleVoting::Member& v = voting.members[group[g]];
      members[group[g]] = std::make_shared<const Parser>(moves, labels, static_cast<int>(g),
                                                         data[g].inventory, art.metadata_json(),
                                                         v.reversed, v.system, data[g].features);
    }
  }
  return std::shared_ptr<const Parser>(
      std::make_shared<Parser>(std::move(members), std::move(voting), art.metadata_json()));
}

}  // namespace

Parser::Parser(MoveWeights moves, LabelWeights labels, LabelInventory inventory,
               std::string metadata, bool reversed, TransitionSystem system, FeatureSet features)
    : moves_(std::make_shared<const MoveWeights>(std::move(moves))),
      labels_(std::make_shared<const LabelWeights>(std::move(labels))),
      inventory_(inventory),
      metadata_(std::move(metadata)),
      reversed_(reversed),
      system_(system),
      features_(features) {}

Parser::Parser(std::shared_ptr<const MoveWeights> moves, std::shared_ptr<const LabelWeights> labels,
               int column, LabelInventory inventory, std::string metadata, bool reversed,
               TransitionSystem system, FeatureSet features)
    : moves_(std::move(moves)),
      labels_(std::move(labels)),
      column_(column),
      inventory_(inventory),
      metadata_(std::move(metadata)),
      reversed_(reversed),
      system_(system),
      features_(features) {}

Parser::Parser(std::vector<std::shared_ptr<const Parser>> members, EnsembleVoting voting,
               std::string metadata)
    : metadata_(std::move(metadata)), members_(std::move(members)), voting_(std::move(voting)) {
  // Members by direction: left-to-right ones first, then right-to-left, each group in
  // member order.
  for (const bool reversed : {false, true}) {
    std::vector<size_t> group;
    for (size_t m = 0; m < members_.size(); ++m) {
      if (members_[m]->reversed_ == reversed) group.push_back(m);
    }
    if (group.size() < 2) continue;
    bool shared = true;
    for (size_t g = 0; g < group.size(); ++g) {
      const Parser& p = *members_[group[g]];
      shared &= p.moves_ == members_[group[0]]->moves_ &&
                p.labels_ == members_[group[0]]->labels_ && p.column_ == static_cast<int>(g) &&
                p.moves_->columns() == static_cast<int>(group.size()) &&
                p.labels_->columns() == static_cast<int>(group.size());
    }
    if (shared) continue;
    // Each member's own column as a one-column table, then the group's merged tables.
    std::vector<MoveWeights> move_columns;
    std::vector<LabelWeights> label_columns;
    for (size_t m : group) {
      const Parser& p = *members_[m];
      move_columns.push_back(p.moves_->columns() == 1 ? *p.moves_ : p.moves_->column(p.column_));
      label_columns.push_back(p.labels_->columns() == 1 ? *p.labels_
                                                        : p.labels_->column(p.column_));
    }
    std::vector<const MoveWeights*> move_tables;
    std::vector<const LabelWeights*> label_tables;
    for (const auto& t : move_columns) move_tables.push_back(&t);
    for (const auto& t : label_columns) label_tables.push_back(&t);
    auto moves = std::make_shared<const MoveWeights>(MoveWeights::merge(move_tables));
    auto labels = std::make_shared<const LabelWeights>(LabelWeights::merge(label_tables));
    for (size_t g = 0; g < group.size(); ++g) {
      const Parser& p = *members_[group[g]];
      members_[group[g]] =
          std::make_shared<const Parser>(moves, labels, static_cast<int>(g), p.inventory_,
                                         p.metadata_, p.reversed_, p.system_, p.features_);
    }
  }
  // The parsing order: by direction, and within it a member followed by the next one with
  // the same tables and transition system, its lockstep partner.
  partner_.assign(members_.size(), -1);
  std::vector<bool> placed(members_.size(), false);
  for (const bool reversed : {false, true}) {
    for (size_t m = 0; m < members_.size(); ++m) {
      if (placed[m] || members_[m]->reversed_ != reversed) continue;
      placed[m] = true;
      order_.push_back(static_cast<uint8_t>(m));
      const Parser& a = *members_[m];
      for (size_t k = m + 1; k < members_.size(); ++k) {
        const Parser& b = *members_[k];
        if (placed[k] || b.reversed_ != reversed || b.system_ != a.system_ ||
            b.features_ != a.features_ || b.moves_ != a.moves_ || b.labels_ != a.labels_) {
          continue;
        }
        placed[k] = true;
        order_.push_back(static_cast<uint8_t>(k));
        partner_[m] = static_cast<int8_t>(k);
        break;
      }
    }
  }
}

size_t Parser::feature_count() const {
  size_t n = members_.empty() ? moves_->size(column_) + labels_->size(column_) : 0;
  for (const auto& m : members_) n += m->feature_count();
  return n;
}

std::shared_ptr<const Parser> Parser::pruned(int threshold) const {
  if (members_.empty()) {
    const MoveWeights moves = moves_->columns() == 1 ? moves_->pruned(threshold)
                                                     : moves_->column(column_).pruned(threshold);
    const LabelWeights labels = labels_->columns() == 1
                                    ? labels_->pruned(threshold)
                                    : labels_->column(column_).pruned(threshold);
    return std::make_shared<const Parser>(moves, labels, inventory_, metadata_, reversed_, system_,
                                          features_);
  }
  std::vector<std::shared_ptr<const Parser>> members;
  for (const auto& m : members_) members.push_back(m->pruned(threshold));
  return std::make_shared<const Parser>(std::move(members), voting_, metadata_);
}

Result<std::shared_ptr<const Parser>> Parser::load(const std::string& path, int max_members) {
  auto art = model::Artifact::load(path, kArtifactKind, 1, kFormatVersion);
  if (!art.ok()) return art.status();
  return from_artifact(art.value(), max_members);
}

Result<std::shared_ptr<const Parser>> Parser::from_bytes(std::string_view bytes,
                                                         std::string_view name, int max_members) {
  auto art = model::Artifact::parse(bytes, name, kArtifactKind, 1, kFormatVersion);
  if (!art.ok()) return art.status();
  return from_artifact(art.value(), max_members);
}

Status Parser::write(const std::string& path, const std::string& metadata) const {
  model::ArtifactWriter writer(std::string(kArtifactKind), kFormatVersion);
  writer.set_metadata_json(metadata);
  // A lone right-to-left or arc-hybrid model is written as an ensemble of one, which
  // records the flags.
  std::vector<const Parser*> singles;
  EnsembleVoting voting = voting_;
  if (members_.empty()) {
    singles.push_back(this);
    voting.members = {EnsembleVoting::Member{reversed_, 1, 1, system_}};
  }
  for (const auto& m : members_) singles.push_back(m.get());
  if (!members_.empty() || reversed_ || system_ != TransitionSystem::kArcEager) {
    model::ByteWriter ensemble;
    ensemble.put<uint32_t>(static_cast<uint32_t>(voting.members.size()));
    for (const EnsembleVoting::Member& m : voting.members) {
      ensemble.put<uint8_t>((m.reversed ? kReversedFlag : 0) |
                            (m.system == TransitionSystem::kArcHybrid ? kHybridFlag : 0));
      ensemble.put<float>(m.weight);
      ensemble.put<float>(m.mean_margin);
    }
    ensemble.put<float>(voting.beta);
    writer.add_section("ensemble", ensemble.take());
  }
  for (size_t i = 0; i < singles.size(); ++i) {
    const Parser& p = *singles[i];
    model::ByteWriter config;
    config.put<uint32_t>(feature_version(p.features_));
    p.inventory_.write(config);
    writer.add_section(section_name("config", i), config.take());
    model::ByteWriter moves;
    p.moves_->write(moves, p.column_);
    writer.add_section(section_name("moves", i), moves.take());
    model::ByteWriter labels;
    p.labels_->write(labels, p.column_);
    writer.add_section(section_name("labels", i), labels.take());
  }
  return writer.write(path);
}

}  // namespace dyad::syntax

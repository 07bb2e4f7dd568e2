#include "syntax/parser/parser_trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "core/json_escape.h"
#include "syntax/parser/averaged_weights.h"
#include "syntax/parser/jackknife.h"
#include "syntax/parser/parser_eval.h"
#include "syntax/parser/reversal.h"

namespace dyad::syntax {
namespace {

// splitmix64: a tiny, fully specified generator, so runs repeat across standard libraries
// (std::shuffle and the distributions are implementation-defined).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }

 private:
  uint64_t state_;
};

// A gold tree in the order the model reads it: for a right-to-left model, word i is the
// sentence's word n-1-i (see mirror_heads).
struct GoldSentence {
  const Document* doc;
  Sentence sentence;
  bool reversed = false;
  std::vector<uint32_t> heads;  // n = ROOT
  std::vector<DepRel> labels;
  std::vector<Upos> upos;
};

std::vector<GoldSentence> gold_sentences(std::span<const Document> docs, bool reversed) {
  std::vector<GoldSentence> out;
  for (const Document& doc : docs) {
    for (const Sentence& s : doc.sentences) {
      GoldSentence g{&doc, s, reversed, {}, {}, {}};
      bool ok = s.size() > 0;
      for (uint32_t i = s.token_begin; i < s.token_end && ok; ++i) {
        const Token& t = doc.tokens[i];
        if (t.head == kNoIndex) {
          g.heads.push_back(s.size());
        } else if (t.head >= s.token_begin && t.head < s.token_end) {
          g.heads.push_back(t.head - s.token_begin);
        } else {
          ok = false;  // a head outside the sentence: not a tree we can learn from
        }
        g.labels.push_back(t.deprel);
        g.upos.push_back(t.upos);
      }
      if (!ok) continue;
      if (reversed) {
        g.heads = mirror_heads(g.heads);
        std::reverse(g.labels.begin(), g.labels.end());
        std::reverse(g.upos.begin(), g.upos.end());
      }
      out.push_back(std::move(g));
    }
  }
  return out;
}

class Trainer {
 public:
  Trainer(const ParserTrainOptions& options, bool reversed, TransitionSystem system, uint64_t seed)
      : options_(options), reversed_(reversed), system_(system), rng_(seed) {}

  void observe_labels(const std::vector<GoldSentence>& data) {
    for (const GoldSentence& g : data) {
      for (uint32_t i = 0; i < g.heads.size(); ++i) {
        if (g.heads[i] == g.heads.size()) continue;
        inventory_.observe(i < g.heads[i], g.upos[i], g.labels[i]);
      }
    }
  }

  // One pass over the sentences in a seeded random order.
  void epoch(std::vector<GoldSentence>& data, int epoch_index) {
    for (size_t i = data.size(); i > 1; --i) std::swap(data[i - 1], data[rng_.below(i)]);
    const bool explore = epoch_index >= options_.explore_from_epoch;
    for (const GoldSentence& g : data) train_sentence(g, explore);
  }

  std::shared_ptr<const Parser> snapshot(std::string metadata) const {
    double move_scale = 0, label_scale = 0;
    MoveWeights moves = moves_.finalize(&move_scale);
    LabelWeights labels = labels_.finalize(&label_scale);
    return std::make_shared<const Parser>(std::move(moves), std::move(labels), inventory_,
                                          std::move(metadata), reversed_, system_,
                                          options_.features);
  }
  size_t features() const { return moves_.size() + labels_.size(); }
  uint64_t errors() const { return errors_; }
  uint64_t decisions() const { return decisions_; }

 private:
  void train_sentence(const GoldSentence& g, bool explore) {
    const uint32_t n = g.sentence.size();
    words_.fill(*g.doc, g.sentence, g.reversed);
    st_.reset(n, system_);
    while (!st_.terminal()) {
      const uint32_t legal = st_.legal_mask();
      int costs[kMoveCount];
      move_costs(st_, g.heads, costs);
      int min_cost = -1;
      for (int m = 0; m < kMoveCount; ++m) {
        if (costs[m] >= 0 && (min_cost < 0 || costs[m] < min_cost)) min_cost = costs[m];
      }
      int next = __builtin_ctz(legal);
      if (legal & (legal - 1)) {
        const int nk = extract_move_features(st_, words_, keys_, options_.features);
        int64_t scores[kMoveCount];
        moves_.score(keys_, nk, scores);
        int pred = -1, oracle = -1;
        for (int m = 0; m < kMoveCount; ++m) {
          if (!(legal >> m & 1)) continue;
          if (pred < 0 || scores[m] > scores[pred]) pred = m;
          if (costs[m] == min_cost && (oracle < 0 || scores[m] > scores[oracle])) oracle = m;
        }
        ++decisions_;
        next = oracle;
        if (costs[pred] != min_cost) {
          ++errors_;
          moves_.update(keys_, nk, oracle, pred);
          if (explore && rng_.uniform() < options_.explore_probability) next = pred;
        }
        moves_.tick();
      }
      const Move m = static_cast<Move>(next);
      DepRel label = DepRel::kNone;
      if (m == Move::kLeft || m == Move::kRight) label = train_label(g, m);
      st_.apply(m, label);
    }
  }

  // Labels the arc the move makes; trains the labeller on arcs that are in the gold tree.
  DepRel train_label(const GoldSentence& g, Move m) {
    const uint32_t h = st_.arc_head(m), d = st_.arc_dependent(m);
    if (h == st_.root()) return DepRel::root;
    const int nk = extract_label_features(st_, words_, h, d, keys_, options_.features);
    int64_t scores[kDepRelCount] = {};
    labels_.score(keys_, nk, scores);
    const Upos upos = g.upos[d];
    const DepRel pred = inventory_.choose(scores, d < h, upos, false);
    if (g.heads[d] != h) return pred;
    const DepRel gold = g.labels[d];
    if (pred != gold) {
      labels_.update(keys_, nk, static_cast<int>(gold), static_cast<int>(pred));
    }
    labels_.tick();
    return gold;
  }

  const ParserTrainOptions& options_;
  bool reversed_;
  TransitionSystem system_;
  Rng rng_;
  LabelInventory inventory_;
  AveragedMoveWeights moves_;
  AveragedLabelWeights labels_;
  ParseState st_;
  SentenceFeatures words_;
  uint64_t keys_[kMaxMoveFeatures + kMaxLabelFeatures];
  uint64_t errors_ = 0, decisions_ = 0;
};

std::string hyperparameters_json(const ParserTrainOptions& o) {
  std::string directions;  // "lr,rl": the members' reading directions
  for (size_t m = 0; m < o.members_reversed.size(); ++m) {
    directions +=
        std::string(directions.empty() ? "" : ",") + (o.members_reversed[m] ? "rl" : "lr");
    if (m < o.members_hybrid.size() && o.members_hybrid[m]) directions += " hybrid";
  }
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "{\"algorithm\": \"arc-eager, root last, dynamic oracle, averaged perceptron, "
                "separate arc labeller\", \"epochs\": %d, \"seed\": %llu, "
                "\"explore_from_epoch\": %d, \"explore_probability\": %.3f, "
                "\"jackknife_folds\": %d, \"add_gold_tag_copy\": %s, \"prune_threshold\": %d, "
                "\"members\": \"%s\", \"features\": \"%s\"}",
                o.epochs, static_cast<unsigned long long>(o.seed), o.explore_from_epoch,
                o.explore_probability, o.jackknife_folds, o.add_gold_tag_copy ? "true" : "false",
                o.prune_threshold, directions.c_str(),
                o.features == FeatureSet::kLean ? "lean" : "full");
  return buf;
}

std::string base_metadata(const ParserTrainOptions& o, std::string_view extra) {
  std::string m = "{\"dyad_version\": \"0.1.0\", \"component\": \"parser\"";
  m += ", \"training_data\": \"" + json_escape(o.training_data) + "\"";
  m += ", \"licence\": \"CC BY-SA 4.0\"";
  m += ", \"seed\": " + std::to_string(o.seed);
  m += ", \"hyperparameters\": " + hyperparameters_json(o);
  m += ", \"command\": \"" + json_escape(o.command) + "\"";
  m += ", \"tagger_model\": \"" + json_escape(o.tagger_model) + "\"";
  if (!o.combined_from.empty())
    m += ", \"combined_from\": \"" + json_escape(o.combined_from) + "\"";
  m += extra;
  m += "}";
  return m;
}

void say(const ParserTrainOptions& o, const std::string& s) {
  if (o.log) o.log(s);
}

// Copies of `docs` tagged with the pipeline's tagger, or the documents as given.
Result<std::vector<Document>> eval_input(std::span<const Document> docs,
                                         const ParserTrainOptions& o) {
  std::vector<Document> out(docs.begin(), docs.end());
  if (o.tagger) DYAD_RETURN_IF_ERROR(o.tagger(out));
  return out;
}

// The mean margin of each member's non-forced arcs on dev (the unit of its confidence),
// then the voting weights with the best dev UAS + LAS. Dev parses take about a second, so
// a small grid is cheap.
std::shared_ptr<const Parser> tune_ensemble(std::vector<std::shared_ptr<const Parser>> members,
                                            std::span<const Document> dev_input,
                                            std::span<const Document> dev,
                                            const ParserTrainOptions& options) {
  EnsembleVoting voting;
  ParserWorkspace ws;
  for (const auto& member : members) {
    double sum = 0;
    uint64_t count = 0;
    for (const Document& doc : dev_input) {
      for (const Sentence& s : doc.sentences) {
        if (s.size() == 0) continue;
        member->parse_arcs(doc, s, ws, ws.ensemble.members[0]);
        for (float m : ws.ensemble.members[0].margins) sum += m, count += m > 0;
      }
    }
    const float mean = count ? static_cast<float>(sum / count) : 1.0f;
    voting.members.push_back({member->reversed(), 1.0f, mean > 0 ? mean : 1.0f, member->system()});
  }
  auto best = std::make_shared<const Parser>(members, voting, base_metadata(options, ""));
  if (dev.empty()) return best;
  double best_score = -1;
  bool any_hybrid = false;
  for (const auto& m : voting.members) any_hybrid |= m.system == TransitionSystem::kArcHybrid;
  const std::vector<float> hybrid_weights =
      any_hybrid ? std::vector<float>{0.9f, 1.0f, 1.1f} : std::vector<float>{1.0f};
  for (const float beta : {0.0f, 0.5f, 1.0f, 2.0f, 4.0f}) {
    for (const float weight : {0.8f, 0.9f, 1.0f, 1.1f}) {
      for (const float hybrid_weight : hybrid_weights) {
        EnsembleVoting v = voting;
        v.beta = beta;
        // Right-to-left members are weaker (~2 UAS on EWT dev): their weight relative to
        // the left-to-right ones; arc-hybrid members get theirs.
        for (auto& m : v.members) {
          m.weight = m.reversed                                 ? weight
                     : m.system == TransitionSystem::kArcHybrid ? hybrid_weight
                                                                : 1.0f;
        }
        auto candidate = best->with_voting(v);
        const AttachmentScores scores = evaluate_parser(*candidate, dev_input, dev);
        char buf[160];
        std::snprintf(buf, sizeof buf, "voting beta %.2f, weight %.2f, hybrid %.2f: ", beta, weight,
                      hybrid_weight);
        say(options, buf + scores.json());
        if (scores.uas() + scores.las() > best_score) {
          best_score = scores.uas() + scores.las();
          best = candidate;
        }
      }
    }
  }
  return best;
}

}  // namespace

Result<std::shared_ptr<const Parser>> combine_members(
    std::vector<std::shared_ptr<const Parser>> members, std::span<const Document> dev,
    const ParserTrainOptions& options) {
  auto dev_input = eval_input(dev, options);
  if (!dev_input.ok()) return dev_input.status();
  return tune_ensemble(std::move(members), dev_input.value(), dev, options);
}

Result<std::shared_ptr<const Parser>> train_parser(std::span<const Document> train,
                                                   std::span<const Document> dev,
                                                   const ParserTrainOptions& options) {
  if (options.epochs < 1) return invalid_argument("parser training needs epochs >= 1");
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  std::vector<Document> jackknifed;
  if (options.jackknife_folds > 1) {
    auto j = jackknife_tags(train, options.jackknife_folds, options.jackknife_tagger, options.log);
    if (!j.ok()) return j.status();
    jackknifed = std::move(j).value();
    if (options.add_gold_tag_copy) jackknifed.insert(jackknifed.end(), train.begin(), train.end());
    train = jackknifed;
  }
  auto dev_input = eval_input(dev, options);
  if (!dev_input.ok()) return dev_input.status();

  // One model per reading direction, each on its own seeded sentence order.
  std::vector<std::shared_ptr<const Parser>> members;
  if (options.members_reversed.empty() || options.members_reversed.size() > kMaxEnsembleMembers) {
    return invalid_argument("parser training needs 1 to 4 members");
  }
  for (size_t index = 0; index < options.members_reversed.size(); ++index) {
    const bool reversed = options.members_reversed[index];
    std::vector<GoldSentence> data = gold_sentences(train, reversed);
    if (data.empty()) return invalid_argument("parser training: no sentences with trees");
    const bool hybrid = index < options.members_hybrid.size() && options.members_hybrid[index];
    Trainer trainer(options, reversed,
                    hybrid ? TransitionSystem::kArcHybrid : TransitionSystem::kArcEager,
                    options.seed + index);
    trainer.observe_labels(data);
    for (int e = 0; e < options.epochs; ++e) {
      trainer.epoch(data, e);
      if (!options.log) continue;
      char buf[256];
      std::snprintf(buf, sizeof buf, "%s%s epoch %d: %.2f%% move errors, %zu features, %.0f s",
                    reversed ? "right-to-left" : "left-to-right", hybrid ? " hybrid" : "", e + 1,
                    100.0 * trainer.errors() / std::max<uint64_t>(1, trainer.decisions()),
                    trainer.features(), elapsed());
      std::string line = buf;
      if (options.evaluate_each_epoch && !dev.empty()) {
        auto parser = trainer.snapshot("{}");
        line += ", dev " + evaluate_parser(*parser, dev_input.value(), dev).json();
      }
      options.log(line);
    }
    auto member = trainer.snapshot(base_metadata(options, ""));
    if (options.prune_threshold > 0) member = member->pruned(options.prune_threshold);
    members.push_back(std::move(member));
  }
  if (members.size() == 1) return members[0];
  return tune_ensemble(members, dev_input.value(), dev, options);
}

Status train_parser_file(std::span<const Document> train, std::span<const Document> dev,
                         const ParserTrainOptions& options, const std::string& out_path) {
  const auto start = std::chrono::steady_clock::now();
  auto trained = train_parser(train, dev, options);
  if (!trained.ok()) return trained.status();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return write_parser_file(*trained.value(), dev, options, out_path, seconds);
}

Status write_parser_file(const Parser& trained, std::span<const Document> dev,
                         const ParserTrainOptions& options, const std::string& out_path,
                         double seconds) {
  DYAD_RETURN_IF_ERROR(trained.write(out_path));

  // Score with the model as read back from disk: this also tests the round trip.
  auto reloaded = Parser::load(out_path);
  if (!reloaded.ok()) return reloaded.status();
  std::string extra = ", \"training_seconds\": " + std::to_string(static_cast<int>(seconds));
  extra += ", \"eval_tags\": \"";
  extra += options.tagger ? "predicted" : "as given";
  extra += "\"";
  auto dev_input = eval_input(dev, options);
  if (!dev_input.ok()) return dev_input.status();
  const AttachmentScores dev_scores = evaluate_parser(*reloaded.value(), dev_input.value(), dev);
  extra += ", \"dev\": " + dev_scores.json();
  say(options, "dev (reloaded model): " + dev_scores.json());
  if (!options.test.empty()) {
    auto test_input = eval_input(options.test, options);
    if (!test_input.ok()) return test_input.status();
    const AttachmentScores test_scores =
        evaluate_parser(*reloaded.value(), test_input.value(), options.test);
    extra += ", \"test\": " + test_scores.json();
    say(options, "test (reloaded model): " + test_scores.json());
  }
  extra += ", \"features\": " + std::to_string(reloaded.value()->feature_count());
  if (reloaded.value()->is_ensemble()) {
    const EnsembleVoting& v = reloaded.value()->voting();
    extra += ", \"voting\": {\"beta\": " + std::to_string(v.beta) + ", \"members\": [";
    for (size_t m = 0; m < v.members.size(); ++m) {
      if (m) extra += ", ";
      extra += std::string("{\"reversed\": ") + (v.members[m].reversed ? "true" : "false") +
               ", \"system\": \"" +
               (v.members[m].system == TransitionSystem::kArcHybrid ? "arc-hybrid" : "arc-eager") +
               "\"" + ", \"weight\": " + std::to_string(v.members[m].weight) +
               ", \"mean_margin\": " + std::to_string(v.members[m].mean_margin) + "}";
    }
    extra += "]}";
  }
  // The same weights again, now with the scores of the file itself in the metadata.
  DYAD_RETURN_IF_ERROR(reloaded.value()->write(out_path, base_metadata(options, extra)));
  auto final_model = Parser::load(out_path);
  return final_model.ok() ? Status() : final_model.status();
}

}  // namespace dyad::syntax

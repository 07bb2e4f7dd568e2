#include "app/train_syntax.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string_view>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/parser/parser_trainer.h"
#include "syntax/tagger/tagger.h"
#include "syntax/tagger/tagger_trainer.h"

namespace dyad::app {
namespace {

void tag_all(const syntax::Tagger& tagger, std::span<Document> docs) {
  syntax::TaggerWorkspace ws;
  for (Document& doc : docs) {
    for (const Sentence& s : doc.sentences) {
      if (s.token_begin != s.token_end) tagger.tag(doc, s, ws);
    }
  }
}

Status train_parser(const TrainSyntaxOptions& options, const std::vector<Document>& train,
                    const std::vector<Document>& dev, const std::vector<Document>& test) {
  if (options.tagger_model.empty()) {
    return invalid_argument(
        "train parser needs --tagger: the parser trains and is scored on "
        "the tags that tagger predicts");
  }
  auto tagger = syntax::Tagger::load(options.tagger_model);
  if (!tagger.ok()) return tagger.status();
  std::shared_ptr<const syntax::Tagger> run_tagger = *tagger;

  syntax::ParserTrainOptions p;
  p.seed = options.seed;
  if (options.epochs > 0) p.epochs = options.epochs;
  p.log = options.log;
  p.command = options.command;
  p.tagger_model = options.tagger_model;
  p.test = test;
  p.jackknife_folds = options.jackknife_folds;
  if (options.prune_threshold >= 0) p.prune_threshold = options.prune_threshold;
  p.features = options.lean_features ? syntax::FeatureSet::kLean : syntax::FeatureSet::kFull;
  // Dev aid: DYAD_PARSER_MEMBERS=lr,rl,lh (l/r: direction; e/h: arc-eager/arc-hybrid).
  if (const char* spec = std::getenv("DYAD_PARSER_MEMBERS")) {
    p.members_reversed.clear();
    p.members_hybrid.clear();
    for (std::string_view rest = spec; rest.size() >= 2;) {
      p.members_reversed.push_back(rest[0] == 'r');
      p.members_hybrid.push_back(rest[1] == 'h');
      rest.remove_prefix(std::min<size_t>(rest.size(), 3));
    }
  }
  int fold_index = 0;
  p.jackknife_tagger = [&](std::span<const Document> fold_train,
                           std::span<Document> heldout) -> Status {
    // Dev aid: DYAD_JACKKNIFE_CACHE=PREFIX keeps each fold's tags in PREFIX.<fold>, so
    // parser experiments on the same data, folds and seed skip retraining the taggers.
    const char* cache = std::getenv("DYAD_JACKKNIFE_CACHE");
    const std::string cache_path =
        cache ? std::string(cache) + "." + std::to_string(fold_index++) : std::string();
    if (cache) {
      if (FILE* f = std::fopen(cache_path.c_str(), "rb")) {
        for (Document& doc : heldout) {
          uint64_t size = 0;
          if (std::fread(&size, sizeof size, 1, f) != 1) break;
          doc.arena.resize(size);
          if (std::fread(doc.arena.data(), 1, size, f) != size) break;
          for (Token& t : doc.tokens) {
            if (std::fread(&t.lemma, sizeof t.lemma, 1, f) != 1 ||
                std::fread(&t.feats, sizeof t.feats, 1, f) != 1 ||
                std::fread(&t.upos, sizeof t.upos, 1, f) != 1 ||
                std::fread(&t.xpos, sizeof t.xpos, 1, f) != 1) {
              break;
            }
          }
        }
        std::fclose(f);
        return {};
      }
    }
    syntax::TaggerTrainOptions t;
    t.seed = options.seed;
    t.clause_features = options.clause_features;
    auto fold_tagger = syntax::train_tagger(fold_train, dev, t);
    if (!fold_tagger.ok()) return fold_tagger.status();
    tag_all(**fold_tagger, heldout);
    if (cache) {
      if (FILE* f = std::fopen(cache_path.c_str(), "wb")) {
        for (const Document& doc : heldout) {
          const uint64_t size = doc.arena.size();
          std::fwrite(&size, sizeof size, 1, f);
          std::fwrite(doc.arena.data(), 1, size, f);
          for (const Token& t : doc.tokens) {
            std::fwrite(&t.lemma, sizeof t.lemma, 1, f);
            std::fwrite(&t.feats, sizeof t.feats, 1, f);
            std::fwrite(&t.upos, sizeof t.upos, 1, f);
            std::fwrite(&t.xpos, sizeof t.xpos, 1, f);
          }
        }
        std::fclose(f);
      }
    }
    return {};
  };
  p.tagger = [run_tagger](std::span<Document> docs) -> Status {
    tag_all(*run_tagger, docs);
    return {};
  };
  // DYAD_COMBINE=a.dyad:0,b.dyad:2 builds an ensemble of those files' members (in that
  // order; one member: that model alone), pruned at --prune, tunes its voting on dev as
  // training does, and writes it with its dev and test scores; --train is not read for it.
  if (const char* spec = std::getenv("DYAD_COMBINE")) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::shared_ptr<const syntax::Parser>> members;
    for (std::string_view rest = spec; !rest.empty();) {
      const size_t comma = rest.find(',');
      const std::string_view item = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      const size_t colon = item.rfind(':');
      auto model = syntax::Parser::load(std::string(item.substr(0, colon)));
      if (!model.ok()) return model.status();
      const size_t index = std::stoul(std::string(item.substr(colon + 1)));
      std::shared_ptr<const syntax::Parser> member = *model;
      if (member->is_ensemble()) {
        if (index >= member->members().size()) return invalid_argument("no such member");
        member = member->members()[index];
      }
      // Pruning a member already pruned at this threshold or above changes nothing, so a
      // higher --prune makes a smaller, faster model from a committed one without
      // retraining: its weights above the threshold are those training would have kept.
      if (p.prune_threshold > 0) member = member->pruned(p.prune_threshold);
      members.push_back(std::move(member));
    }
    p.members_reversed.clear();
    p.members_hybrid.clear();
    for (const auto& m : members) {
      p.members_reversed.push_back(m->reversed());
      p.members_hybrid.push_back(m->system() == syntax::TransitionSystem::kArcHybrid);
    }
    p.combined_from = spec;
    auto combined = syntax::combine_members(members, dev, p);
    if (!combined.ok()) return combined.status();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return syntax::write_parser_file(**combined, dev, p, options.out, seconds);
  }
  return syntax::train_parser_file(train, dev, p, options.out);
}

}  // namespace

Status train_syntax(const TrainSyntaxOptions& options) {
  auto train = syntax::read_conllu_file(options.train);
  if (!train.ok()) return train.status();
  auto dev = syntax::read_conllu_file(options.dev);
  if (!dev.ok()) return dev.status();
  std::vector<Document> test;
  if (!options.test.empty()) {
    auto read = syntax::read_conllu_file(options.test);
    if (!read.ok()) return read.status();
    test = std::move(read).value();
  }
  if (options.component == SyntaxComponent::kParser) {
    return train_parser(options, *train, *dev, test);
  }
  syntax::TaggerTrainOptions t;
  t.seed = options.seed;
  t.clause_features = options.clause_features;
  if (options.epochs > 0) t.epochs = options.epochs;
  t.log = options.log;
  t.command = options.command;
  t.test = test;
  return syntax::train_tagger_file(*train, *dev, t, options.out);
}

}  // namespace dyad::app

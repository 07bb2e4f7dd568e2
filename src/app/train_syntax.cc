#include "app/train_syntax.h"

#include <span>
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
    return invalid_argument("train parser needs --tagger: the parser trains and is scored on "
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
  p.jackknife_tagger = [&](std::span<const Document> fold_train,
                           std::span<Document> heldout) -> Status {
    syntax::TaggerTrainOptions t;
    t.seed = options.seed;
    auto fold_tagger = syntax::train_tagger(fold_train, dev, t);
    if (!fold_tagger.ok()) return fold_tagger.status();
    tag_all(**fold_tagger, heldout);
    return {};
  };
  p.tagger = [run_tagger](std::span<Document> docs) -> Status {
    tag_all(*run_tagger, docs);
    return {};
  };
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
  if (options.epochs > 0) t.epochs = options.epochs;
  t.log = options.log;
  t.command = options.command;
  t.test = test;
  return syntax::train_tagger_file(*train, *dev, t, options.out);
}

}  // namespace dyad::app

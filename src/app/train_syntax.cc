#include "app/train_syntax.h"

#include "syntax/conllu.h"
#include "syntax/parser/parser_trainer.h"
#include "syntax/tagger/tagger_trainer.h"

namespace dyad::app {

Status train_syntax(const TrainSyntaxOptions& options) {
  auto train = syntax::read_conllu_file(options.train);
  if (!train.ok()) return train.status();
  auto dev = syntax::read_conllu_file(options.dev);
  if (!dev.ok()) return dev.status();
  if (options.component == SyntaxComponent::kTagger) {
    syntax::TaggerTrainOptions t;
    t.seed = options.seed;
    if (options.epochs > 0) t.epochs = options.epochs;
    t.log = options.log;
    return syntax::train_tagger_file(*train, *dev, t, options.out);
  }
  syntax::ParserTrainOptions p;
  p.seed = options.seed;
  if (options.epochs > 0) p.epochs = options.epochs;
  p.log = options.log;
  p.tagger_model = options.tagger_model;
  return syntax::train_parser_file(*train, *dev, p, options.out);
}

}  // namespace dyad::app

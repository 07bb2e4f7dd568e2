#include "app/model_paths.h"

#include "pipeline/data_dir.h"

namespace dyad::app {

Status resolve_models(const ModelOptions& models, pipeline::PipelineConfig& config,
                      int default_members, pipeline::ModelUse use) {
  config.tagger_model = models.tagger_model;
  config.parser_model = models.parser_model;
  config.parser_members = models.parser_members < 0 ? default_members : models.parser_members;
  config.tag_options.require_finite_verb =
      models.finite_verb < 0 ? use == pipeline::ModelUse::kCoding : models.finite_verb == 1;
  config.tag_options.write_feats = use != pipeline::ModelUse::kCoding;
  if (!config.tagger_model.empty() && !config.parser_model.empty()) return {};
  Result<std::string> dir = pipeline::find_data_dir(models.data_dir);
  if (!dir.ok()) return dir.status();
  if (config.tagger_model.empty()) config.tagger_model = pipeline::default_tagger_path(*dir, use);
  if (config.parser_model.empty()) {
    config.parser_model =
        models.fast ? pipeline::lean_parser_path(*dir) : pipeline::default_parser_path(*dir, use);
  }
  return {};
}

}  // namespace dyad::app

#include "app/coder_resources.h"

#include "app/actor_paths.h"
#include "events/verb_lexicon.h"
#include "pipeline/data_dir.h"

namespace dyad::app {

Result<events::CoderResources> load_coder_resources(const CoderDataOptions& options) {
  auto data_dir = pipeline::find_data_dir(options.data_dir);
  if (!data_dir.ok()) return data_dir.status();
  const std::string& data = data_dir.value();
  const std::string sources = options.dictionaries.empty() ? data + "/src" : options.dictionaries;

  events::CoderResources r;
  auto ontology = ontology::Ontology::load(data + "/src/ontology");
  if (!ontology.ok()) return ontology.status();
  r.ontology = std::move(ontology).value();

  ActorDictionaryOptions actor_options;
  actor_options.data_dir = data;
  if (!options.dictionaries.empty()) actor_options.dictionaries = sources + "/actors";
  auto actors = load_actor_dictionary(actor_options);
  if (!actors.ok()) return actors.status();
  r.actors = std::move(actors).value().dictionary;

  auto gazetteer = timeplace::Gazetteer::load(data + "/src/places");
  if (!gazetteer.ok()) return gazetteer.status();
  r.gazetteer = std::move(gazetteer).value();

  auto verbs = events::VerbLexicon::load_dir(sources + "/verbs");
  if (!verbs.ok()) return verbs.status();
  r.verbs = std::move(verbs).value();
  return r;
}

}  // namespace dyad::app

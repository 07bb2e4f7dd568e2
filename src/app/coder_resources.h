#pragma once
// Loading what the event coder reads (events/coder.h CoderResources) from dyad's data
// folder: the ontology tables (src/ontology), the actor dictionary (compiled
// dict/actors.dyad, or src/actors compiled in memory), the gazetteer (src/places) and
// the verb tables (src/verbs). `dyad code`, `dyad eval`, `dyad serve` and the Python
// binding all come through here, so they code with the same data.

#include <string>

#include "core/status.h"
#include "events/coder.h"

namespace dyad::app {

struct CoderDataOptions {
  std::string data_dir;  // --data-dir; empty: the usual lookup (pipeline/data_dir.h)
  // --dictionaries DIR: a folder shaped like data/src (actors/, verbs/) whose actors,
  // agents and verbs replace dyad's; see app/upstream_dictionaries.h for upstream ones.
  std::string dictionaries;
};

Result<events::CoderResources> load_coder_resources(const CoderDataOptions& options);

}  // namespace dyad::app

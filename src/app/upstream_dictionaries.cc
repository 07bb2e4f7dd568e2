#include "app/upstream_dictionaries.h"

#include <filesystem>

#include "actors/actors_tsv.h"
#include "actors/dictionary.h"
#include "actors/import/actor_dictionary.h"
#include "actors/import/agent_dictionary.h"
#include "actors/import/coding_ontology.h"
#include "actors/import/line_fixes.h"
#include "actors/import/verb_dictionary.h"
#include "events/verb_lexicon.h"

namespace dyad::app {
namespace imp = actors::import;
namespace {

std::string_view file_name(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// TABARI names its files <project>.<kind>, with no ".txt".
bool tabari_name(std::string_view name) {
  return name.starts_with("TABARI.") || name.starts_with("Validate.") || name.ends_with(".verbs") ||
         name.ends_with(".actors") || name.ends_with(".agents") || name.ends_with(".options");
}

bool petrarch_name(std::string_view name) {
  return name.starts_with("PETR.") || name.starts_with("Phoenix.") || name.starts_with("CAMEO.");
}

}  // namespace

UpstreamFileKind upstream_file_kind(std::string_view path) {
  const std::string_view name = file_name(path);
  if (contains(name, ".actors")) return UpstreamFileKind::kActors;
  if (contains(name, ".agents")) return UpstreamFileKind::kAgents;
  if (contains(name, ".verbs") || contains(name, ".verbpatterns") ||
      name.starts_with("CAMEO.2.0")) {
    return UpstreamFileKind::kVerbs;
  }
  if (contains(name, ".discards") || contains(name, ".options") || contains(name, "Issue") ||
      contains(name, ".issues") || contains(name, "Ontology") || contains(name, ".text") ||
      contains(name, ".prepositions") || name == "LICENSE") {
    return UpstreamFileKind::kIgnored;
  }
  return UpstreamFileKind::kUnknown;
}

Result<imp::Format> guess_upstream_format(const std::vector<std::string>& paths) {
  if (paths.empty()) return invalid_argument("no dictionary files to guess a format from");
  bool tabari = false, petrarch = false, tree = false;
  for (const std::string& p : paths) {
    const std::string_view name = file_name(p);
    if (name == "LICENSE") continue;
    if (tabari_name(name)) {
      tabari = true;
    } else if (petrarch_name(name)) {
      petrarch = true;
      tree |= upstream_file_kind(name) == UpstreamFileKind::kVerbs && contains(name, "2.0");
    } else {
      return invalid_argument(
          p +
          ": cannot tell whether this is a TABARI or a PETRARCH dictionary from its "
          "name (expected PETR.*, Phoenix.*, CAMEO.*, TABARI.* or Validate.*); import it "
          "with `dyad data import --format ...` and pass the folder to --dictionaries");
    }
  }
  if (tabari && petrarch) {
    return invalid_argument("the dictionary set mixes TABARI and PETRARCH files: " + paths[0] +
                            " ...");
  }
  if (tabari) return imp::Format::kTabari;
  return tree ? imp::Format::kPetrarch2 : imp::Format::kPetrarch;
}

// UniversalPETRARCH's coding ontology, which says what a negated verb codes: the one named
// among `paths`, else the one its dictionaries ship beside the verb file (the gold records
// list the dictionaries they code with, and the ontology is the engine's, not theirs).
static std::string coding_ontology_of(const std::vector<std::string>& paths, imp::Format format) {
  namespace fs = std::filesystem;
  for (const std::string& p : paths) {
    if (contains(file_name(p), "Coding.Ontology")) return p;
  }
  if (format != imp::Format::kPetrarch2) return {};
  for (const std::string& p : paths) {
    if (upstream_file_kind(p) != UpstreamFileKind::kVerbs) continue;
    const fs::path beside = fs::path(p).parent_path() / "PETR.Internal.Coding.Ontology.txt";
    std::error_code ec;
    if (fs::is_regular_file(beside, ec)) return beside.string();
  }
  return {};
}

Result<UpstreamCoderResources> load_upstream_coder_resources(const std::vector<std::string>& paths,
                                                             imp::Format format,
                                                             const events::CoderResources& base,
                                                             const std::string& fixes_path) {
  std::vector<imp::LineFix> fixes;
  if (!fixes_path.empty()) {
    auto f = imp::read_line_fixes(fixes_path);
    if (!f.ok()) return f.status();
    fixes = std::move(f).value();
  }
  UpstreamCoderResources out;
  out.format = format;
  imp::Diagnostics d;
  std::vector<imp::UpstreamActorFile> actor_files;
  std::vector<imp::UpstreamAgent> agents;
  std::vector<imp::VerbDictionary> verbs;
  imp::AgentImportStats agent_stats;
  imp::VerbImportStats verb_stats;
  auto read = [&](const std::string& path) -> Result<imp::SourceFile> {
    auto src = imp::read_source(path, imp::comment_style(format), d);
    if (!src.ok()) return src.status();
    imp::apply_line_fixes(*src, fixes, d);
    return src;
  };
  std::string ontology = coding_ontology_of(paths, format);
  for (const std::string& path : paths) {
    const UpstreamFileKind kind = upstream_file_kind(path);
    if (path == ontology) continue;
    if (kind == UpstreamFileKind::kIgnored) {
      out.ignored.push_back(path);
      continue;
    }
    if (kind == UpstreamFileKind::kUnknown) {
      return invalid_argument(path +
                              ": not an actor, agent or verb dictionary by its name "
                              "(expected *.actors*, *.agents*, *.verbs* or CAMEO.2.0*)");
    }
    auto src = read(path);
    if (!src.ok()) return src.status();
    out.used.push_back(path);
    switch (kind) {
      case UpstreamFileKind::kActors:
        actor_files.push_back(imp::parse_actor_dictionary(*src, format, d));
        break;
      case UpstreamFileKind::kAgents: {
        auto rows = imp::parse_agent_dictionary(*src, format, d, agent_stats);
        agents.insert(agents.end(), rows.begin(), rows.end());
        break;
      }
      default:
        verbs.push_back(imp::parse_verb_dictionary(*src, format, d, verb_stats));
        break;
    }
  }
  if (actor_files.empty()) return invalid_argument("the dictionary set has no actor file");
  if (verbs.empty()) return invalid_argument("the dictionary set has no verb file");

  actors::ActorSources sources;
  imp::ActorImportStats actor_stats;
  imp::ActorImportOptions actor_options;
  // Read as the engine does: TABARI stems match longer words; PETRARCH and TABARI code
  // "[FRO/BIL/SAM]" as three actors, one event each. UniversalPETRARCH (petrarch2) writes
  // such a code as one string ("FRO/BIL/SAM ELR/GAL 050"), which no dyad code can be, so
  // there the first code stands in, as before.
  actor_options.stems = format == imp::Format::kTabari;
  actor_options.joint_codes = format != imp::Format::kPetrarch2;
  actor_options.underscore_spellings = true;
  for (auto& per_file : imp::build_actor_entries(actor_files, d, actor_stats, actor_options)) {
    for (auto& e : per_file) sources.entries.push_back(std::move(e));
  }
  sources.agents = imp::finish_agents(agents, d, agent_stats);
  // The suites' made-up countries may have codes CAMEO gives to other actors (Ithilen is
  // ITH, CAMEO's atheists): every 3-letter code is a country here, so "Ithilen's
  // president" is ITHGOV as the engines code it.
  sources.all_codes_are_countries = true;
  for (std::string& w : actors::check_actor_sources(sources)) out.messages.push_back(std::move(w));

  std::string names;
  for (const std::string& p : out.used)
    names += (names.empty() ? "" : ", ") + std::string(file_name(p));
  auto dictionary = actors::Dictionary::build(
      sources, actors::BuildInfo{"dyad eval (upstream dictionaries)", names, ""});
  if (!dictionary.ok()) return dictionary.status();
  auto lexicon = events::VerbLexicon::build(verbs, /*engine_reading=*/true);
  if (!lexicon.ok()) return lexicon.status();

  out.resources.ontology = base.ontology;
  out.resources.gazetteer = base.gazetteer;
  out.resources.actors = std::move(dictionary).value();
  out.resources.verbs = std::move(lexicon).value();
  out.resources.cameo_rules = false;
  if (!ontology.empty()) {
    auto src = read(ontology);
    if (!src.ok()) return src.status();
    out.used.push_back(ontology);
    std::string text;
    for (const imp::SourceLine& line : src->lines) text += line.text + "\n";
    for (const imp::NegatedCode& n : imp::negations_from_coding_ontology(text)) {
      CameoCode code, negated;
      if (code.assign(n.code) && negated.assign(n.negated)) {
        out.resources.negations.emplace_back(code, negated);
      }
    }
  }
  using Reading = events::CoderResources::LinearReading;
  if (format == imp::Format::kPetrarch) {
    // PETRARCH's dictionaries in TABARI's syntax (UniversalPETRARCH's tree patterns have
    // no word order to read). PETRARCH has neither TABARI's regular verb endings nor its
    // minimum sentence length.
    out.resources.linear_reading = Reading::kWhereTreeFindsNone;
    out.resources.linear.regular_verb_endings = false;
    out.resources.linear.min_words = 0;
  }
  if (format == imp::Format::kTabari) {
    out.resources.countryless_prefix = "~";
    out.resources.linear_reading = Reading::kOnly;
    for (const std::string& p : paths) {
      if (!contains(file_name(p), ".options")) continue;
      auto src = read(p);
      if (!src.ok()) return src.status();
      for (const imp::SourceLine& line : src->lines)
        events::apply_option(line.text, out.resources.linear);
    }
  }
  out.warnings = d.warnings() + out.messages.size();
  out.notes = d.notes();
  for (std::string& m : d.messages(imp::Severity::kWarning)) out.messages.push_back(std::move(m));
  return out;
}

}  // namespace dyad::app

#include "app/import_dictionary.h"

#include <chrono>
#include <filesystem>
#include <fstream>

#include "actors/actors_tsv.h"
#include "actors/import/actor_dictionary.h"
#include "actors/import/agent_dictionary.h"
#include "actors/import/discard_list.h"
#include "actors/import/issue_list.h"
#include "actors/import/line_fixes.h"
#include "actors/import/options_file.h"
#include "actors/import/verb_dictionary.h"

namespace dyad::app {
namespace imp = actors::import;
namespace {

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string base_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// "Phoenix.Countries.actors.txt" -> "phoenix_countries" (for kind "actors").
std::string output_stem(const std::string& path, std::string_view kind) {
  std::string stem;
  std::string name = base_name(path);
  size_t start = 0;
  while (start <= name.size()) {
    const size_t dot = std::min(name.find('.', start), name.size());
    const std::string part = lower(name.substr(start, dot - start));
    if (!part.empty() && part != "txt" && part != kind) {
      if (!stem.empty()) stem += '_';
      for (char c : part) stem += ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ? c : '_';
    }
    start = dot + 1;
  }
  return stem.empty() ? std::string(kind) : stem;
}

bool is_file_target(const std::string& out) { return out.ends_with(".tsv"); }

Status write_text(const std::string& path, const std::string& text) {
  std::error_code ec;
  const std::filesystem::path p(path);
  if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return not_found(path + ": cannot write");
  out << text;
  out.close();
  if (!out) return data_loss(path + ": write error");
  return {};
}

std::string header_comment(const ImportDictionaryOptions& o,
                           const std::vector<std::string>& names) {
  std::string inputs;
  for (const std::string& n : names) inputs += (inputs.empty() ? "" : ", ") + n;
  return "Imported from " + inputs + " by\n  " + o.command +
         "\nDo not edit: regenerate with tools/import_dictionaries.sh, and correct entries in "
         "the\ncurated files. Sources and licences: data/ATTRIBUTION.md.";
}

// One output (path and content) per group of inputs.
struct Output {
  std::string path;
  std::vector<std::string> names;  // input file names
  std::string text;
};

}  // namespace

std::optional<DictionaryKind> dictionary_kind_from_name(std::string_view name) {
  if (name == "actors") return DictionaryKind::kActors;
  if (name == "agents") return DictionaryKind::kAgents;
  if (name == "verbs") return DictionaryKind::kVerbs;
  if (name == "discards") return DictionaryKind::kDiscards;
  if (name == "issues") return DictionaryKind::kIssues;
  if (name == "options") return DictionaryKind::kOptions;
  return std::nullopt;
}

std::string_view dictionary_kind_name(DictionaryKind kind) {
  switch (kind) {
    case DictionaryKind::kActors:
      return "actors";
    case DictionaryKind::kAgents:
      return "agents";
    case DictionaryKind::kVerbs:
      return "verbs";
    case DictionaryKind::kDiscards:
      return "discards";
    case DictionaryKind::kIssues:
      return "issues";
    case DictionaryKind::kOptions:
      return "options";
  }
  return "?";
}

Result<ImportDictionaryReport> import_dictionary(const ImportDictionaryOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  if (o.inputs.empty()) return invalid_argument("no input dictionary given");
  if (o.out.empty() && !o.dry_run)
    return invalid_argument("--out is required (a folder or a .tsv file)");
  const std::string kind(dictionary_kind_name(o.kind));
  if (o.kind == DictionaryKind::kOptions && o.format != imp::Format::kTabari) {
    return invalid_argument(".options files are TABARI's: use --format tabari");
  }
  imp::ActorImportOptions actor_options;
  if (!o.valid_until.empty()) {
    if (o.kind != DictionaryKind::kActors) {
      return invalid_argument("--valid-until applies to --kind actors only");
    }
    const std::optional<actors::Day> day = actors::parse_day(o.valid_until);
    if (!day) {
      return invalid_argument("--valid-until: expected a date YYYY-MM-DD, found '" + o.valid_until +
                              "'");
    }
    actor_options.valid_until = *day;
  }
  std::vector<imp::LineFix> fixes;
  if (!o.fixes.empty()) {
    Result<std::vector<imp::LineFix>> f = imp::read_line_fixes(o.fixes);
    if (!f.ok()) return f.status();
    fixes = std::move(f).value();
  }
  imp::Diagnostics d;
  const imp::CommentStyle style = o.kind == DictionaryKind::kOptions ? imp::CommentStyle::kOptions
                                                                     : imp::comment_style(o.format);
  std::vector<imp::SourceFile> sources;
  for (const std::string& path : o.inputs) {
    Result<imp::SourceFile> src = imp::read_source(path, style, d);
    if (!src.ok()) return src.status();
    imp::apply_line_fixes(*src, fixes, d);
    sources.push_back(std::move(src).value());
  }
  const bool one_file = is_file_target(o.out);
  const std::string folder = o.out.empty() ? "." : o.out;
  // Which inputs go to which output.
  std::vector<Output> outputs;
  auto target = [&](size_t i) -> Output& {
    if (one_file || o.kind == DictionaryKind::kAgents) {
      if (outputs.empty()) {
        outputs.push_back(Output{one_file ? o.out : folder + "/agents.tsv", {}, {}});
      }
      return outputs.front();
    }
    outputs.push_back(
        Output{folder + "/" + output_stem(o.inputs[i], kind) + "." + kind + ".tsv", {}, {}});
    return outputs.back();
  };
  std::vector<size_t> output_of(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    Output& out = target(i);
    out.names.push_back(sources[i].name);
    output_of[i] = static_cast<size_t>(&out - outputs.data());
  }
  for (size_t a = 0; a < outputs.size(); ++a) {
    for (size_t b = a + 1; b < outputs.size(); ++b) {
      if (outputs[a].path == outputs[b].path) {
        return invalid_argument("two inputs would both be written to " + outputs[a].path +
                                "; give --out FILE.tsv to merge them");
      }
    }
  }
  ImportDictionaryReport report;
  auto count = [&](std::string label, size_t n) {
    report.counts.emplace_back(std::move(label), n);
  };
  switch (o.kind) {
    case DictionaryKind::kActors: {
      std::vector<imp::UpstreamActorFile> files;
      for (const imp::SourceFile& s : sources)
        files.push_back(imp::parse_actor_dictionary(s, o.format, d));
      imp::ActorImportStats st;
      std::vector<std::vector<actors::ActorEntry>> per_file =
          imp::build_actor_entries(files, d, st, actor_options);
      std::vector<std::vector<actors::ActorEntry>> per_output(outputs.size());
      for (size_t i = 0; i < per_file.size(); ++i) {
        auto& dst = per_output[output_of[i]];
        dst.insert(dst.end(), per_file[i].begin(), per_file[i].end());
      }
      for (size_t k = 0; k < outputs.size(); ++k) {
        Result<std::string> text =
            actors::format_actor_tsv(per_output[k], header_comment(o, outputs[k].names));
        if (!text.ok())
          return internal_error("actor import produced an unwritable table: " +
                                text.status().message());
        outputs[k].text = std::move(text).value();
      }
      count("records", st.records);
      count("entries", st.entries);
      count("names", st.names);
      count("roles", st.roles);
      count("duplicates merged", st.duplicates);
      count("names shared by two entries", st.shared_names);
      count("same-code restrictions joined", st.role_stats.joined);
      count("handover days", st.role_stats.handovers);
      count("overlaps cut", st.role_stats.overlaps);
      count("second defaults dropped", st.role_stats.defaults_dropped);
      count("null-code restrictions", st.role_stats.null_roles);
      if (!o.valid_until.empty()) {
        const imp::CloseStats& c = st.close_stats;
        count("open-ended roles of persons closed at " + o.valid_until, c.closed);
        count("persons closed", c.persons);
        count("places left open", c.places);
      }
      break;
    }
    case DictionaryKind::kAgents: {
      imp::AgentImportStats st;
      std::vector<imp::UpstreamAgent> all;
      for (const imp::SourceFile& s : sources) {
        std::vector<imp::UpstreamAgent> v = imp::parse_agent_dictionary(s, o.format, d, st);
        all.insert(all.end(), v.begin(), v.end());
      }
      std::vector<actors::AgentRow> rows = imp::finish_agents(all, d, st);
      Result<std::string> text =
          actors::format_agents_tsv(rows, header_comment(o, outputs[0].names));
      if (!text.ok())
        return internal_error("agent import produced an unwritable table: " +
                              text.status().message());
      outputs[0].text = std::move(text).value();
      count("agent lines", st.records);
      count("rows", st.rows);
      count("rows from substitution sets", st.substituted);
      count("plurals generated", st.plurals);
      count("markers inside words repaired", st.repaired_markers);
      count("stems expanded", st.stem_expansions);
      count("duplicates collapsed", st.duplicates);
      count("agents added", st.added);
      break;
    }
    case DictionaryKind::kVerbs: {
      imp::VerbImportStats st;
      std::vector<imp::VerbDictionary> per_output(outputs.size());
      for (size_t i = 0; i < sources.size(); ++i) {
        imp::VerbDictionary v = imp::parse_verb_dictionary(sources[i], o.format, d, st);
        imp::VerbDictionary& dst = per_output[output_of[i]];
        dst.syntax = v.syntax;
        dst.rows.insert(dst.rows.end(), v.rows.begin(), v.rows.end());
      }
      for (size_t k = 0; k < outputs.size(); ++k) {
        Result<std::string> text =
            imp::format_verbs_tsv(per_output[k], header_comment(o, outputs[k].names));
        if (!text.ok())
          return internal_error("verb import produced an unwritable table: " +
                                text.status().message());
        outputs[k].text = std::move(text).value();
      }
      count("synonym sets", st.synsets);
      count("synonym-set members", st.synset_members);
      count("blocks", st.blocks);
      count("verbs", st.verbs);
      count("verbs with generated forms", st.forms_generated);
      count("patterns", st.patterns);
      count("transformations", st.transforms);
      count("time phrases", st.times);
      count("lines or patterns dropped", st.dropped);
      break;
    }
    case DictionaryKind::kDiscards: {
      std::vector<std::vector<imp::DiscardRow>> per_output(outputs.size());
      size_t n = 0;
      for (size_t i = 0; i < sources.size(); ++i) {
        std::vector<imp::DiscardRow> v = imp::parse_discard_list(sources[i], d);
        n += v.size();
        auto& dst = per_output[output_of[i]];
        dst.insert(dst.end(), v.begin(), v.end());
      }
      size_t story = 0;
      for (const auto& v : per_output) {
        for (const auto& r : v) story += r.story;
      }
      for (size_t k = 0; k < outputs.size(); ++k) {
        Result<std::string> text =
            imp::format_discards_tsv(per_output[k], header_comment(o, outputs[k].names), d);
        if (!text.ok()) return text.status();
        outputs[k].text = std::move(text).value();
      }
      count("discard phrases", n);
      count("story-level", story);
      break;
    }
    case DictionaryKind::kIssues: {
      imp::IssueStats st;
      std::vector<std::vector<imp::IssueRow>> per_output(outputs.size());
      size_t n = 0;
      for (size_t i = 0; i < sources.size(); ++i) {
        std::vector<imp::IssueRow> v = imp::parse_issue_list(sources[i], d, st);
        n += v.size();
        auto& dst = per_output[output_of[i]];
        dst.insert(dst.end(), v.begin(), v.end());
      }
      for (size_t k = 0; k < outputs.size(); ++k) {
        Result<std::string> text =
            imp::format_issues_tsv(per_output[k], header_comment(o, outputs[k].names));
        if (!text.ok()) return text.status();
        outputs[k].text = std::move(text).value();
      }
      count("issue lines", st.lines);
      count("rows", n);
      count("rows from n:, v:, + expansions", st.expansions);
      break;
    }
    case DictionaryKind::kOptions: {
      std::vector<std::vector<imp::OptionRow>> per_output(outputs.size());
      size_t n = 0;
      for (size_t i = 0; i < sources.size(); ++i) {
        std::vector<imp::OptionRow> v = imp::parse_options_file(sources[i], d);
        n += v.size();
        auto& dst = per_output[output_of[i]];
        dst.insert(dst.end(), v.begin(), v.end());
      }
      for (size_t k = 0; k < outputs.size(); ++k) {
        Result<std::string> text =
            imp::format_options_tsv(per_output[k], header_comment(o, outputs[k].names));
        if (!text.ok()) return text.status();
        outputs[k].text = std::move(text).value();
      }
      count("option rows", n);
      break;
    }
  }
  report.diagnostics = d.all();
  report.warnings = d.warnings();
  report.notes = d.notes();
  for (const Output& out : outputs) report.outputs.push_back(out.path);
  if (!o.dry_run && !(o.strict && report.warnings > 0)) {
    for (const Output& out : outputs) DYAD_RETURN_IF_ERROR(write_text(out.path, out.text));
    report.written = true;
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace dyad::app

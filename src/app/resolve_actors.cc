#include "app/resolve_actors.h"

#include <chrono>
#include <istream>
#include <nlohmann/json.hpp>

#include "actors/actors_tsv.h"
#include "actors/resolver.h"
#include "core/char_offsets.h"
#include "pipeline/data_dir.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace dyad::app {
namespace {

using json = nlohmann::ordered_json;

// The dictionary phrases a mention is made of, in order: "US + President + Joe Biden".
std::string matched_phrases(const actors::Dictionary& dict, const Document& doc, const Mention& m) {
  actors::ResolveScratch scratch;
  const std::span<const Token> tokens(doc.tokens.data() + m.token_begin,
                                      m.token_end - m.token_begin);
  actors::intern_words(dict, tokens, doc.text, scratch.words, scratch.key);
  actors::match_longest(dict, scratch.words, scratch.matches);
  std::string out;
  bool entry_matched = false;
  for (const actors::TrieMatch& t : scratch.matches) {
    const actors::TrieNode& n = dict.node(t.node);
    if (!out.empty()) out += " + ";
    out += n.name != actors::kNone ? dict.str(dict.name_match(n.name).phrase)
                                   : dict.str(dict.agent(n.agent).phrase);
    entry_matched |= n.name != actors::kNone && dict.name_match(n.name).entry == m.entry;
  }
  // A person no phrase matched was read from a surname ("President Mugabe"):
  // "president + surname".
  if (m.entry != kNoIndex && !entry_matched) out += out.empty() ? "surname" : " + surname";
  return out;
}

}  // namespace

std::vector<Mention> resolve_text(const actors::Dictionary& dict, std::string_view text,
                                  std::string_view date, Document& doc) {
  doc = Document{};
  doc.source.assign(text);
  doc.date.assign(date);
  text::normalize(doc);
  text::tokenize(doc);
  std::vector<Mention> mentions;
  actors::ResolveScratch scratch;
  actors::resolve_document(dict, doc, scratch, mentions);
  return mentions;
}

std::string mentions_json(const actors::Dictionary& dict, const Document& doc,
                          const std::vector<Mention>& mentions) {
  json out = json::object();
  out["text"] = doc.source;
  out["date"] = doc.date;
  json list = json::array();
  CharOffsets chars(doc.source);
  for (const Mention& m : mentions) {
    const Token& first = doc.tokens[m.token_begin];
    const Token& last = doc.tokens[m.token_end - 1];
    const uint32_t src_begin = doc.offsets.to_source(first.begin);
    const uint32_t src_end = doc.offsets.to_source(last.end);
    json j = json::object();
    j["text"] = doc.source.substr(src_begin, src_end - src_begin);
    j["start"] = chars.at(src_begin);
    j["end"] = chars.at(src_end);
    const std::string_view code = m.code.view();
    const std::string_view country = actors::country_of(code);
    j["code"] = code;
    j["country"] = country;
    j["sector"] = code.size() > country.size() ? code.substr(country.size(), 3) : "";
    j["entry"] = m.entry != kNoIndex ? dict.str(dict.entry(m.entry).id) : "";
    j["matched"] = matched_phrases(dict, doc, m);
    std::string role, from, to;
    if (m.entry != kNoIndex && m.role != kNoIndex) {
      const actors::CompiledRole& r = dict.roles(m.entry)[m.role];
      role = dict.str(r.note);
      from = actors::format_day(r.from);
      to = actors::format_day(r.to);
    } else if (m.agent != kNoIndex) {
      role = dict.str(dict.agent(m.agent).note);
    }
    j["role"] = role;
    j["from"] = from;
    j["to"] = to;
    j["how"] = mention_how_name(m.how);
    list.push_back(std::move(j));
  }
  out["mentions"] = std::move(list);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<ResolveActorsReport> resolve_actors(const ResolveActorsOptions& options, std::istream& in,
                                           std::ostream& out) {
  if (!options.date.empty() && !actors::parse_day(options.date)) {
    return invalid_argument("--date: expected YYYY-MM-DD, found '" + options.date + "'");
  }
  ResolveActorsReport report;
  const auto start = std::chrono::steady_clock::now();
  Result<LoadedActorDictionary> loaded = load_actor_dictionary(options.dictionary);
  if (!loaded.ok()) return loaded.status();
  report.load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  report.warnings = std::move(loaded->warnings);
  const actors::Dictionary& dict = *loaded->dictionary;
  Document doc;
  auto one = [&](std::string_view text) {
    std::vector<Mention> mentions = resolve_text(dict, text, options.date, doc);
    out << mentions_json(dict, doc, mentions) << '\n';
    ++report.texts;
    report.mentions += mentions.size();
  };
  if (options.texts.empty() || (options.texts.size() == 1 && options.texts[0] == "-")) {
    std::string line;
    while (std::getline(in, line)) one(line);
  } else {
    for (const std::string& t : options.texts) one(t);
  }
  return report;
}

Result<CompileActorsReport> compile_actors(const CompileActorsOptions& options) {
  CompileActorsReport report;
  report.sources = options.sources;
  report.output = options.output;
  if (report.sources.empty() || report.output.empty()) {
    Result<std::string> dir = pipeline::find_data_dir(options.data_dir);
    if (!dir.ok()) return dir.status();
    if (report.sources.empty()) report.sources = default_actor_sources_dir(*dir);
    if (report.output.empty()) report.output = default_actor_dictionary_path(*dir);
  }
  Result<LoadedActorDictionary> compiled = compile_actor_sources(report.sources, options.command);
  if (!compiled.ok()) return compiled.status();
  const actors::Dictionary& dict = *compiled->dictionary;
  DYAD_RETURN_IF_ERROR(dict.write(report.output));
  report.entries = dict.entry_count();
  report.names = dict.name_count();
  report.agents = dict.agent_count();
  report.words = dict.word_count();
  report.nodes = dict.node_count();
  report.warnings = std::move(compiled->warnings);
  return report;
}

}  // namespace dyad::app

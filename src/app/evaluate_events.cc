#include "app/evaluate_events.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "app/coder_resources.h"
#include "app/upstream_dictionaries.h"
#include "pipeline/data_dir.h"
#include "pipeline/pipeline.h"
#include "pipeline/runner.h"

namespace dyad::app {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The coders of one run, one per distinct dictionary set, built on first use.
class CoderCache {
 public:
  CoderCache(const EvalEventsOptions& options, std::string data_dir, std::string gold_dir)
      : options_(options), data_dir_(std::move(data_dir)), gold_dir_(std::move(gold_dir)) {}

  // The ontology (PLOVER types) every coder shares.
  Result<std::shared_ptr<const ontology::Ontology>> ontology() {
    DYAD_RETURN_IF_ERROR(load_base());
    return base_.ontology;
  }

  // The coder for a record's dictionary list (empty: dyad's own) with the TABARI options
  // the records before it set, and its report index. `require_dyad` false (a record's
  // engine option): the same dictionaries, coding an act whose target names no actor
  // toward no one.
  Result<std::pair<const events::Coder*, size_t>> coder_for(
      const std::vector<std::string>& dictionaries, bool require_dyad,
      const std::vector<std::string>& set_options) {
    auto base = coder_for(dictionaries, require_dyad);
    if (!base.ok() || set_options.empty() ||
        base->first->resources().linear_reading == events::CoderResources::LinearReading::kNone) {
      return base;
    }
    std::string key = std::to_string(base->second) + (require_dyad ? "" : "\none-sided");
    for (const std::string& o : set_options) key += "\n" + o;
    auto it = with_options_.find(key);
    if (it == with_options_.end()) {
      events::CoderResources r = base->first->resources();
      for (const std::string& o : set_options) events::apply_option(o, r.linear);
      auto coder = events::Coder::create(std::move(r));
      if (!coder.ok()) return coder.status();
      it = with_options_.emplace(key, std::move(coder).value()).first;
    }
    return std::make_pair(it->second.get(), base->second);
  }

  Result<std::pair<const events::Coder*, size_t>> coder_for(
      const std::vector<std::string>& dictionaries, bool require_dyad = true) {
    std::vector<std::string> paths;
    if (options_.dictionaries.empty()) {
      for (const std::string& d : dictionaries) paths.push_back((fs::path(gold_dir_) / d).string());
    }
    std::string key;
    for (const std::string& p : paths) key += p + "\n";
    auto it = index_.find(key);
    if (it == index_.end()) {
      const auto start = Clock::now();
      DictionarySetReport report;
      auto coder = build(paths, report);
      if (!coder.ok()) return coder.status();
      report.seconds = since(start);
      coders_.push_back(std::move(coder).value());
      reports_.push_back(std::move(report));
      it = index_.emplace(key, coders_.size() - 1).first;
    }
    ++reports_[it->second].records;
    if (require_dyad) return std::make_pair(coders_[it->second].get(), it->second);
    auto one_sided = one_sided_coder(it->second);
    if (!one_sided.ok()) return one_sided.status();
    return std::make_pair(one_sided.value(), it->second);
  }

  std::vector<DictionarySetReport>& reports() { return reports_; }

 private:
  Result<const events::Coder*> one_sided_coder(size_t index) {
    auto it = one_sided_.find(index);
    if (it == one_sided_.end()) {
      events::CoderResources resources = coders_[index]->resources();
      resources.require_dyad = false;
      auto coder = events::Coder::create(std::move(resources));
      if (!coder.ok()) return coder.status();
      it = one_sided_.emplace(index, std::move(coder).value()).first;
    }
    return it->second.get();
  }

  // dyad's ontology and gazetteer, loaded once (the same folders load_coder_resources
  // reads).
  Status load_base() {
    if (base_.ontology) return {};
    auto ontology = ontology::Ontology::load(data_dir_ + "/src/ontology");
    if (!ontology.ok()) return ontology.status();
    auto gazetteer = timeplace::Gazetteer::load(data_dir_ + "/src/places");
    if (!gazetteer.ok()) return gazetteer.status();
    base_.ontology = std::move(ontology).value();
    base_.gazetteer = std::move(gazetteer).value();
    return {};
  }

  std::string relative(const std::string& path) const {
    return fs::path(path).lexically_relative(gold_dir_).generic_string();
  }

  Result<std::shared_ptr<const events::Coder>> build(const std::vector<std::string>& paths,
                                                     DictionarySetReport& report) {
    DYAD_RETURN_IF_ERROR(load_base());
    if (!options_.dictionaries.empty()) return build_override(report);
    if (paths.empty()) {
      report.name = "dyad";
      report.format = "dyad";
      auto r = load_coder_resources(CoderDataOptions{data_dir_, ""});
      if (!r.ok()) return r.status();
      return events::Coder::create(std::move(r).value());
    }
    return build_upstream(paths, report);
  }

  Result<std::shared_ptr<const events::Coder>> build_upstream(const std::vector<std::string>& paths,
                                                              DictionarySetReport& report) {
    for (const std::string& p : paths) {
      report.name += (report.name.empty() ? "" : ", ") + relative(p);
    }
    auto format = guess_upstream_format(paths);
    if (!format.ok()) return format.status();
    report.format = std::string(actors::import::format_name(*format));
    std::string fixes = data_dir_ + "/src/dictionaries/upstream_fixes.tsv";
    std::error_code ec;
    if (!fs::exists(fixes, ec)) fixes.clear();
    auto r = load_upstream_coder_resources(paths, *format, base_, fixes);
    if (!r.ok()) return r.status();
    for (const std::string& p : r->ignored) report.ignored.push_back(relative(p));
    report.warnings = r->warnings;
    return events::Coder::create(std::move(r->resources));
  }

  // --dictionaries DIR: a folder shaped like data/src (actors/, verbs/) is dyad's format;
  // otherwise its files are upstream dictionaries.
  Result<std::shared_ptr<const events::Coder>> build_override(DictionarySetReport& report) {
    const std::string& dir = options_.dictionaries;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return not_found(dir + ": no such dictionary folder");
    if (fs::is_directory(fs::path(dir) / "actors", ec) ||
        fs::is_directory(fs::path(dir) / "verbs", ec)) {
      report.name = dir;
      report.format = "dyad";
      auto r = load_coder_resources(CoderDataOptions{data_dir_, dir});
      if (!r.ok()) return r.status();
      return events::Coder::create(std::move(r).value());
    }
    std::vector<std::string> paths;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      if (e.is_regular_file() && e.path().filename() != "LICENSE") {
        paths.push_back(e.path().string());
      }
    }
    if (ec) return not_found(dir + ": " + ec.message());
    std::sort(paths.begin(), paths.end());
    if (paths.empty()) return not_found(dir + ": no dictionary files");
    return build_upstream(paths, report);
  }

  const EvalEventsOptions& options_;
  std::string data_dir_;
  std::string gold_dir_;
  events::CoderResources base_;
  std::map<std::string, size_t> index_;
  std::vector<std::shared_ptr<const events::Coder>> coders_;
  std::map<size_t, std::shared_ptr<const events::Coder>> one_sided_;  // by index into coders_
  std::vector<DictionarySetReport> reports_;
  std::map<std::string, std::shared_ptr<const events::Coder>> with_options_;
};

// The labels most records of the set use; CAMEO when none has any.
Scheme main_scheme(const std::vector<GoldRecord>& records) {
  std::array<size_t, 4> n{};
  for (const GoldRecord& r : records) ++n[static_cast<size_t>(r.scheme)];
  n[static_cast<size_t>(Scheme::kNone)] = 0;
  const size_t best = static_cast<size_t>(std::max_element(n.begin(), n.end()) - n.begin());
  return n[best] == 0 ? Scheme::kCameo : static_cast<Scheme>(best);
}

class PloverMap {
 public:
  explicit PloverMap(const ontology::Ontology& o) : ontology_(o) {}

  int quad(std::string_view type) const {
    const ontology::PloverEventType* t = ontology_.find_event_type(type);
    return t ? static_cast<int>(t->quad_class) : 0;
  }
  // The PLOVER type dyad's output gives a CAMEO code: its own row, else its root's.
  std::string type_of(std::string_view cameo) const {
    const ontology::CameoCode* c = ontology_.find(cameo);
    if (c == nullptr && cameo.size() > 2) c = ontology_.find(cameo.substr(0, 2));
    return c ? c->plover.event_type : std::string();
  }

 private:
  const ontology::Ontology& ontology_;
};

std::string triple_text(std::string_view source, std::string_view target, std::string_view code) {
  std::string s(source.empty() ? "-" : source);
  s += ' ';
  s += target.empty() ? "-" : target;
  s += ' ';
  s += code;
  return s;
}

struct Coded {
  std::vector<LabelledEvent> events;
  std::vector<std::string> shown;
};

// The document's events, labelled in `scheme`.
Coded coded_events(const Document& doc, Scheme scheme, const PloverMap& plover,
                   bool score_negated) {
  Coded out;
  for (const Event& e : doc.events) {
    const bool scored =
        score_negated || (e.modality != Modality::kNegated && e.modality != Modality::kDenied);
    const std::string source(e.source == Event::kNone ? std::string_view()
                                                      : doc.mentions[e.source].code.view());
    const std::string target(e.target == Event::kNone ? std::string_view()
                                                      : doc.mentions[e.target].code.view());
    const std::string_view cameo = e.cameo.view();
    std::string shown;
    if (scheme == Scheme::kPlover) {
      const std::string type = plover.type_of(cameo);
      if (scored) out.events.push_back(plover_event(source, target, type, plover.quad(type)));
      shown = triple_text(source, target, std::string(cameo) + "=" + (type.empty() ? "?" : type));
    } else {
      if (scored) out.events.push_back(cameo_event(source, target, cameo));
      shown = triple_text(source, target, cameo);
    }
    if (e.predicate != Event::kNone) {
      shown += ' ';
      shown += doc.form(e.predicate);
    }
    if (e.modality != Modality::kAsserted) {
      static constexpr std::string_view kModality[] = {"asserted", "negated", "denied", "intended",
                                                       "hypothetical"};
      shown += " (";
      shown += kModality[static_cast<size_t>(e.modality)];
      if (!scored) shown += ", not scored";
      shown += ')';
    }
    out.shown.push_back(std::move(shown));
  }
  return out;
}

RecordInput record_input(const GoldRecord& rec, Scheme set_scheme, const PloverMap& plover) {
  RecordInput in;
  in.scheme = rec.scheme == Scheme::kNone ? set_scheme : rec.scheme;
  in.scored = scored_as(rec.expect);
  in.expects_none = rec.expect == Expect::kNoEvents || rec.expect == Expect::kDiscard;
  in.gold_five = rec.five_class;
  for (const GoldEvent& g : rec.events) {
    if (rec.scheme == Scheme::kPlover) {
      const std::string_view type = current_plover_type(g.code);
      in.gold.push_back(plover_event(g.source, g.target, g.code, plover.quad(type)));
    } else {
      in.gold.push_back(cameo_event(g.source, g.target, g.code));
    }
  }
  return in;
}

}  // namespace

Result<EvalEventsReport> evaluate_events(const EvalEventsOptions& options) {
  const auto start = Clock::now();
  auto records = read_gold_file(options.gold, options.limit);
  if (!records.ok()) return records.status();
  auto data_dir = pipeline::find_data_dir(options.models.data_dir);
  if (!data_dir.ok()) return data_dir.status();

  pipeline::PipelineConfig config;
  config.stages = {"text", "tag", "parse"};  // the coder runs below, per dictionary set
  DYAD_RETURN_IF_ERROR(resolve_coding_models(options.models, config));
  auto pipeline = pipeline::Pipeline::create(config);
  if (!pipeline.ok()) return pipeline.status();

  const std::string gold_dir = fs::path(options.gold).parent_path().string();
  CoderCache coders(options, *data_dir, gold_dir.empty() ? "." : gold_dir);
  auto ontology = coders.ontology();
  if (!ontology.ok()) return ontology.status();
  const PloverMap plover(**ontology);

  EvalEventsReport report;
  report.gold = options.gold;
  report.records = records->size();
  report.scheme = main_scheme(*records);
  report.load_seconds = since(start);
  std::vector<RecordReport> all;
  std::vector<size_t> order;
  pipeline::Workspace ws;
  events::CoderWorkspace coder_ws;
  double dictionary_seconds = 0;
  const auto coding_start = Clock::now();
  // TABARI options set by the records so far: a record's own take effect after it is
  // coded, as when TABARI reads the commands in its comment.
  std::vector<std::string> set_options, next_options;
  for (const GoldRecord& rec : *records) {
    set_options.insert(set_options.end(), next_options.begin(), next_options.end());
    next_options = rec.options;
    ++report.expect_counts[static_cast<size_t>(rec.expect)];
    if (!rec.dataset.empty() && std::find(report.datasets.begin(), report.datasets.end(),
                                          rec.dataset) == report.datasets.end()) {
      report.datasets.push_back(rec.dataset);
    }
    const ScoredAs scored = scored_as(rec.expect);
    if (scored == ScoredAs::kSkipped) {
      ++report.skipped_records;
      continue;
    }
    (scored == ScoredAs::kDyad ? report.dyad_records : report.label_only_records) += 1;
    const auto dict_start = Clock::now();
    const size_t sets_before = coders.reports().size();
    auto coder = coders.coder_for(rec.dictionaries, rec.require_dyad, set_options);
    if (!coder.ok()) {
      return Status(coder.status().code(), options.gold + ":" + std::to_string(rec.line) + ": " +
                                               coder.status().message());
    }
    if (coders.reports().size() != sets_before) dictionary_seconds += since(dict_start);

    Document doc;
    doc.id = rec.id;
    doc.date = rec.date;
    doc.source = rec.text;
    pipeline->process(doc, ws);
    RecordReport rr;
    if (pipeline::is_failure(doc.status)) {
      ++report.failed_documents;
      rr.status = std::string(to_string(doc.status)) + ": " + doc.status_detail;
    } else {
      coder->first->code(doc, coder_ws);
    }
    report.sentences += doc.sentences.size();
    report.events_emitted += doc.events.size();

    RecordInput in = record_input(rec, report.scheme, plover);
    Coded coded = coded_events(doc, in.scheme, plover, options.score_negated);
    in.emitted = std::move(coded.events);
    const RecordScore score = score_record(in);
    report.scores.add(in, score);

    rr.id = rec.id;
    rr.line = rec.line;
    rr.expect = rec.expect;
    rr.text = rec.text;
    rr.errors = score.errors;
    rr.pass = score.pass;
    for (const GoldEvent& g : rec.events)
      rr.expected.push_back(triple_text(g.source, g.target, g.code));
    if (rec.scheme == Scheme::kFiveClass)
      rr.expected.push_back("five_class " + std::to_string(rec.five_class));
    rr.emitted = std::move(coded.shown);
    for (const Mention& m : doc.mentions) {
      if (m.code.empty() || m.how == MentionHow::kCoreference) continue;
      std::string_view words(doc.text);
      words = words.substr(doc.tokens[m.token_begin].begin,
                           doc.tokens[m.token_end - 1].end - doc.tokens[m.token_begin].begin);
      rr.actors.push_back(std::string(words) + "=" + std::string(m.code.view()));
    }
    all.push_back(std::move(rr));
  }
  // Worst first; ties keep file order.
  std::stable_sort(all.begin(), all.end(), [](const RecordReport& a, const RecordReport& b) {
    return a.errors > b.errors;
  });
  for (RecordReport& r : all) {
    if (report.worst.size() >= options.worst || r.errors == 0) break;
    report.worst.push_back(std::move(r));
  }
  report.dictionary_sets = std::move(coders.reports());
  report.coding_seconds = since(coding_start) - dictionary_seconds;
  report.load_seconds += dictionary_seconds;
  report.seconds = since(start);
  return report;
}

}  // namespace dyad::app

// ---- Output ------------------------------------------------------------------------

namespace dyad::app {
namespace {

constexpr std::array<std::string_view, kLevelCount> kLevelTitles = {
    "exact code", "root code", "quad class", "country (quad)", "country + exact", "country + root"};
constexpr std::array<std::string_view, kLabelLevelCount> kLabelTitles = {
    "exact code", "root code", "quad class", "5-way class"};

std::string confusion_title(Scheme s) {
  switch (s) {
    case Scheme::kPlover:
      return "PLOVER-type confusion";
    case Scheme::kFiveClass:
      return "5-way class confusion";
    default:
      return "Root-code confusion";
  }
}

// Every label of the matrix, sorted, "--" last.
std::vector<std::string> confusion_labels(const EventScores& s) {
  std::vector<std::string> labels;
  auto add = [&](const std::string& l) {
    if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
  };
  for (const auto& [g, row] : s.confusion) {
    add(g);
    for (const auto& [e, n] : row) add(e);
  }
  std::sort(labels.begin(), labels.end(), [](const std::string& a, const std::string& b) {
    if ((a == "--") != (b == "--")) return b == "--";
    return a < b;
  });
  return labels;
}

std::string tally_text(const Tally& t) {
  if (t.records == 0) return "n/a";
  return fmt::format("{:.3f} ({}/{})", t.rate(), t.hits, t.records);
}

std::string expect_summary(const EvalEventsReport& r, bool skipped_only) {
  std::string out;
  for (size_t i = 0; i < kExpectCount; ++i) {
    const size_t n = r.expect_counts[i];
    if (n == 0) continue;
    const Expect e = static_cast<Expect>(i);
    if (skipped_only && scored_as(e) != ScoredAs::kSkipped) continue;
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", expect_name(e), n);
  }
  return out.empty() ? "none" : out;
}

}  // namespace

std::string format_events_table(const EvalEventsReport& r) {
  std::string out;
  std::string datasets;
  for (const std::string& d : r.datasets) datasets += (datasets.empty() ? "" : ", ") + d;
  out += fmt::format("dyad eval {} ({}; labels: {})\n", r.gold, datasets, scheme_name(r.scheme));
  out += fmt::format("records {}: {}\n", r.records, expect_summary(r, false));
  out += fmt::format(
      "scored: dyad level {} (events, no_events, discard as no_events), label only {}, "
      "skipped {} ({})\n",
      r.dyad_records, r.label_only_records, r.skipped_records, expect_summary(r, true));
  for (const DictionarySetReport& d : r.dictionary_sets) {
    std::string ignored;
    for (const std::string& i : d.ignored) ignored += (ignored.empty() ? "" : ", ") + i;
    out += fmt::format("dictionaries ({}): {}; {} records, {} import warnings, {:.3f} s{}\n",
                       d.format, d.name, d.records, d.warnings, d.seconds,
                       ignored.empty() ? "" : "; not read by the coder: " + ignored);
  }
  out += fmt::format(
      "time {:.2f} s (loading {:.2f} s, coding {:.2f} s: {} sentences, {:.0f} sentences/s); "
      "{} events emitted; {} documents failed\n\n",
      r.seconds, r.load_seconds, r.coding_seconds, r.sentences,
      r.coding_seconds > 0 ? r.sentences / r.coding_seconds : 0.0, r.events_emitted,
      r.failed_documents);

  const EventScores& s = r.scores;
  if (r.dyad_records > 0) {
    out += fmt::format("{:<18} {:>9} {:>7} {:>7} {:>6} {:>8} {:>8}\n", "Dyad level", "Precision",
                       "Recall", "F1", "gold", "emitted", "correct");
    for (size_t l = 0; l < kLevelCount; ++l) {
      const Score& sc = s.levels[l];
      if (!s.levels_used[l]) {
        out += fmt::format("{:<18} {:>9}\n", kLevelTitles[l], "n/a");
        continue;
      }
      out += fmt::format("{:<18} {:>9.3f} {:>7.3f} {:>7.3f} {:>6} {:>8} {:>8}\n", kLevelTitles[l],
                         sc.precision(), sc.recall(), sc.f1(), sc.gold, sc.system, sc.correct);
    }
    out += fmt::format("Pass rate {:.3f} ({}/{} records whose emitted set is the gold set)\n\n",
                       s.pass_rate(), s.passed, s.dyad_records);
  }
  bool any_label = false;
  for (const Tally& t : s.label) any_label |= t.records > 0;
  if (any_label) {
    out += fmt::format("{:<18} {:>20} {:>20}\n", "Label accuracy", "labelled records",
                       "label_only records");
    for (size_t l = 0; l < kLabelLevelCount; ++l) {
      if (s.label[l].records == 0) continue;
      out += fmt::format("{:<18} {:>20} {:>20}\n", kLabelTitles[l], tally_text(s.label[l]),
                         tally_text(s.label_only[l]));
    }
    out += '\n';
  }
  const std::vector<std::string> labels = confusion_labels(s);
  if (!labels.empty()) {
    size_t width = 3;
    for (const std::string& l : labels) width = std::max(width, l.size() + 1);
    out += confusion_title(r.scheme) + " (rows gold, columns emitted, -- none)\n";
    out += fmt::format("{:<{}}", "", width);
    for (const std::string& l : labels) out += fmt::format("{:>{}}", l, width);
    out += '\n';
    for (const std::string& g : labels) {
      auto row = s.confusion.find(g);
      if (row == s.confusion.end()) continue;
      out += fmt::format("{:<{}}", g, width);
      for (const std::string& e : labels) {
        auto cell = row->second.find(e);
        out += cell == row->second.end() ? fmt::format("{:>{}}", ".", width)
                                         : fmt::format("{:>{}}", cell->second, width);
      }
      out += '\n';
    }
    out += '\n';
  }
  if (!r.worst.empty()) out += fmt::format("Worst {} records\n", r.worst.size());
  for (size_t i = 0; i < r.worst.size(); ++i) {
    const RecordReport& w = r.worst[i];
    out += fmt::format("{}. {} (line {}, {}, {} error{})\n", i + 1, w.id, w.line,
                       expect_name(w.expect), w.errors, w.errors == 1 ? "" : "s");
    out += fmt::format("   text:     {}\n", w.text);
    std::string expected, emitted;
    for (const std::string& e : w.expected) expected += (expected.empty() ? "" : "; ") + e;
    for (const std::string& e : w.emitted) emitted += (emitted.empty() ? "" : "; ") + e;
    out += fmt::format("   expected: {}\n", expected.empty() ? "(none)" : expected);
    out += fmt::format("   emitted:  {}\n", emitted.empty() ? "(none)" : emitted);
    std::string actors;
    for (const std::string& a : w.actors) actors += (actors.empty() ? "" : ", ") + a;
    out += fmt::format("   actors:   {}\n", actors.empty() ? "(none)" : actors);
    if (!w.status.empty()) out += fmt::format("   status:   {}\n", w.status);
  }
  return out;
}

std::string format_events_json(const EvalEventsReport& r) {
  nlohmann::ordered_json j;
  j["gold"] = r.gold;
  j["datasets"] = r.datasets;
  j["scheme"] = std::string(scheme_name(r.scheme));
  j["records"] = r.records;
  nlohmann::ordered_json expect = nlohmann::ordered_json::object();
  for (size_t i = 0; i < kExpectCount; ++i) {
    if (r.expect_counts[i])
      expect[std::string(expect_name(static_cast<Expect>(i)))] = r.expect_counts[i];
  }
  j["expect"] = expect;
  j["scored"] = {{"dyad", r.dyad_records},
                 {"label_only", r.label_only_records},
                 {"skipped", r.skipped_records}};
  nlohmann::ordered_json sets = nlohmann::ordered_json::array();
  for (const DictionarySetReport& d : r.dictionary_sets) {
    sets.push_back({{"name", d.name},
                    {"format", d.format},
                    {"records", d.records},
                    {"warnings", d.warnings},
                    {"ignored", d.ignored},
                    {"seconds", d.seconds}});
  }
  j["dictionaries"] = sets;
  const EventScores& s = r.scores;
  nlohmann::ordered_json dyad = nlohmann::ordered_json::object();
  for (size_t l = 0; l < kLevelCount; ++l) {
    const Score& sc = s.levels[l];
    const std::string name(level_name(static_cast<Level>(l)));
    if (!s.levels_used[l]) {
      dyad[name] = nullptr;
      continue;
    }
    dyad[name] = {
        {"precision", sc.precision()}, {"recall", sc.recall()}, {"f1", sc.f1()}, {"gold", sc.gold},
        {"emitted", sc.system},        {"correct", sc.correct}};
  }
  dyad["records"] = s.dyad_records;
  dyad["passed"] = s.passed;
  dyad["pass_rate"] = s.pass_rate();
  j["dyad"] = dyad;
  auto tallies = [](const std::array<Tally, kLabelLevelCount>& t) {
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    for (size_t l = 0; l < kLabelLevelCount; ++l) {
      const std::string name(label_level_name(static_cast<LabelLevel>(l)));
      if (t[l].records == 0) {
        o[name] = nullptr;
        continue;
      }
      o[name] = {{"accuracy", t[l].rate()}, {"hits", t[l].hits}, {"records", t[l].records}};
    }
    return o;
  };
  j["label"] = tallies(s.label);
  j["label_only"] = tallies(s.label_only);
  nlohmann::ordered_json confusion = nlohmann::ordered_json::object();
  for (const auto& [g, row] : s.confusion) {
    nlohmann::ordered_json cells = nlohmann::ordered_json::object();
    for (const auto& [e, n] : row) cells[e] = n;
    confusion[g] = cells;
  }
  j["confusion"] = {
      {"of", confusion_title(r.scheme)}, {"labels", confusion_labels(s)}, {"rows", confusion}};
  nlohmann::ordered_json worst = nlohmann::ordered_json::array();
  for (const RecordReport& w : r.worst) {
    nlohmann::ordered_json o = {
        {"id", w.id},           {"line", w.line},    {"expect", std::string(expect_name(w.expect))},
        {"errors", w.errors},   {"text", w.text},    {"expected", w.expected},
        {"emitted", w.emitted}, {"actors", w.actors}};
    if (!w.status.empty()) o["status"] = w.status;
    worst.push_back(std::move(o));
  }
  j["worst"] = worst;
  j["time"] = {
      {"seconds", r.seconds},
      {"load_seconds", r.load_seconds},
      {"coding_seconds", r.coding_seconds},
      {"sentences", r.sentences},
      {"sentences_per_second", r.coding_seconds > 0 ? r.sentences / r.coding_seconds : 0.0}};
  j["events_emitted"] = r.events_emitted;
  j["failed_documents"] = r.failed_documents;
  return j.dump(2) + "\n";
}

}  // namespace dyad::app

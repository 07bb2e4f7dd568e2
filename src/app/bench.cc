#include "app/bench.h"

#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "app/code.h"
#include "output/writer.h"
#include "pipeline/runner.h"
#include "text/reader.h"

namespace dyad::app {
namespace {

double resident_mb() {
  std::ifstream statm("/proc/self/statm");
  long size = 0, resident = 0;
  statm >> size >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1048576.0;
}

double peak_resident_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 1099511628211ULL; }

uint64_t checksum(const Document& doc) {
  uint64_t h = 1469598103934665603ULL;
  for (const Token& t : doc.tokens) {
    h = mix(h, t.begin);
    h = mix(h, t.end);
    h = mix(h, t.head);
    h = mix(h, static_cast<uint64_t>(t.deprel) << 16 | static_cast<uint64_t>(t.xpos) << 8 |
                   static_cast<uint64_t>(t.upos));
  }
  return h;
}

uint64_t checksum_bytes(uint64_t h, std::string_view bytes) {
  for (unsigned char c : bytes) h = mix(h, c);
  return h;
}

// Runs `pipeline` over copies of `docs` and times it. With a `writer`, each document's
// output records are written (into memory) as `dyad code` writes them, and the
// checksum is over that output.
BenchRun time_run(const std::string& stage, const std::vector<Document>& docs,
                  const pipeline::Pipeline& pipeline, int threads, int repeats,
                  output::Writer* writer = nullptr) {
  BenchRun best;
  for (int r = 0; r < std::max(1, repeats); ++r) {
    std::vector<Document> work = docs;  // untimed copy
    BenchRun run;
    run.stage = stage;
    run.threads = threads;
    size_t next = 0;
    uint64_t sum = 0;
    pipeline::RunnerOptions options;
    options.threads = threads;
    std::string out;
    auto start = std::chrono::steady_clock::now();
    pipeline::RunStats stats = pipeline::run(
        [&](Document& d) {
          if (next >= work.size()) return false;
          d = std::move(work[next++]);
          return true;
        },
        pipeline, options, [&](Document& d) {
          if (writer == nullptr) {
            sum = mix(sum, checksum(d));
            return;
          }
          out.clear();
          output::write_document(*writer, d, out, out);
          sum = checksum_bytes(sum, out);
        });
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.documents = stats.documents;
    run.sentences = stats.sentences;
    run.tokens = stats.tokens;
    run.bytes = stats.bytes;
    run.events = stats.events;
    run.checksum = sum;
    if (r == 0 || run.seconds < best.seconds) best = run;
  }
  return best;
}

}  // namespace

std::string find_shared_dir() {
  if (const char* env = std::getenv("DYAD_SHARED"); env && *env) return env;
  std::error_code ec;
  for (const char* candidate : {"../shared", "../../shared", "../../../shared"}) {
    if (std::filesystem::is_directory(candidate, ec)) return candidate;
  }
  return {};
}

Result<BenchReport> bench(const BenchOptions& options) {
  BenchReport report;
  report.corpus = options.corpus;
  if (report.corpus.empty()) {
    std::string shared = find_shared_dir();
    if (shared.empty()) {
      return not_found("no corpus: pass --corpus or set DYAD_SHARED (looked for ../shared)");
    }
    report.corpus = shared + "/bench/news_docs.jsonl";
  }
  text::ReaderOptions reader_options;
  reader_options.format = text::InputFormat::kJsonl;
  auto reader = text::DocumentReader::open(report.corpus, reader_options);
  if (!reader.ok()) return reader.status();
  std::vector<Document> raw;
  for (Document d; (*reader)->next(d); d = Document()) {
    raw.push_back(std::move(d));
    if (options.max_documents && raw.size() >= options.max_documents) break;
  }

  pipeline::PipelineConfig text_config;
  text_config.stages = {"text"};
  auto text_only = pipeline::Pipeline::create(text_config);
  if (!text_only.ok()) return text_only.status();

  pipeline::PipelineConfig full_config;
  DYAD_RETURN_IF_ERROR(resolve_models(options.models, full_config));
  const double rss_before = resident_mb();
  auto load_start = std::chrono::steady_clock::now();
  auto full = pipeline::Pipeline::create(full_config);
  if (!full.ok()) return full.status();
  report.model_load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  report.model_rss_mb = resident_mb() - rss_before;
  pipeline::PipelineConfig syntax_config = full_config;
  syntax_config.stages = {"tag", "parse"};
  auto syntax_only = pipeline::Pipeline::create(syntax_config);
  if (!syntax_only.ok()) return syntax_only.status();

  report.runs.push_back(time_run("text", raw, *text_only, 1, options.repeats));
  // The tokenized corpus, for timing the syntax stages alone.
  std::vector<Document> tokenized = raw;
  {
    pipeline::Workspace ws;
    for (Document& d : tokenized) text_only->process(d, ws);
  }
  std::vector<uint64_t> sums;
  for (int threads : options.threads) {
    report.runs.push_back(time_run("syntax", tokenized, *syntax_only, threads, options.repeats));
    sums.push_back(report.runs.back().checksum);
  }
  for (int threads : options.threads) {
    report.runs.push_back(time_run("all", raw, *full, threads, options.repeats));
  }
  for (uint64_t s : sums) report.checksums_agree &= s == sums.front();
  if (options.code) {
    // The coder's data alone (ontology, actors, places, verbs); the pipeline built on it
    // loads the tagger and parser once more, which is not counted here.
    const auto start = std::chrono::steady_clock::now();
    CoderDataOptions data;
    data.data_dir = options.models.data_dir;
    Result<events::CoderResources> resources = load_coder_resources(data);
    if (!resources.ok()) return resources.status();
    report.coder_load_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    Result<CodingPipeline> coding =
        make_coding_pipeline(options.models, std::move(resources).value());
    if (!coding.ok()) return coding.status();
    // The publication dates `dyad code` would settle, so dates resolve as they do there.
    std::vector<Document> dated = raw;
    for (Document& d : dated) (void)settle_publication_date(d, "");
    std::vector<uint64_t> code_sums;
    for (int threads : options.threads) {
      // A fresh writer per run: the TSV writer numbers events, and runs must agree.
      auto writer = output::make_writer(output::Format::kJsonl, coding->resources);
      report.runs.push_back(
          time_run("code", dated, coding->pipeline, threads, options.repeats, writer.get()));
      code_sums.push_back(report.runs.back().checksum);
    }
    for (uint64_t s : code_sums) report.checksums_agree &= s == code_sums.front();
  }
  report.peak_rss_mb = peak_resident_mb();
  return report;
}

std::string format_bench_table(const BenchReport& r) {
  std::string out = fmt::format("corpus: {}\n", r.corpus);
  out += fmt::format("{:<7} {:>7} {:>8} {:>9} {:>10} {:>12} {:>12} {:>8}\n", "stage", "threads",
                     "seconds", "MB/s", "docs/s", "sentences/s", "tokens/s", "events");
  for (const BenchRun& run : r.runs) {
    out += fmt::format("{:<7} {:>7} {:>8.3f} {:>9.2f} {:>10.0f} {:>12.0f} {:>12.0f} {:>8}\n",
                       run.stage, run.threads, run.seconds, run.bytes / 1e6 / run.seconds,
                       run.documents / run.seconds, run.sentences / run.seconds,
                       run.tokens / run.seconds,
                       run.stage == "code" ? std::to_string(run.events) : std::string("-"));
  }
  out += fmt::format("model load: {:.3f} s, models resident: {:.1f} MB, peak resident: {:.1f} MB\n",
                     r.model_load_seconds, r.model_rss_mb, r.peak_rss_mb);
  if (r.coder_load_seconds > 0) {
    out += fmt::format("coder data load: {:.3f} s\n", r.coder_load_seconds);
  }
  out += r.checksums_agree ? "checksums: thread counts agree\n"
                           : "checksums: DISAGREE between thread counts\n";
  return out;
}

std::string format_bench_json(const BenchReport& r) {
  nlohmann::ordered_json j;
  j["corpus"] = r.corpus;
  j["model_load_seconds"] = r.model_load_seconds;
  j["model_rss_mb"] = r.model_rss_mb;
  j["coder_load_seconds"] = r.coder_load_seconds;
  j["peak_rss_mb"] = r.peak_rss_mb;
  j["checksums_agree"] = r.checksums_agree;
  for (const BenchRun& run : r.runs) {
    j["runs"].push_back({{"stage", run.stage},
                         {"threads", run.threads},
                         {"seconds", run.seconds},
                         {"documents", run.documents},
                         {"sentences", run.sentences},
                         {"tokens", run.tokens},
                         {"bytes", run.bytes},
                         {"events", run.events},
                         {"mb_per_s", run.bytes / 1e6 / run.seconds},
                         {"sentences_per_s", run.sentences / run.seconds},
                         {"tokens_per_s", run.tokens / run.seconds},
                         {"checksum", fmt::format("{:016x}", run.checksum)}});
  }
  return j.dump(2) + "\n";
}

}  // namespace dyad::app

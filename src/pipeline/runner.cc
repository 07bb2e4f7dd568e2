#include "pipeline/runner.h"

#include <atomic>
#include <thread>
#include <vector>

namespace dyad::pipeline {

bool is_failure(DocStatus status) {
  // Warnings, not failures: the document was analysed in full (repaired bytes; coded
  // without a publication date), or there was nothing to analyse (empty).
  return status != DocStatus::kOk && status != DocStatus::kInvalidUtf8Repaired &&
         status != DocStatus::kEmpty && status != DocStatus::kMissingDate;
}

RunStats run(const std::function<bool(Document&)>& next, const Pipeline& pipeline,
             const RunnerOptions& options, const std::function<void(Document&)>& sink) {
  const int threads = options.threads < 1 ? 1 : options.threads;
  std::vector<Workspace> workspaces(static_cast<size_t>(threads));
  std::vector<Document> batch;
  RunStats stats;
  bool more = true;
  while (more) {
    batch.clear();
    size_t bytes = 0;
    while (batch.size() < options.batch_documents && bytes < options.batch_bytes) {
      Document doc;
      if (!next(doc)) {
        more = false;
        break;
      }
      bytes += doc.source.size();
      batch.push_back(std::move(doc));
    }
    if (batch.empty()) break;

    std::atomic<size_t> cursor{0};
    auto work = [&](Workspace& ws) {
      for (size_t i = cursor++; i < batch.size(); i = cursor++) pipeline.process(batch[i], ws);
    };
    if (threads == 1 || batch.size() == 1) {
      work(workspaces[0]);
    } else {
      std::vector<std::jthread> pool;
      for (int t = 1; t < threads; ++t) pool.emplace_back(work, std::ref(workspaces[t]));
      work(workspaces[0]);
    }  // jthreads join here

    for (Document& doc : batch) {
      ++stats.documents;
      stats.failed += is_failure(doc.status);
      stats.sentences += doc.sentences.size();
      stats.tokens += doc.tokens.size();
      stats.events += doc.events.size();
      stats.bytes += doc.source.size();
      sink(doc);
    }
    if (options.progress) options.progress(stats);
  }
  return stats;
}

}  // namespace dyad::pipeline

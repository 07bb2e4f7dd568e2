#include "syntax/parser/jackknife.h"

#include <string>

namespace dyad::syntax {

Result<std::vector<Document>> jackknife_tags(std::span<const Document> train, int folds,
                                             const JackknifeTagger& tagger,
                                             const std::function<void(std::string_view)>& log) {
  if (folds < 2 || !tagger) return invalid_argument("jackknife needs >= 2 folds and a tagger");
  // Fold boundaries by word count, so folds are about equally large.
  size_t total = 0;
  for (const Document& d : train) total += d.tokens.size();
  std::vector<size_t> bounds{0};
  size_t acc = 0;
  for (size_t i = 0; i < train.size(); ++i) {
    acc += train[i].tokens.size();
    if (bounds.size() < static_cast<size_t>(folds) && acc * folds >= total * bounds.size()) {
      bounds.push_back(i + 1);
    }
  }
  bounds.push_back(train.size());

  std::vector<Document> out(train.begin(), train.end());
  for (size_t f = 0; f + 1 < bounds.size(); ++f) {
    const size_t lo = bounds[f], hi = bounds[f + 1];
    if (lo == hi) continue;
    std::vector<Document> rest;
    rest.reserve(train.size() - (hi - lo));
    rest.insert(rest.end(), train.begin(), train.begin() + static_cast<std::ptrdiff_t>(lo));
    rest.insert(rest.end(), train.begin() + static_cast<std::ptrdiff_t>(hi), train.end());
    std::span<Document> heldout(out.data() + lo, hi - lo);
    if (log) {
      log("jackknife: fold " + std::to_string(f + 1) + "/" + std::to_string(bounds.size() - 1) +
          ": training a tagger on " + std::to_string(rest.size()) + " documents");
    }
    DYAD_RETURN_IF_ERROR(tagger(rest, heldout));
    // The tagger owns only the tag fields; keep the gold trees whatever it did.
    for (size_t d = lo; d < hi; ++d) {
      for (size_t t = 0; t < out[d].tokens.size() && t < train[d].tokens.size(); ++t) {
        out[d].tokens[t].head = train[d].tokens[t].head;
        out[d].tokens[t].deprel = train[d].tokens[t].deprel;
      }
    }
  }
  return out;
}

}  // namespace dyad::syntax

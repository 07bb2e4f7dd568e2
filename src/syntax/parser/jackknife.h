#pragma once
// Jackknifed tags for parser training: split the training documents into k folds, and for
// each fold let a tagger trained on the other k-1 folds tag it. The result carries
// predicted upos/xpos/lemma/feats with the gold trees, so the parser trains on tags as
// noisy as at run time (about 1.5-3 LAS points on EWT compared with gold-tag training).
//
// The tagger comes in as a hook so the parser library does not link the tagger; app/
// passes a lambda around syntax::train_tagger and Tagger::tag.
//
// Folds are contiguous runs of whole documents (so a fold's tagger never saw its text),
// deterministic, and do not depend on the seed.

#include <functional>
#include <span>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace dyad::syntax {

using JackknifeTagger =
    std::function<Status(std::span<const Document> train, std::span<Document> heldout)>;

Result<std::vector<Document>> jackknife_tags(std::span<const Document> train, int folds,
                                             const JackknifeTagger& tagger,
                                             const std::function<void(std::string_view)>& log);

}  // namespace dyad::syntax

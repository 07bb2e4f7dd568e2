#pragma once
// Tagger: UPOS, XPOS, FEATS and lemma for the words of a sentence.
//
// A greedy, left-to-right averaged perceptron over joint (UPOS, XPOS) classes (the pairs
// seen in training, ~100 for EWT), with hashed sparse features (tag_features.h,
// tag_weights.h); frequent unambiguous words take their class from a tag dictionary
// without scoring. FEATS come from FeatsTable and lemmas from Lemmatizer, both keyed on
// the predicted tags. The tagger reads only the word forms: gold tags or lemmas present in
// the Document are overwritten, never consulted.
//
// Ownership and thread-safety: a Tagger is immutable after load() and shared as
// shared_ptr<const Tagger> across threads; each thread passes its own TaggerWorkspace.
// Strings are written into the Document's arena.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "syntax/tagger/feats_table.h"
#include "syntax/tagger/hash_index.h"
#include "syntax/tagger/lemmatizer.h"
#include "syntax/tagger/tag_features.h"
#include "syntax/tagger/tag_weights.h"

namespace dyad::syntax {

inline constexpr std::string_view kTaggerArtifactKind = "dyad.tagger";
inline constexpr uint32_t kTaggerFormatVersion = 1;

// Per-thread scratch, reused across sentences so tagging allocates nothing once it has
// seen the longest sentence.
struct TaggerWorkspace {
  std::vector<WordHashes> words;
  std::vector<uint32_t> classes;  // the predicted class of each word of the last sentence
  std::vector<int32_t> scores;
  std::string scratch;
};

// Everything a Tagger is made of; the trainer builds one, the loader reads one.
struct TaggerModel {
  std::vector<Upos> class_upos;  // class id -> tags
  std::vector<Xpos> class_xpos;
  TagWeights weights;
  std::vector<uint64_t> dict_keys;  // hash of an exact form -> its only class
  std::vector<uint32_t> dict_classes;
  TagLexicon lexicon;
  Lemmatizer lemmatizer;
  FeatsTable feats;
  std::string metadata_json = "{}";

  uint32_t num_classes() const { return static_cast<uint32_t>(class_upos.size()); }
};

class Tagger {
 public:
  static Result<std::shared_ptr<const Tagger>> load(const std::string& path);
  // The same from an artifact's bytes; `name` is used in error messages.
  static Result<std::shared_ptr<const Tagger>> from_bytes(std::string_view bytes,
                                                          std::string_view name);
  // For the trainer: wraps a model built in memory.
  static std::shared_ptr<const Tagger> create(TaggerModel model);

  // Fills upos, xpos, feats and lemma (arena strings) of the words of `sentence`.
  void tag(Document& doc, const Sentence& sentence, TaggerWorkspace& ws) const;
  // Only predicts the classes, into ws.classes (the trainer's dev scoring).
  void predict(const Document& doc, const Sentence& sentence, TaggerWorkspace& ws) const;

  std::string metadata_json() const { return model_.metadata_json; }
  const TaggerModel& model() const { return model_; }

  // The artifact bytes, with `metadata_json` as its metadata.
  Result<std::string> serialize(const std::string& metadata_json) const;

 private:
  explicit Tagger(TaggerModel model);
  TaggerModel model_;
  HashIndex dict_;
};

}  // namespace dyad::syntax

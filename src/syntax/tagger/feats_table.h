#pragma once
// FeatsTable: morphological features (the CoNLL-U FEATS string) from the tagger's class.
//
// In English the features follow almost entirely from the Penn tag (NNS -> Number=Plur,
// VBD -> Mood=Ind|Tense=Past|VerbForm=Fin), except for pronouns and a few determiners
// and auxiliaries, whose features depend on the word ("they" -> Case=Nom|Number=Plur|...).
// So: a default FEATS per class (the majority in training), and a (lowercased form,
// class) table holding only the words whose majority differs from that default.
//
// Thread-safety: immutable after train()/read(); lookup() is const.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/byte_io.h"
#include "syntax/tagger/hash_index.h"

namespace dyad::syntax {

struct FeatsExample {
  std::string_view form;
  uint32_t cls = 0;  // the tagger's class id
  std::string_view feats;
};

class FeatsTable {
 public:
  static FeatsTable train(std::span<const FeatsExample> examples, uint32_t num_classes);

  // The FEATS string ("" for none); views the table.
  std::string_view lookup(std::string_view form, uint32_t cls) const;

  size_t word_count() const { return keys_.size(); }
  void write(model::ByteWriter& out) const;
  bool read(model::ByteReader& in, uint32_t num_classes);

 private:
  std::string_view slice(uint32_t id) const;
  void index();

  // Distinct FEATS strings, stored once: offsets_[i] .. offsets_[i + 1] in strings_.
  std::string strings_;
  std::vector<uint32_t> offsets_;
  std::vector<uint32_t> class_default_;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  HashIndex words_;
};

}  // namespace dyad::syntax

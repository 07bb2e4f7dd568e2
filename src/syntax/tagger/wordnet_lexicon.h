#pragma once
// WordNetLexicon: what WordNet 3.0 (Princeton University; Debian's wordnet-base) says a
// word form can be, as a 16-bit mask, for the tagger's features and the lemmatizer.
//
// Why: EWT's training set has ~200k words, so a tenth of dev words are unseen, and
// unseen words are tagged ~79% right. WordNet lists ~150k lemmas by part of speech;
// with their inflections (the .exc lists for irregular forms, regular English morphology
// for the rest) it tells "fluttered" is a verb form and "tenterhooks" a plural noun even
// when training never saw them.
//
// The table is derived once by the trainer from the WordNet files and embedded in the
// tagger artifact (section "wordnet"), so inference never needs WordNet installed. The
// forms are stored as sorted text (it compresses ~4x under the artifact's zstd) and
// hashed into a HashIndex on load.
//
// Thread-safety: immutable after build()/read(); lookups are const and reentrant.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "model/byte_io.h"
#include "syntax/tagger/hash_index.h"

namespace dyad::syntax {

enum WordNetBit : uint32_t {
  kWnNoun = 1,  // the form is a lemma of this part of speech
  kWnVerb = 2,
  kWnAdj = 4,
  kWnAdv = 8,
  kWnPlural = 16,  // an inflected form: noun plural
  kWnVerbS = 32,   // verb third person singular
  kWnVerbEd = 64,  // verb past / past participle (regular -ed or irregular)
  kWnVerbIng = 128,
  kWnAdjEr = 256,  // comparative (adjective or adverb)
  kWnAdjEst = 512,
  kWnCapital = 1024,  // WordNet writes every lemma of this form capitalized ("Mexico")
  // Bits 11..13: the part of speech the form's senses are most tagged with in WordNet's
  // SemCor counts (cntlist.rev): 0 none, 1 noun, 2 verb, 3 adj, 4 adv.
  kWnDominantShift = 11,
};

// Parts of speech for irregular lemmas (the .exc lists).
enum class WnPos : uint8_t { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };

class WordNetLexicon {
 public:
  // Reads index.{noun,verb,adj,adv}, data.* (for capitalization), {noun,verb,adj,adv}.exc
  // and cntlist.rev (optional) from `dir`. NotFound when the index files are missing.
  static Result<WordNetLexicon> build(const std::string& dir);

  bool empty() const { return masks_.empty(); }
  size_t size() const { return masks_.size(); }
  size_t irregular_count() const { return irr_pos_.size(); }

  // The mask of a form by the hash of its ASCII-lowercased spelling (WordHashes::lower,
  // i.e. fnv_hash of the lowercased form); 0 when WordNet does not know it.
  uint32_t lookup(uint64_t lower_hash) const {
    uint32_t i = index_.find(lower_hash);
    return i == HashIndex::kMissing ? 0 : masks_[i];
  }
  uint32_t lookup_form(std::string_view lower) const { return lookup(fnv_hash(lower)); }
  // lookup() in steps, for callers that overlap the cache misses of many words: start
  // loading the index slot, then find the form's entry (HashIndex::kMissing: none),
  // start loading its mask, and read it.
  void prefetch(uint64_t lower_hash) const { index_.prefetch(lower_hash); }
  uint32_t find(uint64_t lower_hash) const {
    const uint32_t i = index_.find(lower_hash);
    if (i != HashIndex::kMissing) __builtin_prefetch(&masks_[i]);
    return i;
  }
  uint32_t mask_at(uint32_t i) const { return i == HashIndex::kMissing ? 0 : masks_[i]; }
  // WordNet's spelling of a form whose lemmas are all capitalized ("mexico" -> "Mexico");
  // empty when there is none. `lower` is lowercased.
  std::string_view capitalized(std::string_view lower) const;
  // The lemma of an irregular form of `pos` from the .exc lists ("went" -> "go"), or empty.
  std::string_view irregular(std::string_view lower, WnPos pos) const;
  // WordNet's morphy: the lemma of an inflected form of `pos`, from the .exc lists or by
  // detaching a regular ending ("provoked" -> "provoke", "stopped" -> "stop") so that
  // the result is a WordNet lemma of `pos`. False when no candidate is.
  bool base_form(std::string_view lower, WnPos pos, std::string& out) const;
  bool is_lemma(std::string_view lower, WnPos pos) const {
    return (lookup_form(lower) & (1u << static_cast<int>(pos))) != 0;
  }

  void write(model::ByteWriter& out) const;
  bool read(model::ByteReader& in);

 private:
  void index();

  std::string words_;  // forms, '\n'-terminated, in the order of masks_
  std::vector<uint16_t> masks_;
  std::vector<uint32_t> word_offset_;  // start of each form in words_ (built on load)
  HashIndex index_;
  std::string irr_text_;  // "form lemma\n" lines in the order of irr_pos_
  std::vector<uint8_t> irr_pos_;
  std::vector<uint32_t> irr_offset_;  // built on load
  HashIndex irr_index_;               // mix_hash(fnv(form), pos) -> line
};

}  // namespace dyad::syntax

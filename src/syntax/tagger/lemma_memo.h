#pragma once
// The lemmatizer's answers, remembered per thread: a lemma is a function of the form and
// its Penn tag alone, and news repeats its words, so most words of a sentence were
// lemmatized before. The lemmatizer's exception lookup, suffix rules and WordNet check
// cost about 3% of `dyad code`; a remembered answer is a compare and a copy.
//
// Direct-mapped: a slot holds the last (form, tag) hashed to it. Keyed by the form's hash
// the tagger has already computed (WordHashes::exact); the form itself is compared too,
// so a collision costs a recomputation, never a wrong lemma.
//
// Thread-safety: one per TaggerWorkspace.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/enums.h"

namespace dyad::syntax {

class LemmaMemo {
 public:
  // The remembered lemma of `form` tagged `xpos`, or null.
  const std::string* find(uint64_t form_hash, Xpos xpos, std::string_view form) const {
    if (slots_.empty()) return nullptr;
    const Slot& s = slots_[index(form_hash, xpos)];
    return s.used && s.hash == form_hash && s.xpos == xpos && s.form == form ? &s.lemma : nullptr;
  }
  void remember(uint64_t form_hash, Xpos xpos, std::string_view form, std::string_view lemma) {
    if (slots_.empty()) slots_.resize(kSlots);
    Slot& s = slots_[index(form_hash, xpos)];
    s.used = true;
    s.hash = form_hash;
    s.xpos = xpos;
    s.form.assign(form);
    s.lemma.assign(lemma);
  }

 private:
  static constexpr size_t kSlots = 8192;  // a few hundred KB; news vocabularies repeat
  struct Slot {
    bool used = false;
    Xpos xpos = Xpos::kNone;
    uint64_t hash = 0;
    std::string form;
    std::string lemma;
  };
  static size_t index(uint64_t form_hash, Xpos xpos) {
    const uint64_t h = form_hash ^ (static_cast<uint64_t>(xpos) * 0x9E3779B97F4A7C15ull);
    return static_cast<size_t>((h ^ (h >> 29)) & (kSlots - 1));
  }
  std::vector<Slot> slots_;
};

}  // namespace dyad::syntax

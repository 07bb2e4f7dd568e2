#pragma once
// Shared by the actors tests: the fixture folder, its compiled dictionary (built once),
// and resolving a phrase on a date.

#include <memory>
#include <string>
#include <vector>

#include "actors/actors_tsv.h"
#include "actors/dictionary.h"
#include "actors/resolver.h"
#include "core/document.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace dyad::actors::testing {

inline std::string fixture_dir() {
  return std::string(DYAD_SOURCE_DIR) + "/tests/data/actors/fixture";
}

inline const Dictionary& fixture_dictionary() {
  static const std::shared_ptr<const Dictionary> dict = [] {
    auto loaded = load_actor_dir(fixture_dir());
    DYAD_CHECK(loaded.ok());
    auto d = Dictionary::build(loaded->sources);
    DYAD_CHECK(d.ok());
    return std::move(d).value();
  }();
  return *dict;
}

struct Resolved {
  Document doc;
  std::vector<Mention> mentions;

  std::string text(const Mention& m) const {
    return doc.source.substr(doc.tokens[m.token_begin].begin,
                             doc.tokens[m.token_end - 1].end - doc.tokens[m.token_begin].begin);
  }
  // "code:text" for every mention, in order, joined by " | ".
  std::string summary() const {
    std::string out;
    for (const Mention& m : mentions) {
      if (!out.empty()) out += " | ";
      out += std::string(m.code.view()) + ":" + text(m);
    }
    return out;
  }
};

inline Resolved resolve(const Dictionary& dict, const std::string& phrase,
                        const std::string& date) {
  Resolved r;
  r.doc.source = phrase;
  r.doc.date = date;
  text::normalize(r.doc);
  text::tokenize(r.doc);
  ResolveScratch scratch;
  resolve_document(dict, r.doc, scratch, r.mentions);
  return r;
}

}  // namespace dyad::actors::testing

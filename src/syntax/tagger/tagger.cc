// Tagger inference: prediction loop, writing the Document, and the artifact format.
#include "syntax/tagger/tagger.h"

#include <algorithm>
#include <climits>
#include <cstdint>

#include "model/artifact.h"

namespace dyad::syntax {

Tagger::Tagger(TaggerModel model) : model_(std::move(model)) {
  std::vector<std::pair<uint64_t, uint32_t>> items;
  for (size_t i = 0; i < model_.dict_keys.size(); ++i) {
    items.emplace_back(model_.dict_keys[i], model_.dict_classes[i]);
  }
  dict_.build(items);
  model_.lexicon.build_index();
  kinds_ = clause_kinds_of(model_);
  for (uint32_t c = 0; c < model_.num_classes(); ++c) {
    const Xpos x = model_.class_xpos[c];
    if (model_.class_upos[c] == Upos::VERB &&
        (x == Xpos::VBD || x == Xpos::VBZ || x == Xpos::VBP)) {
      finite_classes_.push_back(c);
    }
    if (model_.class_upos[c] == Upos::NOUN && x == Xpos::NN && noun_class_ == UINT32_MAX) {
      noun_class_ = c;
    }
  }
}

std::vector<uint8_t> clause_kinds_of(const TaggerModel& model) {
  if (!model.clause_features) return {};
  return class_kinds(model.class_upos, model.class_xpos);
}

std::shared_ptr<const Tagger> Tagger::create(TaggerModel model) {
  return std::shared_ptr<const Tagger>(new Tagger(std::move(model)));
}

void pad_first_pass(uint32_t n, std::vector<uint32_t>& first) {
  first.resize(n + 2 * kTagPad);
  for (int p = 0; p < kTagPad; ++p) {
    first[p] = kStartClass;
    first[n + kTagPad + p] = kEndClass;
  }
}

namespace {

// The best class, and its lead over the runner-up.
uint32_t best_class(const int32_t* scores, uint32_t num_classes, int32_t* margin) {
  uint32_t best = 0;
  int32_t top = scores[0], second = INT32_MIN;
  for (uint32_t c = 1; c < num_classes; ++c) {
    if (scores[c] > top) {
      second = top;
      top = scores[c];
      best = c;
    } else if (scores[c] > second) {
      second = scores[c];
    }
  }
  *margin = second == INT32_MIN ? INT32_MAX : top - second;
  return best;
}

// Records how far the best of `finite`'s classes trailed the chosen class `best` at word i.
void note_finite(const FiniteVerbScoring& finite, const int32_t* scores, uint32_t best,
                 uint32_t i) {
  if (!finite.out) return;
  int32_t top = INT32_MIN;
  uint32_t top_class = 0;
  for (uint32_t c : *finite.finite_classes) {
    if (scores[c] > top) {
      top = scores[c];
      top_class = c;
    }
  }
  if (top == INT32_MIN) return;
  finite.out->gap[i] = scores[best] - top;
  finite.out->best[i] = top_class;
}

}  // namespace

void tagger_first_pass(const TagPassModel& model, const HashIndex& dict, const WordHashes* words,
                       uint32_t n, uint32_t* first, int32_t* margins, int32_t* scores,
                       FiniteVerbScoring finite) {
  uint64_t features[kMaxTagFeatures];
  uint32_t prev1 = kStartClass, prev2 = kStartClass;
  ClauseTracker clause(model.kinds);
  for (uint32_t i = 0; i < n; ++i) dict.prefetch(words[i + kTagPad].exact);
  for (uint32_t i = 0; i < n; ++i) {
    const WordHashes* w = &words[i + kTagPad];
    uint32_t cls = dict.find(w->exact);
    margins[i] = INT32_MAX;
    if (cls == HashIndex::kMissing) {
      int nf = extract_tag_features(w, prev1, prev2, clause.bits(), features);
      std::fill(scores, scores + model.num_classes, 0);
      model.weights->score(features, nf, scores);
      cls = best_class(scores, model.num_classes, &margins[i]);
      note_finite(finite, scores, cls, i);
    }
    first[i + kTagPad] = cls;
    clause.advance(cls);
    prev2 = prev1;
    prev1 = cls;
  }
}

void tagger_second_pass(const TagPassModel& model, const WordHashes* words, uint32_t n,
                        const uint32_t* first, const int32_t* margins, int32_t margin_limit,
                        uint32_t* out, int32_t* scores, FiniteVerbScoring finite) {
  uint64_t features[kMaxTagFeatures];
  uint32_t prev1 = kStartClass, prev2 = kStartClass;
  ClauseTracker clause(model.kinds);
  // Finite verbs of the first pass from word i on, for the after-bit.
  uint32_t finite_from_here = model.kinds ? count_finite(model.kinds, first, n) : 0;
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t cls = first[i + kTagPad];
    const bool finite_here = model.kinds && (model.kinds[cls] & kFiniteKind);
    if (margins[i] < margin_limit) {
      uint32_t bits = clause.bits();
      if (bits != kNoClause) {
        bits |= kSecondPass | (finite_from_here > (finite_here ? 1u : 0u) ? kFiniteAfter : 0u);
      }
      int nf = extract_second_features(&words[i + kTagPad], &first[i + kTagPad], prev1, prev2, bits,
                                       features);
      std::fill(scores, scores + model.num_classes, 0);
      model.weights->score(features, nf, scores);
      int32_t margin;
      cls = best_class(scores, model.num_classes, &margin);
      note_finite(finite, scores, cls, i);
    }
    finite_from_here -= finite_here ? 1 : 0;
    out[i] = cls;
    clause.advance(cls);
    prev2 = prev1;
    prev1 = cls;
  }
}

void Tagger::predict(const Document& doc, const Sentence& sentence, TaggerWorkspace& ws,
                     TagOptions options) const {
  const uint32_t n = sentence.size();
  const uint32_t num_classes = model_.num_classes();
  hash_sentence_words(doc, sentence, model_.lexicon, model_.wordnet_or_null(), ws.words);
  ws.classes.resize(n);
  ws.scores.resize(num_classes);
  ws.margins.resize(n);
  pad_first_pass(n, ws.first);
  FiniteVerbScoring finite;
  if (options.require_finite_verb && !finite_classes_.empty()) {
    ws.finite.gap.assign(n, INT32_MAX);
    ws.finite.best.assign(n, 0);
    finite = {&ws.finite, &finite_classes_};
  }
  tagger_first_pass(first_pass(), dict_, ws.words.data(), n, ws.first.data(), ws.margins.data(),
                    ws.scores.data(), finite);
  if (model_.second.entry_count() == 0) {
    std::copy(ws.first.begin() + kTagPad, ws.first.begin() + kTagPad + n, ws.classes.begin());
  } else {
    tagger_second_pass(second_pass(), ws.words.data(), n, ws.first.data(), ws.margins.data(),
                       model_.second_margin, ws.classes.data(), ws.scores.data(), finite);
  }
  if (finite.out) {
    repair_impossible_gerunds(doc, sentence, ws);
    supply_finite_verb(doc, sentence, ws);
  }
}

void Tagger::tag(Document& doc, const Sentence& sentence, TaggerWorkspace& ws,
                 TagOptions options) const {
  predict(doc, sentence, ws, options);
  for (uint32_t i = 0; i < sentence.size(); ++i) {
    Token& t = doc.tokens[sentence.token_begin + i];
    uint32_t cls = ws.classes[i];
    t.upos = model_.class_upos[cls];
    t.xpos = model_.class_xpos[cls];
    // Views into doc.text stay valid: store() appends to the arena, not to the text.
    std::string_view form = doc.form(t);
    if (options.write_feats) t.feats = doc.store(model_.feats.lookup(form, cls));
    const uint64_t form_hash = ws.words[kTagPad + i].exact;
    if (const std::string* known = ws.lemmas.find(form_hash, t.xpos, form)) {
      t.lemma = doc.store(*known);
      continue;
    }
    const std::string_view lemma =
        model_.lemmatizer.lemmatize(form, t.xpos, ws.scratch, model_.wordnet_or_null());
    ws.lemmas.remember(form_hash, t.xpos, form, lemma);
    t.lemma = doc.store(lemma);
  }
}

Result<std::string> Tagger::serialize(const std::string& metadata_json) const {
  model::ArtifactWriter writer(std::string(kTaggerArtifactKind), kTaggerFormatVersion);
  writer.set_metadata_json(metadata_json);
  model::ByteWriter classes;
  std::vector<uint8_t> upos, xpos;
  for (uint32_t c = 0; c < model_.num_classes(); ++c) {
    upos.push_back(static_cast<uint8_t>(model_.class_upos[c]));
    xpos.push_back(static_cast<uint8_t>(model_.class_xpos[c]));
  }
  classes.put_vector(upos);
  classes.put_vector(xpos);
  classes.put_vector(model_.dict_keys);
  classes.put_vector(model_.dict_classes);
  writer.add_section("classes", classes.take());
  model::ByteWriter lexicon;
  lexicon.put_vector(model_.lexicon.keys);
  lexicon.put_vector(model_.lexicon.masks);
  writer.add_section("lexicon", lexicon.take());
  model::ByteWriter weights;
  model_.weights.write(weights);
  writer.add_section("weights", weights.take());
  if (model_.second.entry_count() > 0) {
    model::ByteWriter second;
    second.put<int32_t>(model_.second_margin);
    model_.second.write(second);
    writer.add_section("second", second.take());
  }
  model::ByteWriter lemmas;
  model_.lemmatizer.write(lemmas);
  writer.add_section("lemmatizer", lemmas.take());
  model::ByteWriter feats;
  model_.feats.write(feats);
  writer.add_section("feats", feats.take());
  if (model_.clause_features) writer.add_section("clause", std::string());
  if (!model_.wordnet.empty()) {
    model::ByteWriter wordnet;
    model_.wordnet.write(wordnet);
    writer.add_section("wordnet", wordnet.take());
  }
  return writer.serialize();
}

namespace {

Status corrupt(std::string_view name, std::string_view section) {
  return data_loss(std::string(name) + ": tagger section '" + std::string(section) +
                   "' is corrupt or truncated");
}

Result<TaggerModel> read_model(const model::Artifact& artifact) {
  const std::string& name = artifact.name();
  TaggerModel m;
  m.metadata_json = artifact.metadata_json();
  auto section = [&](std::string_view s) { return artifact.section(s); };
  {
    auto bytes_or = section("classes");
    if (!bytes_or.ok()) return bytes_or.status();
    model::ByteReader in(*bytes_or);
    auto upos = in.get_vector<uint8_t>();
    auto xpos = in.get_vector<uint8_t>();
    m.dict_keys = in.get_vector<uint64_t>();
    m.dict_classes = in.get_vector<uint32_t>();
    if (!in.ok() || !in.at_end() || upos.empty() || upos.size() != xpos.size() ||
        upos.size() > 255 || m.dict_keys.size() != m.dict_classes.size()) {
      return corrupt(name, "classes");
    }
    for (size_t c = 0; c < upos.size(); ++c) {
      if (upos[c] >= kUposCount || xpos[c] >= kXposCount) return corrupt(name, "classes");
      m.class_upos.push_back(static_cast<Upos>(upos[c]));
      m.class_xpos.push_back(static_cast<Xpos>(xpos[c]));
    }
    for (uint32_t c : m.dict_classes) {
      if (c >= m.num_classes()) return corrupt(name, "classes");
    }
  }
  {
    auto bytes_or = section("lexicon");
    if (!bytes_or.ok()) return bytes_or.status();
    model::ByteReader in(*bytes_or);
    m.lexicon.keys = in.get_vector<uint64_t>();
    m.lexicon.masks = in.get_vector<uint64_t>();
    if (!in.ok() || !in.at_end() || m.lexicon.keys.size() != m.lexicon.masks.size()) {
      return corrupt(name, "lexicon");
    }
  }
  {
    auto bytes_or = section("weights");
    if (!bytes_or.ok()) return bytes_or.status();
    model::ByteReader in(*bytes_or);
    if (!m.weights.read(in, static_cast<int>(m.num_classes())) || !in.at_end()) {
      return corrupt(name, "weights");
    }
  }
  if (artifact.has_section("second")) {
    auto bytes_or = section("second");
    if (!bytes_or.ok()) return bytes_or.status();
    model::ByteReader in(*bytes_or);
    m.second_margin = in.get<int32_t>();
    if (!in.ok() || !m.second.read(in, static_cast<int>(m.num_classes())) || !in.at_end()) {
      return corrupt(name, "second");
    }
  }
  {
    auto bytes_or = section("lemmatizer");
    if (!bytes_or.ok()) return bytes_or.status();
    model::ByteReader in(*bytes_or);
    if (!m.lemmatizer.read(in) || !in.at_end()) return corrupt(name, "lemmatizer");
  }
  {
    auto bytes_or = section("feats");
    if (!bytes_or.ok()) return bytes_or.status();
    model::ByteReader in(*bytes_or);
    if (!m.feats.read(in, m.num_classes()) || !in.at_end()) return corrupt(name, "feats");
  }
  m.clause_features = artifact.has_section("clause");
  if (artifact.has_section("wordnet")) {
    auto bytes_or = section("wordnet");
    if (!bytes_or.ok()) return bytes_or.status();
    model::ByteReader in(*bytes_or);
    if (!m.wordnet.read(in) || !in.at_end()) return corrupt(name, "wordnet");
  }
  return m;
}

}  // namespace

Result<std::shared_ptr<const Tagger>> Tagger::from_bytes(std::string_view bytes,
                                                         std::string_view name) {
  auto artifact = model::Artifact::parse(bytes, name, kTaggerArtifactKind, 1, kTaggerFormatVersion);
  if (!artifact.ok()) return artifact.status();
  auto m = read_model(*artifact);
  if (!m.ok()) return m.status();
  return create(std::move(m).value());
}

Result<std::shared_ptr<const Tagger>> Tagger::load(const std::string& path) {
  auto artifact = model::Artifact::load(path, kTaggerArtifactKind, 1, kTaggerFormatVersion);
  if (!artifact.ok()) return artifact.status();
  auto m = read_model(*artifact);
  if (!m.ok()) return m.status();
  return create(std::move(m).value());
}

}  // namespace dyad::syntax

// Tagger inference: prediction loop, writing the Document, and the artifact format.
#include "syntax/tagger/tagger.h"

#include <algorithm>

#include "model/artifact.h"

namespace dyad::syntax {

Tagger::Tagger(TaggerModel model) : model_(std::move(model)) {
  std::vector<std::pair<uint64_t, uint32_t>> items;
  for (size_t i = 0; i < model_.dict_keys.size(); ++i) {
    items.emplace_back(model_.dict_keys[i], model_.dict_classes[i]);
  }
  dict_.build(items);
  model_.lexicon.build_index();
}

std::shared_ptr<const Tagger> Tagger::create(TaggerModel model) {
  return std::shared_ptr<const Tagger>(new Tagger(std::move(model)));
}

void Tagger::predict(const Document& doc, const Sentence& sentence, TaggerWorkspace& ws) const {
  const uint32_t n = sentence.size();
  const uint32_t num_classes = model_.num_classes();
  hash_sentence_words(doc, sentence, model_.lexicon, ws.words);
  ws.classes.resize(n);
  ws.scores.resize(num_classes);
  uint64_t features[kMaxTagFeatures];
  uint32_t prev1 = kStartClass, prev2 = kStartClass;
  for (uint32_t i = 0; i < n; ++i) {
    const WordHashes* w = &ws.words[i + kTagPad];
    uint32_t cls = dict_.find(w->exact);
    if (cls == HashIndex::kMissing) {
      int nf = extract_tag_features(w, prev1, prev2, features);
      std::fill(ws.scores.begin(), ws.scores.end(), 0);
      model_.weights.score(features, nf, ws.scores.data());
      cls = static_cast<uint32_t>(std::max_element(ws.scores.begin(), ws.scores.end()) -
                                  ws.scores.begin());
    }
    ws.classes[i] = cls;
    prev2 = prev1;
    prev1 = cls;
  }
}

void Tagger::tag(Document& doc, const Sentence& sentence, TaggerWorkspace& ws) const {
  predict(doc, sentence, ws);
  for (uint32_t i = 0; i < sentence.size(); ++i) {
    Token& t = doc.tokens[sentence.token_begin + i];
    uint32_t cls = ws.classes[i];
    t.upos = model_.class_upos[cls];
    t.xpos = model_.class_xpos[cls];
    // Views into doc.text stay valid: store() appends to the arena, not to the text.
    std::string_view form = doc.form(t);
    t.feats = doc.store(model_.feats.lookup(form, cls));
    t.lemma = doc.store(model_.lemmatizer.lemmatize(form, t.xpos, ws.scratch));
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
  model::ByteWriter lemmas;
  model_.lemmatizer.write(lemmas);
  writer.add_section("lemmatizer", lemmas.take());
  model::ByteWriter feats;
  model_.feats.write(feats);
  writer.add_section("feats", feats.take());
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

// Tagger training: classes and tag dictionary from the training data, greedy averaged

// perceptron epochs with early stopping on dev, then lemma and FEATS tables.
#include "syntax/tagger/tagger_trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <vector>

#include "core/json_escape.h"
#include "syntax/tagger/perceptron.h"
#include "syntax/tagger/tagger_eval.h"
#include "syntax/tagger/train_passes.h"

namespace dyad::syntax {
namespace {

struct TrainStats {
  int best_epoch = 0;
  int epochs_run = 0;
  int second_best_epoch = 0;
  int second_epochs_run = 0;
  size_t second_weights = 0;
  uint64_t train_words = 0;
  double seconds = 0;
  size_t weights = 0;
  TaggerScores dev;
};

std::string build_metadata(const TaggerTrainOptions& o, const TaggerModel& m, const TrainStats& st,
                           const std::string& extra) {
  char hp[512];
  std::snprintf(hp, sizeof(hp),
                "{\"epochs\": %d, \"patience\": %d, \"hash_bits\": %d, \"prune\": %g, "
                "\"dict_min_count\": %d, \"dict_min_share\": %g, \"lexicon_min_count\": %d, "
                "\"lexicon_min_share\": %g, \"lemma_max_suffix\": %d, "
                "\"lemma_min_rule_types\": %d, \"second_pass_folds\": %d, "
                "\"second_pass_margin\": %d, \"clause_features\": %s}",
                o.epochs, o.patience, o.hash_bits, o.prune, o.dict_min_count, o.dict_min_share,
                o.lexicon_min_count, o.lexicon_min_share, o.lemma_max_suffix,
                o.lemma_min_rule_types, o.second_pass_folds, o.second_pass_margin,
                o.clause_features ? "true" : "false");
  char stats[768];
  std::snprintf(stats, sizeof(stats),
                "\"classes\": %u, \"tag_dictionary_words\": %zu, \"weights\": %zu, "
                "\"lemma_exceptions\": %zu, \"lemma_rules\": %zu, \"feats_words\": %zu, "
                "\"train_words\": %llu, \"best_epoch\": %d, \"epochs_run\": %d, "
                "\"second_weights\": %zu, \"second_best_epoch\": %d, "
                "\"second_epochs_run\": %d, \"wordnet_forms\": %zu, "
                "\"wordnet_irregular\": %zu, \"train_seconds\": %.1f",
                m.num_classes(), m.dict_keys.size(), st.weights, m.lemmatizer.exception_count(),
                m.lemmatizer.rule_count(), m.feats.word_count(),
                static_cast<unsigned long long>(st.train_words), st.best_epoch, st.epochs_run,
                st.second_weights, st.second_best_epoch, st.second_epochs_run, m.wordnet.size(),
                m.wordnet.irregular_count(), st.seconds);
  std::string json = "{\"kind\": \"dyad.tagger\", \"dyad_version\": \"0.1.0\", ";
  json += "\"model\": \"two-pass greedy averaged perceptron over joint UPOS+XPOS classes\", ";
  json += "\"training_data\": \"" + json_escape(o.training_data) + "\", ";
  json += "\"licence\": \"" + json_escape(o.licence) + "\", ";
  json += "\"seed\": " + std::to_string(o.seed) + ", ";
  json += "\"command\": \"" + json_escape(o.command) + "\", ";
  json += "\"hyperparameters\": " + std::string(hp) + ", " + stats + ", ";
  json += "\"dev_best_epoch\": " + st.dev.to_json() + extra + "}";
  return json;
}

void log_line(const TaggerTrainOptions& o, const std::string& line) {
  if (o.log) o.log(line);
}

// Classes: the (UPOS, XPOS) pairs of the training data, in enum order.
void collect_classes(std::span<const Document> train, TaggerModel& m,
                     std::map<std::pair<Upos, Xpos>, uint32_t>& ids) {
  for (const Document& d : train) {
    for (const Token& t : d.tokens) ids.emplace(std::pair{t.upos, t.xpos}, 0);
  }
  for (auto& [pair, id] : ids) {
    id = m.num_classes();
    m.class_upos.push_back(pair.first);
    m.class_xpos.push_back(pair.second);
  }
}

void build_tag_dictionary(const std::vector<TrainSentence>& sentences, const TaggerTrainOptions& o,
                          TaggerModel& m) {
  std::map<std::string_view, std::map<uint32_t, int>> counts;
  for (const TrainSentence& s : sentences) {
    for (uint32_t i = 0; i < s.sentence->size(); ++i) {
      ++counts[s.doc->form(s.sentence->token_begin + i)][s.gold[i]];
    }
  }
  for (const auto& [form, classes] : counts) {
    int total = 0, best = 0;
    uint32_t best_cls = 0;
    for (const auto& [cls, n] : classes) {
      total += n;
      if (n > best) best = n, best_cls = cls;
    }
    if (total >= o.dict_min_count && best >= o.dict_min_share * total) {
      m.dict_keys.push_back(fnv_hash(form));
      m.dict_classes.push_back(best_cls);
    }
  }
}

static_assert(kXposCount <= kCasingShift, "ambiguity classes share 64-bit masks with casing");

// What the training data says about one lowercased form (keyed by WordHashes::lower).
struct WordCounts {
  std::map<Xpos, int> tags;
  int noninitial = 0;   // occurrences not at a sentence start
  int capitalized = 0;  // of those, how many began with a capital
};
using LexiconCounts = std::map<uint64_t, WordCounts>;

// Folds for jackknifing the ambiguity classes (see build_lexicons).
constexpr int kLexiconFolds = 10;

TagLexicon make_lexicon(const LexiconCounts& total, const LexiconCounts* held_out,
                        const TaggerTrainOptions& o) {
  TagLexicon lexicon;
  static const WordCounts kNothing;
  for (const auto& [key, counts] : total) {
    const WordCounts* minus = &kNothing;
    if (held_out != nullptr) {
      auto it = held_out->find(key);
      if (it != held_out->end()) minus = &it->second;
    }
    auto count = [&](Xpos x, int n) {
      auto it = minus->tags.find(x);
      return it == minus->tags.end() ? n : n - it->second;
    };
    int sum = 0;
    for (const auto& [xpos, n] : counts.tags) sum += count(xpos, n);
    if (sum < o.lexicon_min_count) continue;
    uint64_t mask = 0;
    for (const auto& [xpos, n] : counts.tags) {
      int c = count(xpos, n);
      if (c > 0 && c >= o.lexicon_min_share * sum) mask |= uint64_t{1} << static_cast<int>(xpos);
    }
    mask |= casing_bucket(counts.noninitial - minus->noninitial,
                          counts.capitalized - minus->capitalized)
            << kCasingShift;
    lexicon.keys.push_back(key);
    lexicon.masks.push_back(mask);
  }
  lexicon.build_index();
  return lexicon;
}

// The model's lexicon comes from all the training data; but a training sentence must see
// the lexicon without its own words, or the perceptron learns that every word is known
// and its ambiguity class always holds the right tag, which is false on new text (dev
// XPOS fell 0.1 without this). So sentence j is trained with the lexicon of the other
// folds, j % kLexiconFolds being its fold.
std::vector<TagLexicon> build_lexicons(const std::vector<TrainSentence>& sentences,
                                       const TaggerTrainOptions& o, TaggerModel& m) {
  LexiconCounts total;
  std::vector<LexiconCounts> folds(kLexiconFolds);
  std::vector<WordHashes> words;
  TagLexicon empty;
  for (size_t j = 0; j < sentences.size(); ++j) {
    const TrainSentence& s = sentences[j];
    hash_sentence_words(*s.doc, *s.sentence, empty, nullptr, words);
    for (uint32_t i = 0; i < s.sentence->size(); ++i) {
      const WordHashes& w = words[i + kTagPad];
      Xpos x = s.doc->tokens[s.sentence->token_begin + i].xpos;
      // Titles capitalize common words too, so only running text shows a word's casing.
      bool counted = i > 0 && (w.flags & kTitleSentence) == 0;
      bool cap = (w.flags & kInitUpper) != 0;
      for (LexiconCounts* c : {&total, &folds[j % kLexiconFolds]}) {
        WordCounts& wc = (*c)[w.lower];
        ++wc.tags[x];
        wc.noninitial += counted;
        wc.capitalized += counted && cap;
      }
    }
  }
  m.lexicon = make_lexicon(total, nullptr, o);
  std::vector<TagLexicon> fold_lexicons;
  for (const LexiconCounts& fold : folds) fold_lexicons.push_back(make_lexicon(total, &fold, o));
  return fold_lexicons;
}

// Perceptron epochs with early stopping on dev (upos + xpos), for the first pass or, when
// data.first is set, the second; returns the best epoch's tagger built on `base`.
std::shared_ptr<const Tagger> run_epochs(const TaggerTrainOptions& o, const EpochData& data,
                                         const TaggerModel& base, std::span<const Document> dev,
                                         const std::string& name, int& best_epoch, int& epochs_run,
                                         TaggerScores& best_dev, size_t& best_entries) {
  const bool second = data.first != nullptr;
  PerceptronWeights weights(o.hash_bits, data.num_classes);
  std::mt19937_64 rng(second ? o.seed + 0x5ec0d : o.seed);
  std::vector<size_t> order(data.sentences->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shared_ptr<const Tagger> best;
  double best_score = -1;
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    shuffle_order(order, rng);
    auto [seen, correct] = train_epoch(weights, data, order);
    TaggerModel m = base;
    (second ? m.second : m.weights) = weights.compact(o.prune);
    size_t entries = (second ? m.second : m.weights).entry_count();
    auto tagger = Tagger::create(std::move(m));
    TaggerScores dev_scores = dev.empty() ? TaggerScores{} : evaluate_tagger(*tagger, dev);
    double score = dev.empty() ? epoch : dev_scores.upos + dev_scores.xpos;
    char line[256];
    std::snprintf(line, sizeof(line),
                  "%sepoch %d: train acc %.2f, dev upos %.2f xpos %.2f ufeats %.2f lemma %.2f, "
                  "%zu rows, %zu weights",
                  name.c_str(), epoch, 100.0 * correct / std::max<uint64_t>(1, seen),
                  dev_scores.upos, dev_scores.xpos, dev_scores.ufeats, dev_scores.lemma,
                  weights.row_count(), entries);
    log_line(o, line);
    epochs_run = epoch;
    if (score > best_score) {
      best_score = score;
      best = std::move(tagger);
      best_epoch = epoch;
      best_dev = dev_scores;
      best_entries = entries;
    } else if (epoch - best_epoch >= o.patience) {
      break;
    }
  }
  return best;
}

}  // namespace

Result<std::shared_ptr<const Tagger>> train_tagger(std::span<const Document> train,
                                                   std::span<const Document> dev,
                                                   const TaggerTrainOptions& o) {
  if (o.hash_bits < 12 || o.hash_bits > 26) return invalid_argument("hash_bits must be 12..26");
  if (o.epochs < 1) return invalid_argument("epochs must be at least 1");
  auto start = std::chrono::steady_clock::now();
  TaggerModel base;
  std::map<std::pair<Upos, Xpos>, uint32_t> class_ids;
  collect_classes(train, base, class_ids);
  if (base.num_classes() < 2 || base.num_classes() > 255) {
    return invalid_argument("training data must have 2..255 (UPOS, XPOS) pairs, found " +
                            std::to_string(base.num_classes()));
  }
  TrainStats st;
  std::vector<TrainSentence> sentences;
  std::vector<LemmaExample> lemma_examples;
  std::vector<FeatsExample> feats_examples;
  for (const Document& d : train) {
    for (const Sentence& s : d.sentences) {
      TrainSentence ts{&d, &s, {}};
      for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
        const Token& t = d.tokens[i];
        uint32_t cls = class_ids.at({t.upos, t.xpos});
        ts.gold.push_back(cls);
        lemma_examples.push_back({d.form(t), t.xpos, d.lemma(t)});
        feats_examples.push_back({d.form(t), cls, d.feats(t)});
      }
      st.train_words += s.size();
      sentences.push_back(std::move(ts));
    }
  }
  build_tag_dictionary(sentences, o, base);
  if (!o.wordnet_dir.empty()) {
    auto wordnet = WordNetLexicon::build(o.wordnet_dir);
    if (wordnet.ok()) {
      base.wordnet = std::move(wordnet).value();
      log_line(o, "wordnet: " + std::to_string(base.wordnet.size()) + " forms, " +
                      std::to_string(base.wordnet.irregular_count()) + " irregular, from " +
                      o.wordnet_dir);
    } else {
      log_line(o, "wordnet: not used (" + wordnet.status().message() + ")");
    }
  } else {
    log_line(o, "wordnet: not used (no wordnet_dir)");
  }
  std::vector<TagLexicon> fold_lexicons = build_lexicons(sentences, o, base);
  base.lemmatizer = Lemmatizer::train(lemma_examples, {o.lemma_max_suffix, o.lemma_min_rule_types},
                                      base.wordnet_or_null());
  base.feats = FeatsTable::train(feats_examples, base.num_classes());
  HashIndex dict;
  {
    std::vector<std::pair<uint64_t, uint32_t>> items;
    for (size_t i = 0; i < base.dict_keys.size(); ++i) {
      items.emplace_back(base.dict_keys[i], base.dict_classes[i]);
    }
    dict.build(items);
  }

  base.clause_features = o.clause_features;
  const std::vector<uint8_t> kinds = clause_kinds_of(base);
  EpochData data{&sentences,
                 &fold_lexicons,
                 &dict,
                 base.num_classes(),
                 nullptr,
                 base.wordnet_or_null(),
                 kinds.empty() ? nullptr : kinds.data()};
  std::shared_ptr<const Tagger> best =
      run_epochs(o, data, base, dev, "", st.best_epoch, st.epochs_run, st.dev, st.weights);
  if (o.second_pass_folds >= 2) {
    log_line(o, "second pass: jackknifing the first pass over " +
                    std::to_string(o.second_pass_folds) + " folds");
    std::vector<std::vector<uint32_t>> first = jackknife_first_pass(
        data, o.second_pass_folds, st.best_epoch, o.hash_bits, o.prune, o.seed);
    data.first = &first;
    TaggerModel with_first = best->model();
    with_first.second_margin = o.second_pass_margin;
    TaggerScores second_dev;
    auto second = run_epochs(o, data, with_first, dev, "second pass ", st.second_best_epoch,
                             st.second_epochs_run, second_dev, st.second_weights);
    // Kept only if dev says so: upos + xpos, as for the first pass.
    if (dev.empty() || second_dev.upos + second_dev.xpos > st.dev.upos + st.dev.xpos) {
      best = std::move(second);
      st.dev = second_dev;
    }
  }
  st.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  TaggerModel m = best->model();
  std::string extra;
  if (!o.test.empty()) extra = ", \"test\": " + evaluate_tagger(*best, o.test).to_json();
  m.metadata_json = build_metadata(o, m, st, extra);
  log_line(o, "best epoch " + std::to_string(st.best_epoch) + ", trained in " +
                  std::to_string(static_cast<int>(st.seconds)) + " s");
  return Tagger::create(std::move(m));
}

Status train_tagger_file(std::span<const Document> train, std::span<const Document> dev,
                         const TaggerTrainOptions& options, const std::string& out_path) {
  auto trained = train_tagger(train, dev, options);
  if (!trained.ok()) return trained.status();
  const Tagger& tagger = **trained;
  std::string metadata = tagger.metadata_json();
  auto write = [&](const std::string& json) -> Status {
    auto bytes = tagger.serialize(json);
    if (!bytes.ok()) return bytes.status();
    std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
    out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    out.close();
    if (!out) return not_found(out_path + ": cannot write the tagger model");
    return {};
  };
  DYAD_RETURN_IF_ERROR(write(metadata));
  // Round trip: score dev with the file as written, and record that score.
  auto reloaded = Tagger::load(out_path);
  if (!reloaded.ok()) return reloaded.status();
  TaggerScores dev_scores = evaluate_tagger(**reloaded, dev);
  log_line(options, "dev (reloaded " + out_path + "): " + dev_scores.to_json());
  metadata.pop_back();  // the closing brace
  metadata += ", \"dev\": " + dev_scores.to_json() + "}";
  DYAD_RETURN_IF_ERROR(write(metadata));
  auto final_check = Tagger::load(out_path);
  if (!final_check.ok()) return final_check.status();
  return {};
}

}  // namespace dyad::syntax

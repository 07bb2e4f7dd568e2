#include "app/syntax_scores.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace dyad::app {
namespace {

// Features of the UD universal inventory; language-specific ones are ignored by UFeats.
const std::set<std::string_view>& universal_feature_names() {
  static const std::set<std::string_view> kNames = {
      "PronType", "NumType", "Poss",   "Reflex", "Foreign", "Abbr",   "Gender",
      "Animacy",  "Number",  "Case",   "Definite", "Degree", "VerbForm", "Mood",
      "Tense",    "Aspect",  "Voice",  "Evident", "Polarity", "Person", "Polite"};
  return kNames;
}

using Span = std::pair<uint32_t, uint32_t>;

// One surface token: its span in source bytes and the words it stands for.
struct Surface {
  Span span;
  uint32_t word_begin;
  uint32_t word_end;
};

std::vector<Surface> surfaces(const Document& doc, bool map_to_source) {
  auto src = [&](uint32_t offset) {
    return map_to_source ? doc.offsets.to_source(offset) : offset;
  };
  std::vector<Surface> out;
  out.reserve(doc.tokens.size());
  size_t next_mwt = 0;
  for (uint32_t i = 0; i < doc.tokens.size();) {
    if (next_mwt < doc.multiword_tokens.size() &&
        doc.multiword_tokens[next_mwt].token_begin == i) {
      const MultiwordToken& m = doc.multiword_tokens[next_mwt++];
      out.push_back({{src(doc.tokens[m.token_begin].begin), src(doc.tokens[m.token_end - 1].end)},
                     m.token_begin, m.token_end});
      i = m.token_end;
      continue;
    }
    out.push_back({{src(doc.tokens[i].begin), src(doc.tokens[i].end)}, i, i + 1});
    ++i;
  }
  return out;
}

std::vector<Span> sentence_spans(const Document& doc, bool map_to_source) {
  std::vector<Span> out;
  for (const Sentence& s : doc.sentences) {
    if (s.token_begin == s.token_end) continue;
    uint32_t b = doc.tokens[s.token_begin].begin;
    uint32_t e = doc.tokens[s.token_end - 1].end;
    if (map_to_source) {
      b = doc.offsets.to_source(b);
      e = doc.offsets.to_source(e);
    }
    out.emplace_back(b, e);
  }
  return out;
}

// Counts spans present in both sorted-by-construction lists.
long count_common(std::vector<Span> a, std::vector<Span> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::vector<Span> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  return static_cast<long>(common.size());
}

}  // namespace

void SyntaxScores::add(const SyntaxScores& other) {
  for (size_t i = 0; i < scores.size(); ++i) {
    scores[i].gold += other.scores[i].gold;
    scores[i].system += other.scores[i].system;
    scores[i].correct += other.scores[i].correct;
  }
}

std::string universal_feats(std::string_view feats) {
  std::vector<std::string_view> kept;
  size_t start = 0;
  while (start < feats.size()) {
    size_t bar = feats.find('|', start);
    std::string_view f = feats.substr(start, bar == std::string_view::npos ? bar : bar - start);
    start = bar == std::string_view::npos ? feats.size() : bar + 1;
    if (universal_feature_names().count(f.substr(0, f.find('=')))) kept.push_back(f);
  }
  std::sort(kept.begin(), kept.end());
  std::string out;
  for (std::string_view f : kept) {
    if (!out.empty()) out += '|';
    out += f;
  }
  return out;
}

SyntaxScores score_syntax(const Document& gold, const Document& system) {
  SyntaxScores r;
  const std::vector<Surface> gold_surfaces = surfaces(gold, false);
  const std::vector<Surface> system_surfaces = surfaces(system, true);

  std::vector<Span> gs, ss;
  for (const Surface& s : gold_surfaces) gs.push_back(s.span);
  for (const Surface& s : system_surfaces) ss.push_back(s.span);
  r[Metric::kTokens] = {static_cast<long>(gs.size()), static_cast<long>(ss.size()),
                        count_common(gs, ss)};
  std::vector<Span> gsent = sentence_spans(gold, false), ssent = sentence_spans(system, true);
  r[Metric::kSentences] = {static_cast<long>(gsent.size()), static_cast<long>(ssent.size()),
                           count_common(gsent, ssent)};

  // Word alignment: gold word index -> system word index.
  std::vector<uint32_t> to_system(gold.tokens.size(), kNoIndex);
  std::map<Span, const Surface*> by_span;
  for (const Surface& s : system_surfaces) by_span.emplace(s.span, &s);
  for (const Surface& g : gold_surfaces) {
    auto it = by_span.find(g.span);
    if (it == by_span.end()) continue;
    const Surface& s = *it->second;
    if (s.word_end - s.word_begin != g.word_end - g.word_begin) continue;
    for (uint32_t k = 0; k < g.word_end - g.word_begin; ++k) {
      to_system[g.word_begin + k] = s.word_begin + k;
    }
  }

  const long gold_words = static_cast<long>(gold.tokens.size());
  const long system_words = static_cast<long>(system.tokens.size());
  for (size_t m = static_cast<size_t>(Metric::kWords); m < r.scores.size(); ++m) {
    r.scores[m].gold = gold_words;
    r.scores[m].system = system_words;
  }
  for (uint32_t g = 0; g < gold.tokens.size(); ++g) {
    const uint32_t s = to_system[g];
    if (s == kNoIndex) continue;
    const Token& gt = gold.tokens[g];
    const Token& st = system.tokens[s];
    r[Metric::kWords].correct++;
    const bool upos = gt.upos == st.upos;
    const bool xpos = gt.xpos == st.xpos;
    const bool feats = universal_feats(gold.feats(gt)) == universal_feats(system.feats(st));
    r[Metric::kUpos].correct += upos;
    r[Metric::kXpos].correct += xpos;
    r[Metric::kUFeats].correct += feats;
    r[Metric::kAllTags].correct += upos && xpos && feats;
    r[Metric::kLemmas].correct += gold.lemma(gt) == system.lemma(st);
    const bool head = gt.head == kNoIndex ? st.head == kNoIndex
                                          : (st.head != kNoIndex && to_system[gt.head] == st.head);
    r[Metric::kUas].correct += head;
    r[Metric::kLas].correct += head && universal_deprel(gt.deprel) == universal_deprel(st.deprel);
    r[Metric::kLasFull].correct += head && gt.deprel == st.deprel;
  }
  return r;
}

}  // namespace dyad::app

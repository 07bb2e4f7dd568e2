// Tagger scoring against gold Documents.
#include "syntax/tagger/tagger_eval.h"

#include <chrono>
#include <cstdio>

namespace dyad::syntax {

std::string TaggerScores::to_json() const {
  char buf[256];
  std::snprintf(buf, sizeof(buf),
                "{\"words\": %llu, \"upos\": %.2f, \"xpos\": %.2f, \"ufeats\": %.2f, "
                "\"lemma\": %.2f, \"all_tags\": %.2f}",
                static_cast<unsigned long long>(words), upos, xpos, ufeats, lemma, all_tags);
  return buf;
}

TaggerScores evaluate_tagger(const Tagger& tagger, std::span<const Document> gold) {
  TaggerScores s;
  uint64_t upos = 0, xpos = 0, feats = 0, lemma = 0, all = 0;
  TaggerWorkspace ws;
  double seconds = 0;
  for (const Document& g : gold) {
    Document doc = g;
    doc.clear_analysis();
    doc.sentences = g.sentences;
    doc.tokens = g.tokens;
    doc.multiword_tokens = g.multiword_tokens;
    // Gold analyses must not leak into tagging: wipe them from the copy first.
    for (Token& t : doc.tokens) {
      t.upos = Upos::kNone;
      t.xpos = Xpos::kNone;
      t.lemma = {};
      t.feats = {};
    }
    auto start = std::chrono::steady_clock::now();
    for (const Sentence& sentence : doc.sentences) tagger.tag(doc, sentence, ws);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      const Token& p = doc.tokens[i];
      const Token& t = g.tokens[i];
      bool u = p.upos == t.upos, x = p.xpos == t.xpos;
      bool f = doc.feats(p) == g.feats(t), l = doc.lemma(p) == g.lemma(t);
      upos += u;
      xpos += x;
      feats += f;
      lemma += l;
      all += u && x && f && l;
      ++s.words;
    }
  }
  double n = s.words ? static_cast<double>(s.words) : 1.0;
  s.upos = 100.0 * upos / n;
  s.xpos = 100.0 * xpos / n;
  s.ufeats = 100.0 * feats / n;
  s.lemma = 100.0 * lemma / n;
  s.all_tags = 100.0 * all / n;
  s.tokens_per_second = seconds > 0 ? s.words / seconds : 0;
  return s;
}

}  // namespace dyad::syntax

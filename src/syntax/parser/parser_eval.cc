#include "syntax/parser/parser_eval.h"

#include <cstdio>
#include <vector>

namespace dyad::syntax {

std::string AttachmentScores::json() const {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "{\"uas\": %.2f, \"las\": %.2f, \"las_universal\": %.2f, \"words\": %llu, "
                "\"sentences\": %llu}",
                uas(), las(), ulas(), static_cast<unsigned long long>(words),
                static_cast<unsigned long long>(sentences));
  return buf;
}

AttachmentScores attachment_scores(std::span<const Document> system,
                                   std::span<const Document> gold) {
  AttachmentScores s;
  for (size_t d = 0; d < system.size() && d < gold.size(); ++d) {
    const Document& sys = system[d];
    const Document& ref = gold[d];
    if (sys.tokens.size() != ref.tokens.size()) continue;
    for (const Sentence& sent : ref.sentences) {
      bool exact = true;
      for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
        const Token& a = sys.tokens[i];
        const Token& b = ref.tokens[i];
        ++s.words;
        const bool head = a.head == b.head;
        s.head_hits += head;
        s.label_hits += head && a.deprel == b.deprel;
        s.universal_label_hits += head && universal_deprel(a.deprel) == universal_deprel(b.deprel);
        exact &= head && a.deprel == b.deprel;
      }
      ++s.sentences;
      s.exact_trees += exact;
    }
  }
  return s;
}

AttachmentScores evaluate_parser(const Parser& parser, std::span<const Document> input,
                                 std::span<const Document> gold) {
  std::vector<Document> parsed(input.begin(), input.end());
  ParserWorkspace ws;
  for (Document& doc : parsed) {
    for (const Sentence& s : doc.sentences) parser.parse(doc, s, ws);
  }
  return attachment_scores(parsed, gold);
}

}  // namespace dyad::syntax

#pragma once
// The tokenizer and sentence splitter of the text stage: from Document::text (see
// normalizer.h) to Document::tokens (begin, end, space_after only), multiword_tokens and
// sentences, following UD English EWT 2.15 tokenization: clitics are multiword tokens
// whose words are slices of the surface ("don't" = do + n't, "Bush's" = Bush + 's,
// "cannot" = can + not), hyphenated words split except after prefixes like non- and e-,
// numbers keep their inner punctuation (1,000 3.5 10:30 9/11), URLs and e-mail addresses
// are one token.
//
// Thread-safety: tokenize() is a pure function of its arguments.

#include <cstdint>

#include "core/document.h"

namespace dyad::text {

struct TokenizerOptions {
  // Longer sentences are cut (at a comma when there is one in the last half), so a 10 MB
  // line without a period still gives bounded input to the parser.
  uint32_t max_sentence_tokens = 250;
  // A single line break ends a sentence (one paragraph per line, as news feeds have it).
  // A blank line always does.
  bool line_break_ends_sentence = true;
};

// Replaces the document's tokens, multiword tokens and sentences. Documents with status
// kBinary or kEmpty, or empty text, get none.
void tokenize(Document& doc, const TokenizerOptions& options = {});

}  // namespace dyad::text

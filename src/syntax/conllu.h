#pragma once
// CoNLL-U reading and writing: the interchange format of dyad parse and the gold format of
// dyad eval-syntax and dyad train.
//
// Reading rebuilds a Document the way the tokenizer would have made it: the `# text`
// lines become Document::text (sentences joined by a space within a paragraph, a blank
// line between paragraphs and documents), and each word becomes a Token whose [begin, end)
// is its slice of that text. Multiword tokens keep their word slices ("don't" = "do" +
// "n't"; every EWT 2.15 multiword token is the concatenation of its words). Empty nodes
// (3.1) and enhanced dependencies are skipped: dyad does not produce them.

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace dyad::syntax {

struct ConlluReadOptions {
  // One Document per "# newdoc" block (true), or the whole file as one Document (false),
  // which is what scoring from raw text needs: the gold text of the whole file.
  bool split_documents = true;
};

// `name` is used in error messages ("name:line: ...").
Result<std::vector<Document>> read_conllu(std::string_view content, std::string_view name,
                                          const ConlluReadOptions& options = {});
Result<std::vector<Document>> read_conllu_file(const std::string& path,
                                               const ConlluReadOptions& options = {});

struct ConlluWriteOptions {
  // Adds TokenRange=START:END to MISC: character (code point) offsets into the source.
  bool offsets = false;
  // Prefix of the `# sent_id` lines; the Document id when empty.
  std::string sent_id_prefix;
};

// Appends the Document's sentences as CoNLL-U to `out`.
void write_conllu(const Document& doc, const ConlluWriteOptions& options, std::string& out);

}  // namespace dyad::syntax

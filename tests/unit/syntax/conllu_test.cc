#include "syntax/conllu.h"

#include <gtest/gtest.h>

namespace dyad::syntax {
namespace {

// Two sentences in EWT 2.15 style, with a multiword token ("don't") and a possessive.
constexpr std::string_view kSample =
    "# newdoc id = test-doc\n"
    "# sent_id = test-1\n"
    "# text = Beijing doesn't deny it.\n"
    "1\tBeijing\tBeijing\tPROPN\tNNP\tNumber=Sing\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdoesn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdoes\tdo\tAUX\tVBZ\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tdeny\tdeny\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\t_\n"
    "5\tit\tit\tPRON\tPRP\t_\t4\tobj\t4:obj\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# sent_id = test-2\n"
    "# text = Xi's visit ended.\n"
    "1-2\tXi's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tXi\tXi\tPROPN\tNNP\t_\t3\tnmod:poss\t3:nmod:poss\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t1:case\t_\n"
    "3\tvisit\tvisit\tNOUN\tNN\t_\t4\tnsubj\t4:nsubj\t_\n"
    "4\tended\tend\tVERB\tVBD\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n";

TEST(Conllu, ReadsWordsAsSlicesOfTheText) {
  auto docs = read_conllu(kSample, "sample.conllu");
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs->size(), 1u);
  const Document& doc = (*docs)[0];
  EXPECT_EQ(doc.id, "test-doc");
  EXPECT_EQ(doc.text, "Beijing doesn't deny it. Xi's visit ended.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  ASSERT_EQ(doc.tokens.size(), 11u);
  EXPECT_EQ(doc.form(1), "does");
  EXPECT_EQ(doc.form(2), "n't");
  EXPECT_FALSE(doc.tokens[1].space_after);
  EXPECT_TRUE(doc.tokens[2].space_after);
  EXPECT_EQ(doc.lemma(doc.tokens[2]), "not");
  EXPECT_EQ(doc.tokens[0].head, 3u);
  EXPECT_EQ(doc.tokens[3].head, kNoIndex);
  EXPECT_EQ(doc.tokens[3].deprel, DepRel::root);
  EXPECT_EQ(doc.tokens[6].deprel, DepRel::nmod_poss);
  EXPECT_EQ(doc.tokens[6].head, 8u);  // "visit", a document index
  ASSERT_EQ(doc.multiword_tokens.size(), 2u);
  EXPECT_EQ(doc.multiword_tokens[1].token_begin, 6u);
}

TEST(Conllu, WriteThenReadGivesTheSameAnalysis) {
  auto docs = read_conllu(kSample, "sample.conllu");
  ASSERT_TRUE(docs.ok());
  std::string out;
  write_conllu((*docs)[0], {}, out);
  auto again = read_conllu(out, "written.conllu");
  ASSERT_TRUE(again.ok()) << again.status().message() << "\n" << out;
  const Document& a = (*docs)[0];
  const Document& b = (*again)[0];
  ASSERT_EQ(a.tokens.size(), b.tokens.size());
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    EXPECT_EQ(a.form(i), b.form(i));
    EXPECT_EQ(a.tokens[i].head, b.tokens[i].head);
    EXPECT_EQ(a.tokens[i].deprel, b.tokens[i].deprel);
    EXPECT_EQ(a.tokens[i].xpos, b.tokens[i].xpos);
  }
  EXPECT_EQ(b.multiword_tokens.size(), 2u);
}

TEST(Conllu, ErrorsNameTheFileAndLine) {
  auto docs = read_conllu("# text = Hi\n1\tHi\tHi\n\n", "broken.conllu");
  ASSERT_FALSE(docs.ok());
  EXPECT_NE(docs.status().message().find("broken.conllu:2:"), std::string::npos)
      << docs.status().message();
}

TEST(Conllu, OffsetsCountCharactersOfTheSource) {
  auto docs = read_conllu(kSample, "sample.conllu");
  ASSERT_TRUE(docs.ok());
  std::string out;
  write_conllu((*docs)[0], {.offsets = true}, out);
  EXPECT_NE(out.find("deny\tdeny\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tTokenRange=16:20"),
            std::string::npos)
      << out;
}

}  // namespace
}  // namespace dyad::syntax

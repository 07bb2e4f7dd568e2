#include "events/tree_repairs.h"

#include <gtest/gtest.h>

#include <string>

#include "syntax/conllu.h"

namespace dyad::events {
namespace {

Document read(std::string_view conllu) {
  auto docs = syntax::read_conllu(conllu, "test.conllu");
  EXPECT_TRUE(docs.ok()) << docs.status().message();
  return docs.ok() ? docs.value()[0] : Document{};
}

// A parser's reading of the list (Osgiliath the ambassadors' appositive, Gondor its
// conjunct) as it came out of a retrained coding parser.
constexpr std::string_view kAmbassadors =
    "# text = The ambassadors of Arnor, Osgiliath and Gondor presented credentials.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tambassadors\tambassador\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n"
    "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnmod\t_\tSpaceAfter=No\n"
    "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
    "6\tOsgiliath\tOsgiliath\tPROPN\tNNP\t_\t2\tappos\t_\t_\n"
    "7\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
    "8\tGondor\tGondor\tPROPN\tNNP\t_\t6\tconj\t_\t_\n"
    "9\tpresented\tpresent\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "10\tcredentials\tcredential\tNOUN\tNNS\t_\t9\tobj\t_\tSpaceAfter=No\n"
    "11\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n";

TEST(TreeRepairs, AListAfterAnOfPhraseContinuesIt) {
  Document doc = read(kAmbassadors);
  ASSERT_EQ(doc.sentences.size(), 1u);
  repair_listed_appositions(doc, doc.sentences[0]);
  EXPECT_EQ(doc.tokens[5].deprel, DepRel::conj);  // Osgiliath
  EXPECT_EQ(doc.tokens[5].head, 3u);              // under Arnor
  EXPECT_EQ(doc.tokens[7].deprel, DepRel::conj);  // Gondor
  EXPECT_EQ(doc.tokens[7].head, 3u);
}

TEST(TreeRepairs, AnAppositiveWithoutAListStays) {
  std::string conllu(kAmbassadors);
  // "…of Arnor, Osgiliath presented…": no coordinated conjunct, a true appositive.
  conllu.replace(conllu.find("7\tand"), conllu.find("9\tpresented") - conllu.find("7\tand"),
                 "7\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_\n8\tGondor\tGondor\tPROPN\tNNP\t_\t9"
                 "\tnsubj\t_\t_\n");
  Document doc = read(conllu);
  repair_listed_appositions(doc, doc.sentences[0]);
  EXPECT_EQ(doc.tokens[5].deprel, DepRel::appos);
  EXPECT_EQ(doc.tokens[5].head, 1u);
}

}  // namespace
}  // namespace dyad::events

#include "events/arguments.h"

#include <gtest/gtest.h>

#include <string>

#include "parsed_sentences.h"
#include "syntax/conllu.h"

namespace dyad::events {
namespace {

// "source: A, B | target: C(to), D" for the predicate `word` of `text`: each argument as
// its head word, obliques with their preposition.
std::string frame_of(std::string_view text, std::string_view word) {
  const Document doc = testing::parse(text);
  const Sentence* sentence = nullptr;
  const uint32_t p = testing::find_word(doc, word, &sentence);
  if (p == kNoIndex) return "predicate not found";
  const PredicateFrame frame = read_frame(doc, *sentence, p);
  auto list = [&](const std::vector<Argument>& args) {
    std::string out;
    for (const Argument& a : args) {
      if (!out.empty()) out += ", ";
      out += doc.form(a.head);
      if (a.role == ArgumentRole::kOblique) out += "(" + std::string(a.preposition) + ")";
    }
    return out;
  };
  return "source: " + list(frame.sources()) + " | target: " + list(frame.targets());
}

TEST(Arguments, ActiveVerbWithObject) {
  EXPECT_EQ(frame_of("Chinese President Xi Jinping visited Russia on Monday.", "visited"),
            "source: Xi | target: Russia, Monday(on)");  // the actor stage drops Monday
}

TEST(Arguments, PassiveByAgentIsTheSource) {
  EXPECT_EQ(frame_of("The strike was condemned by the United Nations.", "condemned"),
            "source: Nations | target: strike");
}

// A participle with a by-agent is passive whatever its other labels say: the noun it
// describes is what was done to.
TEST(Arguments, ParticipleWithByAgentTakesItsNounAsThePatient) {
  EXPECT_EQ(frame_of("They are thought to have been questioned about the whereabouts of John "
                     "Cantlie, the British journalist taken hostage by Islamic State.",
                     "taken"),
            "source: State | target: journalist, hostage");
  EXPECT_EQ(frame_of("Despite the fact that the FARC no longer hold security personnel, many "
                     "civilians kidnapped by the guerrillas for the purpose of extortion remain "
                     "unaccounted for.",
                     "kidnapped"),
            "source: guerrillas | target: civilians");
}

// The same read off a tree whose by-phrase hangs on an adverb of the participle and whose
// auxiliary is labelled a copula (a retrained parser's reading).
TEST(Arguments, ByAgentUnderAnAdverbMakesTheParticiplePassive) {
  auto docs = syntax::read_conllu(
      "# text = Eriador was opposed earlier by Osgiliath.\n"
      "1\tEriador\tEriador\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\twas\tbe\tAUX\tVBD\t_\t3\tcop\t_\t_\n"
      "3\topposed\toppose\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "4\tearlier\tearly\tADV\tRBR\t_\t3\tadvmod\t_\t_\n"
      "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tOsgiliath\tOsgiliath\tPROPN\tNNP\t_\t4\tobl:agent\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n",
      "test.conllu");
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  const Document& doc = docs.value()[0];
  const PredicateFrame frame = read_frame(doc, doc.sentences[0], 2);
  ASSERT_EQ(frame.sources().size(), 1u);
  EXPECT_EQ(doc.form(frame.sources()[0].head), "Osgiliath");
  ASSERT_EQ(frame.targets().size(), 1u);
  EXPECT_EQ(doc.form(frame.targets()[0].head), "Eriador");
}

// A passive conjunct shares its governor's subject as its patient: the fighters were
// arrested, the police arrested them.
TEST(Arguments, PassiveConjunctTakesTheSharedSubjectAsItsPatient) {
  EXPECT_EQ(frame_of("Kurdish fighters crossed the border and were arrested by Turkish police.",
                     "arrested"),
            "source: police | target: fighters");
}

TEST(Arguments, PrepositionalTarget) {
  EXPECT_EQ(frame_of("Japan protested to China over the incident.", "protested"),
            "source: Japan | target: China(to), incident(over)");
}

TEST(Arguments, ControlVerbLendsItsSubject) {
  EXPECT_EQ(frame_of("Russia refused to withdraw its troops.", "withdraw"),
            "source: Russia | target: troops");
}

TEST(Arguments, ObjectControl) {
  EXPECT_EQ(frame_of("The United States urged Iran to release the prisoners.", "release"),
            "source: Iran | target: prisoners");
}

TEST(Arguments, CoordinatedSubjects) {
  EXPECT_EQ(frame_of("Hungary and Romania signed a border treaty.", "signed"),
            "source: Hungary, Romania | target: treaty");
}

TEST(Arguments, SecondConjunctVerbSharesTheSubject) {
  EXPECT_EQ(frame_of("Rebels attacked the base and killed two soldiers.", "killed"),
            "source: Rebels | target: soldiers");
}

TEST(Arguments, RelativeClauseSubject) {
  EXPECT_EQ(frame_of("The troops that shelled the town withdrew.", "shelled"),
            "source: troops | target: town");
}

TEST(Arguments, PossessorOfAnEventNoun) {
  EXPECT_EQ(frame_of("Washington is following Xi's visit to Russia.", "visit"),
            "source: Xi | target: Russia(to)");
}

TEST(Arguments, CompoundOfAnEventNoun) {
  EXPECT_EQ(frame_of("There have been US warnings to China.", "warnings"),
            "source: US | target: China(to)");
}

TEST(Arguments, LightVerbLendsSubjectAndObliques) {
  EXPECT_EQ(frame_of("Iran held talks with France in Vienna.", "talks"),
            "source: Iran | target: France(with), Vienna(in)");
}

}  // namespace
}  // namespace dyad::events

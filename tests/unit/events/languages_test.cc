// A country's adjective naming a language is no party to the act (src/events/languages.h).

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

// The PLOVER GSR's CONCEDE-0003: the court eased restrictions, on no one Russian; the act
// stands with no target named.
TEST(Languages, LanguageIsNoTarget) {
  const auto events = code(
      "The Latvian Constitutional Court cancelled restrictions on the use of the Russian "
      "language on national radio and television.",
      "2003-01-01");
  EXPECT_TRUE(has(events, "LVAJUD - 0811")) << all(events);
  EXPECT_FALSE(has(events, "LVAJUD RUS")) << all(events);
}

// From the bench news: a name's "language" is its words, and the event keeps its target.
TEST(Languages, ANamesLanguageIsItsWords) {
  const auto events = code(
      "After initially insisting that nothing had changed, the Pentagon put out its own "
      "statement echoing the White House language about the next phase of the campaign.",
      "2019-01-01");
  EXPECT_TRUE(has(events, "USAMIL USAGOV")) << all(events);
}

}  // namespace
}  // namespace dyad::events

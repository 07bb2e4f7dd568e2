// The doer's own country, named bare, is no party to a cooperative act or statement
// (SentenceCoder::drop_own_state in src/events/coder.cc).

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

// The CAMEO manual's example for 0344 (PLOVER GSR AGREE-0021): a promise, to no one.
TEST(OwnState, PromiseAboutOnesOwnCountry) {
  const auto events = code(
      "Serbian President Vojislav Kostunica promised to democratize Serbia and establish the "
      "rule of law as he succeeded Milosevic.",
      "2000-10-10");
  EXPECT_TRUE(has(events, "SRBGOV - 034")) << all(events);
  EXPECT_FALSE(has(events, "SRBGOV SRB")) << all(events);
}

// From the bench news: a statement about one's own country is to no one, so no event.
TEST(OwnState, StatementAboutOnesOwnCountry) {
  const auto events = code(
      "On July 23, President Mauricio Macri announced a series of changes to the role of the "
      "armed forces in Argentina.",
      "2018-07-25");
  EXPECT_FALSE(has(events, "ARGGOV ARG")) << all(events);
}

}  // namespace
}  // namespace dyad::events

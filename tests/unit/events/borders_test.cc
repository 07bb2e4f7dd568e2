// A country named only to say which border is where, not whom (src/events/borders.h).

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

// The PLOVER GSR's FIGHT-0003: Burma's fight is with Karen rebels, not with Thailand; the
// capture stands, with no target named.
TEST(Borders, BorderIsNoTarget) {
  const auto events = code(
      "Burmese troops have captured part of a Karen guerrilla stronghold on the Thai border "
      "after five days of fighting, Thai police here said on Monday.",
      "1995-01-01");
  EXPECT_TRUE(has(events, "MMRMIL - 19")) << all(events);
  EXPECT_FALSE(has(events, "MMRMIL THA")) << all(events);
}

// From the bench news: operations along a border are no cooperation with the neighbour.
TEST(Borders, OperationsAlongABorder) {
  const auto events = code(
      "Uruguay's National Customs Directorate announced it has launched over 100 "
      "counter-smuggling operations along the Brazilian border in the last week.",
      "2019-01-01");
  EXPECT_FALSE(has(events, "URYGOV BRA")) << all(events);
}

}  // namespace
}  // namespace dyad::events

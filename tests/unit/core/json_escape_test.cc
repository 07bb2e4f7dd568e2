#include "core/json_escape.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(JsonEscape, QuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(json_escape("dyad train --out \"a b\"\\x\n"),
            "dyad train --out \\\"a b\\\"\\\\x\\u000a");
  EXPECT_EQ(json_escape("Kyïv"), "Kyïv");
}

}  // namespace
}  // namespace dyad

#pragma once
// json_escape: the body of a JSON string literal for arbitrary bytes. The trainers write
// model metadata (commands, paths) as JSON by hand, and the syntax libraries do not link
// a JSON library for that alone.

#include <string>
#include <string_view>

namespace dyad {

// Escapes '"', '\\' and control characters; other bytes pass through unchanged.
std::string json_escape(std::string_view s);

}  // namespace dyad

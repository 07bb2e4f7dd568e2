#pragma once
// CharOffsets: byte offsets in a UTF-8 string to code point offsets, the unit that users
// and the CoNLL-U TokenRange convention count in. Lookups are expected in mostly
// increasing order (tokens left to right), so it counts forward from the last answer and
// only restarts when asked about an earlier byte.

#include <cstdint>
#include <string_view>

namespace dyad {

class CharOffsets {
 public:
  explicit CharOffsets(std::string_view utf8) : utf8_(utf8) {}

  uint32_t at(uint32_t byte_offset) {
    if (byte_offset < byte_) byte_ = chars_ = 0;
    if (byte_offset > utf8_.size()) byte_offset = static_cast<uint32_t>(utf8_.size());
    for (; byte_ < byte_offset; ++byte_) {
      // Continuation bytes (10xxxxxx) do not start a code point.
      if ((static_cast<unsigned char>(utf8_[byte_]) & 0xC0) != 0x80) ++chars_;
    }
    return chars_;
  }

 private:
  std::string_view utf8_;
  uint32_t byte_ = 0;
  uint32_t chars_ = 0;
};

}  // namespace dyad

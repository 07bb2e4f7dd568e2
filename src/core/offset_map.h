#pragma once
// OffsetMap: from byte offsets in a Document's normalized text back to byte offsets in
// the source bytes it was made from. Normalization (UTF-8 repair, NFC, newline folding)
// changes lengths only at a few places, so the map stores one anchor per place where the
// two texts stop moving in step, and is empty when the texts are identical, which is the
// usual case for clean news.
//
// Thread-safety: a const OffsetMap may be read from any number of threads.

#include <cstdint>
#include <vector>

namespace dyad {

class OffsetMap {
 public:
  // Records that text byte `text_offset` corresponds to source byte `source_offset`, and
  // that the bytes after it move in step until the next anchor. Anchors must be added in
  // increasing text_offset order.
  void add_anchor(uint32_t text_offset, uint32_t source_offset);

  // The source byte for a text byte. For a text byte inside a replaced span (say, an
  // NFC-composed character) this is the start of the span's source bytes, plus the
  // offset into the span clamped to the span's source length.
  uint32_t to_source(uint32_t text_offset) const;

  bool identity() const { return anchors_.empty(); }
  void clear() { anchors_.clear(); }

 private:
  struct Anchor {
    uint32_t text;
    uint32_t source;
  };
  std::vector<Anchor> anchors_;
};

}  // namespace dyad

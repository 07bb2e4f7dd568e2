#include "core/offset_map.h"

#include <algorithm>

#include "core/check.h"

namespace dyad {

void OffsetMap::add_anchor(uint32_t text_offset, uint32_t source_offset) {
  DYAD_CHECK(anchors_.empty() || anchors_.back().text <= text_offset);
  if (!anchors_.empty() && anchors_.back().text == text_offset) {
    anchors_.back().source = source_offset;
    return;
  }
  anchors_.push_back({text_offset, source_offset});
}

uint32_t OffsetMap::to_source(uint32_t text_offset) const {
  if (anchors_.empty()) return text_offset;
  auto after = std::upper_bound(anchors_.begin(), anchors_.end(), text_offset,
                                [](uint32_t t, const Anchor& a) { return t < a.text; });
  if (after == anchors_.begin()) return text_offset;  // before the first change
  const Anchor& a = *(after - 1);
  uint32_t mapped = a.source + (text_offset - a.text);
  // Never run past the next anchor's source position: inside a span whose source is
  // shorter than its text, the extra text bytes all map to the span's last source byte.
  if (after != anchors_.end() && mapped > after->source) mapped = after->source;
  return mapped;
}

}  // namespace dyad

#pragma once
// The first step of the text stage: from Document::source to Document::text, the valid,
// NFC, control-free UTF-8 every later offset points into, with an OffsetMap back to the
// source bytes wherever lengths change. Also match_form(), the quote- and dash-folded
// spelling later stages use for dictionary matching (Document::text itself keeps the
// original characters, so CoNLL-U FORMs print what the author wrote).
//
// Thread-safety: pure functions of their arguments; call from any number of threads.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/document.h"

namespace dyad::text {

struct NormalizeOptions {
  // A document whose first `binary_probe_bytes` bytes hold more than this share of NUL and
  // other control bytes is taken for binary (kBinary, no analysis). Text never has them
  // at that rate; PDFs, images and zips do within their first kilobytes.
  double binary_control_share = 0.10;
  size_t binary_probe_bytes = 4096;
  // Apply Unicode NFC (the models and dictionaries are NFC).
  bool nfc = true;
};

// Fills doc.text and doc.offsets from doc.source; may set doc.status to
// kInvalidUtf8Repaired, kBinary or kEmpty (only when it is still kOk: the reader's
// kMalformedJson or kTooLong says more). Clears any previous analysis.
void normalize(Document& doc, const NormalizeOptions& options = {});

// Appends `form` to `out` with typographic quotes folded to ' and ", and dashes and the
// minus sign folded to -. Allocation-free when `out` has capacity.
void append_match_form(std::string_view form, std::string& out);
std::string match_form(std::string_view form);

}  // namespace dyad::text

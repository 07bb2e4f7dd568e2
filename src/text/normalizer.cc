#include "text/normalizer.h"

#include <utf8proc.h>

#include <cstdlib>
#include <string>

#include "text/internal/utf8.h"

namespace dyad::text {
namespace {

using internal::decode_checked;
using internal::kReplacementUtf8;

// C0 controls other than tab, LF and CR (and DEL) become a space of the same byte length,
// so replacing them keeps offsets identical.
inline bool is_bad_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

bool looks_binary(std::string_view source, const NormalizeOptions& options) {
  const size_t n = std::min(source.size(), options.binary_probe_bytes);
  if (n == 0) return false;
  size_t controls = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(source[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  // At least a few control bytes, so a short headline with one stray NUL stays text.
  return controls >= 8 &&
         static_cast<double>(controls) > options.binary_control_share * static_cast<double>(n);
}

// True for code points that NFC leaves alone whatever surrounds them, which covers
// nearly all non-ASCII characters in English news (Latin-1, general punctuation, currency
// signs, CJK ideographs), so utf8proc runs only on the rare rest. U+2000/U+2001 are
// excluded: they have singleton decompositions to U+2002/U+2003.
inline bool nfc_stable(char32_t cp) {
  return (cp < 0x300) || (cp >= 0x2002 && cp < 0x2070) || (cp >= 0x20A0 && cp < 0x20C0) ||
         (cp >= 0x2100 && cp < 0x2126) || (cp >= 0x2190 && cp < 0x2300) ||
         (cp >= 0x4E00 && cp < 0xA000);
}

// Appends NFC(span) to `out` when it differs from span; returns false (appending nothing)
// when span is already NFC or utf8proc fails.
bool append_nfc(std::string_view span, std::string& out) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(span.data()),
                   static_cast<utf8proc_ssize_t>(span.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  bool changed = false;
  if (n >= 0 && mapped != nullptr) {
    std::string_view result(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
    if (result != span) {
      out.append(result);
      changed = true;
    }
  }
  std::free(mapped);
  return changed;
}

void set_status(Document& doc, DocStatus status, std::string detail) {
  if (doc.status != DocStatus::kOk) return;
  doc.status = status;
  doc.status_detail = std::move(detail);
}

// The general path: repairs bad UTF-8, blanks controls, applies NFC to non-ASCII runs.
void normalize_slow(Document& doc, const NormalizeOptions& options) {
  const std::string_view src = doc.source;
  std::string& out = doc.text;
  out.reserve(src.size() + 16);
  size_t first_bad = std::string::npos;
  size_t i = 0;
  while (i < src.size()) {
    const auto c = static_cast<unsigned char>(src[i]);
    if (c < 0x80) {
      out.push_back(is_bad_control(c) ? ' ' : static_cast<char>(c));
      ++i;
      continue;
    }
    // A run of non-ASCII characters together with the character before it (a combining
    // accent composes with a preceding ASCII letter), bounded by bad bytes.
    const size_t run_start = i;
    bool stable = true;
    char32_t cp = 0;
    int bad_len = 0;
    while (i < src.size() && static_cast<unsigned char>(src[i]) >= 0x80) {
      const int len = decode_checked(src, i, cp, bad_len);
      if (len == 0) break;
      stable = stable && nfc_stable(cp);
      i += static_cast<size_t>(len);
    }
    if (i > run_start) {
      const std::string_view run = src.substr(run_start, i - run_start);
      if (stable || !options.nfc) {
        out.append(run);
      } else {
        // Include the preceding ASCII byte (already copied) so "e" + U+0301 composes.
        const bool with_prev = run_start > 0 && !out.empty() &&
                               static_cast<unsigned char>(src[run_start - 1]) < 0x80 &&
                               !is_bad_control(static_cast<unsigned char>(src[run_start - 1]));
        const size_t span_start = with_prev ? run_start - 1 : run_start;
        const size_t text_start = with_prev ? out.size() - 1 : out.size();
        if (with_prev) out.pop_back();
        const std::string_view span = src.substr(span_start, i - span_start);
        if (append_nfc(span, out) && out.size() - text_start != span.size()) {
          doc.offsets.add_anchor(static_cast<uint32_t>(text_start),
                                 static_cast<uint32_t>(span_start));
          doc.offsets.add_anchor(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(i));
        } else if (out.size() == text_start) {
          out.append(span);
        }
      }
    }
    if (i < src.size() && static_cast<unsigned char>(src[i]) >= 0x80) {
      const int len = decode_checked(src, i, cp, bad_len);
      if (len == 0) {
        if (first_bad == std::string::npos) first_bad = i;
        doc.offsets.add_anchor(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(i));
        out.append(kReplacementUtf8);
        i += static_cast<size_t>(bad_len);
        doc.offsets.add_anchor(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(i));
      }
    }
  }
  if (first_bad != std::string::npos) {
    set_status(doc, DocStatus::kInvalidUtf8Repaired,
               "invalid UTF-8 replaced by U+FFFD; first bad byte at source offset " +
                   std::to_string(first_bad));
  }
}

bool only_space(std::string_view text) {
  for (char ch : text) {
    if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
      // Non-ASCII spaces (U+00A0, U+2000..) count as content here; a document of only
      // those is rare enough not to special-case.
      return false;
    }
  }
  return true;
}

}  // namespace

void normalize(Document& doc, const NormalizeOptions& options) {
  doc.clear_analysis();
  doc.text.clear();
  doc.offsets.clear();
  if (looks_binary(doc.source, options)) {
    set_status(doc, DocStatus::kBinary,
               "binary input: over " +
                   std::to_string(static_cast<int>(options.binary_control_share * 100)) +
                   "% control bytes in the first " + std::to_string(options.binary_probe_bytes) +
                   " bytes");
    return;
  }
  // Fast path: clean ASCII (the bulk of English news) is copied as is, offsets identity.
  bool clean = true;
  for (char ch : doc.source) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || is_bad_control(c)) {
      clean = false;
      break;
    }
  }
  if (clean) {
    doc.text = doc.source;
  } else {
    normalize_slow(doc, options);
  }
  if (only_space(doc.text)) set_status(doc, DocStatus::kEmpty, "no text");
}

void append_match_form(std::string_view form, std::string& out) {
  size_t i = 0;
  while (i < form.size()) {
    const auto c = static_cast<unsigned char>(form[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    int len = 0;
    const char32_t cp = internal::decode(form, i, len);
    switch (cp) {
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:  // ‘ ’ ‚ ‛ ′
        out.push_back('\'');
        break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x2033:
      case 0xAB:
      case 0xBB:  // “ ” „ ″ « »
        out.push_back('"');
        break;
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2212:  // ‒ – — −
        out.push_back('-');
        break;
      default:
        out.append(form.substr(i, static_cast<size_t>(len)));
    }
    i += static_cast<size_t>(len);
  }
}

std::string match_form(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  append_match_form(form, out);
  return out;
}

}  // namespace dyad::text

#include "text/internal/utf8.h"

namespace dyad::text::internal {

int decode_checked(std::string_view s, size_t i, char32_t& cp, int& bad_len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  int len = 0;
  char32_t min = 0;
  // The valid range of the second byte depends on the lead (Unicode table 3-7); checking it
  // here rejects overlongs, surrogates and > U+10FFFF in one place.
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    min = 0x800;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    min = 0x10000;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    bad_len = 1;
    return 0;
  }
  char32_t value = b0 & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    if (i + k >= s.size()) {
      bad_len = k;
      return 0;
    }
    const auto b = static_cast<unsigned char>(s[i + k]);
    const unsigned char klo = k == 1 ? lo : 0x80, khi = k == 1 ? hi : 0xBF;
    if (b < klo || b > khi) {
      bad_len = k;
      return 0;
    }
    value = (value << 6) | (b & 0x3F);
  }
  if (value < min) {  // unreachable given the lead checks, kept as a guard
    bad_len = 1;
    return 0;
  }
  cp = value;
  return len;
}

int encode(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

size_t repair_utf8(std::string_view bytes, std::string& out) {
  out.clear();
  out.reserve(bytes.size());
  size_t first_bad = std::string_view::npos;
  size_t i = 0;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      out += bytes[i++];
      continue;
    }
    char32_t cp = 0;
    int bad_len = 0;
    const int len = decode_checked(bytes, i, cp, bad_len);
    if (len > 0) {
      out.append(bytes.substr(i, static_cast<size_t>(len)));
      i += static_cast<size_t>(len);
    } else {
      if (first_bad == std::string_view::npos) first_bad = i;
      out += kReplacementUtf8;
      i += static_cast<size_t>(bad_len > 0 ? bad_len : 1);
    }
  }
  return first_bad;
}

}  // namespace dyad::text::internal

#include "actors/import/mojibake.h"

#include <array>
#include <cstdint>
#include <vector>

namespace dyad::actors::import {
namespace {

// Unicode code points of Windows-1252 bytes 0x80-0x9F (0 where the byte is undefined; the
// byte then stands for the C1 control of the same value). 0xA0-0xFF are Latin-1.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Unicode code points of Mac OS Roman bytes 0x80-0xFF.
constexpr std::array<char32_t, 128> kMacRoman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7};

char32_t cp1252_char(unsigned char b) {
  if (b < 0x80 || b >= 0xA0) return b;
  char32_t c = kCp1252High[b - 0x80];
  return c ? c : b;
}

// The Windows-1252 byte of `c`, or -1.
int cp1252_byte(char32_t c) {
  if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return static_cast<int>(c);
  for (int i = 0; i < 32; ++i) {
    if (kCp1252High[i] == c) return 0x80 + i;
  }
  if (c >= 0x80 && c < 0xA0 && kCp1252High[c - 0x80] == 0) return static_cast<int>(c);
  return -1;
}

int mac_byte(char32_t c) {
  if (c < 0x80) return static_cast<int>(c);
  for (int i = 0; i < 128; ++i) {
    if (kMacRoman[i] == c) return 0x80 + i;
  }
  return -1;
}

void append_utf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes valid UTF-8.
std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < n && i + k < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += n;
  }
  return out;
}

// The one code point `bytes` encode in UTF-8, or 0.
char32_t decode_one(const std::vector<int>& bytes) {
  std::string s;
  for (int b : bytes) s += static_cast<char>(b);
  if (invalid_utf8_at(s) != std::string_view::npos) return 0;
  std::vector<char32_t> cps = code_points(s);
  return cps.size() == 1 ? cps[0] : 0;
}

size_t utf8_length_for_lead(int b) {
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

bool is_ascii_lower(char32_t c) { return c >= 'a' && c <= 'z'; }
bool is_latin1_lower_letter(char32_t c) { return c >= 0xDF && c <= 0xFF && c != 0xF7; }
bool is_latin1_upper_letter(char32_t c) { return c >= 0xC0 && c <= 0xDE && c != 0xD7; }

// UTF-8 leads of Latin-1 text (0xC2, 0xC3) read as Mac OS Roman are the symbols "¬" and
// "√", never letters, so a following Mac letter is a damaged continuation byte.
bool is_mac_latin1_lead(int b) { return b == 0xC2 || b == 0xC3; }

}  // namespace

size_t invalid_utf8_at(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n;
    unsigned min;
    unsigned cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 4, min = 0x10000, cp = c & 0x07;
    } else {
      return i;
    }
    if (i + n > s.size()) return i;
    for (size_t k = 1; k < n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::string windows1252_to_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 4);
  for (char ch : s) append_utf8(cp1252_char(static_cast<unsigned char>(ch)), out);
  return out;
}

std::optional<std::string> repair_mojibake(std::string_view line, bool* suspect) {
  if (suspect) *suspect = false;
  const std::vector<char32_t> in = code_points(line);
  bool all_caps = true;
  for (char32_t c : in) all_caps = all_caps && !is_ascii_lower(c);
  std::vector<char32_t> out;
  bool changed = false;
  for (size_t i = 0; i < in.size();) {
    const char32_t c = in[i];
    // Rule 1: UTF-8 read as Windows-1252.
    if (c >= 0xC2 && c <= 0xF4 && i + 1 < in.size()) {
      const size_t n = utf8_length_for_lead(static_cast<int>(c));
      std::vector<int> bytes{static_cast<int>(c)};
      for (size_t k = 1; k < n && i + k < in.size(); ++k) {
        int b = cp1252_byte(in[i + k]);
        // Upper-casing after the damage: š/œ/ž (0x9A/0x9C/0x9E) became Š/Œ/Ž.
        if (all_caps && (b == 0x8A || b == 0x8C || b == 0x8E)) b += 0x10;
        if (b < 0x80 || b > 0xBF) break;
        bytes.push_back(b);
      }
      if (bytes.size() == n) {
        if (char32_t fixed = decode_one(bytes); fixed >= 0x80) {
          out.push_back(fixed);
          i += n;
          changed = true;
          continue;
        }
        if (suspect) *suspect = true;
      }
    }
    // Rule 2: UTF-8 read as Mac OS Roman.
    if (const int lead = mac_byte(c); is_mac_latin1_lead(lead) && i + 1 < in.size()) {
      const int b = mac_byte(in[i + 1]);
      if (b >= 0x80 && b <= 0xBF) {
        char32_t fixed = decode_one({lead, b});
        if (fixed >= 0x80 && fixed < 0xA0) fixed = cp1252_char(static_cast<unsigned char>(fixed));
        if (fixed >= 0x80) {
          out.push_back(fixed);
          i += 2;
          changed = true;
          continue;
        }
        if (suspect) *suspect = true;
      }
    }
    // Rule 3: Latin-1 read as Mac OS Roman, inside a lower-case word.
    if (is_latin1_upper_letter(c) && i > 0 && i + 1 < in.size() && is_ascii_lower(in[i - 1]) &&
        (is_ascii_lower(in[i + 1]) || in[i + 1] == '\'')) {
      const int b = mac_byte(c);
      if (b >= 0 && is_latin1_lower_letter(static_cast<char32_t>(b))) {
        out.push_back(static_cast<char32_t>(b));
        ++i;
        changed = true;
        continue;
      }
    }
    out.push_back(c);
    ++i;
  }
  if (!changed) return std::nullopt;
  std::string s;
  for (char32_t c : out) append_utf8(c, s);
  return s;
}

}  // namespace dyad::actors::import

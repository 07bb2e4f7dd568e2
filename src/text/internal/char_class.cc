#include "text/internal/char_class.h"

#include <utf8proc.h>

namespace dyad::text::internal {
CharClass classify_non_ascii(char32_t cp) {
  switch (cp) {
    case 0x2019:
      return CharClass::kApostrophe;
    case 0x2018:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0xAB:
    case 0xBB:
    case 0x2039:
    case 0x203A:
      return CharClass::kQuote;
    case 0x2026:
      return CharClass::kEllipsis;
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return CharClass::kDash;
    case 0x2010:
    case 0x2011:
      return CharClass::kHyphen;
    case 0x00A0:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return CharClass::kSpace;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200B) return CharClass::kSpace;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_PS:
      return CharClass::kOpen;
    case UTF8PROC_CATEGORY_PE:
      return CharClass::kClose;
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
      return CharClass::kQuote;
    case UTF8PROC_CATEGORY_PD:
      return CharClass::kDash;
    case UTF8PROC_CATEGORY_SC:
      return CharClass::kCurrency;
    default:
      return CharClass::kOther;
  }
}

bool is_upper(char32_t cp) {
  if (cp < 128) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LT;
}

bool is_lower(char32_t cp) {
  if (cp < 128) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

}  // namespace dyad::text::internal

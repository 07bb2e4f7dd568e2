#include "actors/import/verb_pattern.h"

#include "actors/import/source_text.h"

namespace dyad::actors::import {
namespace {

bool marker_kind(std::string_view tok, ElementKind& kind) {
  if (tok.size() != 1) return false;
  switch (tok[0]) {
    case '*':
      kind = ElementKind::kVerb;
      return true;
    case '$':
      kind = ElementKind::kSource;
      return true;
    case '+':
      kind = ElementKind::kTarget;
      return true;
    case '^':
      kind = ElementKind::kSkip;
      return true;
    case '%':
      kind = ElementKind::kCompound;
      return true;
    case '{':
      kind = ElementKind::kOpenBrace;
      return true;
    case '}':
      kind = ElementKind::kCloseBrace;
      return true;
    case '|':
      kind = ElementKind::kOr;
      return true;
    case '(':
      kind = ElementKind::kOpenParen;
      return true;
    case ')':
      kind = ElementKind::kCloseParen;
      return true;
    default:
      return false;
  }
}

PatternElement element_for(std::string_view tok) {
  PatternElement e;
  if (marker_kind(tok, e.kind)) return e;
  if (tok.starts_with('&') && tok.size() > 1) {
    e.kind = ElementKind::kSynset;
    e.text = std::string(tok.substr(1));
    return e;
  }
  e.kind = ElementKind::kWord;
  e.text = std::string(tok);
  return e;
}

std::string marker_text(ElementKind k) {
  switch (k) {
    case ElementKind::kVerb:
      return "*";
    case ElementKind::kSource:
      return "$";
    case ElementKind::kTarget:
      return "+";
    case ElementKind::kSkip:
      return "^";
    case ElementKind::kCompound:
      return "%";
    case ElementKind::kOpenBrace:
      return "{";
    case ElementKind::kCloseBrace:
      return "}";
    case ElementKind::kOr:
      return "|";
    case ElementKind::kOpenParen:
      return "(";
    case ElementKind::kCloseParen:
      return ")";
    default:
      return "";
  }
}

std::string element_text(const PatternElement& e) {
  if (e.kind == ElementKind::kWord) return e.text;
  if (e.kind == ElementKind::kSynset) return "&" + e.text;
  return marker_text(e.kind);
}

bool is_marker_char(char c) {
  return c == '*' || c == '$' || c == '+' || c == '^' || c == '%' || c == '{' || c == '}' ||
         c == '|' || c == '(' || c == ')';
}

// Linear: blanks separate, "_" joins, a marker is one character ("DEMAND_{" is DEMAND joined
// to "{"). A synonym set name may hold "_" ("&FIGHT_OF_WORDS"): the longest known name wins,
// else the name ends at the first "_".
std::vector<PatternElement> split_linear(std::string_view text,
                                         std::span<const std::string> synsets) {
  std::vector<PatternElement> out;
  for (std::string_view chunk : split_blanks(text)) {
    size_t i = 0;
    while (i < chunk.size()) {
      size_t j = i;
      if (chunk[i] == '_') {  // a stray "_" ("__"): nothing to join
        ++i;
        continue;
      }
      if (is_marker_char(chunk[i])) {
        j = i + 1;
      } else if (chunk[i] == '&') {
        size_t best = 0;
        for (const std::string& name : synsets) {
          if (name.size() > best && chunk.substr(i + 1).starts_with(name) &&
              (i + 1 + name.size() == chunk.size() || chunk[i + 1 + name.size()] == '_' ||
               is_marker_char(chunk[i + 1 + name.size()]))) {
            best = name.size();
          }
        }
        j = i + 1;
        if (best > 0) {
          j += best;
        } else {
          while (j < chunk.size() && chunk[j] != '_' && !is_marker_char(chunk[j])) ++j;
        }
      } else {
        while (j < chunk.size() && chunk[j] != '_' && !is_marker_char(chunk[j])) ++j;
      }
      PatternElement e = element_for(chunk.substr(i, j - i));
      if (j < chunk.size() && chunk[j] == '_') {
        e.exact = true;
        ++j;
      }
      e.joined = j < chunk.size();
      out.push_back(std::move(e));
      i = j;
    }
  }
  return out;
}

// Tree: blanks separate; "(", "{" open and ")", "}" close at the edges of a token.
std::vector<PatternElement> split_tree(std::string_view text) {
  std::vector<PatternElement> out;
  for (std::string_view chunk : split_blanks(text)) {
    while (!chunk.empty() && (chunk[0] == '(' || chunk[0] == '{')) {
      out.push_back(element_for(chunk.substr(0, 1)));
      chunk.remove_prefix(1);
    }
    std::vector<PatternElement> closers;
    while (!chunk.empty() && (chunk.back() == ')' || chunk.back() == '}')) {
      closers.insert(closers.begin(), element_for(chunk.substr(chunk.size() - 1)));
      chunk.remove_suffix(1);
    }
    if (!chunk.empty()) out.push_back(element_for(chunk));
    out.insert(out.end(), closers.begin(), closers.end());
  }
  return out;
}

}  // namespace

Result<std::vector<PatternElement>> parse_pattern(std::string_view text, PatternSyntax syntax,
                                                  std::span<const std::string> synsets) {
  std::vector<PatternElement> els =
      syntax == PatternSyntax::kLinear ? split_linear(text, synsets) : split_tree(text);
  int verbs = 0;
  int braces = 0;
  int parens = 0;
  for (const PatternElement& e : els) {
    switch (e.kind) {
      case ElementKind::kVerb:
        ++verbs;
        break;
      case ElementKind::kOpenBrace:
        if (braces > 0) return invalid_argument("expected '}' before another '{'");
        ++braces;
        break;
      case ElementKind::kCloseBrace:
        if (braces == 0) return invalid_argument("expected '{' before '}'");
        --braces;
        break;
      case ElementKind::kOr:
        if (syntax == PatternSyntax::kTree || braces == 0) {
          return invalid_argument("expected '|' only between '{' and '}' of a linear pattern");
        }
        break;
      case ElementKind::kOpenParen:
        if (syntax == PatternSyntax::kLinear) {
          return invalid_argument("expected no '(' in a linear (TABARI, PETRARCH 1) pattern");
        }
        if (parens > 0) return invalid_argument("expected ')' before another '('");
        ++parens;
        break;
      case ElementKind::kCloseParen:
        if (parens == 0) return invalid_argument("expected '(' before ')'");
        --parens;
        break;
      case ElementKind::kWord:
        if (e.text.empty()) return invalid_argument("expected a word, found an empty one");
        break;
      default:
        break;
    }
  }
  if (braces > 0) return invalid_argument("expected '}' to close '{'");
  if (parens > 0) return invalid_argument("expected ')' to close '('");
  if (verbs != 1) {
    return invalid_argument("expected one '*' (the verb), found " + std::to_string(verbs));
  }
  return els;
}

std::string pattern_text(const std::vector<PatternElement>& elements, PatternSyntax syntax) {
  std::string out;
  for (size_t i = 0; i < elements.size(); ++i) {
    const PatternElement& e = elements[i];
    if (syntax == PatternSyntax::kLinear) {
      out += element_text(e);
      if (e.exact || e.joined) out += '_';
      if (!e.joined && i + 1 < elements.size()) out += ' ';
      continue;
    }
    const bool opener = e.kind == ElementKind::kOpenBrace || e.kind == ElementKind::kOpenParen;
    const bool closer_next =
        i + 1 < elements.size() && (elements[i + 1].kind == ElementKind::kCloseBrace ||
                                    elements[i + 1].kind == ElementKind::kCloseParen);
    out += element_text(e);
    if (i + 1 < elements.size() && !opener && !closer_next) out += ' ';
  }
  return out;
}

}  // namespace dyad::actors::import

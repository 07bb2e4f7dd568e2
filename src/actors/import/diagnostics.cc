#include "actors/import/diagnostics.h"

namespace dyad::actors::import {

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  out += severity == Severity::kNote ? ": note: " : ": ";
  out += message;
  return out;
}

void Diagnostics::add(Severity severity, std::string_view file, int line, std::string message) {
  if (severity == Severity::kWarning) ++warnings_;
  items_.push_back(Diagnostic{severity, std::string(file), line, std::move(message)});
}

std::vector<std::string> Diagnostics::messages(Severity severity) const {
  std::vector<std::string> out;
  for (const Diagnostic& d : items_) {
    if (d.severity == severity) out.push_back(d.to_string());
  }
  return out;
}

}  // namespace dyad::actors::import

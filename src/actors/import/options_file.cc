#include "actors/import/options_file.h"

#include "actors/import/tsv_out.h"

namespace dyad::actors::import {

std::vector<OptionRow> parse_options_file(const SourceFile& file, Diagnostics& diagnostics) {
  std::vector<OptionRow> out;
  for (const SourceLine& sl : file.lines) {
    const std::string_view t = trim(sl.text);
    const size_t colon = t.find(':');
    const std::string_view command = colon == std::string_view::npos ? t : trim(t.substr(0, colon));
    const bool word =
        !command.empty() &&
        command.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == std::string_view::npos;
    if (colon == std::string_view::npos || !word) {
      diagnostics.warn(file.path, sl.number,
                       "expected 'COMMAND: arguments', found '" + std::string(t) + "'; skipped");
      continue;
    }
    const std::string_view args = trim(t.substr(colon + 1));
    const std::string origin = file.origin(sl.number);
    const std::string cmd(command);
    if (cmd == "COMPLEX") {
      for (std::string_view item : split_blanks(args)) {
        const size_t open = item.find('[');
        if (open != std::string_view::npos && item.ends_with(']')) {
          out.push_back(OptionRow{cmd, std::string(item.substr(0, open)),
                                  std::string(item.substr(open + 1, item.size() - open - 2)),
                                  origin});
        } else {
          out.push_back(OptionRow{cmd, std::string(item), "", origin});
        }
      }
    } else if (cmd == "SET" || cmd == "LABEL") {
      const size_t eq = args.find('=');
      if (eq == std::string_view::npos) {
        // "SET: CODE BY SENTENCE" sets a switch.
        out.push_back(OptionRow{cmd, std::string(args), "", origin});
      } else {
        out.push_back(OptionRow{cmd, std::string(trim(args.substr(0, eq))),
                                std::string(trim(args.substr(eq + 1))), origin});
      }
    } else {
      out.push_back(OptionRow{cmd, std::string(args), "", origin});
    }
  }
  return out;
}

Result<std::string> format_options_tsv(const std::vector<OptionRow>& rows,
                                       std::string_view comment) {
  std::string out = tsv_comment_block(comment);
  out += "command\tkey\tvalue\torigin\n";
  for (const OptionRow& r : rows) {
    if (!tsv_field_ok(r.key) || !tsv_field_ok(r.value)) {
      return invalid_argument(r.origin + ": tab in an option");
    }
    out += r.command + "\t" + r.key + "\t" + r.value + "\t" + r.origin + "\n";
  }
  return out;
}

}  // namespace dyad::actors::import

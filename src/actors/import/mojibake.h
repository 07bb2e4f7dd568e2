#pragma once
// Text repair for upstream dictionaries, which were passed through several encodings on
// their way to UTF-8:
//
// - Lines that are not UTF-8 at all are read as Windows-1252 (the encoding the old KEDS and
//   TABARI files were edited in).
// - Mojibake, UTF-8 that was once decoded with the wrong table and re-encoded, is undone
//   when its signature is unambiguous:
//     1. UTF-8 read as Windows-1252: "Ã" + a character whose Windows-1252 byte is a UTF-8
//        continuation byte. In an all-capitals line the upstream files were upper-cased
//        after the damage, which turned "š" (0x9A) into "Š" (0x8A); there "Š", "Œ", "Ž"
//        are read back as their lower-case bytes. Phoenix.agents.txt: "PÃŠBLICAS" ->
//        "PÚBLICAS".
//     2. UTF-8 read as Mac OS Roman: "¬" or "√" (the Mac reading of the leads 0xC2, 0xC3) + a Mac
//        character whose byte is a continuation byte; a resulting C1 control is a
//        Windows-1252 byte read as Latin-1 and is mapped once more. Phoenix.IssueCoding.txt:
//        "people¬ís" -> "people’s".
//     3. Latin-1 read as Mac OS Roman: an upper-case accented letter between two lower-case
//        letters whose Mac byte is a lower-case Latin-1 letter. Phoenix.IssueCoding.txt:
//        "mÈniËre's" -> "ménière's".
//   Accented letters that are simply accented letters ("GÜL", "WÖRNER", "vis-à-vis") have
//   none of these signatures and are left alone.
//
// Thread-safety: pure functions.

#include <optional>
#include <string>
#include <string_view>

namespace dyad::actors::import {

// Byte offset of the first invalid UTF-8 sequence in `s`, or npos.
size_t invalid_utf8_at(std::string_view s);

// `s` (any bytes) decoded as Windows-1252 into UTF-8; the five bytes Windows-1252 leaves
// undefined map to the C1 controls of the same value, as Latin-1 would.
std::string windows1252_to_utf8(std::string_view s);

// The repaired line when `line` (valid UTF-8) holds mojibake that one of the rules above
// undoes; nullopt when it holds none. `suspect` is set when a signature was seen that no
// rule could undo, so the caller can drop the line with a warning.
std::optional<std::string> repair_mojibake(std::string_view line, bool* suspect = nullptr);

}  // namespace dyad::actors::import

#pragma once
// The compiled actor dictionary: everything the actor stage matches and resolves with,
// as flat arrays of plain structs that are written to and read from one artifact
// (model/artifact.h, kind "actors") without any rebuilding on load.
//
//   vocabulary  every word of every phrase, as its match key (phrase.h), with an
//               open-addressing hash table from key to word id; text words are interned
//               to these ids once per sentence, so the trie walk compares integers
//   trie        token-sequence trie over names, adjectives and agents; the root's
//               children are a direct array indexed by word id (most words of a text
//               miss there), deeper nodes keep sorted (word, child) edges
//   entries     id, role rows ([from, to) days, code, note) and flags (person, metonym)
//   agents      phrase, code, suffix/prefix
//
// Compiled form: built at build time. CMake runs `dyad actors compile` on data/src/actors
// whenever one of its TSV files changes and writes data/dict/actors.dyad (gitignored), the
// file `dyad actors resolve` and the coder load by default. Chosen over
// compile-on-first-use with a hash-keyed cache because the cache would need a writable
// place at run time (an installed share/dyad is not), would make concurrent first runs
// race, and would hash megabytes of TSV on every start to know it is fresh; the build
// graph already knows when sources change. Bad data then fails the build with
// file:line, which is where an editor wants to hear it. Without the compiled file
// (an installed tree, a test), Dictionary::build compiles the sources in memory.
//
// Acronyms. Matching is case-insensitive (docs/formats/actors.md) with one exception, a
// linguistic decision: a one-word name written in capitals whose lower-case form is a
// common English word ("US", "WHO", "IS", "AU") matches only text in capitals, so
// "told us" and "who said" name no actor while "US officials" and "the WHO" do.
//
// Lower-case words. Likewise a one-word name spelled with a capital in the data matches
// only a text word with a capital: proper names are capitalized in English news, and the
// Phoenix import (all capitals upstream) names actors with common words, so on the bench
// corpus "organization" (TANZIM), "youth", "zero", "male" (Malé), "saga" and "marches"
// were 750 of the lower-case name matches against about 40 legitimate ones (the
// Guardian's "congress"). Names written in lower case in the data, multi-word names,
// adjectives and agents are unaffected.
//
// Ownership and thread-safety: a Dictionary is immutable after build/load and shared as
// shared_ptr<const Dictionary> across threads; views it returns live as long as it does.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_source.h"
#include "core/status.h"

namespace dyad::actors {

inline constexpr uint32_t kNone = UINT32_MAX;
inline constexpr uint32_t kUnknownWord = UINT32_MAX;

struct StrRef {
  uint32_t offset = 0;
  uint32_t size = 0;
};

struct CompiledRole {
  StrRef code;
  StrRef note;
  Day from = kOpenStart;
  Day to = kOpenEnd;
  bool is_default() const { return from == kOpenStart && to == kOpenEnd; }
};

struct CompiledEntry {
  static constexpr uint32_t kPerson = 1;   // has dated roles (docs: "a person")
  static constexpr uint32_t kMetonym = 2;  // a place standing for an institution
  // All of its default codes at once (PETRARCH/TABARI "[FRO/BIL/SAM]", ActorEntry::
  // joint_codes): the coder writes one event per code. Never set for dyad's own data.
  static constexpr uint32_t kJointCodes = 4;
  StrRef id;
  uint32_t role_begin = 0;
  uint32_t role_count = 0;
  uint32_t flags = 0;
};

struct CompiledAgent {
  StrRef phrase;
  StrRef code;
  StrRef note;
  uint32_t prefix = 0;  // 1: the agent code goes before the actor's (TABARI [NGO~])
};

// What a dictionary phrase that ends at a trie node names.
struct NameMatch {
  uint32_t entry = kNone;
  uint32_t adjective = 0;      // 1: an adjective row
  uint32_t needs_capital = 0;  // 1: a one-word name that matches only a word with a capital
  StrRef phrase;
};

struct TrieNode {
  uint32_t edge_begin = 0;
  uint32_t edge_count = 0;
  uint32_t name = kNone;   // index into names, or kNone
  uint32_t agent = kNone;  // index into agents, or kNone
  bool accepts() const { return name != kNone || agent != kNone; }
};

struct TrieEdge {
  uint32_t word = 0;
  uint32_t child = 0;
};

// A person known by a surname: the last word of one of its names ("mugabe" for
// ROBERT_MUGABE) and one of those names, which stands for the person when the surname
// alone is resolved (resolver.h, "surname").
struct SurnameEntry {
  uint32_t word = 0;
  uint32_t name = 0;  // index into names, of a person's full name
  friend bool operator<(const SurnameEntry& a, const SurnameEntry& b) {
    return a.word != b.word ? a.word < b.word : a.name < b.name;
  }
};

// Provenance written into the artifact's metadata.
struct BuildInfo {
  std::string command;       // the command line that built it
  std::string sources;       // where the TSV came from, as given
  std::string sources_hash;  // fnv1a64 over the files read, hex
};

class Dictionary {
 public:
  static constexpr std::string_view kKind = "actors";
  // 2: NameMatch::needs_capital. 3: the surname index (section "surnames"). Compiled
  // files are rebuilt from data/src/actors by the build, so older versions are refused
  // ("rebuild it") rather than converted.
  static constexpr uint32_t kVersion = 3;
  static constexpr uint32_t kMinVersion = 3;

  // Compiles sources (already loaded and checked, see load_actor_dir). Fails when a
  // phrase has no words or a code does not fit a Mention.
  static Result<std::shared_ptr<const Dictionary>> build(const ActorSources& sources,
                                                         const BuildInfo& info = {});
  static Result<std::shared_ptr<const Dictionary>> load(const std::string& path);
  static Result<std::shared_ptr<const Dictionary>> parse(std::string_view bytes,
                                                         std::string_view name);
  // zstd level 9, not the container's 19: the file is built on every data edit and not
  // committed; on a Phoenix-sized source 19 took the compile from 0.5 s to 2.6 s (CPU)
  // for a 5% smaller file, and loading speed is the same.
  Status write(const std::string& path, int compression_level = 9) const;
  Result<std::string> serialize(int compression_level = 9) const;

  // ---- vocabulary ----
  // The id of a match key (phrase.h), or kUnknownWord.
  uint32_t word_id(std::string_view key) const;
  // Interns one text word: its match key, or for a word in capitals the acronym form.
  // `scratch` is reused; no allocation once it has grown.
  uint32_t intern(std::string_view form, std::string& scratch) const;
  // TABARI stems (NameRow::stem): whether any name ends in one, and the longest stem word
  // that a longer word key begins with ("eriadori" -> the id of "eriador"), or
  // kUnknownWord. Engine-suite dictionaries only; dyad's own have none.
  bool has_stems() const { return !stem_words_.empty(); }
  uint32_t stem_of(std::string_view key) const;
  // ActorSources::all_codes_are_countries: engine-suite dictionaries only.
  bool all_codes_are_countries() const { return all_codes_are_countries_; }
  size_t word_count() const { return word_refs_.size(); }
  std::string_view word(uint32_t id) const { return str(word_refs_[id]); }

  // Ids of the words composition looks at ("former", "ex", "-", "'s", "and").
  uint32_t former_word() const { return former_; }
  uint32_t ex_word() const { return ex_; }
  uint32_t hyphen_word() const { return hyphen_; }
  uint32_t possessive_word() const { return possessive_; }
  uint32_t and_word() const { return and_; }

  // ---- trie ----
  // Root's child for a word, or 0 (node 0 is the root; no edge leads back to it).
  uint32_t root_child(uint32_t word) const {
    return word < root_children_.size() ? root_children_[word] : 0;
  }
  // The child of `node` by `word`, or 0.
  uint32_t child(uint32_t node, uint32_t word) const;
  const TrieNode& node(uint32_t i) const { return nodes_[i]; }
  size_t node_count() const { return nodes_.size(); }
  const NameMatch& name_match(uint32_t i) const { return names_[i]; }
  size_t name_count() const { return names_.size(); }
  // The names of entry `entry`: names are held entry by entry, in entry order (checked on
  // load), so a person's names are found without reading every name.
  std::span<const NameMatch> names_of(uint32_t entry) const;

  // ---- surnames ----
  // The persons whose surname is `word` (one SurnameEntry per person; empty for most
  // words). Built at compile time from the last word of each person's multi-word names,
  // except words that are a one-word name or agent themselves ("Jordan", "Administration"
  // in "BUSH ADMINISTRATION"), shorter than three letters, or listed in
  // surname_exclusions.tsv (common English words: "Rice", "Brown").
  std::span<const SurnameEntry> surname_persons(uint32_t word) const;
  bool is_surname(uint32_t word) const { return !surname_persons(word).empty(); }

  // ---- entries, roles, agents ----
  size_t entry_count() const { return entries_.size(); }
  const CompiledEntry& entry(uint32_t i) const { return entries_[i]; }
  std::span<const CompiledRole> roles(uint32_t entry) const {
    const CompiledEntry& e = entries_[entry];
    return {roles_.data() + e.role_begin, e.role_count};
  }
  size_t agent_count() const { return agents_.size(); }
  const CompiledAgent& agent(uint32_t i) const { return agents_[i]; }
  // The entry index for an id ("JOE_BIDEN"), or kNone. Linear; for tools and tests.
  uint32_t find_entry(std::string_view id) const;

  std::string_view str(StrRef r) const { return std::string_view(pool_).substr(r.offset, r.size); }
  const std::string& metadata_json() const { return metadata_; }
  // Bytes held by the arrays and strings.
  size_t memory_bytes() const;

 private:
  friend class DictionaryBuilder;
  Dictionary() = default;

  std::string pool_;
  std::vector<StrRef> word_refs_;
  std::vector<uint32_t> word_slots_;  // open addressing: word id + 1, 0 = empty
  // word_slots_ as looked up: each slot also holds the top 32 bits of its word's hash, so
  // a probe compares a word's bytes only when the hashes agree (built when loaded).
  std::vector<uint64_t> word_table_;
  void index_words();
  std::vector<uint32_t> root_children_;
  std::vector<TrieNode> nodes_;
  std::vector<TrieEdge> edges_;
  std::vector<NameMatch> names_;
  std::vector<CompiledEntry> entries_;
  std::vector<CompiledRole> roles_;
  std::vector<CompiledAgent> agents_;
  uint32_t former_ = kUnknownWord;
  uint32_t ex_ = kUnknownWord;
  uint32_t hyphen_ = kUnknownWord;
  uint32_t possessive_ = kUnknownWord;
  uint32_t and_ = kUnknownWord;
  std::vector<SurnameEntry> surnames_;    // sorted by word, one row per (word, entry)
  std::vector<uint32_t> stem_words_;      // sorted word ids; section "stems" when not empty
  bool all_codes_are_countries_ = false;  // section "countries" ([1]) when set
  std::string metadata_ = "{}";
};

}  // namespace dyad::actors

// Dictionary: compiling ActorSources into flat arrays, and the artifact round trip.
// The lookups the hot loop uses (intern, child) live in trie_match.cc.

#include "actors/dictionary.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include <unistd.h>

#include "actors/phrase.h"
#include "core/document.h"
#include "core/json_escape.h"
#include "model/artifact.h"
#include "model/byte_io.h"

namespace dyad::actors {
namespace {

// Lower-case forms of common English words that are also written as acronyms in the
// data: a one-word name spelled in capitals with one of these forms matches only text in
// capitals ("US" the country, not "us"; "WHO", not "who"). See dictionary.h.
constexpr std::array<std::string_view, 60> kAcronymWords = {
    "aid", "all", "am",  "an",  "and", "are", "arm", "art",  "as",   "at",   "au",   "be",
    "but", "by",  "can", "do",  "end", "for", "go",  "had",  "has",  "he",   "her",  "him",
    "his", "if",  "in",  "is",  "it",  "its", "man", "may",  "me",   "men",  "my",   "no",
    "not", "now", "of",  "on",  "one", "or",  "our", "out",  "she",  "so",   "the",  "to",
    "up",  "us",  "war", "was", "we",  "who", "you", "care", "hope", "aids", "save", "act"};

// "US" -> true when the phrase is one word of 2 to 4 capital ASCII letters whose
// lower-case form is in kAcronymWords.
bool is_guarded_acronym(std::string_view phrase) {
  if (phrase.size() < 2 || phrase.size() > 4) return false;
  std::string lower;
  for (char c : phrase) {
    if (c < 'A' || c > 'Z') return false;
    lower.push_back(static_cast<char>(c - 'A' + 'a'));
  }
  return std::find(kAcronymWords.begin(), kAcronymWords.end(), lower) != kAcronymWords.end();
}

// A one-word name with a capital letter somewhere ("Mexico", "ORGANIZATION"); see
// dictionary.h, "Lower-case words".
bool needs_capital(std::string_view phrase, size_t words) {
  if (words != 1) return false;
  return std::any_of(phrase.begin(), phrase.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_metonym(const ActorEntry& e) {
  if (e.roles.empty()) return false;
  for (const RoleRow& r : e.roles) {
    if (!r.is_default()) return false;
  }
  for (const RoleRow& r : e.roles) {
    std::string note;
    for (char c : r.note) note.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    if (note.starts_with("capital") || note.find("metonym") != std::string::npos ||
        note.find(", for the ") != std::string::npos) {
      return true;
    }
  }
  return false;
}

template <typename T>
std::string pack(const std::vector<T>& v) {
  model::ByteWriter w;
  w.put_vector(v);
  return w.take();
}

template <typename T>
Status unpack(const model::Artifact& a, std::string_view name, std::vector<T>& out) {
  Result<std::string_view> bytes = a.section(name);
  if (!bytes.ok()) return bytes.status();
  model::ByteReader r(*bytes);
  out = r.get_vector<T>();
  if (!r.ok() || !r.at_end()) {
    return data_loss(a.name() + ": section '" + std::string(name) + "' is malformed");
  }
  return {};
}

// A word that can be a surname: three or more letters (hyphens and apostrophes inside),
// no digits or periods ("al-Bashir", "O'Neill"; not "Jr.", "II", "3rd").
bool surname_shaped(std::string_view key) {
  if (key.size() < 3) return false;
  size_t letters = 0;
  for (char ch : key) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || (c >= 'a' && c <= 'z')) {
      ++letters;
    } else if (ch != '-' && ch != '\'') {
      return false;
    }
  }
  return letters >= 3;
}

}  // namespace

// Builds the arrays of a Dictionary. Word ids are given in first-seen order.
class DictionaryBuilder {
 public:
  explicit DictionaryBuilder(Dictionary& d) : d_(d) {}

  StrRef add_str(std::string_view s) {
    auto it = strings_.find(std::string(s));
    if (it != strings_.end()) return it->second;
    StrRef r{static_cast<uint32_t>(d_.pool_.size()), static_cast<uint32_t>(s.size())};
    d_.pool_.append(s);
    strings_.emplace(std::string(s), r);
    return r;
  }

  // The id of a word already added, or kUnknownWord.
  uint32_t known_word(const std::string& key) const {
    auto it = words_.find(key);
    return it == words_.end() ? kUnknownWord : it->second;
  }

  uint32_t add_word(const std::string& key) {
    auto [it, added] = words_.try_emplace(key, static_cast<uint32_t>(d_.word_refs_.size()));
    if (added) d_.word_refs_.push_back(add_str(key));
    return it->second;
  }

  // The node reached by `words` from the root, created as needed.
  uint32_t insert(const std::vector<std::string>& words) {
    uint32_t node = 0;
    for (const std::string& w : words) {
      const uint64_t key = (uint64_t{node} << 32) | add_word(w);
      auto [it, added] = children_.try_emplace(key, static_cast<uint32_t>(d_.nodes_.size()));
      if (added) d_.nodes_.emplace_back();
      node = it->second;
    }
    return node;
  }

  void finish() {
    // Edges sorted by (node, word): each node's edges are one sorted run.
    std::vector<std::pair<uint64_t, uint32_t>> all(children_.begin(), children_.end());
    std::sort(all.begin(), all.end());
    d_.edges_.reserve(all.size());
    d_.root_children_.assign(d_.word_refs_.size(), 0);
    for (const auto& [key, child] : all) {
      const auto node = static_cast<uint32_t>(key >> 32);
      const auto word = static_cast<uint32_t>(key & 0xFFFFFFFFu);
      TrieNode& n = d_.nodes_[node];
      if (n.edge_count == 0) n.edge_begin = static_cast<uint32_t>(d_.edges_.size());
      ++n.edge_count;
      d_.edges_.push_back(TrieEdge{word, child});
      if (node == 0) d_.root_children_[word] = child;
    }
    size_t slots = 16;
    while (slots < 2 * d_.word_refs_.size()) slots *= 2;
    d_.word_slots_.assign(slots, 0);
    for (uint32_t id = 0; id < d_.word_refs_.size(); ++id) {
      size_t at = model::fnv1a64(d_.word(id)) & (slots - 1);
      while (d_.word_slots_[at] != 0) at = (at + 1) & (slots - 1);
      d_.word_slots_[at] = id + 1;
    }
  }

 private:
  Dictionary& d_;
  std::unordered_map<std::string, StrRef> strings_;
  std::unordered_map<std::string, uint32_t> words_;
  std::unordered_map<uint64_t, uint32_t> children_;  // (node << 32 | word) -> child
};

namespace {

// The last word of every multi-word name of every person, with that name, in entry order
// (names_ holds them in that order, so the first name of an entry comes first). Excluded
// words (surname_exclusions.tsv) and words not shaped like a surname are left out here;
// one-word names and agents in keep_surnames, once the trie is built.
std::vector<SurnameEntry> surname_candidates(const Dictionary& d, const DictionaryBuilder& b,
                                             const ActorSources& sources) {
  std::vector<uint32_t> excluded;
  for (const std::string& w : sources.surname_exclusions) {
    if (const uint32_t id = b.known_word(w); id != kUnknownWord) excluded.push_back(id);
  }
  std::sort(excluded.begin(), excluded.end());
  std::vector<SurnameEntry> out;
  for (uint32_t n = 0; n < d.name_count(); ++n) {
    const NameMatch& nm = d.name_match(n);
    if (nm.adjective || !(d.entry(nm.entry).flags & CompiledEntry::kPerson)) continue;
    const std::vector<std::string> words = phrase_words(d.str(nm.phrase));
    if (words.size() < 2 || !surname_shaped(words.back())) continue;
    const uint32_t id = b.known_word(words.back());
    if (id == kUnknownWord || std::binary_search(excluded.begin(), excluded.end(), id)) continue;
    out.push_back(SurnameEntry{id, n});
  }
  return out;
}

// Drops surnames that are a one-word name or agent of their own (a country, a city, a
// group, "Administration"): the trie matches those words, and a surname must not shadow
// them. Keeps one row per (word, entry), sorted by word.
std::vector<SurnameEntry> keep_surnames(const Dictionary& d, std::vector<SurnameEntry> rows) {
  std::erase_if(rows, [&](const SurnameEntry& s) {
    const uint32_t node = d.root_child(s.word);
    return node != 0 && d.node(node).accepts();
  });
  std::stable_sort(rows.begin(), rows.end(),
                   [](const SurnameEntry& a, const SurnameEntry& b) { return a.word < b.word; });
  std::vector<SurnameEntry> out;
  for (const SurnameEntry& s : rows) {
    const uint32_t entry = d.name_match(s.name).entry;
    const bool seen = std::any_of(out.rbegin(), out.rend(), [&](const SurnameEntry& o) {
      return o.word == s.word && d.name_match(o.name).entry == entry;
    });
    if (!seen) out.push_back(s);
  }
  return out;
}

}  // namespace

Result<std::shared_ptr<const Dictionary>> Dictionary::build(const ActorSources& sources,
                                                            const BuildInfo& info) {
  std::shared_ptr<Dictionary> d(new Dictionary());
  DictionaryBuilder b(*d);
  d->nodes_.emplace_back();  // the root
  // Longest composed code: an actor code plus an agent code must fit a Mention.
  constexpr size_t kMaxCode = ActorCode::kCapacity - 6;
  for (const ActorEntry& e : sources.entries) {
    CompiledEntry ce;
    ce.id = b.add_str(e.id);
    ce.role_begin = static_cast<uint32_t>(d->roles_.size());
    for (const RoleRow& r : e.roles) {
      if (r.code.size() > kMaxCode) {
        return invalid_argument(r.origin + ": code '" + r.code + "' is longer than " +
                                std::to_string(kMaxCode) + " characters");
      }
      d->roles_.push_back(CompiledRole{b.add_str(r.code), b.add_str(r.note), r.from, r.to});
      if (!r.is_default()) ce.flags |= CompiledEntry::kPerson;
    }
    ce.role_count = static_cast<uint32_t>(d->roles_.size()) - ce.role_begin;
    if (is_metonym(e)) ce.flags |= CompiledEntry::kMetonym;
    if (e.joint_codes) ce.flags |= CompiledEntry::kJointCodes;
    const auto entry_index = static_cast<uint32_t>(d->entries_.size());
    d->entries_.push_back(ce);
    for (const NameRow& n : e.names) {
      std::vector<std::string> words = phrase_words(n.phrase);
      if (words.empty())
        return invalid_argument(n.origin + ": name '" + n.phrase + "' has no words");
      if (is_guarded_acronym(n.phrase)) words[0].insert(0, 1, '\x01');
      const uint32_t node = b.insert(words);
      if (n.stem) d->stem_words_.push_back(b.add_word(words.back()));
      d->nodes_[node].name = static_cast<uint32_t>(d->names_.size());
      const bool adjective = n.kind == NameKind::kAdjective;
      d->names_.push_back(NameMatch{entry_index, adjective ? 1u : 0u,
                                    !adjective && needs_capital(n.phrase, words.size()) ? 1u : 0u,
                                    b.add_str(n.phrase)});
    }
  }
  for (const AgentRow& a : sources.agents) {
    std::vector<std::string> words = phrase_words(a.phrase);
    if (words.empty())
      return invalid_argument(a.origin + ": agent '" + a.phrase + "' has no words");
    if (a.code.size() > 6) {
      return invalid_argument(a.origin + ": agent code '" + a.code + "' is longer than 6");
    }
    const uint32_t node = b.insert(words);
    d->nodes_[node].agent = static_cast<uint32_t>(d->agents_.size());
    d->agents_.push_back(CompiledAgent{b.add_str(a.phrase), b.add_str(a.code), b.add_str(a.note),
                                       a.attach == AgentAttach::kPrefix ? 1u : 0u});
  }
  d->all_codes_are_countries_ = sources.all_codes_are_countries;
  std::vector<SurnameEntry> surnames = surname_candidates(*d, b, sources);
  d->former_ = b.add_word("former");
  d->ex_ = b.add_word("ex");
  d->hyphen_ = b.add_word("-");
  d->possessive_ = b.add_word("'s");
  d->and_ = b.add_word("and");
  b.finish();
  d->surnames_ = keep_surnames(*d, std::move(surnames));
  std::sort(d->stem_words_.begin(), d->stem_words_.end());
  d->stem_words_.erase(std::unique(d->stem_words_.begin(), d->stem_words_.end()),
                       d->stem_words_.end());
  d->metadata_ = "{\"command\": \"" + json_escape(info.command) + "\", \"sources\": \"" +
                 json_escape(info.sources) + "\", \"sources_hash\": \"" +
                 json_escape(info.sources_hash) +
                 "\", \"entries\": " + std::to_string(d->entries_.size()) +
                 ", \"names\": " + std::to_string(d->names_.size()) +
                 ", \"agents\": " + std::to_string(d->agents_.size()) +
                 ", \"surnames\": " + std::to_string(d->surnames_.size()) +
                 ", \"words\": " + std::to_string(d->word_refs_.size()) +
                 ", \"nodes\": " + std::to_string(d->nodes_.size()) + "}";
  d->index_words();
  return std::shared_ptr<const Dictionary>(std::move(d));
}

Result<std::string> Dictionary::serialize(int compression_level) const {
  model::ArtifactWriter w(std::string(kKind), kVersion);
  w.set_metadata_json(metadata_);
  w.add_section("pool", pool_);
  w.add_section("words", pack(word_refs_));
  w.add_section("word_slots", pack(word_slots_));
  w.add_section("root", pack(root_children_));
  w.add_section("nodes", pack(nodes_));
  w.add_section("edges", pack(edges_));
  w.add_section("names", pack(names_));
  w.add_section("entries", pack(entries_));
  w.add_section("roles", pack(roles_));
  w.add_section("agents", pack(agents_));
  w.add_section("special", pack(std::vector<uint32_t>{former_, ex_, hyphen_, possessive_, and_}));
  w.add_section("surnames", pack(surnames_));
  if (!stem_words_.empty()) w.add_section("stems", pack(stem_words_));
  if (all_codes_are_countries_) w.add_section("countries", pack(std::vector<uint32_t>{1}));
  return w.serialize(compression_level);
}

Status Dictionary::write(const std::string& path, int compression_level) const {
  Result<std::string> bytes = serialize(compression_level);
  if (!bytes.ok()) return bytes.status();
  // Write then rename, so a reader (or a second build tree compiling the same file) never
  // sees half a file.
  std::error_code ec;
  const std::filesystem::path p(path);
  if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path(), ec);
  const std::string tmp = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return not_found(path + ": cannot write the actor dictionary");
    out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    if (!out) return data_loss(path + ": short write");
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) return not_found(path + ": cannot move the dictionary in place: " + ec.message());
  return {};
}

Result<std::shared_ptr<const Dictionary>> Dictionary::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found(path + ": cannot open the actor dictionary");
  in.seekg(0, std::ios::end);
  std::string bytes(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!in) return data_loss(path + ": read error");
  return parse(bytes, path);
}

Result<std::shared_ptr<const Dictionary>> Dictionary::parse(std::string_view bytes,
                                                            std::string_view name) {
  Result<model::Artifact> a = model::Artifact::parse(bytes, name, kKind, kMinVersion, kVersion);
  if (!a.ok()) return a.status();
  std::shared_ptr<Dictionary> d(new Dictionary());
  Result<std::string_view> pool = a->section("pool");
  if (!pool.ok()) return pool.status();
  d->pool_.assign(*pool);
  std::vector<uint32_t> special;
  DYAD_RETURN_IF_ERROR(unpack(*a, "words", d->word_refs_));
  DYAD_RETURN_IF_ERROR(unpack(*a, "word_slots", d->word_slots_));
  DYAD_RETURN_IF_ERROR(unpack(*a, "root", d->root_children_));
  DYAD_RETURN_IF_ERROR(unpack(*a, "nodes", d->nodes_));
  DYAD_RETURN_IF_ERROR(unpack(*a, "edges", d->edges_));
  DYAD_RETURN_IF_ERROR(unpack(*a, "names", d->names_));
  DYAD_RETURN_IF_ERROR(unpack(*a, "entries", d->entries_));
  DYAD_RETURN_IF_ERROR(unpack(*a, "roles", d->roles_));
  DYAD_RETURN_IF_ERROR(unpack(*a, "agents", d->agents_));
  DYAD_RETURN_IF_ERROR(unpack(*a, "special", special));
  DYAD_RETURN_IF_ERROR(unpack(*a, "surnames", d->surnames_));
  if (a->has_section("stems")) DYAD_RETURN_IF_ERROR(unpack(*a, "stems", d->stem_words_));
  if (a->has_section("countries")) {
    std::vector<uint32_t> countries;
    DYAD_RETURN_IF_ERROR(unpack(*a, "countries", countries));
    d->all_codes_are_countries_ = countries.size() == 1 && countries[0] == 1;
  }
  d->metadata_ = a->metadata_json();

  // Every index in bounds, so lookups need no checks (the file is checksummed, but may
  // have been written by a buggy or newer-but-compatible build).
  const std::string where(name);
  auto bad = [&](const std::string& what) {
    return data_loss(where + ": actor dictionary: " + what);
  };
  const size_t pool_size = d->pool_.size();
  auto ref_ok = [&](StrRef r) { return r.offset <= pool_size && r.size <= pool_size - r.offset; };
  const size_t n_words = d->word_refs_.size();
  const size_t n_nodes = d->nodes_.size();
  if (special.size() != 5) return bad("expected 5 special words");
  for (uint32_t w : special) {
    if (w >= n_words) return bad("special word out of range");
  }
  d->former_ = special[0], d->ex_ = special[1], d->hyphen_ = special[2];
  d->possessive_ = special[3];
  d->and_ = special[4];
  for (StrRef r : d->word_refs_) {
    if (!ref_ok(r)) return bad("word string out of range");
  }
  for (uint32_t w : d->stem_words_) {
    if (w >= n_words) return bad("stem word out of range");
  }
  for (const SurnameEntry& s : d->surnames_) {
    if (s.word >= n_words || s.name >= d->names_.size()) return bad("surname out of range");
  }
  if (!std::is_sorted(d->names_.begin(), d->names_.end(),
                      [](const NameMatch& a, const NameMatch& b) { return a.entry < b.entry; })) {
    return bad("names not in entry order");
  }
  if (!std::is_sorted(
          d->surnames_.begin(), d->surnames_.end(),
          [](const SurnameEntry& a, const SurnameEntry& b) { return a.word < b.word; })) {
    return bad("surnames not sorted");
  }
  const size_t n_slots = d->word_slots_.size();
  if (n_slots == 0 || (n_slots & (n_slots - 1)) != 0 || n_slots <= n_words) {
    return bad("word table size is not a power of two above the word count");
  }
  for (uint32_t s : d->word_slots_) {
    if (s > n_words) return bad("word slot out of range");
  }
  if (d->root_children_.size() != n_words || n_nodes == 0) return bad("root size mismatch");
  for (uint32_t c : d->root_children_) {
    if (c >= n_nodes) return bad("root child out of range");
  }
  for (const TrieNode& n : d->nodes_) {
    if (n.edge_begin > d->edges_.size() || n.edge_count > d->edges_.size() - n.edge_begin ||
        (n.name != kNone && n.name >= d->names_.size()) ||
        (n.agent != kNone && n.agent >= d->agents_.size())) {
      return bad("trie node out of range");
    }
  }
  for (const TrieEdge& e : d->edges_) {
    if (e.word >= n_words || e.child == 0 || e.child >= n_nodes) return bad("edge out of range");
  }
  for (const NameMatch& m : d->names_) {
    if (m.entry >= d->entries_.size() || !ref_ok(m.phrase)) return bad("name out of range");
  }
  for (const CompiledEntry& e : d->entries_) {
    if (!ref_ok(e.id) || e.role_begin > d->roles_.size() ||
        e.role_count > d->roles_.size() - e.role_begin) {
      return bad("entry out of range");
    }
  }
  for (const CompiledRole& r : d->roles_) {
    if (!ref_ok(r.code) || !ref_ok(r.note) || r.code.size > ActorCode::kCapacity - 6) {
      return bad("role out of range");
    }
  }
  for (const CompiledAgent& g : d->agents_) {
    if (!ref_ok(g.phrase) || !ref_ok(g.code) || !ref_ok(g.note) || g.code.size > 6) {
      return bad("agent out of range");
    }
  }
  d->index_words();
  return std::shared_ptr<const Dictionary>(std::move(d));
}

void Dictionary::index_words() {
  word_table_.assign(word_slots_.size(), 0);
  for (size_t at = 0; at < word_slots_.size(); ++at) {
    const uint32_t slot = word_slots_[at];
    if (slot == 0) continue;
    const uint64_t hash = model::fnv1a64(str(word_refs_[slot - 1]));
    word_table_[at] = (hash & 0xFFFFFFFF00000000ull) | slot;
  }
}

std::span<const NameMatch> Dictionary::names_of(uint32_t entry) const {
  const auto [first, last] =
      std::equal_range(names_.begin(), names_.end(), NameMatch{entry},
                       [](const NameMatch& a, const NameMatch& b) { return a.entry < b.entry; });
  return {first, last};
}

std::span<const SurnameEntry> Dictionary::surname_persons(uint32_t word) const {
  auto lo = std::lower_bound(surnames_.begin(), surnames_.end(), word,
                             [](const SurnameEntry& s, uint32_t w) { return s.word < w; });
  auto hi = lo;
  while (hi != surnames_.end() && hi->word == word) ++hi;
  return {lo, hi};
}

uint32_t Dictionary::find_entry(std::string_view id) const {
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    if (str(entries_[i].id) == id) return i;
  }
  return kNone;
}

size_t Dictionary::memory_bytes() const {
  return pool_.capacity() + word_refs_.capacity() * sizeof(StrRef) + word_slots_.capacity() * 4 +
         word_table_.capacity() * 8 + root_children_.capacity() * 4 +
         nodes_.capacity() * sizeof(TrieNode) + edges_.capacity() * sizeof(TrieEdge) +
         names_.capacity() * sizeof(NameMatch) + entries_.capacity() * sizeof(CompiledEntry) +
         roles_.capacity() * sizeof(CompiledRole) + agents_.capacity() * sizeof(CompiledAgent) +
         surnames_.capacity() * sizeof(SurnameEntry);
}

}  // namespace dyad::actors

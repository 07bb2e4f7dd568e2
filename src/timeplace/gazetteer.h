#pragma once
// The gazetteer: countries, first-level regions (admin1) and populated places from
// dyad's own tables in data/src/places (docs/formats/places.md; built from GeoNames by
// tools/import_geonames.py, plus the hand-edited aliases.tsv), and the matcher that finds
// their names in tokenized text.
//
// Matching. Names are cut into words by the project's tokenizer and each word is compared
// by its key: text::match_form (quotes and dashes folded) and Unicode case folding, so
// "KYIV" and "Kyiv" meet. A name with diacritics is also filed under its unaccented
// spelling ("Sao Paulo", "Bogota") when it has several words or at least five letters:
// shorter ones are English words ("God" is not Göd, "Save" not Savé). An acronym of 2-3
// capitals only meets a name word written in capitals ("UN" is not the town Un, India;
// "US" is the alias US). A trie over word keys gives the longest name starting at each
// word, left to right; a match must start with a word that is not lower-case ("Nice" is a
// place, "nice" is not), and a city or region name next to another capitalized word is
// taken for part of a longer name and dropped ("John Bolton", "Washington Post").
//
// Which place a shared name means (its candidates in rank order):
//   1. a curated alias (aliases.tsv: "New York" is the city, "Washington" the capital);
//   2. countries; 3. national capitals; 4. regions, except that a region's seat with the
//   region's own name comes first ("Istanbul", "Shanghai" are the cities); 5. the rest,
//   regions by the population of their places, places by population.
// "City, Region" and "City, Country" pick the best candidate inside that region or country
// ("Paris, Texas"; "Athens, Georgia"), and the match then covers the qualifier too.
// Stop phrases (alias target "-") match but yield nothing: "Taiwan Strait" hides the
// "Taiwan" in it; a one-word stop ("March", "Union") still resolves when qualified.
//
// Ownership and thread-safety: a Gazetteer is immutable once loaded and shared as
// shared_ptr<const Gazetteer>; find() may run on any number of threads at once, each with
// its own MatchScratch. Views it returns stay valid while the Gazetteer lives.

#include <cmath>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace dyad::timeplace {

enum class PlaceKind : uint8_t { kCountry, kAdmin1, kCity };
std::string_view place_kind_name(PlaceKind kind);  // "country", "admin1", "city"

struct Place {
  uint32_t geonameid = 0;   // 0 for countries (their GeoNames ids are not in the tables)
  uint32_t population = 0;  // 0 when unknown (countries, regions)
  float lat = NAN;          // NaN when unknown
  float lon = NAN;
  uint32_t name_offset = 0;  // Gazetteer::name()
  uint32_t code_offset = 0;  // Gazetteer::code(): ISO3, region code or feature code
  uint16_t name_size = 0;
  uint8_t code_size = 0;
  PlaceKind kind = PlaceKind::kCity;
  uint32_t country = 0;        // place index of the country (itself for a country)
  uint32_t admin1 = kNoIndex;  // place index of the region (itself for a region)
  bool capital = false;        // feature PPLC

  bool has_coordinates() const { return !std::isnan(lat); }
};

// One place found in a token span. [token_begin, token_end) covers the name and, when
// the match was qualified ("Paris, Texas"), the comma and the qualifier.
struct PlaceMatch {
  uint32_t token_begin = 0;  // document token indices
  uint32_t token_end = 0;
  uint32_t place = 0;  // index into Gazetteer::places()
  bool qualified = false;
};

// Per-thread scratch for find(), reused across calls so matching allocates nothing in a
// steady state.
struct MatchScratch {
  std::vector<uint32_t> words;  // word id per token of the span, as far as it was read
  std::vector<uint8_t> shape;   // word_shape() per token
  std::string key;
};

struct GazetteerStats {
  size_t countries = 0;
  size_t regions = 0;
  size_t places = 0;  // populated places (kind city)
  size_t aliases = 0;
  size_t stop_phrases = 0;
  size_t names = 0;  // distinct word sequences in the trie
  size_t trie_nodes = 0;
  size_t words = 0;         // distinct word keys
  size_t memory_bytes = 0;  // heap held by the loaded gazetteer (approximate)
};

class Gazetteer {
 public:
  // Reads countries.tsv, admin1.tsv, places.tsv and aliases.tsv from `dir` (data/src/places
  // in the source tree, <data dir>/src/places otherwise). Every malformed line is an error
  // naming file:line, the column, what was expected and what was found.
  static Result<std::shared_ptr<const Gazetteer>> load(const std::string& dir);

  // Appends to `out` the places named in doc.tokens[token_begin, token_end), left to right,
  // non-overlapping, longest first. The span is usually a sentence.
  void find(const Document& doc, uint32_t token_begin, uint32_t token_end, MatchScratch& scratch,
            std::vector<PlaceMatch>& out) const;

  std::span<const Place> places() const { return places_; }
  const Place& place(uint32_t index) const { return places_[index]; }
  std::string_view name(const Place& p) const {
    return std::string_view(pool_).substr(p.name_offset, p.name_size);
  }
  std::string_view code(const Place& p) const {
    return std::string_view(pool_).substr(p.code_offset, p.code_size);
  }
  // The country's ISO 3166-1 alpha-3 code (XKX for Kosovo, as GeoNames has it).
  std::string_view iso3(const Place& p) const { return code(places_[p.country]); }
  // The place index of a country by ISO3 code, or kNoIndex.
  uint32_t find_country(std::string_view iso3) const;
  // The place index of a populated place by GeoNames id, or kNoIndex.
  uint32_t find_geonameid(uint32_t geonameid) const;
  // Every candidate for `name` (tokenized like text), best first; empty when unknown.
  std::vector<uint32_t> candidates(std::string_view name) const;

  const GazetteerStats& stats() const { return stats_; }

 private:
  friend class GazetteerBuilder;
  Gazetteer() = default;

  struct Node {
    uint32_t candidates_begin = 0;  // into candidates_
    uint16_t candidates_size = 0;
    bool stop = false;  // a stop phrase: candidates only with a qualifier
    bool terminal = false;
  };
  struct WordSlot {
    uint64_t hash = 0;
    uint32_t id = kNoIndex;   // kNoIndex: empty slot
    uint32_t key_offset = 0;  // the key in pool_
    uint32_t key_size = 0;
  };
  struct EdgeSlot {
    uint64_t key = kEmptyEdge;  // parent node << 32 | word id
    uint32_t child = 0;
  };
  static constexpr uint64_t kEmptyEdge = ~uint64_t{0};
  static uint64_t edge_hash(uint64_t key) {  // murmur3's finalizer
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return key;
  }

  uint32_t word_id(std::string_view key) const;
  uint32_t child(uint32_t node, uint32_t word) const;
  // The longest terminal node from word i of n, with its end, or kNoIndex; word_at(k) is
  // word k's id (kNoIndex: unknown).
  template <typename WordAt>
  uint32_t longest(WordAt word_at, size_t n, size_t i, size_t& end) const;
  // The best candidate of `node` inside a candidate of `qualifier`, or kNoIndex.
  uint32_t qualify(uint32_t node, uint32_t qualifier) const;
  bool contains(uint32_t outer, uint32_t inner) const;
  bool glued(std::span<const uint8_t> shape, size_t i, size_t end) const;

  std::vector<Place> places_;
  std::string pool_;                       // names, codes and word keys
  std::vector<uint32_t> geonameid_order_;  // city place indices sorted by geonameid
  std::vector<Node> nodes_;                // nodes_[0] is the root
  std::vector<uint32_t> candidates_;
  std::vector<WordSlot> words_;  // open addressing, power-of-two size
  std::vector<EdgeSlot> edges_;  // open addressing, power-of-two size
  uint32_t comma_ = kNoIndex;    // the word id of ","
  GazetteerStats stats_;
};

// The match key of one word: text::match_form, Unicode case folding, and a marker byte
// before an acronym (2-3 ASCII capitals). Appends to `out`; allocation-free when `out` has
// capacity.
void append_word_key(std::string_view word, std::string& out);
// The same with diacritics stripped ("São" -> "sao"): the gazetteer files a name also
// under its unaccented words when that is safe (gazetteer.h, "Matching").
void append_unaccented_key(std::string_view word, std::string& out);

// What a word's first letter allows: kMayStart (not lower-case: a match may start here),
// kUpper (an upper- or title-case letter).
inline constexpr uint8_t kMayStart = 1;
inline constexpr uint8_t kUpper = 2;
uint8_t word_shape(std::string_view form);

}  // namespace dyad::timeplace

// Loading: the four tables (internal/place_tables) become one Place array (countries,
// then regions, then populated places), a string pool, and a trie over word keys whose
// nodes hold ranked candidate lists. The hot path (find) is in gazetteer_match.cc.

#include "timeplace/gazetteer.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "text/tokenizer.h"
#include "timeplace/internal/place_tables.h"

namespace dyad::timeplace {

std::string_view place_kind_name(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry:
      return "country";
    case PlaceKind::kAdmin1:
      return "admin1";
    case PlaceKind::kCity:
      return "city";
  }
  return "city";
}

class GazetteerBuilder {
 public:
  explicit GazetteerBuilder(const internal::PlaceTables& t) : t_(t), g_(new Gazetteer) {}

  Result<std::shared_ptr<const Gazetteer>> build() {
    DYAD_RETURN_IF_ERROR(add_countries());
    DYAD_RETURN_IF_ERROR(add_admin1());
    DYAD_RETURN_IF_ERROR(add_places());
    DYAD_RETURN_IF_ERROR(check_capitals());
    DYAD_RETURN_IF_ERROR(add_aliases());
    add_names();
    rank_candidates();
    finish();
    return std::shared_ptr<const Gazetteer>(g_.release());
  }

 private:
  // One name to put in the trie: a place's own name, an alias, or a stop phrase.
  struct Name {
    std::string_view text;
    uint32_t place = kNoIndex;  // kNoIndex: a stop phrase
    bool alias = false;
  };
  struct Candidate {
    uint32_t place;
    bool alias;
  };

  uint32_t add_string(std::string_view s) {
    auto offset = static_cast<uint32_t>(g_->pool_.size());
    g_->pool_.append(s);
    return offset;
  }
  uint32_t add_place(PlaceKind kind, std::string_view name, std::string_view code) {
    Place p;
    p.kind = kind;
    p.name_offset = add_string(name);
    p.name_size = static_cast<uint16_t>(std::min<size_t>(name.size(), UINT16_MAX));
    p.code_offset = add_string(code);
    p.code_size = static_cast<uint8_t>(std::min<size_t>(code.size(), UINT8_MAX));
    g_->places_.push_back(p);
    return static_cast<uint32_t>(g_->places_.size() - 1);
  }

  Status add_countries() {
    for (const auto& c : t_.countries) {
      if (!countries_.emplace(c.iso3, static_cast<uint32_t>(g_->places_.size())).second) {
        return t_.error("countries.tsv", c.line, "country " + std::string(c.iso3) + " twice");
      }
      if (!iso2_.insert(c.iso2).second) {
        return t_.error("countries.tsv", c.line, "ISO2 code " + std::string(c.iso2) + " twice");
      }
      uint32_t i = add_place(PlaceKind::kCountry, c.name, c.iso3);
      Place& p = g_->places_[i];
      p.country = i;
      if (c.has_coordinates) p.lat = c.lat, p.lon = c.lon;
      names_.push_back({c.name, i, false});
    }
    g_->stats_.countries = t_.countries.size();
    return {};
  }

  Status add_admin1() {
    for (const auto& a : t_.admin1) {
      auto country = countries_.find(a.country);
      if (country == countries_.end()) {
        return t_.error("admin1.tsv", a.line, "unknown country '" + std::string(a.country) + "'");
      }
      std::string key = std::string(a.country) + "." + std::string(a.code);
      auto index = static_cast<uint32_t>(g_->places_.size());
      if (!regions_.emplace(key, index).second) {
        return t_.error("admin1.tsv", a.line, "region " + key + " twice");
      }
      add_place(PlaceKind::kAdmin1, a.name, a.code);
      Place& p = g_->places_[index];
      p.geonameid = a.geonameid;
      p.country = country->second;
      p.admin1 = index;
      if (a.has_coordinates) p.lat = a.lat, p.lon = a.lon;
      names_.push_back({a.name, index, false});
    }
    g_->stats_.regions = t_.admin1.size();
    weight_.assign(g_->places_.size(), 0);
    return {};
  }

  Status add_places() {
    std::string key;
    for (const auto& r : t_.places) {
      auto country = countries_.find(r.country);
      if (country == countries_.end()) {
        return t_.error("places.tsv", r.line, "unknown country '" + std::string(r.country) + "'");
      }
      uint32_t admin1 = kNoIndex;
      if (!r.admin1.empty()) {
        key.assign(r.country).append(".").append(r.admin1);
        auto region = regions_.find(key);
        if (region == regions_.end()) {
          return t_.error("places.tsv", r.line, "unknown region '" + key + "'");
        }
        admin1 = region->second;
      }
      if (!geonameids_.emplace(r.geonameid, static_cast<uint32_t>(g_->places_.size())).second) {
        return t_.error("places.tsv", r.line,
                        "geonameid " + std::to_string(r.geonameid) + " twice");
      }
      uint32_t i = add_place(PlaceKind::kCity, r.name, r.feature);
      Place& p = g_->places_[i];
      p.geonameid = r.geonameid;
      p.population = r.population;
      p.lat = r.lat;
      p.lon = r.lon;
      p.country = country->second;
      p.admin1 = admin1;
      p.capital = r.feature == "PPLC";
      weight_.push_back(r.population);
      if (admin1 != kNoIndex) weight_[admin1] += r.population;
      names_.push_back({r.name, i, false});
    }
    g_->stats_.places = t_.places.size();
    return {};
  }

  // A country's capital must be a PPLC of that country with that name.
  Status check_capitals() {
    for (const auto& c : t_.countries) {
      if (c.capital_geonameid == 0) continue;
      auto it = geonameids_.find(c.capital_geonameid);
      const Place* p = it == geonameids_.end() ? nullptr : &g_->places_[it->second];
      if (!p || !p->capital || p->country != countries_.at(c.iso3) || g_->name(*p) != c.capital) {
        return t_.error("countries.tsv", c.line,
                        "capital_geonameid " + std::to_string(c.capital_geonameid) +
                            " is not a PPLC named '" + std::string(c.capital) + "' in " +
                            std::string(c.iso3));
      }
    }
    return {};
  }

  Status add_aliases() {
    std::string key;
    for (const auto& a : t_.aliases) {
      std::string_view target = a.target;
      uint32_t place = kNoIndex;
      uint32_t id = 0;
      if (target == "-") {
        ++g_->stats_.stop_phrases;
      } else if (target.size() == 3 && countries_.count(target)) {
        place = countries_.at(target);
      } else if (target.size() > 4 && target[3] == '.' && regions_.count(key.assign(target))) {
        place = regions_.at(key);
      } else if (parse_id(target, id) && geonameids_.count(id)) {
        place = geonameids_.at(id);
      } else {
        return t_.error("aliases.tsv", a.line,
                        "column 'target': expected a known ISO3 code, ISO3.REGION, geonameid "
                        "or '-', found '" +
                            std::string(target) + "'");
      }
      if (place != kNoIndex) ++g_->stats_.aliases;
      names_.push_back({a.name, place, true});
    }
    return {};
  }

  static bool parse_id(std::string_view s, uint32_t& id) {
    if (s.empty() || s.size() > 9) return false;
    id = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
      id = id * 10 + static_cast<uint32_t>(c - '0');
    }
    return true;
  }

  uint32_t word(const std::string& key) {
    auto [it, inserted] = vocab_.emplace(key, static_cast<uint32_t>(vocab_.size()));
    return it->second;
  }

  // All names are tokenized in one Document, a name per paragraph, so loading runs the
  // tokenizer once instead of 30,000 times; each token belongs to the name whose byte
  // range holds it.
  void add_names() {
    Document doc;
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    ranges.reserve(names_.size());
    for (const Name& n : names_) {
      auto begin = static_cast<uint32_t>(doc.text.size());
      doc.text.append(n.text);
      ranges.emplace_back(begin, static_cast<uint32_t>(doc.text.size()));
      doc.text.append("\n\n");
    }
    text::tokenize(doc, {.max_sentence_tokens = 1000});
    g_->nodes_.emplace_back();
    node_candidates_.emplace_back();
    g_->comma_ = word(",");
    std::string key;
    std::vector<uint32_t> exact, unaccented;
    size_t t = 0;
    for (size_t i = 0; i < names_.size(); ++i) {
      exact.clear();
      unaccented.clear();
      size_t letters = 0;
      for (; t < doc.tokens.size() && doc.tokens[t].begin < ranges[i].second; ++t) {
        std::string_view form = doc.form(t);
        key.clear();
        append_word_key(form, key);
        exact.push_back(word(key));
        key.clear();
        append_unaccented_key(form, key);
        unaccented.push_back(word(key));
        letters += key.size();
      }
      if (exact.empty()) continue;  // a name of spaces only cannot be written (is_plain_name)
      insert(exact, names_[i]);
      // The unaccented spelling, when it is not a short word (gazetteer.h).
      if (unaccented != exact && (exact.size() > 1 || letters >= 5)) insert(unaccented, names_[i]);
    }
  }

  void insert(const std::vector<uint32_t>& words, const Name& name) {
    uint32_t node = 0;
    for (uint32_t w : words) node = child(node, w);
    Gazetteer::Node& n = g_->nodes_[node];
    if (!n.terminal) ++g_->stats_.names;
    n.terminal = true;
    if (name.place == kNoIndex) {
      n.stop = true;
    } else {
      node_candidates_[node].push_back({name.place, name.alias});
    }
  }

  uint32_t child(uint32_t node, uint32_t w) {
    uint64_t key = uint64_t{node} << 32 | w;
    auto [it, inserted] = edges_.emplace(key, static_cast<uint32_t>(g_->nodes_.size()));
    if (inserted) {
      g_->nodes_.emplace_back();
      node_candidates_.emplace_back();
    }
    return it->second;
  }

  // Where a candidate sorts at a node, best first (gazetteer.h): class, then weight.
  // Regions and ordinary cities share a class and compare by population (a region's is
  // the total of its places), so the parish of Manchester, Jamaica (47,000 in its towns)
  // does not hide Manchester, England (395,000), while Texas still beats any Texas town. A
  // region's seat with the region's name ("Istanbul") sorts just before its region.
  struct RankKey {
    int rank_class;
    uint64_t weight;  // complemented: larger populations first
    int seat;         // 0 for a seat placed before its region, else 1
    bool operator<(const RankKey& o) const {
      return std::tie(rank_class, weight, seat) < std::tie(o.rank_class, o.weight, o.seat);
    }
  };
  RankKey rank_key(uint32_t place, const std::unordered_set<uint32_t>& here) const {
    const Place& p = g_->places_[place];
    if (p.kind == PlaceKind::kCountry) return {0, 0, 1};
    if (p.kind == PlaceKind::kCity && p.capital) return {1, ~weight_[place], 1};
    if (p.kind == PlaceKind::kCity && g_->code(p) == "PPLA" && p.admin1 != kNoIndex &&
        here.count(p.admin1)) {
      return {2, ~weight_[p.admin1], 0};
    }
    return {2, ~weight_[place], 1};
  }

  void rank_candidates() {
    std::unordered_set<uint32_t> here;
    for (size_t node = 0; node < g_->nodes_.size(); ++node) {
      std::vector<Candidate>& c = node_candidates_[node];
      if (c.empty()) continue;
      // One entry per place; an alias anywhere makes it an alias candidate.
      std::sort(c.begin(), c.end(), [](const Candidate& a, const Candidate& b) {
        return a.place != b.place ? a.place < b.place : a.alias > b.alias;
      });
      c.erase(
          std::unique(c.begin(), c.end(),
                      [](const Candidate& a, const Candidate& b) { return a.place == b.place; }),
          c.end());
      here.clear();
      for (const Candidate& x : c) here.insert(x.place);
      std::stable_sort(c.begin(), c.end(), [&](const Candidate& a, const Candidate& b) {
        if (a.alias != b.alias) return a.alias;
        return rank_key(a.place, here) < rank_key(b.place, here);
      });
      Gazetteer::Node& n = g_->nodes_[node];
      n.candidates_begin = static_cast<uint32_t>(g_->candidates_.size());
      n.candidates_size = static_cast<uint16_t>(std::min<size_t>(c.size(), UINT16_MAX));
      for (size_t k = 0; k < n.candidates_size; ++k) g_->candidates_.push_back(c[k].place);
    }
  }

  static size_t table_size(size_t n) {
    size_t size = 16;
    while (size < 2 * n) size *= 2;
    return size;
  }

  // The build-time hash maps become open-addressing tables of plain structs.
  void finish() {
    g_->words_.assign(table_size(vocab_.size()), {});
    size_t mask = g_->words_.size() - 1;
    for (const auto& [key, id] : vocab_) {
      uint64_t h = std::hash<std::string_view>{}(key);
      size_t s = h & mask;
      while (g_->words_[s].id != kNoIndex) s = (s + 1) & mask;
      g_->words_[s] = {h, id, add_string(key), static_cast<uint32_t>(key.size())};
    }
    g_->edges_.assign(table_size(edges_.size()), {});
    mask = g_->edges_.size() - 1;
    for (const auto& [key, child] : edges_) {
      size_t s = Gazetteer::edge_hash(key) & mask;
      while (g_->edges_[s].key != Gazetteer::kEmptyEdge) s = (s + 1) & mask;
      g_->edges_[s] = {key, child};
    }
    for (uint32_t i = 0; i < g_->places_.size(); ++i) {
      if (g_->places_[i].kind == PlaceKind::kCity) g_->geonameid_order_.push_back(i);
    }
    std::sort(g_->geonameid_order_.begin(), g_->geonameid_order_.end(),
              [&](uint32_t a, uint32_t b) {
                return g_->places_[a].geonameid < g_->places_[b].geonameid;
              });
    g_->pool_.shrink_to_fit();
    g_->nodes_.shrink_to_fit();
    g_->candidates_.shrink_to_fit();
    g_->places_.shrink_to_fit();
    GazetteerStats& s = g_->stats_;
    s.trie_nodes = g_->nodes_.size();
    s.words = vocab_.size();
    s.memory_bytes = sizeof(Gazetteer) + g_->pool_.capacity() +
                     g_->places_.capacity() * sizeof(Place) +
                     g_->nodes_.capacity() * sizeof(Gazetteer::Node) +
                     g_->candidates_.capacity() * sizeof(uint32_t) +
                     g_->words_.capacity() * sizeof(Gazetteer::WordSlot) +
                     g_->edges_.capacity() * sizeof(Gazetteer::EdgeSlot) +
                     g_->geonameid_order_.capacity() * sizeof(uint32_t);
  }

  const internal::PlaceTables& t_;
  std::unique_ptr<Gazetteer> g_;
  std::unordered_map<std::string_view, uint32_t> countries_;  // ISO3 -> place
  std::unordered_set<std::string_view> iso2_;
  std::unordered_map<std::string, uint32_t> regions_;  // "USA.TX" -> place
  std::unordered_map<uint32_t, uint32_t> geonameids_;  // cities only
  std::vector<uint64_t> weight_;                       // population, or a region's places' total
  std::vector<Name> names_;
  std::unordered_map<std::string, uint32_t> vocab_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<Candidate>> node_candidates_;
};

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::string& dir) {
  auto tables = internal::read_place_tables(dir);
  if (!tables.ok()) return tables.status();
  return GazetteerBuilder(*tables.value()).build();
}

uint32_t Gazetteer::find_country(std::string_view iso3) const {
  for (uint32_t i = 0; i < stats_.countries; ++i) {
    if (code(places_[i]) == iso3) return i;
  }
  return kNoIndex;
}

uint32_t Gazetteer::find_geonameid(uint32_t geonameid) const {
  auto it =
      std::lower_bound(geonameid_order_.begin(), geonameid_order_.end(), geonameid,
                       [&](uint32_t place, uint32_t id) { return places_[place].geonameid < id; });
  return it != geonameid_order_.end() && places_[*it].geonameid == geonameid ? *it : kNoIndex;
}

std::vector<uint32_t> Gazetteer::candidates(std::string_view name) const {
  Document doc;
  doc.text = std::string(name);
  text::tokenize(doc);
  std::string key;
  uint32_t node = 0;
  for (uint32_t t = 0; t < doc.tokens.size() && node != kNoIndex; ++t) {
    key.clear();
    append_word_key(doc.form(t), key);
    uint32_t w = word_id(key);
    node = w == kNoIndex ? kNoIndex : child(node, w);
  }
  if (node == kNoIndex || doc.tokens.empty()) return {};
  const Node& n = nodes_[node];
  return {candidates_.begin() + n.candidates_begin,
          candidates_.begin() + n.candidates_begin + n.candidates_size};
}

}  // namespace dyad::timeplace

#include "events/spread_names.h"

#include <algorithm>
#include <optional>
#include <string>

#include "actors/actors_tsv.h"
#include "actors/resolver.h"

namespace dyad::events {
namespace {

// Whether `t` is one of the words before the noun `head` in its own phrase: reached from
// it through compounds and modifiers only.
bool modifies_within_phrase(const TreeView& tree, uint32_t t, uint32_t head) {
  for (int steps = 0; steps < 8 && t != head; ++steps) {
    const Token& tok = tree.token(t);
    if (tok.head == kNoIndex || !tree.contains(tok.head)) return false;
    if (tok.deprel != DepRel::compound && tok.deprel != DepRel::amod &&
        tok.deprel != DepRel::flat) {
      return false;
    }
    t = tok.head;
  }
  return t == head;
}

struct SpreadSearch {
  const actors::Dictionary& dict;
  const std::vector<uint32_t>& words;  // the phrase's tokens, in order
  const std::vector<uint32_t>& ids;    // their dictionary word ids
  const std::vector<size_t>& letters;  // their lengths
  std::vector<size_t> path;            // indices into words
  std::vector<size_t> best;
  size_t best_letters = 0;
  uint32_t best_name = actors::kNone;

  // Extends `path`, whose ids lead to trie `node`, by each later word continuing a
  // phrase; keeps the phrase with most letters that skips some word.
  void extend(uint32_t node) {
    const uint32_t name = dict.node(node).name;
    if (name != actors::kNone && path.back() - path.front() + 1 > path.size()) {
      size_t n = 0;
      for (size_t k : path) n += letters[k];
      if (n > best_letters) {
        best = path;
        best_letters = n;
        best_name = name;
      }
    }
    for (size_t j = path.back() + 1; j < words.size(); ++j) {
      if (ids[j] == actors::kUnknownWord) continue;
      const uint32_t next = dict.child(node, ids[j]);
      if (next == 0) continue;
      path.push_back(j);
      extend(next);
      path.pop_back();
    }
  }
};

}  // namespace

void find_spread_names(const actors::Dictionary& dict, const TreeView& tree, Document& doc,
                       std::vector<uint32_t>& mention_of_token) {
  const Sentence& sentence = tree.sentence();
  const std::optional<actors::Day> day = actors::parse_day(doc.date);
  std::string key;
  for (uint32_t head = sentence.token_begin; head < sentence.token_end; ++head) {
    const Upos u = tree.token(head).upos;
    if (u != Upos::NOUN && u != Upos::PROPN) continue;
    std::vector<uint32_t> words;
    for (uint32_t t = sentence.token_begin; t <= head; ++t) {
      if (t == head || modifies_within_phrase(tree, t, head)) words.push_back(t);
    }
    if (words.size() < 3) continue;
    std::vector<uint32_t> ids;
    std::vector<size_t> letters;
    for (uint32_t t : words) {
      ids.push_back(dict.intern(tree.form(t), key));
      letters.push_back(tree.form(t).size());
    }
    SpreadSearch search{dict, words, ids, letters, {}, {}, 0, actors::kNone};
    for (size_t i = 0; i < words.size(); ++i) {
      if (ids[i] == actors::kUnknownWord) continue;
      const uint32_t node = dict.root_child(ids[i]);
      if (node == 0) continue;
      search.path = {i};
      search.extend(node);
    }
    if (search.best.empty()) continue;
    // Longer than what the resolver found on those words.
    size_t have = 0;
    for (size_t k : search.best) {
      const uint32_t m = mention_of_token[words[k]];
      if (m == kNoIndex || doc.mentions[m].code.empty()) continue;
      size_t n = 0;
      for (uint32_t t = doc.mentions[m].token_begin; t < doc.mentions[m].token_end; ++t) {
        n += tree.contains(t) ? tree.form(t).size() : 0;
      }
      have = std::max(have, n);
    }
    if (search.best_letters <= have) continue;
    const actors::NameMatch& name = dict.name_match(search.best_name);
    if (name.entry == actors::kNone || name.adjective) continue;
    const actors::RoleOnDate role =
        actors::role_on(dict, name.entry, day ? *day : actors::kUnknownDay);
    if (role.code.empty() || role.code.view() == "---" || role.how == MentionHow::kOutOfOffice) {
      continue;
    }
    Mention m;
    m.token_begin = words[search.best.front()];
    m.token_end = words[search.best.back()] + 1;
    m.code = role.code;
    m.entry = name.entry;
    m.role = role.role;
    doc.mentions.push_back(m);
    const uint32_t added = static_cast<uint32_t>(doc.mentions.size() - 1);
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) mention_of_token[t] = added;
  }
}

}  // namespace dyad::events

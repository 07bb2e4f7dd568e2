#include "output/event_facts.h"

#include <chrono>

#include "actors/resolver.h"
#include "events/modality.h"
#include "events/verb_lexicon.h"
#include "timeplace/date_expressions.h"

namespace dyad::output {

std::string_view sector_of(std::string_view code) {
  // An agent with no country ("---EDU", events/coder.cc agent_only): the agent is the sector.
  if (code.starts_with("---")) return code.substr(3, 3);
  const std::string_view country = actors::country_of(code);
  return code.size() > country.size() ? code.substr(country.size(), 3) : std::string_view();
}

uint32_t FactsBuilder::code_point(uint32_t source_byte) {
  if (source_byte >= sentence_source_begin_ && source_byte <= sentence_source_end_) {
    return sentence_chars_ + sentence_offsets_.at(source_byte - sentence_source_begin_);
  }
  return far_chars_.at(source_byte);
}

FactsBuilder::SourceSpan FactsBuilder::span(uint32_t text_begin, uint32_t text_end) {
  const uint32_t b = doc_.offsets.to_source(text_begin);
  const uint32_t e = std::max(b, doc_.offsets.to_source(text_end));
  SourceSpan s;
  s.text = std::string_view(doc_.source).substr(b, e - b);
  s.start = code_point(b);
  s.end = code_point(e);
  return s;
}

FactsBuilder::SourceSpan FactsBuilder::token_span(uint32_t token_begin, uint32_t token_end) {
  if (token_begin >= token_end || token_end > doc_.tokens.size()) return {};
  return span(doc_.tokens[token_begin].begin, doc_.tokens[token_end - 1].end);
}

ActorFacts FactsBuilder::actor(uint32_t index) {
  ActorFacts a;
  if (index == Event::kNone || index >= doc_.mentions.size()) return a;
  const Mention& m = doc_.mentions[index];
  a.present = true;
  const SourceSpan s = token_span(m.token_begin, m.token_end);
  a.text = s.text;
  a.start = s.start;
  a.end = s.end;
  a.code = m.code.view();
  a.country = actors::country_of(a.code);
  a.sector = sector_of(a.code);
  const actors::Dictionary& dict = *r_.actors;
  if (m.entry != kNoIndex && m.entry < dict.entry_count()) {
    a.entry = dict.str(dict.entry(m.entry).id);
    const auto roles = dict.roles(m.entry);
    if (m.role != kNoIndex && m.role < roles.size()) a.role = dict.str(roles[m.role].note);
  }
  if (a.role.empty() && m.agent != kNoIndex && m.agent < dict.agent_count()) {
    a.role = dict.str(dict.agent(m.agent).note);
  }
  return a;
}

EventFacts FactsBuilder::facts(const Event& e) {
  EventFacts f;
  f.event = &e;
  f.sentence_index = e.sentence;
  if (e.sentence < doc_.sentences.size()) {
    const Sentence& s = doc_.sentences[e.sentence];
    sentence_source_begin_ = doc_.offsets.to_source(s.begin);
    sentence_source_end_ = std::max(sentence_source_begin_, doc_.offsets.to_source(s.end));
    sentence_chars_ = chars_.at(sentence_source_begin_);
    const std::string_view slice =
        std::string_view(doc_.source)
            .substr(sentence_source_begin_, sentence_source_end_ - sentence_source_begin_);
    sentence_offsets_ = CharOffsets(slice);
    f.sentence = slice;
    f.sentence_start = sentence_chars_;
    f.sentence_end = sentence_chars_ + sentence_offsets_.at(static_cast<uint32_t>(slice.size()));
  }
  f.source = actor(e.source);
  f.target = actor(e.target);
  f.cameo = r_.ontology->find(e.cameo.view());
  f.modality = events::modality_name(e.modality);
  if (e.date != Event::kNoDate) {
    timeplace::DateValue v;
    v.day = std::chrono::sys_days(std::chrono::days(e.date));
    v.precision = e.date_precision;
    f.date = timeplace::format_date(v);
    f.date_precision = timeplace::precision_name(e.date_precision);
    f.date_source = e.date_from_text ? "text" : "publication";
    const std::chrono::year_month_day ymd(v.day);
    f.year = static_cast<int>(ymd.year());
    f.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    f.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  }
  if (e.predicate != Event::kNone && e.predicate < doc_.tokens.size()) {
    const SourceSpan t = token_span(e.predicate, e.predicate + 1);
    f.trigger = t.text;
    f.trigger_start = t.start;
    f.trigger_end = t.end;
  }
  const timeplace::Gazetteer& gaz = *r_.gazetteer;
  if (e.place != Event::kNone && e.place < gaz.places().size()) {
    const timeplace::Place& p = gaz.place(e.place);
    f.place.place = &p;
    f.place.name = gaz.name(p);
    f.place.country = gaz.iso3(p);
    if (p.admin1 != kNoIndex && p.kind != timeplace::PlaceKind::kCountry) {
      f.place.region = gaz.name(gaz.place(p.admin1));
    }
    f.place.kind = timeplace::place_kind_name(p.kind);
    if (e.place_token != Event::kNone && e.place_token < doc_.tokens.size()) {
      // The event keeps only the name's first word; the sentence's matches give its end
      // ("New York", "Paris, Texas").
      uint32_t end = e.place_token + 1;
      if (e.sentence < doc_.sentences.size()) {
        const Sentence& s = doc_.sentences[e.sentence];
        place_matches_.clear();
        gaz.find(doc_, s.token_begin, s.token_end, place_scratch_, place_matches_);
        for (const timeplace::PlaceMatch& m : place_matches_) {
          if (m.token_begin == e.place_token) end = m.token_end;
        }
      }
      f.place.text = token_span(e.place_token, end).text;
    }
  }
  if (e.pattern != Event::kNone && r_.verbs) f.pattern = r_.verbs->origin(e.pattern);
  return f;
}

}  // namespace dyad::output

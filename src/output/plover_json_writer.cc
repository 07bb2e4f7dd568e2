#include "output/plover_json_writer.h"

#include <cstdio>
#include <string>

#include "output/event_facts.h"
#include "output/internal/json_text.h"

namespace dyad::output {
namespace {

using internal::append_integer;
using internal::append_json_string;
using internal::append_key;
using internal::append_number;

void string_field(std::string& out, std::string_view key, std::string_view value) {
  append_key(out, key);
  append_json_string(out, value);
}

// A one-entity list (dyad codes compound actors as separate events), or [] for none.
void entities(std::string& out, std::string_view key, const ActorFacts& a) {
  append_key(out, key);
  if (!a.present) {
    out += "[]";
    return;
  }
  out += "[{";
  string_field(out, "code", a.country.empty() ? a.code.substr(0, 3) : a.country);
  out += ',';
  string_field(out, "sector", a.sector);
  out += ',';
  string_field(out, "entity_text", a.text);
  out += ',';
  string_field(out, "identifier_text", a.entry);
  out += ',';
  string_field(out, "office", a.role);
  out += ',';
  string_field(out, "cameo_code", a.code);
  out += "}]";
}

std::string_view auxiliary_context(Modality m) {
  switch (m) {
    case Modality::kAsserted: return {};
    case Modality::kNegated:
    case Modality::kDenied: return "negation";
    case Modality::kIntended: return "future";
    case Modality::kHypothetical: return "hypothetical";
  }
  return {};
}

void event_loc(std::string& out, const PlaceFacts& p) {
  append_key(out, "event_loc");
  if (p.place == nullptr) {
    out += "null";
    return;
  }
  out += '{';
  string_field(out, "extracted_place", p.text);
  out += ',';
  string_field(out, "resolved_place", p.name);
  out += ',';
  append_key(out, "geonameid");
  if (p.place->geonameid == 0) {
    out += "null";
  } else {
    append_integer(out, p.place->geonameid);
  }
  out += ',';
  append_key(out, "lat");
  append_number(out, p.place->lat);
  out += ',';
  append_key(out, "lon");
  append_number(out, p.place->lon);
  out += ',';
  string_field(out, "country_code", p.country);
  out += ',';
  // The manual's resolution: 4 city, 2 province, 1 country.
  append_key(out, "resolution");
  append_integer(out, p.place->kind == timeplace::PlaceKind::kCity     ? 4
                      : p.place->kind == timeplace::PlaceKind::kAdmin1 ? 2
                                                                       : 1);
  out += '}';
}

}  // namespace

void PloverJsonWriter::write_header(std::string_view header_json, std::string& out) const {
  out += "{\"header\":";
  out += header_json;
  out += "}\n";
}

size_t PloverJsonWriter::write_events(const Document& doc, std::string& out) {
  FactsBuilder builder(r_, doc);
  size_t n = 0;
  for (const Event& e : doc.events) {
    const EventFacts f = builder.facts(e);
    out += '{';
    append_key(out, "id");
    append_json_string(out, doc.id + "-" + std::to_string(++n));
    out += ',';
    append_key(out, "date");
    if (f.year != 0) {  // YYYY-MM-DD as the manual asks: a month or year is its first day
      char buf[16];
      std::snprintf(buf, sizeof(buf), "\"%04d-%02d-%02d\"", f.year, f.month, f.day);
      out += buf;
    } else {
      out += "null";
    }
    out += ',';
    entities(out, "actor", f.source);
    out += ',';
    entities(out, "recipient", f.target);
    out += ',';
    const ontology::PloverCoding* p = f.cameo ? &f.cameo->plover : nullptr;
    append_key(out, "event");
    out += '[';
    if (p) append_json_string(out, p->event_type);
    out += "],";
    append_key(out, "mode");
    out += '[';
    if (p && !p->mode.empty()) append_json_string(out, p->mode);
    out += "],";
    append_key(out, "context");
    out += '[';
    bool first = true;
    if (p) {
      for (const std::string& c : p->contexts) {
        if (!first) out += ',';
        append_json_string(out, c);
        first = false;
      }
    }
    if (const std::string_view aux = auxiliary_context(e.modality); !aux.empty()) {
      if (!first) out += ',';
      append_json_string(out, aux);
    }
    out += "],";
    append_key(out, "quad_code");
    const ontology::PloverEventType* type = p ? r_.ontology->find_event_type(p->event_type) : nullptr;
    if (type) {
      append_integer(out, static_cast<int>(type->quad_class));
    } else {
      out += "null";
    }
    out += ',';
    append_key(out, "event_scale");
    if (p) {
      append_number(out, p->intensity);
    } else {
      out += "null";
    }
    out += ',';
    event_loc(out, f.place);
    out += ',';
    append_key(out, "event_text");
    out += '[';
    if (!f.trigger.empty()) append_json_string(out, f.trigger);
    out += "],";
    string_field(out, "text", f.sentence);
    out += ',';
    append_key(out, "text_info");
    out += "{\"sequence\":";
    append_integer(out, f.sentence_index);
    out += ",\"start\":";
    append_integer(out, f.sentence_start);
    out += ",\"end\":";
    append_integer(out, f.sentence_end);
    out += "},";
    append_key(out, "cite_info");
    out += '{';
    string_field(out, "citation", doc.id);
    out += "},";
    string_field(out, "coder", "dyad");
    out += ',';
    append_key(out, "date_precision");
    if (f.date_precision.empty()) {
      out += "null";
    } else {
      append_json_string(out, f.date_precision);
    }
    out += ',';
    string_field(out, "modality", f.modality);
    out += ',';
    string_field(out, "cameo", e.cameo.view());
    out += ',';
    append_key(out, "confidence");
    append_number(out, e.confidence);
    out += "}\n";
  }
  return n;
}

}  // namespace dyad::output

#include "output/jsonl_writer.h"

#include "output/event_facts.h"
#include "output/internal/json_text.h"

namespace dyad::output {
namespace {

using internal::append_integer;
using internal::append_json_string;
using internal::append_key;
using internal::append_number;

// A string field; `null` when empty and `nullable`.
void string_field(std::string& out, std::string_view key, std::string_view value,
                  bool nullable = false) {
  append_key(out, key);
  if (nullable && value.empty()) {
    out += "null";
  } else {
    append_json_string(out, value);
  }
}

void actor(std::string& out, std::string_view key, const ActorFacts& a) {
  append_key(out, key);
  if (!a.present) {
    out += "null";
    return;
  }
  out += '{';
  string_field(out, "text", a.text);
  out += ',';
  append_key(out, "start");
  append_integer(out, a.start);
  out += ',';
  append_key(out, "end");
  append_integer(out, a.end);
  out += ',';
  string_field(out, "code", a.code);
  out += ',';
  string_field(out, "country", a.country);
  out += ',';
  string_field(out, "sector", a.sector);
  out += ',';
  string_field(out, "entry", a.entry);
  out += ',';
  string_field(out, "role", a.role);
  out += '}';
}

void cameo(std::string& out, const EventFacts& f) {
  append_key(out, "cameo");
  out += '{';
  string_field(out, "code", f.event->cameo.view());
  out += ',';
  if (f.cameo == nullptr) {
    out += "\"name\":null,\"root\":null,\"quad_class\":null,\"goldstein\":null}";
    return;
  }
  string_field(out, "name", f.cameo->label);
  out += ',';
  string_field(out, "root", f.cameo->root);
  out += ',';
  append_key(out, "quad_class");
  append_integer(out, static_cast<int>(f.cameo->quad_class));
  out += ',';
  append_key(out, "goldstein");
  append_number(out, f.cameo->goldstein);
  out += '}';
}

void plover(std::string& out, const EventFacts& f) {
  append_key(out, "plover");
  if (f.cameo == nullptr) {
    out += "null";
    return;
  }
  const ontology::PloverCoding& p = f.cameo->plover;
  out += '{';
  string_field(out, "event_type", p.event_type);
  out += ',';
  string_field(out, "mode", p.mode, true);
  out += ',';
  append_key(out, "context");
  out += '[';
  for (size_t i = 0; i < p.contexts.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, p.contexts[i]);
  }
  out += "],";
  append_key(out, "intensity");
  append_number(out, p.intensity);
  out += '}';
}

void place(std::string& out, const PlaceFacts& p) {
  append_key(out, "place");
  if (p.place == nullptr) {
    out += "null";
    return;
  }
  out += '{';
  string_field(out, "text", p.text);
  out += ',';
  string_field(out, "name", p.name);
  out += ',';
  string_field(out, "kind", p.kind);
  out += ',';
  string_field(out, "country", p.country);
  out += ',';
  append_key(out, "geonameid");
  if (p.place->geonameid == 0) {
    out += "null";
  } else {
    append_integer(out, p.place->geonameid);
  }
  out += ',';
  append_key(out, "lat");
  append_number(out, p.place->lat);  // NaN prints null
  out += ',';
  append_key(out, "lon");
  append_number(out, p.place->lon);
  out += '}';
}

void span_object(std::string& out, std::string_view key, std::string_view text_key,
                 std::string_view text, uint32_t start, uint32_t end) {
  append_key(out, key);
  out += '{';
  string_field(out, text_key, text);
  out += ',';
  append_key(out, "start");
  append_integer(out, start);
  out += ',';
  append_key(out, "end");
  append_integer(out, end);
  out += '}';
}

}  // namespace

void JsonlWriter::write_header(std::string_view header_json, std::string& out) const {
  out += "{\"header\":";
  out += header_json;
  out += "}\n";
}

size_t JsonlWriter::write_events(const Document& doc, std::string& out) {
  FactsBuilder builder(r_, doc);
  for (const Event& e : doc.events) {
    const EventFacts f = builder.facts(e);
    out += '{';
    string_field(out, "doc_id", doc.id);
    out += ',';
    append_key(out, "sentence_index");
    append_integer(out, f.sentence_index);
    out += ',';
    actor(out, "source", f.source);
    out += ',';
    actor(out, "target", f.target);
    out += ',';
    cameo(out, f);
    out += ',';
    plover(out, f);
    out += ',';
    string_field(out, "modality", f.modality);
    out += ',';
    string_field(out, "date", f.date, true);
    out += ',';
    string_field(out, "date_precision", f.date_precision, true);
    out += ',';
    string_field(out, "date_source", f.date_source, true);
    out += ',';
    place(out, f.place);
    out += ',';
    span_object(out, "evidence", "sentence", f.sentence, f.sentence_start, f.sentence_end);
    out += ',';
    span_object(out, "trigger", "text", f.trigger, f.trigger_start, f.trigger_end);
    out += ',';
    append_key(out, "confidence");
    append_number(out, e.confidence);
    out += ',';
    append_key(out, "mentions");
    append_integer(out, e.mentions);
    out += ',';
    string_field(out, "pattern", f.pattern, true);
    out += "}\n";
  }
  return doc.events.size();
}

}  // namespace dyad::output

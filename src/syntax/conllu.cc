#include "syntax/conllu.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include "core/char_offsets.h"

namespace dyad::syntax {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

// True when `gap` holds only white space, Unicode spaces included: EWT writes some words
// apart with U+00A0 (SpacesAfter=\u00A0).
bool only_space(std::string_view gap) {
  size_t i = 0;
  while (i < gap.size()) {
    unsigned char c = static_cast<unsigned char>(gap[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (gap.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else if (gap.substr(i, 2) == "\xE2\x80" && i + 2 < gap.size() &&
               static_cast<unsigned char>(gap[i + 2]) <= 0x8B) {
      i += 3;  // U+2000..U+200B
    } else if (gap.substr(i, 3) == "\xE3\x80\x80") {
      i += 3;  // ideographic space
    } else {
      return false;
    }
  }
  return true;
}

bool parse_uint(std::string_view s, uint32_t& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

struct PendingWord {
  std::string_view form, lemma, upos, xpos, feats, head, deprel, misc;
  uint32_t line = 0;
};

// Accumulates one sentence's lines, then places its words into the Document's text.
class SentenceBuilder {
 public:
  SentenceBuilder(std::string_view name, Document& doc) : name_(name), doc_(doc) {}

  void set_text(std::string_view text) { text_ = text; }
  void add_word(const PendingWord& w) { words_.push_back(w); }
  void add_multiword(uint32_t first, uint32_t last, std::string_view form, uint32_t line) {
    mwts_.push_back({first, last, form, line});
  }
  bool empty() const { return words_.empty(); }

  Status finish(bool new_paragraph);

 private:
  struct PendingMwt {
    uint32_t first, last;
    std::string_view form;
    uint32_t line;
  };
  Status error(uint32_t line, std::string_view what) const {
    std::ostringstream msg;
    msg << name_ << ":" << line << ": " << what;
    return parse_error(msg.str());
  }

  std::string_view name_;
  Document& doc_;
  std::string_view text_;
  std::vector<PendingWord> words_;
  std::vector<PendingMwt> mwts_;
};

Status SentenceBuilder::finish(bool new_paragraph) {
  std::string& text = doc_.text;
  if (!text.empty()) text += new_paragraph ? "\n\n" : " ";
  const uint32_t base = static_cast<uint32_t>(text.size());
  std::string sentence_text(text_);
  if (sentence_text.empty()) {  // no "# text": rebuild it from the forms and SpaceAfter
    for (const PendingWord& w : words_) {
      sentence_text += w.form;
      if (w.misc.find("SpaceAfter=No") == std::string_view::npos) sentence_text += ' ';
    }
    while (!sentence_text.empty() && sentence_text.back() == ' ') sentence_text.pop_back();
  }
  text += sentence_text;

  Sentence sentence;
  sentence.token_begin = static_cast<uint32_t>(doc_.tokens.size());
  sentence.begin = base;
  sentence.end = static_cast<uint32_t>(text.size());

  size_t cursor = 0;  // within sentence_text
  auto place = [&](std::string_view form, uint32_t line, uint32_t& begin) -> Status {
    size_t at = sentence_text.find(form, cursor);
    if (at == std::string::npos ||
        !only_space(std::string_view(sentence_text).substr(cursor, at - cursor))) {
      return error(line, "form '" + std::string(form) + "' does not follow in # text");
    }
    begin = base + static_cast<uint32_t>(at);
    cursor = at + form.size();
    return {};
  };

  size_t next_mwt = 0;
  for (size_t i = 0; i < words_.size(); ++i) {
    const uint32_t word_id = static_cast<uint32_t>(i + 1);
    uint32_t begin = 0;
    if (next_mwt < mwts_.size() && mwts_[next_mwt].first == word_id) {
      const PendingMwt& m = mwts_[next_mwt++];
      if (m.last > words_.size() || m.last < m.first) return error(m.line, "bad multiword range");
      DYAD_RETURN_IF_ERROR(place(m.form, m.line, begin));
      MultiwordToken mwt;
      mwt.token_begin = static_cast<uint32_t>(doc_.tokens.size());
      uint32_t inner = begin;
      const uint32_t surface_end = begin + static_cast<uint32_t>(m.form.size());
      for (uint32_t k = m.first; k <= m.last; ++k) {
        const PendingWord& w = words_[k - 1];
        Token t;
        t.begin = std::min(inner, surface_end);
        t.end = std::min(inner + static_cast<uint32_t>(w.form.size()), surface_end);
        inner = t.end;
        doc_.tokens.push_back(t);
      }
      mwt.token_end = static_cast<uint32_t>(doc_.tokens.size());
      doc_.multiword_tokens.push_back(mwt);
      i = m.last - 1;
      continue;
    }
    DYAD_RETURN_IF_ERROR(place(words_[i].form, words_[i].line, begin));
    Token t;
    t.begin = begin;
    t.end = begin + static_cast<uint32_t>(words_[i].form.size());
    doc_.tokens.push_back(t);
  }

  // Annotation columns.
  for (size_t i = 0; i < words_.size(); ++i) {
    const PendingWord& w = words_[i];
    Token& t = doc_.tokens[sentence.token_begin + i];
    if (w.lemma != "_" || w.form == "_") t.lemma = doc_.store(w.lemma);
    if (w.feats != "_") t.feats = doc_.store(w.feats);
    t.upos = parse_upos(w.upos).value_or(Upos::kNone);
    t.xpos = parse_xpos(w.xpos).value_or(Xpos::kNone);
    t.deprel = parse_deprel(w.deprel).value_or(DepRel::kNone);
    if (t.deprel == DepRel::kNone && w.deprel != "_") {
      // An unknown subtype keeps its universal relation rather than being dropped.
      std::string_view universal = w.deprel.substr(0, w.deprel.find(':'));
      t.deprel = parse_deprel(universal).value_or(DepRel::dep);
    }
    uint32_t head = 0;
    if (w.head != "_") {
      if (!parse_uint(w.head, head) || head > words_.size()) {
        return error(w.line, "bad HEAD '" + std::string(w.head) + "'");
      }
      t.head = head == 0 ? kNoIndex : sentence.token_begin + head - 1;
    }
  }
  // SpaceAfter follows the text itself, so it is right for words inside multiword tokens.
  for (uint32_t k = sentence.token_begin; k < doc_.tokens.size(); ++k) {
    Token& t = doc_.tokens[k];
    t.space_after = t.end < text.size() &&
                    only_space(std::string_view(text).substr(t.end, text[t.end] == '\xC2' ? 2 : 1));
  }
  sentence.token_end = static_cast<uint32_t>(doc_.tokens.size());
  doc_.sentences.push_back(sentence);
  words_.clear();
  mwts_.clear();
  text_ = {};
  return {};
}

}  // namespace

Result<std::vector<Document>> read_conllu(std::string_view content, std::string_view name,
                                          const ConlluReadOptions& options) {
  std::vector<Document> docs;
  docs.emplace_back();
  docs.back().id = std::string(name);
  auto builder = std::make_unique<SentenceBuilder>(name, docs.back());
  bool new_paragraph = false;
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line =
        content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!builder->empty()) {
        DYAD_RETURN_IF_ERROR(builder->finish(new_paragraph));
        new_paragraph = false;
      }
      continue;
    }
    if (line[0] == '#') {
      if (line.starts_with("# text = ")) {
        builder->set_text(line.substr(9));
      } else if (line.starts_with("# newpar")) {
        new_paragraph = true;
      } else if (line.starts_with("# newdoc")) {
        new_paragraph = true;
        if (options.split_documents && !docs.back().tokens.empty()) {
          docs.emplace_back();
          builder = std::make_unique<SentenceBuilder>(name, docs.back());
        }
        size_t eq = line.find("id = ");
        if (eq != std::string_view::npos && options.split_documents) {
          docs.back().id = std::string(line.substr(eq + 5));
        }
      }
      continue;
    }
    std::vector<std::string_view> cols = split_tabs(line);
    if (cols.size() != 10) {
      std::ostringstream msg;
      msg << name << ":" << line_no << ": expected 10 tab-separated columns, found "
          << cols.size();
      return parse_error(msg.str());
    }
    std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      uint32_t first = 0, last = 0;
      if (!parse_uint(id.substr(0, dash), first) || !parse_uint(id.substr(dash + 1), last)) {
        std::ostringstream msg;
        msg << name << ":" << line_no << ": bad multiword id '" << id << "'";
        return parse_error(msg.str());
      }
      builder->add_multiword(first, last, cols[1], line_no);
      continue;
    }
    builder->add_word({cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], cols[9],
                       line_no});
  }
  if (!builder->empty()) DYAD_RETURN_IF_ERROR(builder->finish(new_paragraph));
  for (Document& d : docs) d.source = d.text;
  return docs;
}

Result<std::vector<Document>> read_conllu_file(const std::string& path,
                                               const ConlluReadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found("cannot open CoNLL-U file '" + path + "'");
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string content = buf.str();
  auto docs = read_conllu(content, path, options);
  return docs;
}

void write_conllu(const Document& doc, const ConlluWriteOptions& options, std::string& out) {
  const std::string& prefix = options.sent_id_prefix.empty() ? doc.id : options.sent_id_prefix;
  CharOffsets chars(doc.source);
  size_t next_mwt = 0;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    out += "# sent_id = ";
    out += prefix.empty() ? "s" : prefix;
    out += '-';
    out += std::to_string(s + 1);
    out += "\n# text = ";
    for (char c : doc.sentence_text(sentence)) out += (c == '\n' || c == '\r') ? ' ' : c;
    out += '\n';
    auto append_misc = [&](uint32_t begin, uint32_t end, bool space_after) {
      std::string misc;
      if (!space_after) misc = "SpaceAfter=No";
      if (options.offsets) {
        if (!misc.empty()) misc += '|';
        misc += "TokenRange=" + std::to_string(chars.at(doc.offsets.to_source(begin))) + ":" +
                std::to_string(chars.at(doc.offsets.to_source(end)));
      }
      out += misc.empty() ? "_" : misc;
      out += '\n';
    };
    while (next_mwt < doc.multiword_tokens.size() &&
           doc.multiword_tokens[next_mwt].token_begin < sentence.token_begin) {
      ++next_mwt;
    }
    for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
      const uint32_t word_id = i - sentence.token_begin + 1;
      if (next_mwt < doc.multiword_tokens.size() &&
          doc.multiword_tokens[next_mwt].token_begin == i) {
        const MultiwordToken& m = doc.multiword_tokens[next_mwt++];
        const Token& first = doc.tokens[m.token_begin];
        const Token& last = doc.tokens[m.token_end - 1];
        out += std::to_string(word_id) + "-" + std::to_string(word_id + m.token_end - i - 1);
        out += '\t';
        out += std::string_view(doc.text).substr(first.begin, last.end - first.begin);
        out += "\t_\t_\t_\t_\t_\t_\t_\t";
        append_misc(first.begin, last.end, last.space_after);
      }
      const Token& t = doc.tokens[i];
      const bool inside_mwt = [&] {
        for (size_t k = next_mwt; k-- > 0;) {
          const MultiwordToken& m = doc.multiword_tokens[k];
          if (m.token_end <= i) return false;
          if (m.token_begin <= i) return true;
        }
        return false;
      }();
      out += std::to_string(word_id);
      out += '\t';
      out += doc.form(t);
      out += '\t';
      std::string_view lemma = doc.lemma(t);
      out += lemma.empty() ? "_" : lemma;
      out += '\t';
      out += to_string(t.upos);
      out += '\t';
      out += to_string(t.xpos);
      out += '\t';
      std::string_view feats = doc.feats(t);
      out += feats.empty() ? "_" : feats;
      out += '\t';
      if (t.deprel == DepRel::kNone && t.head == kNoIndex) {
        out += "_\t_";
      } else {
        out += t.head == kNoIndex ? "0" : std::to_string(t.head - sentence.token_begin + 1);
        out += '\t';
        out += to_string(t.deprel);
      }
      out += "\t_\t";
      if (inside_mwt) {
        out += "_\n";
      } else {
        append_misc(t.begin, t.end, t.space_after);
      }
    }
    out += '\n';
  }
}

}  // namespace dyad::syntax

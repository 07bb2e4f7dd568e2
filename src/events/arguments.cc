#include "events/arguments.h"

#include "events/words.h"

#include <span>
#include <string>

namespace dyad::events {
namespace {

// Verbs whose object, not subject, does what their xcomp says: "urged Iran to withdraw".
constexpr std::string_view kObjectControl[] = {"urge",   "ask",       "persuade", "force", "order",
                                               "invite", "encourage", "press",    "allow", "tell",
                                               "call",   "pressure",  "warn",     "help"};

// Participles of readiness: their passive subject does what their infinitive says ("is
// prepared to impose", "is scheduled to attend").
constexpr std::string_view kReadiness[] = {"prepare", "commit",  "determine", "set",
                                           "poise",   "resolve", "schedule"};

// Adjectives of willingness whose "it" is the one willing, never an expletive ("it is
// ready to help"), unlike "it is important to help".
constexpr std::string_view kWillingness[] = {"willing",  "unwilling", "ready",  "eager",
                                             "keen",     "able",      "unable", "reluctant",
                                             "prepared", "determined"};

// Event nouns whose of-phrase is who acts ("the visit of Blinken", "a meeting of foreign
// ministers", "a protest of students", "the withdrawal of Syrian troops"); of the others
// it is who is acted on.
constexpr std::string_view kOfNamesDoer[] = {
    "visit",     "trip",   "arrival",    "departure",     "tour",        "meeting",      "summit",
    "talk",      "talks",  "protest",    "demonstration", "rally",       "strike",       "riot",
    "walkout",   "march",  "gathering",  "conference",    "negotiation", "conversation", "call",
    "statement", "speech", "withdrawal", "pullout",       "pullback",    "retreat",      "return"};

bool of_names_doer(std::string_view noun) {
  return std::find(std::begin(kOfNamesDoer), std::end(kOfNamesDoer), noun) !=
         std::end(kOfNamesDoer);
}

// Light verbs whose object noun carries the event: "held talks with", "paid a visit to".
constexpr std::string_view kLightVerbs[] = {"hold",   "have",    "pay",    "make",     "conduct",
                                            "launch", "carry",   "stage",  "begin",    "start",
                                            "resume", "renew",   "reopen", "continue", "give",
                                            "issue",  "express", "voice",  "lodge",    "file"};

class FrameReader {
 public:
  FrameReader(const Document& doc, const Sentence& sentence) : doc_(doc), sentence_(sentence) {}

  PredicateFrame read(uint32_t p) const {
    PredicateFrame frame;
    frame.predicate = p;
    const Upos upos = doc_.tokens[p].upos;
    frame.nominal = upos == Upos::NOUN || upos == Upos::PROPN;
    if (frame.nominal) {
      read_nominal(p, frame);
    } else {
      read_verbal(p, frame);
    }
    return frame;
  }

 private:
  std::string lemma(uint32_t t) const {
    std::string out(doc_.lemma(doc_.tokens[t]));
    if (out.empty()) out = doc_.form(t);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }

  // The first case or mark word under `t`: the preposition of its phrase.
  std::string_view preposition_of(uint32_t t) const {
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& d = doc_.tokens[i];
      if (d.head == t && (d.deprel == DepRel::case_ || d.deprel == DepRel::mark)) {
        return doc_.form(i);
      }
    }
    return {};
  }

  bool is_relative_pronoun(uint32_t t) const {
    std::string_view f = doc_.form(t);
    return equals_lower(f, "which") || equals_lower(f, "that") || equals_lower(f, "who");
  }

  // A subject for `p`: its own, or, when it has none, the one it shares with a
  // governor (control, coordination, relative clauses).
  // `control`: `p` governs the infinitive whose subject is sought. When `p` is a
  // participle of readiness ("he is prepared to lift the ban", "Obama is scheduled to
  // attend a summit"), its passive subject is the infinitive's doer. Not after verbs of
  // belief or report ("is believed to have died", "is said to have used"), whose
  // infinitive is hearsay, nor after coercion ("were forced to offer"): the doer did not
  // choose the deed.
  // `patient`: the predicate the subject is sought for is passive and shares its
  // governor's subject through an adverbial clause or coordination ("the civilians
  // imprisoned for acting against Moscow were released by Putin"): that subject is what
  // the passive is done to, whatever the governor's voice.
  void add_subjects(uint32_t p, PredicateFrame& frame, int depth, bool control = false,
                    bool patient = false) const {
    bool found = false;
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& d = doc_.tokens[i];
      if (d.head != p) continue;
      // "There have been warnings": an expletive is no participant.
      if (equals_lower(doc_.form(i), "there")) continue;
      // "Iran said it is willing to resume negotiations": the parser reads the "it" of a
      // readiness adjective as an expletive, but it is the one who is willing.
      const bool willing_it = d.deprel == DepRel::expl && equals_lower(doc_.form(i), "it") &&
                              one_of(lemma(p), kWillingness);
      if (d.deprel == DepRel::nsubj || d.deprel == DepRel::nsubj_pass || willing_it) {
        const bool passive = patient || (d.deprel == DepRel::nsubj_pass &&
                                         !(control && one_of(lemma(p), kReadiness)));
        uint32_t head = i;
        // "the troops that shelled the town": the relative pronoun stands for the noun.
        if (is_relative_pronoun(i) && doc_.tokens[p].head != kNoIndex &&
            (doc_.tokens[p].deprel == DepRel::acl_relcl || doc_.tokens[p].deprel == DepRel::acl)) {
          head = doc_.tokens[p].head;
        }
        frame.arguments.push_back(
            {head, passive ? ArgumentRole::kObject : ArgumentRole::kSubject, {}, depth > 0});
        found = true;
      }
    }
    if (found || depth >= 4) return;
    const ArgumentRole shared = patient ? ArgumentRole::kObject : ArgumentRole::kSubject;
    const Token& t = doc_.tokens[p];
    if (t.head == kNoIndex) return;
    switch (t.deprel) {
      case DepRel::xcomp:
        if (one_of(lemma(t.head), kObjectControl)) {
          // The parser sometimes labels the controller iobj ("urged Iran to").
          uint32_t obj = child(t.head, DepRel::obj);
          if (obj == kNoIndex) obj = child(t.head, DepRel::iobj);
          if (obj != kNoIndex) {
            frame.arguments.push_back({obj, ArgumentRole::kSubject, {}, true});
            return;
          }
        }
        // "is set to be extradited": a passive infinitive's subject is its patient still,
        // whatever the governor's voice: in "warships ..., expected to be joined by
        // Italian vessels", the warships are joined, not joining.
        add_subjects(t.head, frame, depth + 1, child(p, DepRel::aux_pass) == kNoIndex,
                     patient || child(p, DepRel::aux_pass) != kNoIndex);
        return;
      case DepRel::advcl:
      case DepRel::conj:
        add_subjects(t.head, frame, depth + 1, false,
                     patient || (depth == 0 && child(p, DepRel::aux_pass) != kNoIndex));
        return;
      case DepRel::acl_relcl:
        frame.arguments.push_back({t.head, shared, {}, true});
        return;
      case DepRel::acl:
        // "The Azerbaijani parliament threatened on Monday to secede", parsed as a noun
        // heading the sentence (or the content of "witnesses said") with "threatened" a
        // participle under it: a clause has a verb, so the participle is the verb and the
        // noun its subject. A participle under any other noun is a reduced relative
        // ("weapons seized by police"), whose noun is its patient.
        if (main_verb_read_as_participle(p)) {
          frame.arguments.push_back({t.head, shared, {}, true});
          return;
        }
        // "forces operating in Iraq": a present participle's noun is its subject; "issued a
        // statement condemning the attack": a message's sender is.
        // Not a clause its own word introduces: in "warnings to China against providing
        // support", the warnings do not provide.
        if (t.xpos != Xpos::VBG || preposition_of(p).size() > 0) return;
        if (is_message(t.head) && doc_.tokens[t.head].deprel == DepRel::obj &&
            doc_.tokens[t.head].head != kNoIndex) {
          add_subjects(doc_.tokens[t.head].head, frame, depth + 1);
          return;
        }
        frame.arguments.push_back({t.head, shared, {}, true});
        return;
      default:
        return;
    }
  }

  bool main_verb_read_as_participle(uint32_t p) const {
    const Token& t = doc_.tokens[p];
    if (t.xpos != Xpos::VBN && t.xpos != Xpos::VBD) return false;
    if (child(p, DepRel::aux_pass) != kNoIndex || child(p, DepRel::obl_agent) != kNoIndex) {
      return false;
    }
    // Headlines drop the auxiliary of a passive: "Guatemala Ex-Special Forces Arrested".
    const std::string_view form = doc_.form(p);
    if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') return false;
    // Active only with what an active verb takes ("blocked streets", "threatened to
    // secede") or when the verb has no passive ("demonstrated in Kirkuk"): "a singer
    // murdered in Guatemala" is the murder's victim.
    static constexpr std::string_view kIntransitive[] = {
        "demonstrate", "protest", "rally", "march", "riot", "surrender", "clash", "meet"};
    const uint32_t clause = child(p, DepRel::advcl);
    const bool infinitive = clause != kNoIndex && preposition_of(clause) == "to";
    if (child(p, DepRel::obj) == kNoIndex && child(p, DepRel::xcomp) == kNoIndex &&
        child(p, DepRel::ccomp) == kNoIndex && !infinitive && !one_of(lemma(p), kIntransitive)) {
      return false;
    }
    const Token& noun = doc_.tokens[t.head];
    if (noun.upos != Upos::NOUN && noun.upos != Upos::PROPN) return false;
    const bool clause_level = noun.head == kNoIndex || noun.deprel == DepRel::root ||
                              noun.deprel == DepRel::ccomp || noun.deprel == DepRel::parataxis;
    if (!clause_level || child(t.head, DepRel::cop) != kNoIndex) return false;
    // The first such participle only: "Soldiers killed in the attack buried" has one verb.
    for (uint32_t i = sentence_.token_begin; i < p; ++i) {
      const Token& d = doc_.tokens[i];
      if (d.head == t.head && d.deprel == DepRel::acl) return false;
    }
    return true;
  }

  // "has granted": the participle of a perfect, an active verb.
  bool has_perfect_auxiliary(uint32_t verb) const {
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& d = doc_.tokens[i];
      if (d.head == verb && d.deprel == DepRel::aux && lemma(i) == "have") return true;
    }
    return false;
  }

  bool is_message(uint32_t noun) const {
    static constexpr std::string_view kMessages[] = {
        "statement",  "declaration", "communique", "message", "letter", "report",
        "resolution", "appeal",      "note",       "memo",    "decree", "order"};
    return one_of(lemma(noun), kMessages);
  }

  uint32_t child(uint32_t head, DepRel rel) const {
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      if (doc_.tokens[i].head == head && doc_.tokens[i].deprel == rel) return i;
    }
    return kNoIndex;
  }

  // Objects and prepositional phrases directly under `p`.
  void add_complements(uint32_t p, PredicateFrame& frame, bool inherited) const {
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& d = doc_.tokens[i];
      if (d.head != p) continue;
      switch (d.deprel) {
        case DepRel::obj:
          if (!frame.nominal || inherited) {
            if (i != frame.predicate) {
              frame.arguments.push_back({i, ArgumentRole::kObject, {}, inherited});
            }
          }
          break;
        case DepRel::iobj:
          frame.arguments.push_back({i, ArgumentRole::kIndirect, {}, inherited});
          break;
        case DepRel::obl_agent:
          frame.arguments.push_back({i, ArgumentRole::kAgent, "by", inherited});
          frame.passive = true;
          break;
        case DepRel::obl:
        case DepRel::nmod: {
          std::string_view prep = preposition_of(i);
          if (prep.empty()) break;
          ArgumentRole role = ArgumentRole::kOblique;
          if (equals_lower(prep, "by") && (frame.passive || frame.nominal)) {
            role = ArgumentRole::kAgent;
          }
          // "the visit of Blinken": the of-phrase of a noun of going or gathering names
          // who acts; of any other event noun, who is acted on ("the invasion of South
          // Lebanon", "the expulsion of diplomats").
          if (equals_lower(prep, "of") && frame.nominal) {
            role = of_names_doer(lemma(frame.predicate)) ? ArgumentRole::kSubject
                                                         : ArgumentRole::kObject;
          }
          frame.arguments.push_back({i, role, prep, inherited});
          break;
        }
        default:
          break;
      }
    }
  }

  void read_verbal(uint32_t p, PredicateFrame& frame) const {
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& d = doc_.tokens[i];
      if (d.head == p && (d.deprel == DepRel::aux_pass || d.deprel == DepRel::nsubj_pass)) {
        frame.passive = true;
      }
    }
    const bool headline_passive = !frame.passive && headline_participle(p);
    if (headline_passive) frame.passive = true;
    const bool marked = frame.passive;
    add_subjects(p, frame, 0, false, headline_passive);
    add_complements(p, frame, false);
    // "Eriador was opposed by Osgiliath" parsed with "was" the copula and "Eriador" an
    // active subject, "the journalist taken hostage by Islamic State" with the journalist
    // the taker: a by-agent makes a participle passive, so its subject is the patient.
    if (marked || doc_.tokens[p].xpos != Xpos::VBN) return;
    // The parser may hang the by-phrase on an adverb of the verb ("opposed earlier by").
    uint32_t agent = child(p, DepRel::obl_agent);
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end && agent == kNoIndex; ++i) {
      if (doc_.tokens[i].head == p && doc_.tokens[i].deprel == DepRel::advmod) {
        agent = child(i, DepRel::obl_agent);
      }
    }
    if (agent != kNoIndex && equals_lower(preposition_of(agent), "by") &&
        doc_.tokens[agent].upos != Upos::VERB && !has_perfect_auxiliary(p)) {
      for (Argument& a : frame.arguments) {
        if (a.role == ArgumentRole::kSubject && !a.inherited) a.role = ArgumentRole::kObject;
      }
      frame.passive = true;
      if (doc_.tokens[agent].head != p) {
        frame.arguments.push_back({agent, ArgumentRole::kAgent, "by", false});
      }
    }
  }

  // "Top Zeta Leader Captured in Oaxaca", "Four Mexicans Arrested in Nigeria": a
  // headline drops the passive's auxiliary, leaving a capitalized participle with a
  // subject and no object or auxiliary of its own; the subject is what was done to.
  bool headline_participle(uint32_t p) const {
    const Token& t = doc_.tokens[p];
    if (t.xpos != Xpos::VBN || t.deprel != DepRel::root) return false;
    const std::string_view form = doc_.form(p);
    if (form.empty() || !(form[0] >= 'A' && form[0] <= 'Z') || p == sentence_.token_begin) {
      return false;
    }
    bool subject = false;
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& d = doc_.tokens[i];
      if (d.head != p) continue;
      if (d.deprel == DepRel::aux || d.deprel == DepRel::obj || d.deprel == DepRel::ccomp ||
          d.deprel == DepRel::xcomp) {
        return false;
      }
      subject |= d.deprel == DepRel::nsubj;
    }
    return subject;
  }

  void read_nominal(uint32_t p, PredicateFrame& frame) const {
    for (uint32_t i = sentence_.token_begin; i < sentence_.token_end; ++i) {
      const Token& d = doc_.tokens[i];
      if (d.head != p || equals_lower(doc_.form(i), "there")) continue;
      // "Xi's visit", "US warnings", "Chinese warnings".
      const bool possessor = d.deprel == DepRel::nmod_poss;
      const bool modifier = (d.deprel == DepRel::compound && d.upos == Upos::PROPN) ||
                            (d.deprel == DepRel::amod && d.upos == Upos::ADJ &&
                             d.xpos == Xpos::JJ && is_capitalized(doc_.form(i)));
      if (possessor || modifier) {
        frame.arguments.push_back({i, ArgumentRole::kSubject, {}, false});
      }
    }
    add_complements(p, frame, false);
    // "Iran held talks with France": the light verb lends its subject and obliques.
    const Token& t = doc_.tokens[p];
    if (t.head != kNoIndex && t.deprel == DepRel::obj && one_of(lemma(t.head), kLightVerbs)) {
      if (!has_role(frame, ArgumentRole::kSubject)) add_subjects(t.head, frame, 1);
      add_complements(t.head, frame, true);
    }
  }

  static bool is_capitalized(std::string_view s) {
    return !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
  }

  static bool has_role(const PredicateFrame& frame, ArgumentRole role) {
    for (const Argument& a : frame.arguments) {
      if (a.role == role) return true;
    }
    return false;
  }

  const Document& doc_;
  const Sentence& sentence_;
};

// `a` and the phrases coordinated with it ("Hungary and Romania").
void expand_conjuncts(const Document& doc, const Argument& a, std::vector<Argument>& out) {
  out.push_back(a);
  std::vector<uint32_t> stack = {a.head};
  while (!stack.empty()) {
    const uint32_t h = stack.back();
    stack.pop_back();
    for (uint32_t i = h + 1; i < doc.tokens.size() && i < h + 64; ++i) {
      if (doc.tokens[i].head == h && doc.tokens[i].deprel == DepRel::conj) {
        Argument c = a;
        c.head = i;
        out.push_back(c);
        stack.push_back(i);
      }
    }
  }
}

}  // namespace

bool is_light_verb(std::string_view lemma) { return one_of(lemma, kLightVerbs); }

std::vector<Argument> PredicateFrame::sources() const {
  std::vector<Argument> out;
  // With a by-agent the subject is a passive patient, already a kObject.
  for (const Argument& a : arguments) {
    if (a.role == ArgumentRole::kSubject || a.role == ArgumentRole::kAgent) out.push_back(a);
  }
  return out;
}

std::vector<Argument> PredicateFrame::targets() const {
  std::vector<Argument> out;
  for (const Argument& a : arguments) {
    if (a.role == ArgumentRole::kObject || a.role == ArgumentRole::kIndirect ||
        a.role == ArgumentRole::kOblique) {
      out.push_back(a);
    }
  }
  return out;
}

PredicateFrame read_frame(const Document& doc, const Sentence& sentence, uint32_t predicate) {
  PredicateFrame frame = FrameReader(doc, sentence).read(predicate);
  std::vector<Argument> expanded;
  for (const Argument& a : frame.arguments) expand_conjuncts(doc, a, expanded);
  frame.arguments = std::move(expanded);
  return frame;
}

}  // namespace dyad::events

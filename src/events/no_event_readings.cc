#include "events/no_event_readings.h"

#include "events/words.h"

namespace dyad::events {
namespace {

bool has_child(const TreeView& tree, uint32_t t, DepRel rel) {
  return tree.child(t, rel) != kNoIndex;
}

// "Speaking at a forum in Miami, the minister said…", "Speaking with a Birmingham
// accent, the man tells his captors…": a participle of speech before the statement it
// frames says where or how it was made, and is no consultation of its own (its "with" or
// "at" phrase names no one consulted). An event it names ("Speaking after a meeting with
// Theresa May") is coded from its noun, as the speaker's.
bool sets_the_scene(const TreeView& tree, uint32_t verb) {
  const Token& t = tree.token(verb);
  if (t.xpos != Xpos::VBG || t.deprel != DepRel::advcl || t.head == kNoIndex || t.head < verb ||
      !tree.contains(t.head)) {
    return false;
  }
  return one_of(tree.lemma(verb), {"speak", "talk", "address", "write", "comment", "respond"}) &&
         one_of(tree.lemma(t.head), {"say", "tell", "add", "state", "announce", "stress", "insist",
                                     "warn", "provide", "note", "declare"});
}

// "The presidents have demonstrated a degree of political will": demonstrating something
// is showing it; only demonstrating without an object is a protest.
bool shows_something(const TreeView& tree, uint32_t verb) {
  return tree.lemma(verb) == "demonstrate" &&
         (has_child(tree, verb, DepRel::obj) || has_child(tree, verb, DepRel::ccomp));
}

// "Turkey considers the YPG a terrorist group", "Guatemala is considered one of the most
// diverse countries", "considers X to be Y": considering someone something is an opinion,
// not the weighing of a policy option (014) that "is considering sanctions" and
// "considered imposing a curfew" are.
bool regards_as(const TreeView& tree, uint32_t verb) {
  if (tree.lemma(verb) != "consider" && tree.lemma(verb) != "regard") return false;
  if (has_child(tree, verb, DepRel::nsubj_pass) || has_child(tree, verb, DepRel::aux_pass)) {
    return true;
  }
  for (uint32_t c : tree.children(verb)) {
    const Token& t = tree.token(c);
    if (t.deprel == DepRel::xcomp && t.xpos != Xpos::VBG) return true;
    if ((t.deprel == DepRel::obl || t.deprel == DepRel::advcl) && tree.preposition(c) == "as") {
      return true;
    }
  }
  return false;
}

// "An official, who asked to remain anonymous, told…", "asked not to be identified": a
// source's wish to stay unnamed asks nothing of anyone. Nor does the reporter's question
// that frames an answer ("Asked if the attack was a reprisal, she said…"). Asking leave
// to act ("South Korea has requested to lease a Russian training ground") is a request.
bool asks_for_oneself(const TreeView& tree, uint32_t verb) {
  if (!one_of(tree.lemma(verb), {"ask", "request"})) return false;
  const Token& t = tree.token(verb);
  if (t.xpos == Xpos::VBN && t.deprel == DepRel::advcl && !has_child(tree, verb, DepRel::nsubj)) {
    return true;
  }
  if (has_child(tree, verb, DepRel::obj) || has_child(tree, verb, DepRel::iobj)) return false;
  const uint32_t x = tree.child(verb, DepRel::xcomp);
  return x != kNoIndex &&
         one_of(tree.lemma(x), {"remain", "stay", "identify", "name", "quote", "know"});
}

// "One Russian politician called it the most dangerous moment since 1962", "what
// authorities called the biggest operation": calling something a name is no call.
bool names_something(const TreeView& tree, uint32_t verb) {
  const uint32_t object = tree.child(verb, DepRel::obj);
  if (tree.lemma(verb) != "call" || object == kNoIndex) return false;
  // The parser may hang the name on the object, as its object or, quoted, its
  // appositive: 'calling the move a "strategic blow" to Mexico's most powerful drug
  // trafficking organization'. Not on a named object: "called Erdogan, the Turkish leader".
  if (tree.token(object).upos != Upos::PROPN) {
    for (uint32_t name : tree.children(object)) {
      const DepRel r = tree.token(name).deprel;
      if ((r == DepRel::obj || r == DepRel::appos) && tree.token(name).upos == Upos::NOUN) {
        return true;
      }
    }
    // Or as the verb's second object: "calling them an occupying army".
    for (uint32_t name : tree.children(verb)) {
      if (name > object && tree.token(name).deprel == DepRel::obj &&
          tree.token(name).upos == Upos::NOUN) {
        return true;
      }
    }
  }
  // A name after a title is one phrase the parser may split: "called Turkish President
  // Recep Tayyip Erdogan" is a call.
  const uint32_t x = tree.child(verb, DepRel::xcomp);
  return x != kNoIndex && tree.token(x).upos != Upos::VERB && tree.token(x).upos != Upos::PROPN;
}

// Whether a that-clause says what someone should do: a deontic modal ("must", "should"),
// or the subjunctive ("insisted that Sudan end curbs on the press").
bool prescribes(const TreeView& tree, uint32_t clause) {
  for (uint32_t c : tree.children(clause)) {
    if (tree.token(c).deprel == DepRel::aux &&
        one_of(tree.lemma(c), {"must", "should", "ought", "need", "shall"})) {
      return true;
    }
  }
  // The subjunctive is the base form with any subject; the tagger often reads it as the
  // plural present (VBP), which a singular subject gives away ("that Burundi's government
  // grant the Hutu more rights").
  const uint32_t subject = tree.child(clause, DepRel::nsubj);
  if (subject == kNoIndex || has_child(tree, clause, DepRel::aux)) return false;
  const Xpos verb = tree.token(clause).xpos, noun = tree.token(subject).xpos;
  return verb == Xpos::VB || (verb == Xpos::VBP && (noun == Xpos::NN || noun == Xpos::NNP));
}

// "Mattis insisted that America's role in Syria was to counter Isis", "the police have
// suggested that the rebirth of the mafia is little more than…": insisting or
// suggesting that something is so states a view; only insisting or suggesting that
// someone act is a demand (100) or a proposal (020).
bool states_a_view(const TreeView& tree, uint32_t verb) {
  if (!one_of(tree.lemma(verb), {"insist", "suggest"})) return false;
  const uint32_t clause = tree.child(verb, DepRel::ccomp);
  if (clause != kNoIndex) return !prescribes(tree, clause);
  // One insists on something, never insists it: a direct object is the subject of a
  // that-less clause the parser split off ("insisted unrest there reflected age-old
  // ethnic tensions").
  const uint32_t object = tree.child(verb, DepRel::obj);
  return tree.lemma(verb) == "insist" && object != kNoIndex &&
         tree.token(object).upos == Upos::NOUN;
}

// "has met a mixed response in Europe", "the preconditions have been met", "met with
// fierce resistance": meeting a demand, a target or a reaction is no meeting of anyone.
bool meets_a_thing(const TreeView& tree, uint32_t verb) {
  if (tree.lemma(verb) != "meet") return false;
  for (uint32_t c : tree.children(verb)) {
    const DepRel r = tree.token(c).deprel;
    const bool met = r == DepRel::obj || r == DepRel::nsubj_pass ||
                     (r == DepRel::obl && tree.preposition(c) == "with");
    if (met && one_of(tree.lemma(c),
                      {"response",   "reaction",   "demand",       "requirement", "criterion",
                       "criteria",   "target",     "deadline",     "need",        "expectation",
                       "standard",   "condition",  "precondition", "goal",        "obligation",
                       "challenge",  "resistance", "opposition",   "criticism",   "skepticism",
                       "scepticism", "approval",   "fate",         "end",         "death",
                       "threshold",  "quota",      "cost",         "silence"})) {
      return true;
    }
  }
  return false;
}

// "Canada and the United States have taken in approximately 50,000", "promised Britain
// would take in 20,000 Syrian refugees": taking people in admits them; it seizes and
// detains no one (TAKE's 173, 192).
bool takes_in(const TreeView& tree, uint32_t verb) {
  if (tree.lemma(verb) != "take") return false;
  for (uint32_t c : tree.children(verb)) {
    const DepRel r = tree.token(c).deprel;
    if (c == verb + 1 && (r == DepRel::compound_prt || r == DepRel::advmod) &&
        tree.lemma(c) == "in") {
      return true;
    }
  }
  return false;
}

// "The US and Turkey have released opposing accounts of a phone call", "estimates
// released by the ONDCP", "an Isis video released on Tuesday": releasing a document or
// figures publishes it; it frees no one (RELEASE's 084).
bool publishes_something(const TreeView& tree, uint32_t verb) {
  if (!one_of(tree.lemma(verb), {"release", "issue", "publish"})) return false;
  uint32_t released = tree.child(verb, DepRel::obj);
  if (released == kNoIndex) released = tree.child(verb, DepRel::nsubj_pass);
  const Token& t = tree.token(verb);
  if (released == kNoIndex && t.deprel == DepRel::acl && t.head != kNoIndex) released = t.head;
  if (released == kNoIndex) return false;
  return one_of(tree.lemma(released),
                {"report",     "video",     "statement",   "data",     "figure",     "statistic",
                 "estimate",   "budget",    "plan",        "analysis", "count",      "number",
                 "cable",      "survey",    "account",     "document", "footage",    "image",
                 "photo",      "recording", "transcript",  "result",   "finding",    "study",
                 "list",       "detail",    "information", "record",   "letter",     "map",
                 "assessment", "audio",     "tape",        "book",     "breakdown",  "guideline",
                 "strategy",   "proposal",  "text",        "summary",  "memo",       "evidence",
                 "version",    "picture",   "photograph",  "message",  "communique", "declaration",
                 "rate",       "index",     "ranking",     "forecast", "projection"});
}

// "Extortionists can charge upwards of $175,000 for the security of a site", "the gangs
// charge bus companies around 200 quetzales per week", "charges tax on every bulldozer":
// charging a price is no accusation (CHARGE's 112); "charged him with terrorism" is.
bool charges_a_price(const TreeView& tree, uint32_t verb) {
  if (tree.lemma(verb) != "charge") return false;
  if (tree.token(verb).deprel == DepRel::amod) return true;  // "a politically charged business"
  // "charged three Colombians with participating", the with-phrase wherever it hangs.
  for (uint32_t t = verb + 1; t < tree.sentence().token_end; ++t) {
    if (tree.lemma(t) == "with" && tree.dominates(verb, t)) return false;
  }
  auto priced = [&](uint32_t t) {
    return tree.form(t) == "$" || tree.token(t).upos == Upos::NUM ||
           one_of(tree.lemma(t), {"fee", "tax", "price", "toll", "rate", "percent", "commission",
                                  "dollar", "peso", "quetzal", "bolivar", "money"});
  };
  for (uint32_t c : tree.children(verb)) {
    const DepRel r = tree.token(c).deprel;
    if (r != DepRel::obj && r != DepRel::iobj && r != DepRel::obl && r != DepRel::advmod) {
      continue;
    }
    if (r == DepRel::obl && tree.preposition(c) != "between" && tree.preposition(c) != "of") {
      continue;  // "charged ... for tax evasion" is the crime
    }
    if (priced(c)) return true;
    for (uint32_t g : tree.children(c)) {
      if (tree.form(g) == "$") return true;
    }
  }
  return false;
}

// "an activist, who refused to be named", "The Canadian woman, who refused to be named":
// a source withholding its name from the press rejects no one's demand (REFUSE's 120).
// Declining to comment stays CAMEO's 011. "The homicide rate might be declining" is a
// fall, not a refusal.
bool withholds_a_name(const TreeView& tree, uint32_t verb) {
  if (!one_of(tree.lemma(verb), {"refuse", "decline"})) return false;
  const uint32_t x = tree.child(verb, DepRel::xcomp);
  if (x == kNoIndex) {
    return tree.lemma(verb) == "decline" && !has_child(tree, verb, DepRel::obj) &&
           !has_child(tree, verb, DepRel::nsubj_pass);
  }
  return one_of(tree.lemma(x), {"name", "identify"});
}

}  // namespace

bool reads_as_no_event(const TreeView& tree, uint32_t verb) {
  return sets_the_scene(tree, verb) || shows_something(tree, verb) || regards_as(tree, verb) ||
         asks_for_oneself(tree, verb) || names_something(tree, verb) || states_a_view(tree, verb) ||
         meets_a_thing(tree, verb) || takes_in(tree, verb) || publishes_something(tree, verb) ||
         charges_a_price(tree, verb) || withholds_a_name(tree, verb);
}

}  // namespace dyad::events

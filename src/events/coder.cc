#include "events/coder.h"

#include <algorithm>
#include <tuple>

#include "events/accusations.h"
#include "events/arguments.h"
#include "events/attribution.h"
#include "events/borders.h"
#include "events/conditions.h"
#include "events/countryless_targets.h"
#include "events/deed_domains.h"
#include "events/emergency_rule.h"
#include "events/event_codes.h"
#include "events/exercises.h"
#include "events/governed_codes.h"
#include "events/languages.h"
#include "events/linear_coder.h"
#include "events/linear_match.h"
#include "events/means_of_force.h"
#include "events/missions.h"
#include "events/modality.h"
#include "events/no_event_readings.h"
#include "events/participles.h"
#include "events/pattern_match.h"
#include "events/preparations.h"
#include "events/purposes.h"
#include "events/spread_names.h"
#include "events/tree_repairs.h"
#include "events/tree_view.h"
#include "events/verb_lexicon.h"
#include "events/words.h"
#include "timeplace/date_expressions.h"

namespace dyad::events {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

// Relations that open a new clause: an actor inside one is not a participant of the
// predicate above it.
bool opens_clause(DepRel r) {
  return r == DepRel::acl_relcl || r == DepRel::ccomp || r == DepRel::advcl ||
         r == DepRel::parataxis || r == DepRel::csubj || r == DepRel::acl || r == DepRel::conj ||
         r == DepRel::xcomp;
}

// Everything one sentence's coding needs, gathered once.
class SentenceCoder {
 public:
  SentenceCoder(const CoderResources& r, Document& doc, uint32_t sentence_index,
                std::vector<uint32_t>& mention_of_token, CoderWorkspace& ws, TreeView& tree,
                std::optional<sys_days> publication)
      : r_(r),
        doc_(doc),
        sentence_index_(sentence_index),
        sentence_(doc.sentences[sentence_index]),
        mention_of_token_(mention_of_token),
        ws_(ws),
        tree_(tree),
        publication_(publication) {}

  void code() {
    tree_.build(doc_, sentence_);
    // "Ithilen state-run television" is ITHILEN TELEVISION: the engines' phrases may be
    // spread over a noun phrase. Only with an engine's own dictionaries.
    if (!r_.cameo_rules) find_spread_names(*r_.actors, tree_, doc_, mention_of_token_);
    find_attribution(tree_, attribution_);
    dates_ = timeplace::find_date_expressions(doc_, sentence_);
    ws_.place_matches.clear();
    r_.gazetteer->find(doc_, sentence_.token_begin, sentence_.token_end, ws_.places,
                       ws_.place_matches);
    consumed_.assign(sentence_.token_end - sentence_.token_begin, false);
    // "Jordan's visiting King", "extradited suspected militant X", "the Beagle Channel,
    // disputed by Argentina and Chile": a property of the noun, coded by no rule below.
    for (uint32_t t = sentence_.token_begin; t < sentence_.token_end; ++t) {
      if (doc_.tokens[t].upos != Upos::VERB) continue;
      if (modifies_noun(tree_, t) || (r_.cameo_rules && states_who_holds(tree_, t))) consume(t);
    }
    // "a resolution that aims to tighten sanctions": what a noun is or does as a rule,
    // with what its clause governs, under CAMEO's rules (events, not standing traits).
    for (uint32_t t = sentence_.token_begin; t < sentence_.token_end && r_.cameo_rules; ++t) {
      if (describes_noun(tree_, t)) consume_clause(t);
    }
    // Protests first: what they demand ("staged rallies to demand political reforms") is
    // their purpose, coded through them as the protest's leaf, not as a demand of its own.
    for (uint32_t t = sentence_.token_begin; t < sentence_.token_end && r_.cameo_rules; ++t) {
      if (!consumed(t)) set_aside_purposes(t);
    }
    // Stances next: their complements are coded through them, not on their own.
    for (uint32_t t = sentence_.token_begin; t < sentence_.token_end && r_.cameo_rules; ++t) {
      if (doc_.tokens[t].upos != Upos::VERB) continue;
      code_stance(t);
      code_reported_attack(t);
      code_comment(t);
      code_denial(t);
    }
    const size_t first_event = doc_.events.size();
    for (uint32_t t = sentence_.token_begin; t < sentence_.token_end; ++t) {
      if (consumed(t)) continue;
      const Upos u = doc_.tokens[t].upos;
      if (u == Upos::VERB) {
        code_verb(t);
      } else if (u == Upos::NOUN) {
        code_noun(t);
      }
    }
    drop_intents_carried_by_deeds(first_event);
    if (!r_.cameo_rules) drop_events_inside_coded_phrases(first_event);
    if (r_.cameo_rules) drop_purposes_of_coded_deeds(first_event);
  }

  // Verbs whose voice or doer this reading settled as PETRARCH's tree does (settle_verb).
  const std::vector<uint32_t>& settled_verbs() const { return settled_verbs_; }

 private:
  // What a stance is toward (governed_deed).
  struct Deed {
    uint32_t predicate = kNoIndex;
    PredicateFrame frame;
    CodeChoice choice;
    std::vector<uint32_t> tokens;  // the predicates passed on the way down
    bool nominal = false;          // a noun ("called for talks"), not a clause
    DeedDomain domain;             // what the deed's words name (deed_domains.h)
    bool by_domain = false;        // the stance is coded by `domain`, not the lexicon
  };

  // find_verb, remembered for the sentence (the same verb is looked up by several rules).
  const VerbEntry* verb_entry(uint32_t t) {
    const uint32_t i = t - sentence_.token_begin;
    if (entries_.size() != sentence_.size()) {
      entries_.assign(sentence_.size(), nullptr);
      looked_up_.assign(sentence_.size(), false);
    }
    if (!looked_up_[i]) {
      entries_[i] = find_verb(*r_.verbs, tree_, t, scratch_);
      looked_up_[i] = true;
    }
    return entries_[i];
  }

  // choose_code, remembered for the sentence: the stance, deed, protest and statement
  // rules ask for the same predicate's code several times, and a block may have hundreds
  // of patterns to fit. The frame is compared whole, so the answer is the same.
  CodeChoice cached_choice(const VerbEntry& entry, uint32_t predicate,
                           const PredicateFrame& frame) {
    for (const CachedChoice& c : choices_) {
      if (c.entry == &entry && c.predicate == predicate && same_frame(c.frame, frame)) {
        return c.choice;
      }
    }
    CodeChoice choice = choose_code(*r_.verbs, entry, tree_, predicate, frame);
    if (r_.cameo_rules && one_of(tree_.lemma(predicate), {"demand", "insist"})) {
      choice.code = demanded_form(choice.code);
    }
    choices_.push_back({&entry, predicate, frame, choice});
    return choice;
  }

  static bool same_frame(const PredicateFrame& a, const PredicateFrame& b) {
    if (a.predicate != b.predicate || a.passive != b.passive || a.nominal != b.nominal ||
        a.arguments.size() != b.arguments.size()) {
      return false;
    }
    for (size_t i = 0; i < a.arguments.size(); ++i) {
      const Argument& x = a.arguments[i];
      const Argument& y = b.arguments[i];
      if (x.head != y.head || x.role != y.role || x.preposition != y.preposition ||
          x.inherited != y.inherited) {
        return false;
      }
    }
    return true;
  }

  // "Gollum was seen to break into a parade", "Gollum was known to break into": the
  // subject of a passive governor does what its active infinitive says, as the engines
  // read it (their doer is the actor before the verb). The frame has it as the patient,
  // as for "is set to be extradited", where the infinitive is passive too.
  void raise_passive_subject(uint32_t verb, PredicateFrame& frame) const {
    const Token& t = tree_.token(verb);
    if (t.deprel != DepRel::xcomp || t.head == kNoIndex || !tree_.contains(t.head) ||
        tree_.child(verb, DepRel::aux_pass) != kNoIndex) {
      return;
    }
    const uint32_t raised = tree_.child(t.head, DepRel::nsubj_pass);
    for (Argument& a : frame.arguments) {
      if (a.head == raised && a.inherited && a.role == ArgumentRole::kObject) {
        a.role = ArgumentRole::kSubject;
      }
    }
  }

  // "Eriador was opposed earlier by Osgiliath", parsed as "was" the copula of an adjective
  // "opposed" with "by Osgiliath" under "earlier": PETRARCH calls a past participle under
  // a form of "be" passive whatever the parse, its subject the target and a by-phrase of
  // its phrase the doer.
  void read_copular_passive(uint32_t verb, PredicateFrame& frame) const {
    const uint32_t cop = tree_.child(verb, DepRel::cop);
    if (frame.passive || tree_.token(verb).xpos != Xpos::VBN || cop == kNoIndex ||
        tree_.lemma(cop) != "be") {
      return;
    }
    frame.passive = true;
    for (Argument& a : frame.arguments) {
      if (a.role == ArgumentRole::kSubject) a.role = ArgumentRole::kObject;
    }
    auto add_agent = [&](uint32_t c) {
      const DepRel r = tree_.token(c).deprel;
      if ((r == DepRel::obl || r == DepRel::nmod) && equals_lower(tree_.preposition(c), "by")) {
        frame.arguments.push_back({c, ArgumentRole::kAgent, "by", false});
        return true;
      }
      return false;
    };
    for (uint32_t c : tree_.children(verb)) {
      if (add_agent(c)) return;
      if (tree_.token(c).deprel != DepRel::advmod) continue;
      for (uint32_t g : tree_.children(c)) {
        if (add_agent(g)) return;
      }
    }
  }

  // "Eriador has received by courier money from Osgiliath", parsed with "by courier money"
  // the agent of a passive: PETRARCH's passive needs a form of "be" over the participle,
  // so a verb with an active subject and none is active, its by-phrase a phrase like any.
  void read_active_by_phrase(uint32_t verb, PredicateFrame& frame) const {
    if (!frame.passive || tree_.child(verb, DepRel::aux_pass) != kNoIndex ||
        tree_.child(verb, DepRel::nsubj_pass) != kNoIndex ||
        tree_.child(verb, DepRel::nsubj) == kNoIndex ||
        tree_.child(verb, DepRel::cop) != kNoIndex) {
      return;
    }
    for (uint32_t c : tree_.children(verb)) {
      if (tree_.token(c).deprel == DepRel::aux && tree_.lemma(c) == "be") return;
    }
    frame.passive = false;
    for (Argument& a : frame.arguments) {
      if (a.role == ArgumentRole::kAgent) a.role = ArgumentRole::kOblique;
    }
  }

  // PETRARCH codes a verb's phrase once: after an event it resumes past the phrase's end,
  // so a verb inside the phrase after a coded verb codes nothing ("called on Gondor to be
  // allowed to leave Lorien" is no departure; "restore ties ... after crowds burned down
  // its embassy" no attack). A coordinated verb is a phrase of its own ("condemned the
  // attack and promised aid").
  void drop_events_inside_coded_phrases(size_t first_event) {
    std::vector<uint32_t> inside;
    for (size_t i = first_event; i < doc_.events.size(); ++i) {
      const uint32_t verb = doc_.events[i].predicate;
      if (verb == Event::kNone || doc_.tokens[verb].upos != Upos::VERB) continue;
      for (uint32_t t : events::phrase_after(tree_, verb)) inside.push_back(t);
    }
    const auto begin = doc_.events.begin() + static_cast<std::ptrdiff_t>(first_event);
    doc_.events.erase(std::remove_if(begin, doc_.events.end(),
                                     [&](const Event& e) {
                                       return std::find(inside.begin(), inside.end(),
                                                        e.predicate) != inside.end();
                                     }),
                      doc_.events.end());
  }

  // The governor of an intention ("plans", "offered", "agreed") codes nothing of its own
  // when the deed it governs became an event: the deed carries the intention.
  void drop_intents_carried_by_deeds(size_t first_event) {
    for (const auto& [governor, deed] : intents_) {
      const auto begin = doc_.events.begin() + static_cast<std::ptrdiff_t>(first_event);
      const bool deed_coded = std::any_of(begin, doc_.events.end(),
                                          [&](const Event& e) { return e.predicate == deed; });
      if (!deed_coded) continue;
      doc_.events.erase(std::remove_if(begin, doc_.events.end(),
                                       [&](const Event& e) { return e.predicate == governor; }),
                        doc_.events.end());
    }
  }

  // A purpose ("visit Mauritania to mediate") is no event of its own when the deed it is
  // for became one (purposes.h). Unless only the purpose names whom the deed is done to:
  // "used tear gas to disperse demonstrators" is done to the demonstrators.
  void drop_purposes_of_coded_deeds(size_t first_event) {
    const auto begin = doc_.events.begin() + static_cast<std::ptrdiff_t>(first_event);
    auto coded = [&](uint32_t predicate, bool with_target) {
      return std::any_of(begin, doc_.events.end(), [&](const Event& e) {
        return e.predicate == predicate && (!with_target || e.target != Event::kNone);
      });
    };
    std::vector<uint32_t> purposes;
    for (auto it = begin; it != doc_.events.end(); ++it) {
      // Mediation is the political act a journey is made for, not the doer's own meaning
      // of it: "will visit Mauritania and Senegal to mediate in a border dispute" is 039.
      if (one_of(it->cameo.view(), {"039", "045"})) continue;
      const uint32_t deed = purpose_of(tree_, it->predicate);
      if (deed != kNoIndex && coded(deed, coded(it->predicate, true))) {
        purposes.push_back(it->predicate);
      }
    }
    doc_.events.erase(std::remove_if(begin, doc_.events.end(),
                                     [&](const Event& e) {
                                       return std::find(purposes.begin(), purposes.end(),
                                                        e.predicate) != purposes.end();
                                     }),
                      doc_.events.end());
  }

  void code_verb(uint32_t verb) {
    if (accused_deed(verb)) return;
    if (reads_as_no_event(tree_, verb) || warns_of_a_danger(verb)) return;
    const VerbEntry* entry = verb_entry(verb);
    if (entry == nullptr) return;
    PredicateFrame frame = read_frame(doc_, sentence_, verb);
    if (!r_.cameo_rules) raise_passive_subject(verb, frame);
    if (!r_.cameo_rules) read_copular_passive(verb, frame);
    if (!r_.cameo_rules) read_active_by_phrase(verb, frame);
    CodeChoice choice = cached_choice(*entry, verb, frame);
    if (choice.code.empty() || toward_no_one(verb, choice)) return;
    code_meant_by_domain(verb, choice);
    code_accusation_leaf(verb, choice);
    code_accord(verb, choice);
    code_aerial_force(frame, choice);
    code_means_of_force(verb, frame, choice);
    code_attempted_assassination(verb, choice);
    code_captured_people(verb, frame, choice);
    code_leaf_by_domain(verb, choice);
    code_accession(verb, choice);
    code_protest_purpose(verb, verb, choice);
    code_investigative_mission(verb, choice);
    code_force_preparation(verb, choice);
    code_joint_exercises(verb, frame, choice);
    // "renewed negotiations", "paid a visit": the event noun says what happened; the
    // light verb's own default code ("renew" is 080 upstream) does not. A pattern of the
    // verb's that fits ("held talks" through HOLD) is as good, and wins.
    if (yields_to_noun(verb, choice)) return;
    if (intention_read_by_stance(verb, choice)) return;
    // "X said Y did Z" is Y's event; X's statement is no event of its own (no 010). So is
    // "Syria announced the withdrawal of its troops": the event noun says what.
    // An accord of views (019) is the event itself.
    if (is_statement(choice.code) && choice.code.view() != "019" &&
        (has_clausal_complement(verb) || codable_event_noun(tree_.child(verb, DepRel::obj)) ||
         codable_event_noun(topic_of(verb)))) {
      return;
    }
    // "closed its borders because of fighting between Azerbaijanis and Armenians": a verb
    // with no subject of its own that names its two sides is theirs, toward each other, as
    // the event noun's "talks between X and Y" is (code_noun); not the clause's subject's.
    if (r_.cameo_rules && tree_.child(verb, DepRel::nsubj) == kNoIndex &&
        tree_.child(verb, DepRel::nsubj_pass) == kNoIndex) {
      if (const auto [first, second] = between_pair(verb); first != kNoIndex) {
        emit_reciprocal(verb, verb, choice, {first, second});
        return;
      }
    }
    emit(verb, verb, frame, choice);
  }

  // "Trump has sought to limit US war aims", "Ankara wants to see an end to the YPG
  // holding territory": an intention verb's bare default (SEEK, WANT, PLAN: 030) says
  // nothing the deed it governs does not. The stance rules read such a verb with its deed
  // (code_stance); its default stands only for an intention with no deed named ("offered
  // help", "plans for a summit").
  bool intention_read_by_stance(uint32_t verb, const CodeChoice& choice) const {
    if (!r_.cameo_rules || choice.pattern != UINT32_MAX || !is_general(choice.code) ||
        !choice.code.view().starts_with("03")) {
      return false;
    }
    uint32_t deed = kNoIndex;
    for (uint32_t c : tree_.children(verb)) {
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::xcomp || r == DepRel::ccomp) deed = c;
    }
    if (deed == kNoIndex) return false;
    // Unless the deed names whom it is done with or handed to: "offered to hand over to
    // Great Britain two of its nationals", "sought to strike a deal with Erdogan".
    return !counterpart_named(deed, "to", 1) && !counterpart_named(deed, "with", 1);
  }

  // "MI5 warned of a dramatic upshift in Islamist terrorism", "aid agencies warned that an
  // assault on Idlib could cause a humanitarian crisis": a warning of a danger, addressed
  // to no one, threatens nothing (WARN's 130). Warning someone ("warned Syria that the
  // world is watching") is; a warning of one's own side's action is coded as its threat
  // by the stance rules (warns_of_action), before this.
  bool warns_of_a_danger(uint32_t verb) const {
    if (!r_.cameo_rules || !one_of(tree_.lemma(verb), {"warn", "caution"})) return false;
    bool of_a_danger = false;
    for (uint32_t c : tree_.children(verb)) {
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::obj || r == DepRel::iobj) return false;
      if (r == DepRel::ccomp ||
          (r == DepRel::obl && one_of(tree_.preposition(c), {"of", "about"}))) {
        of_a_danger = true;
      }
    }
    return of_a_danger;
  }

  // A pattern that names nothing but a preposition ("COME * (TO)" 040, "LINK * (WITH)"
  // 0311, "ATTACK * (FOR)" 111) says the act is toward whoever that phrase names. With
  // no actor there it does not describe the act: "coming to prominence in Colombia",
  // "fight for a free Syria".
  bool toward_no_one(uint32_t verb, const CodeChoice& choice) {
    if (!r_.cameo_rules || choice.pattern == UINT32_MAX) return false;
    const VerbPattern& pattern = r_.verbs->pattern(choice.pattern);
    if (!pattern.subject_side.empty() || pattern.object_side.size() != 1) return false;
    const PatternPhrase& phrase = pattern.object_side.front();
    if (phrase.preposition.empty() || !phrase.terms.empty()) return false;
    // Only acts that need a counterpart, and only a phrase that names one: a for-phrase
    // is as often the purpose ("travel to Paris for talks"), and an appeal, a seizure or
    // a killing is an event with no one named after the verb ("called for a regional
    // debate", "killed 346 gang members in confrontations").
    const std::string_view code = choice.code.view();
    if (phrase.preposition == "for" ||
        !(code.starts_with("03") || code.starts_with("04") || code.starts_with("11"))) {
      return false;
    }
    return !counterpart_named(verb, phrase.preposition, 2);
  }

  // Whether a phrase of `preposition` after `head`, on it or on its phrases `depth`
  // levels down ("Speaking after a meeting with Theresa May"), names an actor.
  bool counterpart_named(uint32_t head, std::string_view preposition, int depth) const {
    for (uint32_t c : tree_.children(head)) {
      if (c < head) continue;
      if (tree_.preposition(c) == preposition && names_an_actor(c)) return true;
      const DepRel r = tree_.token(c).deprel;
      if (depth > 1 && (r == DepRel::obj || r == DepRel::obl || r == DepRel::nmod) &&
          counterpart_named(c, preposition, depth - 1)) {
        return true;
      }
    }
    return false;
  }

  // Whether an actor is named in the subtree of `head`.
  bool names_an_actor(uint32_t head) const {
    for (uint32_t t = sentence_.token_begin; t < sentence_.token_end; ++t) {
      const uint32_t m = mention_of_token_[t];
      if (m != kNoIndex && !doc_.mentions[m].code.empty() && tree_.dominates(head, t)) {
        return true;
      }
    }
    return false;
  }

  // A deed the lexicon codes above its leaf takes the leaf its verb and object name, when
  // that leaf lies under the lexicon's code: "banned opposition candidates from the
  // elections" is 1722 (ban parties or politicians), not BAN's 172. Never another branch.
  void code_leaf_by_domain(uint32_t verb, CodeChoice& choice) {
    if (!r_.cameo_rules || choice.code.size >= 4 || !domain_refines(choice.code.view())) return;
    Deed deed;
    deed.predicate = verb;
    deed.choice = choice;
    read_domain(deed, verb);
    if (!deed.domain.by_action) return;
    const std::string_view leaf = deed.domain.code.view(), code = choice.code.view();
    if (leaf.size() > code.size() && leaf.starts_with(code)) choice.code = deed.domain.code;
  }

  // A mission sent to look into something is the investigation (missions.h): the
  // purpose's own code when the lexicon reads it as one (09x), else 090.
  void code_investigative_mission(uint32_t verb, CodeChoice& choice) {
    if (!r_.cameo_rules) return;
    const uint32_t purpose = investigative_purpose(tree_, verb);
    if (purpose == kNoIndex) return;
    CodeChoice mission;
    mission.code.assign("090");
    if (const VerbEntry* entry = verb_entry(purpose)) {
      const CameoCode own =
          cached_choice(*entry, purpose, read_frame(doc_, sentence_, purpose)).code;
      if (own.view().starts_with("09")) mission.code = own;
    }
    choice = mission;
    consume(purpose);
  }

  // Exercises held by the forces of two or more countries are joint (exercises.h): 062,
  // not the show of force (150) one side's exercises are.
  void code_joint_exercises(uint32_t verb, const PredicateFrame& frame, CodeChoice& choice) {
    if (!r_.cameo_rules || choice.code.view() != "150" || !holds_exercises(tree_, verb)) return;
    std::vector<uint32_t> doers;
    for (const Argument& a : frame.sources()) actors_for(a.head, doers, 2, true);
    std::vector<std::string_view> countries;
    for (uint32_t m : doers) {
      const std::string_view c = actors::country_of(doc_.mentions[m].code.view());
      if (!c.empty() && !one_of(c, countries)) countries.push_back(c);
    }
    if (countries.size() < 2) return;
    CodeChoice joint;
    joint.code.assign("062");
    choice = joint;
  }

  // Readying an attack is a show of force (preparations.h): 150. The attack has not
  // happened, and its verb codes nothing of its own.
  void code_force_preparation(uint32_t verb, CodeChoice& choice) {
    if (!r_.cameo_rules) return;
    const uint32_t deed = prepared_deed(tree_, verb);
    if (deed == kNoIndex) return;
    if (tree_.token(deed).upos == Upos::VERB) {
      const VerbEntry* entry = verb_entry(deed);
      if (entry == nullptr) return;
      const std::string_view code =
          cached_choice(*entry, deed, read_frame(doc_, sentence_, deed)).code.view();
      if (!code.starts_with("18") && !code.starts_with("19") && !code.starts_with("20")) return;
      consume_clause(tree_.child(verb, DepRel::xcomp));
    }
    CodeChoice show;
    show.code.assign("150");
    choice = show;
  }

  // Yielding to demands is yielding what they ask: "conceded to demands from UNITA to
  // overhaul the judiciary" is acceding to a change of institutions (0834), "accepted
  // demands for political reforms" 083. The demand's own words name the leaf, under the
  // lexicon's general yielding code only.
  void code_accession(uint32_t verb, CodeChoice& choice) {
    if (!r_.cameo_rules || !choice.code.view().starts_with("08") || choice.code.size >= 4) return;
    for (uint32_t c : tree_.children(verb)) {
      const DepRel r = tree_.token(c).deprel;
      if (r != DepRel::obj && !(r == DepRel::obl && tree_.preposition(c) == "to")) continue;
      if (!one_of(tree_.lemma(c), {"demand", "request", "call", "appeal"})) continue;
      Deed deed;
      deed.predicate = c;
      deed.tokens = {c};
      deed.nominal = true;
      read_domain(deed, verb);
      // Under the lexicon's code; the general 080 is yielding of any kind.
      const std::string_view leaf = deed.domain.code.view(), code = choice.code.view();
      const std::string_view under = code == "080" ? code.substr(0, 2) : code;
      if (leaf.starts_with(under) && leaf.size() > under.size() && leaf != code) {
        choice.code = deed.domain.code;
      }
      return;
    }
  }

  // Force used from the air is CAMEO 195, whatever the verb: "Russian aircraft including
  // helicopter gunships killed 46 Afghan civilians", "Israeli warplanes killed five
  // militants". The doer's head noun says so; a shelling (194) or a bombing code keeps its
  // own leaf.
  void code_aerial_force(const PredicateFrame& frame, CodeChoice& choice) const {
    if (!r_.cameo_rules) return;
    const std::string_view c = choice.code.view();
    if (!(c == "190" || c == "193" || c == "180" || c == "186")) return;
    for (const Argument& a : frame.sources()) {
      if (one_of(tree_.lemma(a.head), {"aircraft", "plane", "warplane", "jet", "helicopter",
                                       "gunship", "drone", "bomber", "fighter-bomber"})) {
        choice.code.assign("195");
        return;
      }
    }
  }

  // "Venezuelan authorities captured Diego Perez Henao", "the two men were captured by
  // the Syrian Democratic Forces": people captured are detained (173), not property
  // seized (APPREHEND's 171, right for "captured 30 aircraft"), nor territory occupied
  // (192, not "captured part of a guerrilla stronghold"). Places and things keep their
  // code: towns, bases, weapons.
  void code_captured_people(uint32_t verb, const PredicateFrame& frame, CodeChoice& choice) const {
    if (!r_.cameo_rules || !one_of(choice.code.view(), {"171", "192"}) ||
        !one_of(tree_.lemma(verb), {"capture", "catch", "nab"})) {
      return;
    }
    for (const Argument& a : frame.arguments) {
      if (a.role != ArgumentRole::kObject) continue;
      const std::string_view what = tree_.lemma(a.head);
      if (one_of(what, {"town",         "city",          "village",    "territory", "area",
                        "base",         "region",        "province",   "hill",      "airport",
                        "port",         "bridge",        "road",       "district",  "enclave",
                        "stronghold",   "position",      "control",    "ground",    "weapon",
                        "arm",          "aircraft",      "plane",      "vehicle",   "ship",
                        "boat",         "shipment",      "cargo",      "market",    "share",
                        "attention",    "imagination",   "part",       "stadium",   "building",
                        "neighborhood", "neighbourhood", "quarter",    "suburb",    "outskirts",
                        "headquarters", "camp",          "checkpoint", "crossing",  "field",
                        "mountain",     "island",        "valley",     "oilfield"}) ||
          names_a_place(a.head)) {
        return;
      }
      choice.code.assign("173");
      return;
    }
  }

  bool names_a_place(uint32_t token) const {
    return std::any_of(ws_.place_matches.begin(), ws_.place_matches.end(),
                       [&](const timeplace::PlaceMatch& p) {
                         return token >= p.token_begin && token < p.token_end;
                       });
  }

  // Force coded in general (a killing, a wounding, an attack) takes the leaf of its
  // means or its victim: a bomb makes it a bombing (183 and leaves), a leader killed an
  // assassination (186). means_of_force.h says why.
  void code_means_of_force(uint32_t verb, const PredicateFrame& frame, CodeChoice& choice) const {
    if (!r_.cameo_rules) return;
    const std::string_view c = choice.code.view();
    if (!(c == "180" || c == "190" || c == "193")) return;
    std::vector<uint32_t> means;
    for (const Argument& a : frame.arguments) {
      if (a.role == ArgumentRole::kSubject || a.role == ArgumentRole::kAgent ||
          (a.role == ArgumentRole::kOblique && one_of(a.preposition, {"in", "with", "by"}))) {
        means.push_back(a.head);
      }
    }
    if (const CameoCode leaf = bombing_leaf(tree_, means); !leaf.empty()) {
      choice.code = leaf;
      return;
    }
    if (!one_of(tree_.lemma(verb), {"kill", "murder", "slay", "assassinate"})) return;
    for (const Argument& a : frame.arguments) {
      if (a.role == ArgumentRole::kObject && !a.inherited && names_leader(tree_, a.head)) {
        choice.code.assign("186");
        return;
      }
    }
  }

  // "An attempt to assassinate deputy governor Oleg Chemezov", "tried to assassinate the
  // president": an assassination attempted is CAMEO 185, not the assassination (186).
  void code_attempted_assassination(uint32_t verb, CodeChoice& choice) const {
    if (!r_.cameo_rules || choice.code.view() != "186") return;
    const Token& t = tree_.token(verb);
    if (t.head == kNoIndex || !tree_.contains(t.head)) return;
    const std::string_view head = tree_.lemma(t.head);
    if ((t.deprel == DepRel::xcomp && one_of(head, {"try", "attempt", "seek"})) ||
        (t.deprel == DepRel::acl && one_of(head, {"attempt", "bid", "plot"}))) {
      choice.code.assign("185");
    }
  }

  // Agreeing that something is so is an accord of views (019), not cooperation: "Reagan
  // and Mubarak agreed there was an urgent need for progress". Agreeing that one will
  // act ("agreed that they would hold talks"), or that one's own side should ("agreed that
  // their countries should cooperate"), is left to the intention it states. The trailing
  // speaker the parser hangs as a clause ("agreed upon a pact, the White House
  // announced") is no content of the agreement.
  void code_accord(uint32_t verb, CodeChoice& choice) {
    if (!r_.cameo_rules || !one_of(tree_.lemma(verb), {"agree", "concur"})) return;
    const std::string_view c = choice.code.view();
    if (!c.starts_with("03") && !c.starts_with("05")) return;
    if (tree_.child(verb, DepRel::xcomp) != kNoIndex) return;
    const uint32_t clause = tree_.child(verb, DepRel::ccomp);
    if (clause == kNoIndex || clause == attribution_.speaker_verb) return;
    for (uint32_t a : tree_.children(clause)) {
      if (tree_.token(a).deprel != DepRel::aux) continue;
      if (one_of(tree_.lemma(a), {"will", "would", "shall", "'ll"})) return;
      if (one_of(tree_.lemma(a), {"should", "must"}) && own_side_acts(clause)) return;
    }
    choice.code.assign("019");
  }

  // The clause's subject is those who agree: "they", "we", "their countries", "both sides".
  bool own_side_acts(uint32_t clause) const {
    const uint32_t subject = tree_.child(clause, DepRel::nsubj);
    if (subject == kNoIndex) return false;
    if (one_of(tree_.form(subject), {"they", "we", "both"})) return true;
    for (uint32_t c : tree_.children(subject)) {
      if (one_of(tree_.form(c), {"their", "our", "both"})) return true;
    }
    return false;
  }

  // An accusation takes its leaf from what is alleged (accusations.h): "accused Darfur
  // rebels of violating a ceasefire" is 1123, not the upstream pattern's 112.
  // Upstream files ACCUSE with CONVICT and INDICT, whose "* (OF &CRIME)" (173) turned
  // "accused Ukraine of war crimes" into an arrest: an accuser arrests no one.
  void code_accusation_leaf(uint32_t verb, CodeChoice& choice) {
    if (!r_.cameo_rules) return;
    const bool accuser = one_of(tree_.lemma(verb), {"accuse", "blame"});
    // An indictment is coded 1121 (crime) by its verb; what it alleges may say more ("for
    // his alleged part in atrocities" is 1124).
    const bool indictment = choice.code.view() == "1121";
    if (!(choice.code.view() == "112" || indictment ||
          (accuser && choice.code.view().starts_with("17")))) {
      return;
    }
    const uint32_t allegation = allegation_of(verb);
    if (allegation == kNoIndex) return;
    CameoCode deed;
    if (tree_.token(allegation).upos == Upos::VERB) {
      if (const VerbEntry* entry = verb_entry(allegation)) {
        deed = cached_choice(*entry, allegation, read_frame(doc_, sentence_, allegation)).code;
      }
    }
    const CameoCode leaf = accusation_leaf(tree_, allegation, deed);
    if (!indictment || leaf.view() != "112") choice.code = leaf;
  }

  // The phrase saying what `verb` alleges: its "of" or "for" phrase ("accused X of
  // violating", "blamed X for the attack"), on the verb or, as the parser often hangs it,
  // on the accused.
  uint32_t allegation_of(uint32_t verb) const {
    auto phrase_under = [&](uint32_t head) -> uint32_t {
      for (uint32_t c : tree_.children(head)) {
        const DepRel r = tree_.token(c).deprel;
        if (r != DepRel::advcl && r != DepRel::acl && r != DepRel::obl && r != DepRel::nmod) {
          continue;
        }
        if (c > verb && one_of(tree_.preposition(c), {"of", "for"})) return c;
      }
      return kNoIndex;
    };
    if (uint32_t a = phrase_under(verb); a != kNoIndex) return a;
    const uint32_t object = tree_.child(verb, DepRel::obj);
    return object == kNoIndex ? kNoIndex : phrase_under(object);
  }

  // What an actor means or might do is coded as the intention (emit_pairs), by the
  // domain the deed's words name when it says more than the lexicon: "said they would
  // meet U.N. mediator Diego Cordovez if..." is accepting mediation (038), not a meeting
  // (036). Only a cooperative deed, read by its verb and object: a topic word somewhere
  // in a planned deed's clause ("will clarify its policy") names no deed.
  void code_meant_by_domain(uint32_t verb, CodeChoice& choice) {
    if (!r_.cameo_rules) return;
    const Modality m = detect_modality(doc_, sentence_, verb);
    if (m != Modality::kIntended && m != Modality::kHypothetical) return;
    if (!cooperative(choice.code)) return;
    Deed deed;
    deed.predicate = verb;
    deed.choice = choice;
    read_domain(deed, verb);
    if (!deed.domain.by_action) return;
    if (domain_says_more(Stance::kIntend, deed, governed_code(Stance::kIntend, choice.code))) {
      choice.code = deed.domain.code;
    }
  }

  // Event nouns ("Xi's visit to Russia", "US warnings to China", "talks between X and
  // Y") take the code their verb would get, from the same lexicon.
  void code_noun(uint32_t noun) {
    PredicateFrame frame = read_frame(doc_, sentence_, noun);
    // "talks between X and Y": both sides are in one phrase.
    split_between(frame);
    take_the_clause_subject(noun, frame);
    CodeChoice choice = noun_choice(noun, frame);
    if (choice.code.empty()) return;
    // A light verb ("held talks", "paid a visit") dates and places the event; when the
    // verb is coded itself ("held talks" is 046 through HOLD's patterns), the verb's
    // event is this one, so the noun adds nothing.
    uint32_t anchor = noun;
    const Token& t = doc_.tokens[noun];
    if (t.head != kNoIndex && t.deprel == DepRel::obj) {
      anchor = t.head;
      if (verb_codes(anchor) && !statement_verb(anchor)) return;
    }
    const auto [first, second] = between_pair(noun);
    if (first != kNoIndex) {
      emit_reciprocal(noun, anchor, choice, {first, second});
      return;
    }
    code_protest_purpose(noun, anchor, choice);
    emit(noun, anchor, frame, choice);
  }

  // "After a meeting with Theresa May in London, Binali Yildirim said…", "during talks
  // with the rebels, the minister…": an event noun with no doer of its own that says when
  // the clause happened is the clause subject's. (Through a participle with no subject:
  // "Speaking after a meeting with…, Yildirim said".)
  void take_the_clause_subject(uint32_t noun, PredicateFrame& frame) const {
    if (!r_.cameo_rules || !frame.sources().empty()) return;
    const Token& t = tree_.token(noun);
    // "Italy announced a suspension of air links with Serbia": what an actor announces
    // or declares as its own decision is its deed. Not what it reports or says happened
    // ("Reuters reported the attack"): those verbs name no decision.
    if (t.deprel == DepRel::obj && t.head != kNoIndex && tree_.contains(t.head) &&
        one_of(tree_.lemma(t.head), {"announce", "declare", "proclaim"})) {
      if (const uint32_t subject = tree_.child(t.head, DepRel::nsubj); subject != kNoIndex) {
        frame.arguments.push_back({subject, ArgumentRole::kSubject, {}, true});
      }
      return;
    }
    if (t.deprel != DepRel::obl || t.head == kNoIndex ||
        !one_of(tree_.preposition(noun), {"after", "before", "during", "following"})) {
      return;
    }
    uint32_t clause = t.head;
    for (int steps = 0; steps < 2 && clause != kNoIndex && tree_.contains(clause); ++steps) {
      if (const uint32_t subject = tree_.child(clause, DepRel::nsubj); subject != kNoIndex) {
        frame.arguments.push_back({subject, ArgumentRole::kSubject, {}, true});
        return;
      }
      if (tree_.token(clause).deprel != DepRel::advcl) return;
      clause = tree_.token(clause).head;
    }
  }

  // An event noun's code: a protest's by its kind (event_codes.h), under CAMEO's rules;
  // else the code its verb would get, from the same lexicon. The verb's patterns fit the
  // noun's phrases too: "the withdrawal of its troops" is RETREAT's "* TROOPS" (0874), not
  // the block's default.
  CodeChoice noun_choice(uint32_t noun, const PredicateFrame& frame) {
    CodeChoice choice;
    if (const std::string_view protest = protest_noun(noun); !protest.empty()) {
      choice.code.assign(protest);
      return choice;
    }
    const std::string_view verb_key = event_noun_verb(tree_.lemma(noun));
    if (verb_key.empty()) return choice;
    const VerbEntry* entry = r_.verbs->find(verb_key);
    if (entry == nullptr) return choice;
    return cached_choice(*entry, noun, frame);
  }

  // The protest a noun names ("a hunger strike", "riots"), or "". Not a noun that only
  // modifies another ("riot police").
  std::string_view protest_noun(uint32_t noun) {
    if (!r_.cameo_rules || tree_.token(noun).upos != Upos::NOUN) return {};
    if (tree_.token(noun).deprel == DepRel::compound) return {};
    modifiers_.clear();
    for (uint32_t c : tree_.children(noun)) {
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::compound || r == DepRel::amod || r == DepRel::nmod_poss) {
        modifiers_.emplace_back(tree_.lemma(c));
      }
      if (r == DepRel::nmod && tree_.preposition(c) == "of") modifiers_.emplace_back("#of");
    }
    return protest_noun_code(tree_.lemma(noun), modifiers_);
  }

  // A protest's purpose clauses that voice what it demands ("to demand", "calling for",
  // "saying he must resign") are part of it, read for its leaf (code_protest_purpose), and
  // make no demand of their own: they are set aside before the stances are coded. The
  // protest itself is coded in word order with everything else.
  void set_aside_purposes(uint32_t t) {
    uint32_t anchor = t;
    if (doc_.tokens[t].upos == Upos::VERB) {
      const VerbEntry* entry = verb_entry(t);
      if (entry == nullptr) return;
      const PredicateFrame frame = read_frame(doc_, sentence_, t);
      if (!leafless_protest(cached_choice(*entry, t, frame).code)) return;
    } else if (protest_noun(t).empty()) {
      return;
    } else if (tree_.token(t).deprel == DepRel::obj && tree_.token(t).head != kNoIndex) {
      anchor = tree_.token(t).head;
    }
    for (uint32_t p : protest_purposes(t, anchor)) {
      if (voices_purpose(p)) consume_clause(p);
    }
  }

  // Where a protest says what it is for, on the protest word or on its light verb
  // ("continued their hunger strike to demand the resignation of…"): an infinitive, a
  // participle ("calling for independence from Iraq"), a condition ("will boycott the
  // elections unless the president agrees to step down"); a phrase "against", "over",
  // "in protest of", "in defiance of", "in support of"; a protest noun the verb
  // governs ("rioted following a demonstration calling for…": the same protest).
  std::vector<uint32_t> protest_purposes(uint32_t predicate, uint32_t anchor) const {
    std::vector<uint32_t> out;
    for (uint32_t c : tree_.children(predicate)) {
      if (purpose_phrase(c)) out.push_back(c);
      if (uint32_t p = purpose_hung_on_oblique(c); p != kNoIndex) out.push_back(p);
    }
    if (anchor == predicate) return out;
    for (uint32_t c : tree_.children(anchor)) {
      if (c != predicate && purpose_phrase(c)) out.push_back(c);
    }
    return out;
  }

  // "demonstrated in the northern city of Kirkuk on Sunday calling for independence": the
  // parser often hangs the protesters' participle on the place or time phrase before it,
  // which calls for nothing; a participle there that voices a demand is the protest's.
  uint32_t purpose_hung_on_oblique(uint32_t c) const {
    if (tree_.token(c).deprel != DepRel::obl) return kNoIndex;
    for (uint32_t g : tree_.children(c)) {
      if (tree_.token(g).deprel == DepRel::acl && tree_.token(g).upos == Upos::VERB &&
          tree_.form(g).ends_with("ing") && voices_purpose(g)) {
        return g;
      }
    }
    return kNoIndex;
  }

  bool purpose_phrase(uint32_t c) const {
    const Token& t = tree_.token(c);
    const DepRel r = t.deprel;
    const std::string_view p = tree_.preposition(c);
    if (t.upos == Upos::VERB) {
      if (r != DepRel::advcl && r != DepRel::xcomp && r != DepRel::acl && r != DepRel::obl) {
        return false;
      }
      return p == "to" || p == "unless" || (p.empty() && tree_.form(c).ends_with("ing"));
    }
    if (t.upos != Upos::NOUN && t.upos != Upos::PROPN) return false;
    if (r != DepRel::obl && r != DepRel::nmod) return false;
    const std::string_view lemma = tree_.lemma(c);
    if (one_of(lemma, {"protest", "demonstration", "rally", "march"})) return true;
    // Not "for": what a strike or boycott is "for" is as often what it stops ("block her
    // candidacy for the elections").
    if (one_of(p, {"against", "over"})) return !is_time(c);
    return p == "in" && one_of(lemma, {"protest", "defiance", "support", "solidarity"});
  }

  // A purpose that says what is demanded, part of the protest: "to demand", "calling
  // for", "saying he must resign", a condition, the same protest named again.
  bool voices_purpose(uint32_t p) const {
    const std::string_view lemma = tree_.lemma(p);
    if (tree_.token(p).upos != Upos::VERB) {
      return one_of(lemma, {"protest", "demonstration", "rally", "march"});
    }
    return tree_.preposition(p) == "unless" ||
           one_of(lemma,
                  {"demand", "call",    "protest", "press",    "urge",    "seek",    "say",
                   "show",   "express", "voice",   "denounce", "condemn", "oppose",  "reject",
                   "insist", "push",    "ask",     "chant",    "shout",   "support", "back"});
  }

  // A protest's leaf from the domain of its purpose (governed_codes.h: protest_code):
  // "continued their hunger strike to demand the resignation of…" 1421, "demonstrated…
  // calling for independence from Iraq" 1414. Each word of the purpose that could carry a
  // deed is read with its phrase (deed_domains.h), outermost first.
  void code_protest_purpose(uint32_t predicate, uint32_t anchor, CodeChoice& choice) {
    if (!r_.cameo_rules || !leafless_protest(choice.code)) return;
    for (uint32_t p : protest_purposes(predicate, anchor)) {
      const CameoCode domain = purpose_domain(p, 4);
      if (domain.empty()) continue;
      choice.code = protest_code(choice.code, domain);
      return;
    }
  }

  // The first leadership, policy, rights or institutions domain (083x) named at or below
  // `node`, outermost first; empty when none.
  CameoCode purpose_domain(uint32_t node, int depth) {
    const Upos u = tree_.token(node).upos;
    if (u == Upos::VERB || u == Upos::NOUN) {
      words_.clear();
      words_.emplace_back(tree_.lemma(node));
      add_phrase_words(node, 5);
      const DeedDomain d =
          read_deed_domain(tree_.lemma(node), u == Upos::VERB ? particle_of(node) : "", words_);
      const std::string_view c = d.code.view();
      if (c.size() == 4 && c.starts_with("083")) return d.code;
    }
    if (depth == 0) return {};
    for (uint32_t c : tree_.children(node)) {
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::nsubj || r == DepRel::nsubj_pass || r == DepRel::punct) continue;
      if (CameoCode d = purpose_domain(c, depth - 1); !d.empty()) return d;
    }
    return {};
  }

  // Whom a protest is aimed at: the first actor its purpose names ("to demand the
  // resignation of President Ben Bella", "in defiance of Chinese authorities"), not the
  // place it happened in, nor the protesters themselves.
  void purpose_targets(uint32_t predicate, uint32_t anchor, const std::vector<uint32_t>& sources,
                       std::vector<uint32_t>& out) {
    for (uint32_t p : protest_purposes(predicate, anchor)) {
      const uint32_t m = mention_in_subtree(p, sources, 5);
      if (m == kNoIndex) continue;
      actors_for(doc_.mentions[m].token_end - 1, out);
      std::erase_if(out, [&](uint32_t o) { return same_actor(o, sources); });
      if (!out.empty()) return;
    }
  }

  // The first coded mention at or below `node` in word order of the tree walk, outside
  // locative phrases, not one of `sources`.
  uint32_t mention_in_subtree(uint32_t node, const std::vector<uint32_t>& sources,
                              int depth) const {
    const uint32_t m = mention_of_token_[node];
    if (m != kNoIndex && !doc_.mentions[m].code.empty() && !same_actor(m, sources)) return m;
    if (depth == 0) return kNoIndex;
    for (uint32_t c : tree_.children(node)) {
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::punct || r == DepRel::acl_relcl) continue;
      if (is_locative(tree_.preposition(c))) continue;
      if (uint32_t found = mention_in_subtree(c, sources, depth - 1); found != kNoIndex) {
        return found;
      }
    }
    return kNoIndex;
  }

  // "a phone conversation between the US president and his Chinese counterpart": the two
  // actors right after the event noun's "between", read in word order, since the parser
  // often breaks the coordination ("… counterpart would take place" as a clause).
  std::pair<uint32_t, uint32_t> between_pair(uint32_t noun) const {
    uint32_t between = kNoIndex;
    for (uint32_t t = noun + 1; t < sentence_.token_end && t <= noun + 2; ++t) {
      if (tree_.form(t) == "between") between = t;
    }
    if (between == kNoIndex) return {kNoIndex, kNoIndex};
    const uint32_t first = next_coded_mention(between + 1, 4);
    if (first == kNoIndex) return {kNoIndex, kNoIndex};
    const uint32_t after = doc_.mentions[first].token_end;
    if (after >= sentence_.token_end || tree_.form(after) != "and") return {kNoIndex, kNoIndex};
    const uint32_t second = next_coded_mention(after + 1, 4);
    if (second == kNoIndex || doc_.mentions[second].code == doc_.mentions[first].code) {
      return {kNoIndex, kNoIndex};
    }
    return {first, second};
  }

  // The coded mention starting within `window` words of `from`, with nothing but
  // determiners, possessives and adjectives before it.
  uint32_t next_coded_mention(uint32_t from, uint32_t window) const {
    for (uint32_t t = from; t < sentence_.token_end && t < from + window; ++t) {
      const uint32_t m = mention_of_token_[t];
      if (m != kNoIndex) return doc_.mentions[m].code.empty() ? kNoIndex : m;
      const Upos u = doc_.tokens[t].upos;
      if (u != Upos::DET && u != Upos::PRON && u != Upos::ADJ) return kNoIndex;
    }
    return kNoIndex;
  }

  bool consumed(uint32_t t) const { return consumed_[t - sentence_.token_begin]; }
  void consume(uint32_t t) { consumed_[t - sentence_.token_begin] = true; }

  // "Israel threatened to ban voting", "Katsav refused to meet King Abdullah", "Amnesty
  // demanded that Sudan end curbs on the press": one event, the stance toward the deed
  // (governed_codes.h), from the governor's subject to whoever the deed is asked of or
  // aimed at. The deed itself is not coded: it has not happened.
  //
  // A reported obligation is a demand too: "Russia said that Sudan must return the
  // helicopter" (1053), "the Bush administration declared that China must drop barriers"
  // (1011); "should" makes it an appeal. Only toward someone else: "X said it must
  // leave" is no demand.
  // "Kyiv said Russian troops shelled the town": besides the shelling, an accusation
  // (112) of Russia by Kyiv; "the group said it carried out the attack" is a claim of
  // responsibility (015). Upstream's transformations (CAMEO.2.0 "a (b . ATTACK) SAY",
  // "a (a b ATTACK) SAY"), for force (18-20).
  void code_reported_attack(uint32_t verb) {
    if (!one_of(tree_.lemma(verb), {"say", "claim", "allege", "report", "state"})) return;
    uint32_t content = kNoIndex;
    for (uint32_t c : tree_.children(verb)) {
      if (tree_.token(c).deprel == DepRel::ccomp && tree_.token(c).upos == Upos::VERB) content = c;
    }
    if (content == kNoIndex) return;
    const VerbEntry* entry = verb_entry(content);
    if (entry == nullptr) return;
    const PredicateFrame deed = read_frame(doc_, sentence_, content);
    const CodeChoice choice = cached_choice(*entry, content, deed);
    const std::string_view code = choice.code.view();
    if (!(code.starts_with("18") || code.starts_with("19") || code.starts_with("20"))) return;
    if (detect_modality(doc_, sentence_, content) != Modality::kAsserted) return;
    const PredicateFrame frame = read_frame(doc_, sentence_, verb);
    std::vector<uint32_t> speakers, attackers, victims;
    for (const Argument& a : frame.sources()) actors_for(a.head, speakers);
    for (const Argument& a : deed.sources()) actors_for(a.head, attackers);
    if (speakers.size() != 1 || attackers.empty()) return;
    CodeChoice reported;
    if (same_actor(speakers.front(), attackers)) {
      find_targets(content, deed, choice.code, victims);
      if (victims.empty()) return;
      reported.code.assign("015");
      emit_pairs(verb, verb, reported, speakers, victims);
    } else {
      reported.code.assign("112");
      emit_pairs(verb, verb, reported, speakers, attackers);
    }
  }

  // A speaker's own stated attitude is the comment's kind, CAMEO 012/013, even with no
  // addressee: "Barak said he was very pessimistic about the chances of resuming peace
  // talks with Syria" 012, "Ozal said he was confident that the United States would
  // remove irritants" 013, "The European Union said it hoped the lifting of martial law
  // in Beijing would lead to…" 013. Coded from the adjective or verb under the verb of
  // saying; the target is the first actor the topic names, or none. Plain "said" stays
  // no event.
  void code_comment(uint32_t verb) {
    if (consumed(verb)) return;
    if (!one_of(tree_.lemma(verb), {"say", "tell", "add", "state"})) return;
    for (uint32_t c : tree_.children(verb)) {
      if (tree_.token(c).deprel != DepRel::ccomp || consumed(c)) continue;
      const std::string_view code = attitude_code(c);
      if (code.empty()) continue;
      // The attitude is the speaker's own: "he was pessimistic", not "Syria was".
      const uint32_t subject = tree_.child(c, DepRel::nsubj);
      if (subject == kNoIndex || tree_.token(subject).upos != Upos::PRON ||
          !one_of(tree_.form(subject), {"he", "she", "it", "they", "we", "i"})) {
        continue;
      }
      const PredicateFrame frame = read_frame(doc_, sentence_, verb);
      std::vector<uint32_t> speakers, targets;
      for (const Argument& a : frame.sources()) actors_for(a.head, speakers);
      // "his mother said she hoped…": an attitude of no one a country claims is no event.
      if (speakers.size() != 1 || doc_.mentions[speakers.front()].code.view().starts_with("---")) {
        return;
      }
      add_unique(targets, actor_in_topic(c, subject, speakers.front()));
      if (targets.empty()) targets.push_back(Event::kNone);
      CodeChoice comment;
      comment.code.assign(code);
      const size_t first = doc_.events.size();
      emit_pairs(c, verb, comment, speakers, targets);
      // The attitude was stated: the topic's "would" or "hoped" is no intention.
      for (size_t i = first; i < doc_.events.size(); ++i) {
        if (doc_.events[i].modality != Modality::kNegated) {
          doc_.events[i].modality = Modality::kAsserted;
        }
      }
      consume(verb);
      consume_clause(c);
      return;
    }
  }

  // 012 for a pessimistic word, 013 for an optimistic one, "" for any other. An
  // adjective needs its copula ("he was skeptical"); "hope" is a verb.
  std::string_view attitude_code(uint32_t word) const {
    const std::string_view lemma = tree_.lemma(word);
    const Upos u = tree_.token(word).upos;
    if (u == Upos::ADJ && tree_.child(word, DepRel::cop) != kNoIndex) {
      if (one_of(lemma, {"pessimistic", "skeptical", "sceptical", "doubtful", "concerned"})) {
        return "012";
      }
      if (one_of(lemma, {"optimistic", "confident", "hopeful"})) return "013";
    }
    if (u == Upos::VERB && lemma == "hope") return "013";
    return {};
  }

  // The first coded actor the topic names, in the words `attitude` governs, not its
  // subject and not one with the speaker's code.
  uint32_t actor_in_topic(uint32_t attitude, uint32_t subject, uint32_t speaker) const {
    for (uint32_t t = attitude + 1; t < sentence_.token_end; ++t) {
      if (!tree_.contains(t) || !dominated_by(t, attitude) || dominated_by(t, subject)) continue;
      const uint32_t m = mention_of_token_[t];
      if (m == kNoIndex || doc_.mentions[m].code.empty()) continue;
      if (doc_.mentions[m].code.view().starts_with("---")) continue;
      if (doc_.mentions[m].code == doc_.mentions[speaker].code) continue;
      return m;
    }
    return kNoIndex;
  }

  bool dominated_by(uint32_t t, uint32_t root) const {
    for (int steps = 0; steps < 64 && t != kNoIndex; ++steps) {
      if (t == root) return true;
      t = tree_.token(t).head;
      if (t != kNoIndex && !tree_.contains(t)) return false;
    }
    return false;
  }

  // Denying what one is charged with is CAMEO 016, deny responsibility, standing without
  // a target: "The government of Liberia denied on Thursday charges by Ivory Coast that
  // Monrovia is committing genocide", "Liberia denied the charges", "South Korea
  // rejected as totally baseless accusations by Amnesty International".
  void code_denial(uint32_t verb) {
    if (consumed(verb)) return;
    if (!one_of(tree_.lemma(verb), {"deny", "reject", "dismiss", "refute"})) return;
    const uint32_t object = charge_object(verb);
    if (object == kNoIndex && !denies_what_was_said(verb)) return;
    const PredicateFrame frame = read_frame(doc_, sentence_, verb);
    std::vector<uint32_t> deniers;
    for (const Argument& a : frame.sources()) actors_for(a.head, deniers);
    if (deniers.empty()) return;
    CodeChoice denial;
    denial.code.assign("016");
    const size_t first = doc_.events.size();
    emit_pairs(verb, verb, denial, deniers, {Event::kNone});
    // The denial happened: it is asserted, though its verb makes what it denies "denied".
    for (size_t i = first; i < doc_.events.size(); ++i) {
      if (doc_.events[i].modality == Modality::kDenied) {
        doc_.events[i].modality = Modality::kAsserted;
      }
    }
    // "said that Britain was not involved…, rejecting an accusation by Russia": the
    // negation is the clause's the participle hangs on, not the denial's.
    const auto& children = tree_.children(verb);
    if (std::none_of(children.begin(), children.end(), [&](uint32_t c) {
          return one_of(tree_.form(c), {"not", "never", "n't"});
        })) {
      for (size_t i = first; i < doc_.events.size(); ++i) {
        if (doc_.events[i].modality == Modality::kNegated) {
          doc_.events[i].modality = Modality::kAsserted;
        }
      }
    }
    consume(verb);
  }

  // "US warnings to China against providing military support to Russia, which Beijing
  // denies": what is denied by a relative "which" is the report or charge before it.
  bool denies_what_was_said(uint32_t verb) const {
    if (tree_.lemma(verb) != "deny") return false;
    const DepRel r = tree_.token(verb).deprel;
    if (r != DepRel::acl_relcl && r != DepRel::acl) return false;
    const uint32_t object = tree_.child(verb, DepRel::obj);
    return object != kNoIndex && one_of(tree_.lemma(object), {"which", "that", "what"});
  }

  // The object of `verb` that is a charge ("charges", "accusations", "allegations",
  // "responsibility"), or kNoIndex. The parse often loses it after an adverbial ("denied on
  // Thursday charges by…", "rejected as totally baseless accusations by…"): a plural
  // charge word among the next few words, before another verb or clause, is taken too.
  uint32_t charge_object(uint32_t verb) const {
    for (uint32_t c : tree_.children(verb)) {
      if (tree_.token(c).deprel != DepRel::obj) continue;
      if (one_of(tree_.lemma(c), {"charge", "accusation", "allegation", "responsibility"})) {
        return c;
      }
    }
    for (uint32_t t = verb + 1; t < sentence_.token_end && t <= verb + 6; ++t) {
      if (one_of(tree_.form(t), {"charges", "accusations", "allegations"})) return t;
      const Token& token = doc_.tokens[t];
      // "as" here is the adjective's ("as baseless"), whatever the tagger says.
      const bool sconj = token.upos == Upos::SCONJ && tree_.form(t) != "as";
      if (token.upos == Upos::VERB || token.upos == Upos::AUX || sconj) return kNoIndex;
      if (token.upos == Upos::PUNCT && one_of(doc_.form(t), {",", ";", ":", ".", "(", "--"})) {
        return kNoIndex;
      }
    }
    return kNoIndex;
  }

  void code_stance(uint32_t governor) {
    // A stance inside a deed that did not happen did not happen either ("demanded that
    // Kagame agree to constitutional changes": Kagame agreed to nothing).
    if (consumed(governor) || reads_as_no_event(tree_, governor)) return;
    Stance stance = stance_of(tree_.lemma(governor));
    bool obligation = false;
    if (stance == Stance::kNone && reports_obligation(governor, stance)) obligation = true;
    const bool warning = stance == Stance::kNone && warns_of_action(governor);
    if (warning) stance = Stance::kThreaten;
    // "Jordan and Britain agreed to undertake joint exercises": an intention toward a
    // deed the lexicon cannot code is still an intention to cooperate (030); one toward
    // a coded deed is coded through the deed's modality (emit_pairs).
    if (stance == Stance::kNone && promises(governor)) stance = Stance::kIntend;
    if (stance == Stance::kNone && wants_of_another(governor)) stance = Stance::kAppeal;
    if (stance == Stance::kNone && pushes_for(governor)) stance = Stance::kDemand;
    if (stance == Stance::kNone) return;
    Deed deed = governed_deed(governor);
    if (deed.predicate == kNoIndex) return;
    // A warning of what will happen is a threat only when what will happen is an event
    // ("warned that the economy will collapse" threatens nothing).
    if (warning && deed.choice.code.empty()) return;
    const CameoCode code = stance_code(stance, deed);
    if (code.empty()) {
      // "Greece plans to impose restrictions": the coded deed carries the intention (or
      // the threat), and "plans" is no intent to cooperate of its own, once the deed is
      // an event (drop_intents_carried_by_deeds).
      if (stance == Stance::kIntend && !deed.choice.code.empty()) {
        intents_.emplace_back(governor, deed.predicate);
      }
      return;
    }
    if (!obligation && own_pattern_knows_better(governor, deed, code)) {
      // The governor's own pattern codes the stance; what it asks, refuses or threatens
      // still did not happen: "demanded that its European Community partners refuse to
      // recognize Macedonia" is Greece's demand, no refusal by the partners.
      if (stance != Stance::kIntend) consume_clause(deed.predicate);
      return;
    }

    const PredicateFrame frame = read_frame(doc_, sentence_, governor);
    std::vector<uint32_t> sources, targets;
    for (const Argument& a : frame.sources()) actors_for(a.head, sources, 2, true);
    std::erase_if(sources, [&](uint32_t m) { return cited(m, governor); });
    if (sources.empty() && frame.sources().empty()) {
      add_unique(sources, actor_left_of(governor));
    }
    if (sources.empty()) {
      if (const uint32_t issuer = document_issuer(governor); issuer != kNoIndex) {
        actors_for(issuer, sources, 2, true);
      }
    }
    if (sources.empty()) return;
    // Whom the deed is asked of ("demanded that Hamas renounce", "urged Iran to
    // withdraw"), else whom the governor names, else whom the deed is aimed at.
    std::vector<uint32_t> deed_sources;
    for (const Argument& a : deed.frame.sources()) actors_for(a.head, deed_sources);
    if (warning) {
      // A threat when the warner's side is to do the deed ("Cairo's security chief warned
      // that police will no longer tolerate rallies"); a warning of what others will do
      // ("warned that armed groups will try to expand their power") threatens nothing.
      for (uint32_t m : deed_sources) {
        if (!same_country(m, sources)) return;
      }
      deed_sources.clear();
    }
    for (uint32_t m : deed_sources) {
      if (!same_actor(m, sources)) add_unique(targets, m);
    }
    const bool addressed = !targets.empty();
    if (obligation && !addressed) return;
    if (targets.empty()) find_targets(governor, frame, code, targets, &sources);
    if (targets.empty()) {
      find_targets(deed.predicate, deed.frame, deed.choice.code, targets, &sources);
    }
    if (targets.empty() && stance == Stance::kThreaten) {
      threatened_by_condition(governor, deed, sources, targets);
    }
    // An intention toward a deed no table codes is cooperation only with someone:
    // "promised Turkey it would not let the Kurds have" and "Jordan and Britain agreed to
    // undertake joint exercises" are 03x, "plans to double the maximum sentence for
    // extortion", "agreed to dissolve his foundation" and "is seeking to secure a border"
    // intend nothing toward anyone.
    if (r_.cameo_rules && targets.empty() && sources.size() == 1 && stance == Stance::kIntend &&
        deed.choice.code.empty()) {
      consume(governor);  // nor is the governor's own verb ("agreed" 050) an event here
      return;
    }
    // "Papandreou demanded immediate elections", "Pakistan threatened to resign from the
    // body": the stance was taken, toward no actor the dictionaries name.
    if (targets.empty() && sources.size() == 1) targets.push_back(Event::kNone);

    CodeChoice choice;
    choice.code = code;
    if (stance == Stance::kAppeal || stance == Stance::kDemand) {
      rally_for_or_against(deed, sources, deed_sources, targets, choice.code);
    }
    choice.pattern = deed.choice.pattern;
    const size_t before = doc_.events.size();
    if (targets.empty() && sources.size() >= 2) {
      if (mutual(governor, code) || mutual(deed.predicate, deed.choice.code)) {
        emit_reciprocal(governor, governor, choice, sources);
      } else {
        // "Amnesty and Human Rights Watch demanded the release of…": each made the
        // demand, of no one named; neither of the other.
        targets.push_back(Event::kNone);
        emit_pairs(governor, governor, choice, sources, targets);
      }
    } else if (!targets.empty()) {
      emit_pairs(governor, governor, choice, sources, targets);
    }
    if (doc_.events.size() == before) return;
    consume(governor);
    consume_clause(deed.predicate);
    for (uint32_t t : deed.tokens) consume(t);
  }

  // Calling on others to support a third party, or to stand against one, enlists them for
  // or against it: CAMEO 053 (rally support on behalf of) and 113 (rally opposition
  // against), toward that party. "Klibi urged the European Community to support the PLO"
  // is 053 toward the PLO, not an appeal to the Community for policy support (022,
  // support of the caller itself: "urged Britain to support its bid"); "called on Arabs to
  // unite and mobilize against Sharon" is 113 toward Sharon.
  void rally_for_or_against(const Deed& deed, const std::vector<uint32_t>& sources,
                            const std::vector<uint32_t>& addressees, std::vector<uint32_t>& targets,
                            CameoCode& code) {
    if (!r_.cameo_rules || deed.nominal || deed.predicate == kNoIndex) return;
    std::vector<uint32_t> deeds = {deed.predicate};
    for (uint32_t c : tree_.children(deed.predicate)) {
      if (tree_.token(c).deprel == DepRel::conj && tree_.token(c).upos == Upos::VERB) {
        deeds.push_back(c);
      }
    }
    for (uint32_t d : deeds) {
      const std::string_view lemma = tree_.lemma(d);
      const bool support = one_of(lemma, {"support", "back", "endorse"});
      const bool oppose = one_of(lemma, {"oppose", "resist", "isolate"});
      const bool stand = one_of(lemma, {"unite", "mobilize", "mobilise", "rally", "stand", "rise"});
      if (!support && !oppose && !stand) continue;
      std::vector<uint32_t> parties;
      for (uint32_t c : tree_.children(d)) {
        const DepRel r = tree_.token(c).deprel;
        const bool object = r == DepRel::obj && (support || oppose);
        const bool against = r == DepRel::obl && stand && tree_.preposition(c) == "against";
        if (object || against) actors_for(c, parties);
      }
      std::erase_if(
          parties, [&](uint32_t m) { return same_actor(m, sources) || same_actor(m, addressees); });
      if (parties.empty()) continue;
      code.assign(support ? "053" : "113");
      targets.assign(parties.begin(), parties.end());
      return;
    }
  }

  // "Arab intellectuals and activists published a declaration demanding political
  // changes", "the council adopted a resolution calling for a ceasefire": the document
  // voices its issuers' stance. The subject of the verb that issues the document the
  // participle modifies, or kNoIndex.
  uint32_t document_issuer(uint32_t participle) const {
    const Token& p = tree_.token(participle);
    if (p.deprel != DepRel::acl || p.head == kNoIndex || !tree_.contains(p.head)) return kNoIndex;
    const uint32_t document = p.head;
    if (!one_of(tree_.lemma(document), {"declaration", "statement", "letter", "petition",
                                        "resolution", "communique", "communiqué", "manifesto"})) {
      return kNoIndex;
    }
    const Token& d = tree_.token(document);
    if (d.deprel != DepRel::obj || d.head == kNoIndex || !tree_.contains(d.head)) return kNoIndex;
    if (!one_of(tree_.lemma(d.head), {"publish", "issue", "release", "sign", "adopt", "pass",
                                      "send", "submit", "deliver", "present", "approve"})) {
      return kNoIndex;
    }
    return tree_.child(d.head, DepRel::nsubj);
  }

  // A pattern of the governor's own ("called for a boycott") knows the construction
  // better than the general rule, unless the deed's words name a narrower domain than
  // the pattern does ("rejected a call for peacekeeping forces": 1224, not REFUSE's
  // "* CALL" 122). A pattern that only says "demand" (100) or "appeal" (020) knows less
  // than the stance word and the deed do ("called on Israel to move forward" is
  // TABARI's 100, CAMEO's 02x).
  bool own_pattern_knows_better(uint32_t governor, const Deed& deed, const CameoCode& code) {
    const VerbEntry* entry = verb_entry(governor);
    if (entry == nullptr) return false;
    const PredicateFrame own = read_frame(doc_, sentence_, governor);
    const CodeChoice own_choice = cached_choice(*entry, governor, own);
    if (own_choice.pattern == UINT32_MAX || is_general(own_choice.code)) return false;
    // The stance's code is a leaf of the pattern's own ("called for the withdrawal of
    // Syrian forces": CALL's 025, the deed's de-escalation 0256): the same reading, told
    // more finely.
    if (code.size > own_choice.code.size && code.view().starts_with(own_choice.code.view())) {
      return false;
    }
    return !deed.by_domain || specificity(code) <= specificity(own_choice.code);
  }

  // The stance's code for the deed: the codebook's code for the domain the lexicon gives
  // the deed, or the one its words name when that says more (deed_domains.h). An
  // intention toward a coded deed is left to the deed's modality (empty here), one
  // toward an uncoded deed is an intention to cooperate (030).
  CameoCode stance_code(Stance stance, Deed& deed) const {
    const bool coded = !deed.choice.code.empty();
    CameoCode by_lexicon;
    if (stance == Stance::kIntend) {
      by_lexicon = coded ? governed_code(stance, deed.choice.code) : CameoCode{};
      if (!coded) by_lexicon.assign("030");
    } else {
      by_lexicon = governed_code(stance, deed.choice.code);
    }
    if (domain_says_more(stance, deed, by_lexicon)) {
      deed.by_domain = true;
      return governed_code(stance, deed.domain.code);
    }
    if (stance == Stance::kIntend && (coded || deed.nominal)) return {};
    return by_lexicon;
  }

  // Does the domain the deed's words name give a narrower code than the lexicon's? Not
  // when the lexicon knows the deed as conflict ("threatened to withdraw its
  // peacekeepers" is 1311 through 1661, not de-escalation); a verb with its object
  // ("meet the mediator": 038) also outweighs a lexicon code as narrow as its own.
  static bool domain_says_more(Stance stance, const Deed& deed, const CameoCode& by_lexicon) {
    if (deed.domain.code.empty()) return false;
    // Unless the words name a conflict of their own by the verb with its object ("impose
    // import restrictions": an embargo, 163, where the lexicon knows restrictions, 172).
    // Disapproval (11) is no such knowledge when the verb and its object name a deed:
    // "renounce its armed struggle" is de-escalation (087), whatever RENOUNCE's 110 says.
    const bool verbal_conflict = deed.choice.code.view().starts_with("11");
    if (conflict_deed(deed.choice.code) && !(verbal_conflict && deed.domain.by_action) &&
        !(deed.domain.by_action && conflict_deed(deed.domain.code))) {
      return false;
    }
    const CameoCode by_domain = governed_code(stance, deed.domain.code);
    if (stance == Stance::kIntend && !by_domain.view().starts_with("03")) return false;
    const int a = specificity(by_domain), b = specificity(by_lexicon);
    return a > b || (a == b && deed.domain.by_action && !(by_domain == by_lexicon));
  }

  // Disapproval (11) and roots 14-20. A stance code (10, 12, 13: TABARI's "MUST agree" is
  // 100) says nothing of the deed's domain.
  static bool conflict_deed(const CameoCode& code) {
    const std::string_view c = code.view();
    return c.starts_with("11") || (c.size() >= 2 && (c[0] == '2' || (c[0] == '1' && c[1] >= '4')));
  }

  // 4-digit leaves over 3-digit codes over a root's general code ("100").
  static int specificity(const CameoCode& code) {
    if (code.size == 3 && code.bytes[2] == '0') return 2;
    return code.size == 2 ? 1 : code.size;
  }

  // The predicates inside a deed that did not happen ("demanded that the US cancel plans
  // to sell weapons to Taiwan": no sale), except relative clauses, which say what did
  // ("demanded that Serbia punish the troops who shelled the town").
  void consume_clause(uint32_t root) {
    if (root == kNoIndex) return;
    consume(root);
    for (uint32_t c : tree_.children(root)) {
      if (tree_.token(c).deprel == DepRel::acl_relcl) continue;
      consume_clause(c);
    }
  }

  // "will not accept", "would not meet demands to release": on the predicate or on a
  // verb it completes, below any verb of saying.
  bool refused_for_the_future(uint32_t predicate) const {
    uint32_t node = predicate;
    for (int steps = 0; steps < 3 && node != kNoIndex; ++steps) {
      bool future = false, negation = false;
      for (uint32_t c : tree_.children(node)) {
        const DepRel r = tree_.token(c).deprel;
        const std::string_view w = tree_.form(c);
        if (r == DepRel::aux && one_of(w, {"will", "would", "wo", "shall", "'ll"})) future = true;
        if (r == DepRel::advmod && one_of(w, {"not", "n't", "never"})) negation = true;
      }
      if (future && negation) return true;
      const DepRel r = tree_.token(node).deprel;
      if (r != DepRel::xcomp && r != DepRel::advcl && r != DepRel::acl) return false;
      node = tree_.token(node).head;
      if (node == kNoIndex || !tree_.contains(node)) return false;
    }
    return false;
  }

  // A deed the clause says someone will do, as opposed to one tried ("attempted to
  // assassinate", "tried to hack": a deed, coded as such) or one a noun or a relative
  // clause carries ("weapons seized last year", "involvement in killing").
  bool announced_deed(uint32_t predicate) const {
    const DepRel r = tree_.token(predicate).deprel;
    if (r == DepRel::acl || r == DepRel::acl_relcl || r == DepRel::amod) return false;
    const uint32_t head = tree_.token(predicate).head;
    if (r == DepRel::xcomp && head != kNoIndex &&
        one_of(tree_.lemma(head), {"try", "attempt", "seek", "strive", "struggle"})) {
      return false;
    }
    return true;
  }

  // Roots 15-20: posturing, reducing relations, coercion, assault, fighting, mass violence.
  // Not protest (14): "will boycott the elections" is coded as the protest it announces.
  static bool forceful(const CameoCode& code) {
    const std::string_view c = code.view();
    return c.size() >= 2 && (c[0] == '1' ? c[1] >= '5' : c[0] == '2' && c[1] == '0');
  }

  // "canceled his visit to China", "called off the talks": the imported CANCEL block codes
  // the meeting or visit its object names (04x), as it does for "concluded his visit", but
  // one called off did not take place, and one put off is still meant ("the planned visit
  // was postponed": 036). Otherwise asserted.
  Modality undone_meeting(uint32_t predicate, const CameoCode& code) const {
    if (!code.view().starts_with("04")) return Modality::kAsserted;
    const std::string_view lemma = tree_.lemma(predicate);
    const bool backed_out = lemma == "back" && tree_.contains(predicate + 1) &&
                            equals_lower(tree_.form(predicate + 1), "out");
    if (one_of(lemma, {"cancel", "abort", "scrap", "abandon", "scuttle", "nix"}) ||
        (lemma == "call" && particle_of(predicate) == "off") || backed_out) {
      return Modality::kNegated;
    }
    if (one_of(lemma, {"postpone", "delay", "defer", "reschedule"})) return Modality::kIntended;
    return Modality::kAsserted;
  }

  static bool cooperative(const CameoCode& code) {
    const std::string_view c = code.view();
    return c.size() >= 2 && c[0] == '0' && c[1] >= '3' && c[1] <= '8';
  }

  // A root's own code ("020", "100"), which says nothing of what is asked or refused.
  static bool is_general(const CameoCode& code) {
    const std::string_view c = code.view();
    return c.size() == 3 && c[2] == '0';
  }

  // "agreed to undertake", "promised to democratize"; "agreed upon a free-trade pact";
  // "reached a consensus to exchange information". A nominal intention is coded only
  // when its words name a domain (stance_code).
  bool promises(uint32_t verb) const {
    const std::string_view lemma = tree_.lemma(verb);
    if (one_of(lemma, {"agree", "promise", "pledge", "vow", "offer", "plan", "intend", "decide",
                       "undertake", "commit"}) &&
        tree_.child(verb, DepRel::xcomp) != kNoIndex) {
      return true;
    }
    if (lemma == "agree") return agreed_on(verb) != kNoIndex;
    const uint32_t object = tree_.child(verb, DepRel::obj);
    return lemma == "reach" && object != kNoIndex && request_noun(tree_.lemma(object));
  }

  // "Sharon wants Germany to pay more compensation": wanting someone else to act asks it
  // of them, an appeal (the codebook's example for 025), not a demand. Wanting to act
  // oneself ("Russia wants to strengthen the regime") or wanting a thing asks no one.
  bool wants_of_another(uint32_t verb) const {
    if (!r_.cameo_rules || !one_of(tree_.lemma(verb), {"want", "wish"})) return false;
    return tree_.child(verb, DepRel::obj) != kNoIndex &&
           tree_.child(verb, DepRel::xcomp) != kNoIndex;
  }

  // "the UK is pushing hard for the US support its debt relief plan", "pushed Iran to
  // release the hostages": pressing for a deed is a demand (DEMAND's "push", 100, like
  // "press"). Not a physical push ("pushed them towards the river", "push back"), nor
  // pushing to do something oneself.
  bool pushes_for(uint32_t verb) const {
    if (!r_.cameo_rules || tree_.lemma(verb) != "push") return false;
    if (tree_.child(verb, DepRel::compound_prt) != kNoIndex) return false;
    const bool object = tree_.child(verb, DepRel::obj) != kNoIndex;
    for (uint32_t c : tree_.children(verb)) {
      if (c < verb) continue;
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::obl && tree_.preposition(c) == "for") return true;
      // "pushed Iran to release": the infinitive, often hung as an adverbial clause.
      if (object && (r == DepRel::xcomp || (r == DepRel::advcl && tree_.preposition(c) == "to"))) {
        return true;
      }
    }
    return false;
  }

  // What "agreed on/upon/to" takes: "agreed upon a new free-trade pact".
  uint32_t agreed_on(uint32_t verb) const {
    for (uint32_t c : tree_.children(verb)) {
      if (tree_.token(c).deprel != DepRel::obl || tree_.token(c).upos != Upos::NOUN) continue;
      if (one_of(tree_.preposition(c), {"on", "upon", "to", "over"})) return c;
    }
    return kNoIndex;
  }

  // The infinitive a request or agreement noun holds: "a U.S. request to interrogate
  // detainees", "a consensus to exchange information".
  uint32_t noun_content(uint32_t noun) const {
    if (noun == kNoIndex || !request_noun(tree_.lemma(noun))) return kNoIndex;
    for (uint32_t c : tree_.children(noun)) {
      if (tree_.token(c).deprel == DepRel::acl && tree_.token(c).upos == Upos::VERB &&
          tree_.preposition(c) == "to") {
        return c;
      }
    }
    return kNoIndex;
  }

  // "Chirac issued a stern reminder to Iraq that it must cooperate": a statement issued
  // or delivered says what its clause says, as a verb of saying does.
  bool issues_statement(uint32_t verb) const {
    if (!one_of(tree_.lemma(verb), {"issue", "deliver", "send"})) return false;
    const uint32_t object = tree_.child(verb, DepRel::obj);
    return object != kNoIndex && one_of(tree_.lemma(object), {"reminder", "warning", "message",
                                                              "statement", "declaration"});
  }

  // "said that Sudan must return", "stressed that Iran should allow": a verb of saying
  // whose clausal complement carries an obligation modal.
  // "warned that police will no longer tolerate rallies": a warning of a deed to come,
  // the future or conditional named in its clause, is a threat (CAMEO 13x) of that deed.
  bool warns_of_action(uint32_t verb) const {
    if (tree_.lemma(verb) != "warn") return false;
    for (uint32_t c : tree_.children(verb)) {
      if (tree_.token(c).deprel != DepRel::ccomp || tree_.token(c).upos != Upos::VERB) continue;
      for (uint32_t a : tree_.children(c)) {
        if (tree_.token(a).deprel == DepRel::aux &&
            one_of(tree_.lemma(a), {"will", "would", "shall"})) {
          return true;
        }
      }
    }
    return false;
  }

  // A threat that names no target is aimed at whoever its condition names
  // (conditions.h): "threatened to stop negotiations if the United States goes ahead".
  void threatened_by_condition(uint32_t governor, const Deed& deed,
                               const std::vector<uint32_t>& sources,
                               std::vector<uint32_t>& targets) {
    for (uint32_t clause : {governor, deed.predicate}) {
      const uint32_t subject = condition_subject(tree_, clause);
      if (subject == kNoIndex) continue;
      std::vector<uint32_t> named;
      actors_for(subject, named);
      for (uint32_t m : named) {
        if (!same_actor(m, sources)) add_unique(targets, m);
      }
      if (!targets.empty()) return;
    }
  }

  bool reports_obligation(uint32_t verb, Stance& stance) const {
    if (!one_of(tree_.lemma(verb),
                {"say", "declare", "reiterate", "conclude", "state", "stress", "insist", "announce",
                 "add", "tell", "warn", "write", "remind"}) &&
        !issues_statement(verb)) {
      return false;
    }
    for (uint32_t c : tree_.children(verb)) {
      if (tree_.token(c).deprel != DepRel::ccomp) continue;
      if (tree_.token(c).upos != Upos::VERB && willing_infinitive(c) == kNoIndex) continue;
      for (uint32_t a : tree_.children(c)) {
        if (tree_.token(a).deprel != DepRel::aux) continue;
        const std::string_view w = tree_.lemma(a);
        if (w == "must") stance = Stance::kDemand;
        if (w == "should" || w == "ought") stance = Stance::kAppeal;
      }
      return stance != Stance::kNone;
    }
    return false;
  }

  // The deed a stance is toward: its clausal complement ("to ban", "that Sudan end"),
  // or that complement's own complement when the first codes nothing ("demanded that the
  // US cancel plans to sell"); or the infinitive of a request it takes ("rejected a
  // request to interrogate detainees"); or an event noun it takes ("called for talks");
  // or a noun whose words name a deed's domain ("called for greater impetus towards free
  // trade"). Under CAMEO's rules the deed's words are read for its domain.
  Deed governed_deed(uint32_t governor) {
    Deed clausal = clausal_deed(governor);
    if (clausal.predicate != kNoIndex && r_.cameo_rules) read_domain(clausal, governor);
    if (clausal.predicate != kNoIndex &&
        (!clausal.choice.code.empty() || !clausal.domain.code.empty())) {
      return clausal;
    }
    // A clause that names no deed yields to the request or event noun the stance takes:
    // in "rejected a call for its peacekeeping forces to be deployed" the parser hung the
    // call's infinitive on the verb, and the call names the deed.
    Deed deed = requested_deed(governor);
    if (deed.predicate == kNoIndex) deed = event_noun_deed(governor);
    if (deed.predicate != kNoIndex) {
      if (r_.cameo_rules) read_domain(deed, governor);
      return deed;
    }
    if (r_.cameo_rules) {
      deed = domain_noun_deed(governor);
      if (deed.predicate != kNoIndex) return deed;
    }
    return clausal;
  }

  Deed clausal_deed(uint32_t governor) {
    Deed deed;
    Deed first;  // the complement itself, coded or not
    uint32_t node = governor;
    for (int depth = 0; depth < 2; ++depth) {
      uint32_t next = clausal_complement(node);
      if (next == kNoIndex && depth == 0 && r_.cameo_rules) next = addressee_infinitive(governor);
      if (next == kNoIndex) break;
      deed.tokens.push_back(next);
      deed.frame = read_frame(doc_, sentence_, next);
      deed.predicate = next;
      if (depth == 0) first = deed;
      if (code_deed(deed)) return deed;
      node = next;
    }
    return first;
  }

  // "called on the UN mission in Haiti to broker an agreement", "urges Iran and the EU
  // trio (France, Germany, and Britain) to reach an agreement": the infinitive the parser
  // hung inside the phrase naming whom the stance is addressed to.
  uint32_t addressee_infinitive(uint32_t governor) const {
    for (uint32_t c : tree_.children(governor)) {
      const DepRel r = tree_.token(c).deprel;
      if (r != DepRel::obj && r != DepRel::iobj && r != DepRel::obl) continue;
      if (r == DepRel::obl && !one_of(tree_.preposition(c), {"on", "to", "upon"})) continue;
      if (request_noun(tree_.lemma(c))) continue;  // its infinitive is its content
      if (uint32_t v = infinitive_below(c, 4); v != kNoIndex) return v;
    }
    return kNoIndex;
  }

  uint32_t infinitive_below(uint32_t root, int depth) const {
    for (uint32_t c : tree_.children(root)) {
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::acl && tree_.token(c).upos == Upos::VERB && tree_.preposition(c) == "to") {
        return c;
      }
      if (depth > 1 && (r == DepRel::conj || r == DepRel::appos || r == DepRel::nmod ||
                        r == DepRel::compound || r == DepRel::flat)) {
        if (uint32_t v = infinitive_below(c, depth - 1); v != kNoIndex) return v;
      }
    }
    return kNoIndex;
  }

  // The lexicon's code for a verbal deed; false when it has none.
  bool code_deed(Deed& deed) {
    const VerbEntry* entry = verb_entry(deed.predicate);
    if (entry == nullptr) return false;
    deed.choice = cached_choice(*entry, deed.predicate, deed.frame);
    return !deed.choice.code.empty();
  }

  // "rejected North Korea's demand to sever a military alliance": the demanded deed.
  // Only when it says something, coded or read (else the request noun is the deed).
  Deed requested_deed(uint32_t governor) {
    if (!r_.cameo_rules) return Deed{};
    for (uint32_t c : tree_.children(governor)) {
      const DepRel r = tree_.token(c).deprel;
      if (r != DepRel::obj && r != DepRel::obl) continue;
      const uint32_t content = noun_content(c);
      if (content == kNoIndex) continue;
      Deed deed;
      deed.predicate = content;
      deed.tokens = {c, content};
      deed.frame = read_frame(doc_, sentence_, content);
      const bool coded = code_deed(deed);
      read_domain(deed, governor);
      if (coded || !deed.domain.code.empty()) return deed;
    }
    return Deed{};
  }

  Deed event_noun_deed(uint32_t governor) {
    Deed deed;
    for (uint32_t c : tree_.children(governor)) {
      const DepRel r = tree_.token(c).deprel;
      if (r != DepRel::obj && r != DepRel::obl) continue;
      const std::string_view verb_key = event_noun_verb(tree_.lemma(c));
      if (verb_key.empty()) continue;
      const VerbEntry* entry = r_.verbs->find(verb_key);
      if (entry == nullptr) continue;
      const VerbBlock& block = r_.verbs->block(entry->block);
      deed.choice.code = entry->code.empty() ? block.code : entry->code;
      if (deed.choice.code.empty()) continue;
      deed.predicate = c;
      deed.frame = read_frame(doc_, sentence_, c);
      deed.tokens = {c};
      deed.nominal = true;
      return deed;
    }
    return Deed{};
  }

  // "demanding a U.N. military presence", "called for greater impetus towards free
  // trade", "agreed upon a new free-trade pact": the first object, or noun after "for"
  // ("upon", "on", "to" after "agree"), whose words name a deed's domain. Not whom the
  // stance is addressed to ("called on the UN mission").
  Deed domain_noun_deed(uint32_t governor) {
    for (uint32_t c : tree_.children(governor)) {
      if (!names_what_is_asked(governor, c)) continue;
      Deed deed;
      deed.predicate = c;
      deed.tokens = {c};
      deed.nominal = true;
      read_domain(deed, governor);
      if (deed.domain.code.empty()) continue;
      deed.frame = read_frame(doc_, sentence_, c);
      return deed;
    }
    return Deed{};
  }

  bool names_what_is_asked(uint32_t governor, uint32_t noun) const {
    if (tree_.token(noun).upos != Upos::NOUN) return false;
    const uint32_t m = mention_of_token_[noun];
    if (m != kNoIndex && !doc_.mentions[m].code.empty()) return false;
    const DepRel r = tree_.token(noun).deprel;
    // "called attention to", "asking tough questions": what these verbs ask for comes
    // after "for".
    if (r == DepRel::obj) {
      return !one_of(tree_.lemma(governor), {"call", "ask", "appeal", "plead", "beg", "implore"});
    }
    if (r != DepRel::obl) return false;
    const std::string_view p = tree_.preposition(noun);
    return p == "for" ||
           (tree_.lemma(governor) == "agree" && one_of(p, {"on", "upon", "to", "over"}));
  }

  // The domain the deed's words name (deed_domains.h): the deed word with its particle,
  // its phrase, and the words after it (after the governor, for a noun) to the clause's
  // end, where a wrong attachment may have put part of the phrase ("free trade" under
  // "tensions" in "called for greater impetus towards free trade despite mounting
  // tensions").
  void read_domain(Deed& deed, uint32_t governor) {
    const uint32_t head = deed.predicate;
    const bool verbal = tree_.token(head).upos == Upos::VERB;
    words_.clear();
    words_.emplace_back(tree_.lemma(head));
    add_phrase_words(head, 3);
    add_following_words(verbal ? head + 1 : governor + 1);
    deed.domain = read_deed_domain(tree_.lemma(head), verbal ? particle_of(head) : "", words_);
  }

  // "hand over", "cut off", "step down".
  // The adverb right after the verb counts too, wherever the parser hung it ("must hand
  // over alleged bombers" with "over" under "alleged").
  std::string_view particle_of(uint32_t verb) const {
    for (uint32_t c : tree_.children(verb)) {
      if (tree_.token(c).deprel == DepRel::compound_prt) return tree_.lemma(c);
    }
    const uint32_t next = verb + 1;
    if (next < sentence_.token_end && doc_.tokens[next].upos == Upos::ADV &&
        one_of(tree_.lemma(next), {"over", "off", "down", "up", "out", "back", "aside"})) {
      return tree_.lemma(next);
    }
    return {};
  }

  // The lemmas below `root` within its clause: objects, obliques, modifiers; not its
  // subject (who acts is no part of what is done), nor relative or adverbial clauses.
  void add_phrase_words(uint32_t root, int depth) {
    if (depth == 0) return;
    for (uint32_t c : tree_.children(root)) {
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::nsubj || r == DepRel::nsubj_pass || r == DepRel::acl_relcl ||
          r == DepRel::advcl || r == DepRel::parataxis || r == DepRel::ccomp ||
          r == DepRel::punct) {
        continue;
      }
      add_word(c);
      add_phrase_words(c, depth - 1);
    }
  }

  // Up to ten words from `from`, to the first clause boundary.
  void add_following_words(uint32_t from) {
    for (uint32_t t = from; t < sentence_.token_end && t < from + 10; ++t) {
      const Token& token = doc_.tokens[t];
      if (token.upos == Upos::SCONJ) return;
      if (token.upos == Upos::PUNCT && !one_of(doc_.form(t), {"-", "'", "\"", "`"})) return;
      if (one_of(tree_.lemma(t), {"despite", "after", "before", "because", "during", "until",
                                  "amid", "since", "unless", "while", "although", "though",
                                  "whereas", "but", "which", "who", "saying"})) {
        return;
      }
      add_word(t);
    }
  }

  // An actor's proper name is who, not what: "the Democratic People's Republic" names
  // no democracy. An international organization stands as "#igo" ("open its borders to UN
  // peacekeepers").
  void add_word(uint32_t t) {
    const uint32_t m = mention_of_token_[t];
    const std::string_view code = m == kNoIndex ? std::string_view() : doc_.mentions[m].code.view();
    if (code.empty() || doc_.tokens[t].upos != Upos::PROPN) words_.emplace_back(tree_.lemma(t));
    if (code.starts_with("IGO") || code.starts_with("NGO")) words_.emplace_back("#igo");
  }

  // "to withdraw", "that Sudan end"; an infinitive the parser hung as an adverbial
  // clause ("called on Israel to move forward") counts too.
  // "said that the US must be ready to mediate": the infinitive of a readiness adjective
  // ("ready", "willing", "prepared" with its copula) is the deed; the adjective only says
  // the doer stands ready for it.
  uint32_t willing_infinitive(uint32_t adjective) const {
    if (tree_.token(adjective).upos != Upos::ADJ ||
        !one_of(tree_.lemma(adjective), {"ready", "willing", "prepared", "able", "eager"}) ||
        tree_.child(adjective, DepRel::cop) == kNoIndex) {
      return kNoIndex;
    }
    const uint32_t x = tree_.child(adjective, DepRel::xcomp);
    if (x == kNoIndex || tree_.token(x).upos != Upos::VERB || tree_.preposition(x) != "to") {
      return kNoIndex;
    }
    return x;
  }

  uint32_t clausal_complement(uint32_t verb) const {
    for (uint32_t c : tree_.children(verb)) {
      const DepRel r = tree_.token(c).deprel;
      if (c == attribution_.speaker_verb) continue;  // "…, the ministry said"
      if (r == DepRel::ccomp) {
        if (uint32_t x = willing_infinitive(c); x != kNoIndex) return x;
      }
      if (tree_.token(c).upos != Upos::VERB) continue;
      if (r == DepRel::xcomp || r == DepRel::ccomp) return c;
      if (r == DepRel::advcl && tree_.preposition(c) == "to") return c;
    }
    return kNoIndex;
  }

  // Whether mention `m` is of the country of one of `others` (agents without a country
  // are of none).
  bool same_country(uint32_t m, const std::vector<uint32_t>& others) const {
    const std::string_view country = actors::country_of(doc_.mentions[m].code.view());
    if (country.empty()) return false;
    return std::any_of(others.begin(), others.end(), [&](uint32_t o) {
      return actors::country_of(doc_.mentions[o].code.view()) == country;
    });
  }

  bool same_actor(uint32_t m, const std::vector<uint32_t>& others) const {
    for (uint32_t o : others) {
      if (o == m || doc_.mentions[o].code == doc_.mentions[m].code) return true;
    }
    return false;
  }

  // Does the verb make its own event? For a light verb, only through a pattern of its
  // own; its default code gives way to the event noun (code_verb).
  bool verb_codes(uint32_t verb) {
    if (tree_.token(verb).upos != Upos::VERB) return false;
    const VerbEntry* entry = verb_entry(verb);
    if (entry == nullptr) return false;
    const PredicateFrame frame = read_frame(doc_, sentence_, verb);
    const CodeChoice choice = cached_choice(*entry, verb, frame);
    if (choice.code.empty()) return false;
    return !yields_to_noun(verb, choice);
  }

  // A light verb's default code gives way to the event noun it takes ("renewed
  // negotiations"); so does any verb's default before a protest ("organized a general
  // strike" is the strike, not COORDINATE's 050). A pattern of the verb's own does not.
  bool yields_to_noun(uint32_t verb, const CodeChoice& choice) {
    if (choice.pattern != UINT32_MAX) return false;
    const uint32_t object = tree_.child(verb, DepRel::obj);
    if (!codable_event_noun(object)) return false;
    return is_light_verb(tree_.lemma(verb)) ||
           (holds_protest(verb) && !protest_noun(object).empty());
  }

  // Verbs by which the protesters hold a protest ("organized a general strike"), besides
  // the light verbs; not those by which others act on it ("broke up a demonstration").
  bool holds_protest(uint32_t verb) const {
    return is_light_verb(tree_.lemma(verb)) ||
           one_of(tree_.lemma(verb), {"organize", "organise", "mount", "call", "lead", "join"});
  }

  // A verb coded only as a statement (01x): its object event noun is the event.
  bool statement_verb(uint32_t verb) {
    const VerbEntry* entry = verb_entry(verb);
    if (entry == nullptr) return false;
    const PredicateFrame frame = read_frame(doc_, sentence_, verb);
    return is_statement(cached_choice(*entry, verb, frame).code);
  }

  // What a statement is about: "spoke of an expected visit", "talked about the talks".
  uint32_t topic_of(uint32_t verb) const {
    for (uint32_t c : tree_.children(verb)) {
      if (tree_.token(c).deprel == DepRel::obl && one_of(tree_.preposition(c), {"of", "about"})) {
        return c;
      }
    }
    return kNoIndex;
  }

  bool codable_event_noun(uint32_t noun) {
    if (noun == kNoIndex || tree_.token(noun).upos != Upos::NOUN) return false;
    if (!protest_noun(noun).empty()) return true;
    const std::string_view verb_key = event_noun_verb(tree_.lemma(noun));
    if (verb_key.empty()) return false;
    const VerbEntry* entry = r_.verbs->find(verb_key);
    if (entry == nullptr) return false;
    const VerbBlock& block = r_.verbs->block(entry->block);
    if (!(entry->code.empty() ? block.code : entry->code).empty()) return true;
    // A noun whose verb codes only through its patterns ("suspend" is CANCEL's, default
    // none) is an event when one fits: "a suspension of air links" is 160.
    return !noun_choice(noun, read_frame(doc_, sentence_, noun)).code.empty();
  }

  void split_between(PredicateFrame& frame) const {
    for (size_t i = 0; i < frame.arguments.size(); ++i) {
      Argument& a = frame.arguments[i];
      if (a.role != ArgumentRole::kOblique || a.preposition.empty()) continue;
      if (tree_.preposition(a.head) != "between") continue;
      // The first conjunct becomes the source when there is none.
      bool has_source = false;
      for (const Argument& b : frame.arguments) {
        has_source |= b.role == ArgumentRole::kSubject || b.role == ArgumentRole::kAgent;
      }
      if (!has_source) a.role = ArgumentRole::kSubject;
      return;
    }
  }

  static bool is_statement(CameoCode code) { return code.view().starts_with("01"); }

  // A meeting, a call or a visit is between two parties: with no one named on the other
  // side it is no event ("called the shots", "called attention to the problem",
  // "approaching the final stages", "going out for the day"). Mediation, talks and
  // summits (044-046) name their business and stand alone. So is cooperation, material
  // or diplomatic, and aid (05-07): with no partner named they were read from verbs in
  // their everyday senses ("the Cali Cartel favored gold", "shipments are handled by
  // Mexican groups", "the government pays subsidies to bus companies"). Intentions,
  // appeals and yielding (02, 03, 08) are coded with no one named: "called for a
  // regional debate", "agreed to lift embargoes", "100 militants surrendered".
  bool meets_no_one(const CameoCode& code) const {
    if (!r_.cameo_rules) return false;
    const std::string_view c = code.view();
    return one_of(c, {"040", "041", "042", "043"}) || c.starts_with("05") || c.starts_with("06") ||
           c.starts_with("07");
  }

  // "Javid told the BBC: …", "a Turkish presidential source told Reuters", "Reuters
  // quoted a US official as saying…": telling the press is how the news is reported, not
  // a statement to anyone the event data is about. Its content codes what it says.
  bool statement_to_the_press(const CameoCode& code, uint32_t source, uint32_t target) const {
    if (!r_.cameo_rules || !code.view().starts_with("01")) return false;
    auto press = [&](uint32_t m) {
      if (m == Event::kNone) return false;
      const std::string_view c = doc_.mentions[m].code.view();
      return c.size() >= 6 && c.substr(3, 3) == "MED";
    };
    return press(source) || press(target);
  }

  // "accused Moscow of violating the agreement", "convicted her of joining an armed group",
  // "on accusations that they had aided the cartel": the accusation (112) or the verdict
  // (116) is the event; the deed is alleged, and the gerund has no subject of its own to
  // take the doer from.
  bool accused_deed(uint32_t verb) const {
    const DepRel r = tree_.token(verb).deprel;
    if (r != DepRel::advcl && r != DepRel::acl) return false;
    const uint32_t head = tree_.token(verb).head;
    if (head == kNoIndex || !tree_.contains(head)) return false;
    // "on accusations that they had aided the cartel".
    if (r == DepRel::acl && tree_.token(head).upos == Upos::NOUN &&
        one_of(tree_.lemma(head), {"accusation", "allegation", "charge", "suspicion"})) {
      return true;
    }
    if (!one_of(tree_.preposition(verb), {"of", "with"})) return false;
    return one_of(tree_.lemma(head), {"accuse", "charge", "blame", "suspect", "convict", "indict",
                                      "acquit", "implicate"});
  }

  // Demonstrations, strikes, boycotts, blockades, riots, with or without their leaf.
  static bool is_protest(const CameoCode& code) {
    const std::string_view c = code.view();
    return c.size() >= 3 && c.starts_with("14") && c[2] >= '1' && c[2] <= '5';
  }

  bool has_clausal_complement(uint32_t verb) const {
    for (uint32_t c : tree_.children(verb)) {
      const DepRel r = tree_.token(c).deprel;
      if (c == attribution_.speaker_verb) continue;  // "…, the ministry said"
      if (r == DepRel::ccomp || r == DepRel::parataxis) return true;
    }
    return false;
  }

  // Does mention `m` stand for whom the sentence cites ("…, a state-owned Egyptian
  // newspaper said."; attribution.h), which takes part in no event but the verb of
  // saying's own and those inside the citation ("a press release by the Tigers")?
  bool cited(uint32_t m, uint32_t predicate) const {
    if (m == kNoIndex || m == Event::kNone) return false;
    const auto is_cited = [&](uint32_t t) {
      return tree_.contains(t) && attribution_.cited[t - sentence_.token_begin];
    };
    return is_cited(doc_.mentions[m].token_begin) && predicate != attribution_.speaker_verb &&
           !is_cited(predicate);
  }

  // The coded actor mention an argument stands for: the mention over its head, or the
  // nearest coded one below it within the same clause ("ministers in the US
  // administration"), or, for a pronoun, the latest coded mention before it. A doer
  // (`as_source`) may also be an agent with no country (agent_only).
  uint32_t actor_for(uint32_t head, int depth = 2, bool as_source = false) {
    uint32_t m = mention_of_token_[head];
    if (m != kNoIndex && !doc_.mentions[m].code.empty()) return m;
    if (uint32_t below = coded_mention_below(head, depth, as_source); below != kNoIndex) {
      return below;
    }
    if (doc_.tokens[head].upos == Upos::PRON) return antecedent(head);
    if (as_source && (m == kNoIndex || doc_.mentions[m].agent == kNoIndex)) {
      // "Tens of thousands of university students", "a group of refugees": the doer is
      // the agent the quantity is of.
      m = agent_of_quantity(head, depth);
      if (m != kNoIndex) return agent_only(m);
    }
    // PETRARCH finds an agent anywhere in the doer's noun phrase: "the primary official news
    // agency said" is ---GOV. Only with an engine's own dictionaries.
    if (as_source && !r_.cameo_rules && (m == kNoIndex || doc_.mentions[m].agent == kNoIndex)) {
      if (const uint32_t modifier = agent_modifier(head); modifier != kNoIndex) {
        return agent_only(modifier);
      }
    }
    if (m == kNoIndex || doc_.mentions[m].agent == kNoIndex) return kNoIndex;
    if (!has_modifier(head)) {
      if (const uint32_t a = agent_antecedent(m); a != kNoIndex) return a;
    }
    return as_source ? agent_only(m) : kNoIndex;
  }

  // The engines code a noun phrase by its actor with the code of every agent among the
  // phrase's own words after it: "West German world government activists" is GMWGOVWGO
  // (WEST_GERMAN is GMWGOV), "Arnor former security officials" ARNELI. `m` is the actor
  // found for the phrase of `head`; the composed actor is a new mention over m's words.
  // Only the phrase's own words (not its prepositional phrases, clauses, conjuncts or
  // appositions), and only after the actor: PETRARCH 2 also composes a title before a
  // name ("Dagolath's first Deputy Prime Minister Telemar" DAGGOV), but PETRARCH 1's
  // gold for the same sentence and dictionaries is DAG.
  uint32_t with_phrase_agents(uint32_t head, uint32_t m) {
    const Mention& actor = doc_.mentions[m];
    if (actor.code.empty() || actor.code.view().starts_with("---") ||
        !dominated_by(actor.token_end - 1, head)) {
      return m;
    }
    // After every actor among the phrase's words: "Prime Minister" comes before Telemar.
    uint32_t after = actor.token_end;
    for (uint32_t t = after; t < sentence_.token_end; ++t) {
      const uint32_t a = mention_of_token_[t];
      if (a != kNoIndex && !doc_.mentions[a].code.empty() && own_word_of(t, head)) {
        after = doc_.mentions[a].token_end;
      }
    }
    std::string code(actor.code.view());
    for (uint32_t t = after; t < sentence_.token_end; ++t) {
      const uint32_t a = mention_of_token_[t];
      if (a == kNoIndex || doc_.mentions[a].token_end - 1 != t || !doc_.mentions[a].code.empty() ||
          doc_.mentions[a].agent == kNoIndex || !own_word_of(t, head)) {
        continue;
      }
      code = engine_composition(code, doc_.mentions[a]);
    }
    if (code == actor.code.view()) return m;
    for (const auto& [from, copy] : composed_copies_) {
      if (from == m && doc_.mentions[copy].code.view() == code) return copy;
    }
    Mention composed = actor;
    if (!composed.code.assign(code)) return m;
    composed.how = MentionHow::kComposed;
    doc_.mentions.push_back(composed);
    const uint32_t copy = static_cast<uint32_t>(doc_.mentions.size() - 1);
    composed_copies_.emplace_back(m, copy);
    return copy;
  }

  // `code` with the sector of the agent mention `agent` composed in as the engines do:
  // appended (a prefix agent's put before), unless one of the code's three-letter parts
  // already is it (USAGOV and an official stay USAGOV; GMWGOV takes WGO). A former
  // official's sector is ELI.
  std::string engine_composition(const std::string& code, const Mention& agent) const {
    const actors::CompiledAgent& a = r_.actors->agent(agent.agent);
    const std::string_view sector =
        agent.how == MentionHow::kOutOfOffice ? std::string_view("ELI") : r_.actors->str(a.code);
    if (sector.empty()) return code;
    for (size_t i = 0; i + sector.size() <= code.size(); i += 3) {
      if (std::string_view(code).substr(i, sector.size()) == sector) return code;
    }
    return a.prefix ? std::string(sector) + code : code + std::string(sector);
  }

  // Whether `t` is `head` or one of the words of its own noun phrase: reached through
  // compounds, modifiers, possessors and flat names only.
  bool own_word_of(uint32_t t, uint32_t head) const {
    for (int steps = 0; steps < 8; ++steps) {
      if (t == head) return true;
      const Token& tok = tree_.token(t);
      if (tok.head == kNoIndex || !tree_.contains(tok.head)) return false;
      const DepRel r = tok.deprel;
      if (r != DepRel::compound && r != DepRel::amod && r != DepRel::nmod_poss &&
          r != DepRel::flat && r != DepRel::det && r != DepRel::nmod_desc) {
        return false;
      }
      t = tok.head;
    }
    return false;
  }

  // A modifier before `head` that is an agent's word ("official" in "official news
  // agency"), as its uncoded mention; kNoIndex when none is.
  uint32_t agent_modifier(uint32_t head) const {
    for (uint32_t c : tree_.children(head)) {
      if (c > head) break;
      const DepRel r = tree_.token(c).deprel;
      if (r != DepRel::amod && r != DepRel::compound) continue;
      const uint32_t m = mention_of_token_[c];
      if (m != kNoIndex && doc_.mentions[m].agent != kNoIndex) return m;
    }
    return kNoIndex;
  }

  // A doer no country or earlier actor claims ("Students demonstrated", "Islamic
  // fundamentalists continued their hunger strike") is still an actor, coded as PETRARCH
  // and TABARI code it: the null country "---" before the agent's code ("---EDU"). The
  // event is real; only the actor's country is unknown. Only doers: as a target such an
  // actor would crowd out the named one that target search finds further on ("offered
  // its troops to Lebanon's new President"). The bare mention stays uncoded; the coded
  // copy is appended, as agent_of_place does.
  uint32_t agent_only(uint32_t bare) {
    for (const auto& [from, copy] : agent_only_copies_) {
      if (from == bare) return copy;
    }
    const std::string_view agent_code =
        r_.actors->str(r_.actors->agent(doc_.mentions[bare].agent).code);
    if (agent_code.empty() || agent_code.size() + 3 > ActorCode::kCapacity) return kNoIndex;
    Mention m = doc_.mentions[bare];
    if (!m.code.assign("---" + std::string(agent_code))) return kNoIndex;
    m.confidence *= 0.6f;
    doc_.mentions.push_back(m);
    const uint32_t copy = static_cast<uint32_t>(doc_.mentions.size() - 1);
    agent_only_copies_.emplace_back(bare, copy);
    return copy;
  }

  // "Western governments", "Arab diplomats": a modified agent names a group of its own,
  // not the officials mentioned before.
  bool has_modifier(uint32_t head) const {
    for (uint32_t c : tree_.children(head)) {
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::amod || r == DepRel::compound || r == DepRel::nmod) return true;
    }
    return false;
  }

  // The actors an argument names: its own, and those coordinated with the word that
  // carries it ("exchanges between Taiwan and the United States").
  void actors_for(uint32_t head, std::vector<uint32_t>& out, int depth = 2,
                  bool as_source = false) {
    if (agent_of_place(head, out)) return;
    if (two_sides(head, out)) return;
    uint32_t m = resident(actor_for(head, depth, as_source));
    if (m == kNoIndex) return;
    if (!r_.cameo_rules) m = with_phrase_agents(head, m);
    add_unique(out, m);
    const uint32_t carrier = doc_.mentions[m].token_end - 1;
    if (!tree_.contains(carrier)) return;
    // The carrier is the mention's last word; its phrase head may be any word in it.
    const uint32_t begin = doc_.mentions[m].token_begin;
    const uint32_t end = doc_.mentions[m].token_end;
    for (uint32_t t = begin; t < end; ++t) {
      if (!tree_.contains(t)) continue;
      // "French and Egyptian warships", "U.S. and Russian negotiators": UD hangs the second
      // adjective under the first, which modifies the head outside the mention "Egyptian
      // warships"; the first is a side of its own (the resolver gave it the shared agent).
      if (const Token& tok = tree_.token(t); tok.deprel == DepRel::conj && tok.head != kNoIndex &&
                                             (tok.head < begin || tok.head >= end) &&
                                             tree_.contains(tok.head)) {
        const Token& first = tree_.token(tok.head);
        const bool modifies_phrase =
            (first.deprel == DepRel::amod || first.deprel == DepRel::compound) &&
            first.head >= begin && first.head < end;
        const uint32_t other = mention_of_token_[tok.head];
        if (modifies_phrase && other != kNoIndex && !doc_.mentions[other].code.empty()) {
          add_unique(out, other);
        }
      }
      // In a list of actors ("Mordor, the Shire, Fornost and Bree") the parser may make a
      // member an apposition of the first; the engines read it as one of the list.
      const bool list = !r_.cameo_rules && tree_.child(t, DepRel::conj) != kNoIndex;
      for (uint32_t c : tree_.children(t)) {
        const DepRel r = tree_.token(c).deprel;
        if (r != DepRel::conj && !(list && r == DepRel::appos)) continue;
        const uint32_t other =
            mention_of_token_[c] != kNoIndex ? mention_of_token_[c] : coded_mention_below(c, 1);
        if (other != kNoIndex && !doc_.mentions[other].code.empty()) add_unique(out, other);
      }
    }
  }

  // "ethnic Albanians in south Serbia", "ethnic Albanian guerrillas operating in
  // Macedonia", "ethnic Albanians demonstrated in Serbia": an ethnic group is coded by the
  // country it lives in, as CAMEO codes minorities (SRBCVLalb, MKDREBalb), not by the
  // country its name is also the people of. The country is the place its own phrase
  // names, else where its verb puts it; with neither, the mention stays as it is.
  uint32_t resident(uint32_t m) {
    if (m == kNoIndex) return m;
    const Mention& mention = doc_.mentions[m];
    const uint32_t before = mention.token_begin - 1;
    if (mention.token_begin == sentence_.token_begin || !tree_.contains(before) ||
        tree_.form(before) != "ethnic" || tree_.token(before).deprel != DepRel::amod) {
      return people_of_place(m);
    }
    const std::string_view people = actors::country_of(mention.code.view());
    if (people.empty()) return m;
    const uint32_t head = tree_.token(before).head;
    if (!tree_.contains(head)) return m;
    std::string_view country = place_country(head, 2, people);
    // "Thousands of ethnic Hungarians demonstrated": the quantity is the verb's argument.
    uint32_t verb = tree_.token(head).head;
    if (tree_.token(head).deprel == DepRel::nmod && tree_.preposition(head) == "of" &&
        tree_.contains(verb)) {
      verb = tree_.token(verb).head;
    }
    if (country.empty() && verb != kNoIndex && tree_.contains(verb) &&
        tree_.token(verb).upos == Upos::VERB) {
      for (uint32_t c : tree_.children(verb)) {
        if (c == head || tree_.token(c).deprel != DepRel::obl) continue;
        if (!is_locative(tree_.preposition(c))) continue;
        country = country_named(c, people);
        if (country.empty()) country = place_country(c, 1, people);
        if (!country.empty()) break;
      }
    }
    if (country.empty()) return m;
    // The people alone ("ethnic Albanians") are the country's civilians: SRBCVL, a side of
    // its own against the state they live in ("demonstrated in Serbia": SRBCVL SRB).
    const std::string_view sector = mention.code.size > 3 ? mention.code.view().substr(3) : "CVL";
    Mention copy = mention;
    if (!copy.code.assign(std::string(country) + std::string(sector))) return m;
    copy.how = MentionHow::kComposed;
    copy.confidence *= 0.8f;
    doc_.mentions.push_back(copy);
    return static_cast<uint32_t>(doc_.mentions.size() - 1);
  }

  // "The Albanians of southern Serbia": a people named by its plural ("Albanians", ALB)
  // of a place in another country is that country's, as "ethnic Albanians in south Serbia"
  // are (resident): SRBCVL. Only "of", which says whose the people are; "Americans in
  // Iraq" are Americans where they are.
  uint32_t people_of_place(uint32_t m) {
    const Mention& mention = doc_.mentions[m];
    const std::string_view people = mention.code.view();
    const uint32_t head = mention.token_end - 1;
    if (people.size() != 3 || !tree_.contains(head) ||
        (tree_.token(head).xpos != Xpos::NNPS && tree_.token(head).xpos != Xpos::NNS)) {
      return m;
    }
    for (uint32_t c : tree_.children(head)) {
      if (tree_.token(c).deprel != DepRel::nmod || tree_.preposition(c) != "of") continue;
      const std::string_view country = country_named(c, people);
      if (country.size() != 3) continue;
      Mention copy = mention;
      if (!copy.code.assign(std::string(country) + "CVL")) return m;
      copy.how = MentionHow::kComposed;
      copy.confidence *= 0.8f;
      doc_.mentions.push_back(copy);
      return static_cast<uint32_t>(doc_.mentions.size() - 1);
    }
    return m;
  }

  // The country a place phrase under `root` names ("in south Serbia", "operating in
  // Macedonia"), other than `except`; "" when none does within `depth` levels.
  std::string_view place_country(uint32_t root, int depth, std::string_view except) const {
    for (uint32_t c : tree_.children(root)) {
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::acl && depth > 0) {
        if (const std::string_view k = place_country(c, depth - 1, except); !k.empty()) return k;
      }
      if (r != DepRel::nmod && r != DepRel::obl) continue;
      const std::string_view prep = tree_.preposition(c);
      if (prep != "of" && !is_locative(prep)) continue;
      if (const std::string_view k = country_named(c, except); !k.empty()) return k;
      if (depth > 0) {
        if (const std::string_view k = place_country(c, depth - 1, except); !k.empty()) return k;
      }
    }
    return {};
  }

  std::string_view country_named(uint32_t t, std::string_view except) const {
    const uint32_t m = mention_of_token_[t];
    if (m == kNoIndex) return {};
    const std::string_view k = actors::country_of(doc_.mentions[m].code.view());
    return k == except ? std::string_view() : k;
  }

  // A finite verb the parser left without a subject ("On Taiwan, China's Foreign
  // Ministry on Tuesday expressed…" parsed with the ministry under "Taiwan"): the
  // nearest coded mention before it in the sentence, if only modifiers come between.
  // A "by" phrase under a noun phrase of the passive `verb`'s own clause ("accused of
  // corruption by Cuba" parsed with "by Cuba" on "corruption"), or kNoIndex.
  uint32_t misplaced_agent(uint32_t verb) const {
    for (uint32_t t = verb + 1; t < sentence_.token_end; ++t) {
      const Token& tok = doc_.tokens[t];
      if (tok.deprel != DepRel::nmod && tok.deprel != DepRel::obl) continue;
      if (tree_.preposition(t) != "by" || tok.head == verb) continue;
      // Up through noun phrases only, to the verb.
      uint32_t h = t;
      while (h != kNoIndex && h != verb) {
        const DepRel r = doc_.tokens[h].deprel;
        if (r != DepRel::nmod && r != DepRel::obl && r != DepRel::obj) break;
        h = doc_.tokens[h].head;
      }
      if (h == verb) return t;
    }
    return kNoIndex;
  }

  uint32_t actor_left_of(uint32_t verb) const {
    const Token& v = doc_.tokens[verb];
    if (v.head != kNoIndex && v.deprel != DepRel::ccomp && v.deprel != DepRel::parataxis) {
      return kNoIndex;  // embedded verbs inherit through arguments.cc
    }
    for (uint32_t t = verb; t-- > sentence_.token_begin;) {
      const uint32_t m = mention_of_token_[t];
      if (m != kNoIndex) return doc_.mentions[m].code.empty() ? kNoIndex : m;
      const Upos u = doc_.tokens[t].upos;
      if (u == Upos::VERB || u == Upos::PUNCT) return kNoIndex;
    }
    return kNoIndex;
  }

  bool patient_is_actor(uint32_t predicate) {
    const uint32_t patient = tree_.child(predicate, DepRel::nsubj_pass);
    return patient != kNoIndex && actor_for(patient, 1) != kNoIndex;
  }

  // The actor of a locative or from-phrase of `predicate` or of its secondary predicate
  // ("shot dead in Osgiliath"), kNoIndex when none names one.
  uint32_t place_of_passive(uint32_t predicate) {
    for (uint32_t head : {predicate, tree_.child(predicate, DepRel::xcomp)}) {
      if (head == kNoIndex) continue;
      for (uint32_t c : tree_.children(head)) {
        if (tree_.token(c).deprel != DepRel::obl) continue;
        const std::string_view p = tree_.preposition(c);
        if (!is_locative(p) && p != "from") continue;
        if (const uint32_t m = actor_for(c, 0); m != kNoIndex) return m;
      }
    }
    return kNoIndex;
  }

  // The country of a locative phrase's actor ("in Lebanon"), as a mention of its own.
  uint32_t state_of_place(const PredicateFrame& frame) {
    for (const Argument& a : frame.targets()) {
      if (a.role != ArgumentRole::kOblique || !is_locative(a.preposition)) continue;
      const uint32_t m = actor_for(a.head, 1);
      if (m == kNoIndex) continue;
      const std::string_view country = actors::country_of(doc_.mentions[m].code.view());
      if (country.empty()) continue;
      Mention state = doc_.mentions[m];
      state.code.assign(country);
      state.how = MentionHow::kComposed;
      state.confidence = doc_.mentions[m].confidence * 0.7f;
      doc_.mentions.push_back(state);
      return static_cast<uint32_t>(doc_.mentions.size() - 1);
    }
    return kNoIndex;
  }

  // The first coded mention after `verb`, before any other verb or clause punctuation,
  // other than the source's (`source` may be kNoIndex).
  uint32_t actor_right_of(uint32_t verb, uint32_t source) const {
    for (uint32_t t = verb + 1; t < sentence_.token_end; ++t) {
      const uint32_t m = mention_of_token_[t];
      if (m != kNoIndex && !doc_.mentions[m].code.empty() && !cited(m, verb)) {
        if (source != kNoIndex && doc_.mentions[m].code == doc_.mentions[source].code) {
          return kNoIndex;
        }
        return m;
      }
      const Token& token = doc_.tokens[t];
      // Another clause or conjunct begins: "ready to sign an agreement if Moscow…".
      if (token.upos == Upos::VERB || token.upos == Upos::AUX) return kNoIndex;
      // "that" opens the content of the verb; "with" is a preposition the tagger read
      // as a subordinator ("discussing with Beijing the possibility of…").
      if (token.upos == Upos::SCONJ && !one_of(tree_.form(t), {"that", "with"})) {
        return kNoIndex;
      }
      if (token.upos == Upos::PUNCT && one_of(doc_.form(t), {",", ";", ":", ".", "(", "--"})) {
        return kNoIndex;
      }
    }
    return kNoIndex;
  }

  // An object or a prepositional phrase of the verb's, after it: where the engines look
  // for a target ("said on Saturday" has one, "said today" none).
  bool unnamed_target(uint32_t verb) const {
    for (uint32_t c : tree_.children(verb)) {
      if (c < verb) continue;
      const DepRel r = tree_.token(c).deprel;
      const Upos u = tree_.token(c).upos;
      if (u != Upos::NOUN && u != Upos::PROPN) continue;
      if (r == DepRel::obj || (r == DepRel::obl && !tree_.preposition(c).empty())) return true;
    }
    return false;
  }

  // The verb's object when it is an agent no country claims ("students"), coded as one;
  // kNoIndex otherwise.
  uint32_t agent_only_object(uint32_t verb) {
    const uint32_t object = tree_.child(verb, DepRel::obj);
    if (object == kNoIndex) return kNoIndex;
    const uint32_t m = mention_of_token_[object];
    if (m == kNoIndex || !doc_.mentions[m].code.empty() || doc_.mentions[m].agent == kNoIndex) {
      return kNoIndex;
    }
    return agent_only(m);
  }

  // A pattern that names its target before the verb and its source after it ("+ * IN $":
  // "Gollum was seen to break in an anti- Gondor parade" is Gondor's act toward Gollum):
  // the doer found is the target, and the source is the actor after the verb, past
  // `skips` others ("TABASKI ^ $").
  void reverse_roles(uint32_t verb, size_t skips, std::vector<uint32_t>& sources,
                     std::vector<uint32_t>& targets) const {
    std::vector<uint32_t> after;
    if (skips == 0) {
      after = targets;
    } else {
      std::vector<uint32_t> named;  // the actors after the verb, in order
      for (uint32_t t : events::phrase_after(tree_, verb)) {
        const uint32_t m = mention_of_token_[t];
        if (m != kNoIndex && !doc_.mentions[m].code.empty()) add_unique(named, m);
      }
      if (skips < named.size()) after.push_back(named[skips]);
    }
    if (after.empty() || sources.empty()) return;
    targets = std::move(sources);
    sources = std::move(after);
  }

  // "NOTED + *" on "Gondor's Prime Minister noted that Cirith Ungol regretted ...": the
  // doer the tree gives is the target, and the source is the actor named before it.
  void doer_is_target(std::vector<uint32_t>& sources, std::vector<uint32_t>& targets) const {
    if (sources.empty()) return;
    uint32_t first = doc_.mentions[sources.front()].token_begin;
    for (uint32_t m : sources) first = std::min(first, doc_.mentions[m].token_begin);
    for (uint32_t t = first; t-- > sentence_.token_begin;) {
      const uint32_t m = mention_of_token_[t];
      if (m == kNoIndex || doc_.mentions[m].code.empty() || same_actor(m, sources)) continue;
      targets = std::move(sources);
      sources = {m};
      return;
    }
  }

  // PETRARCH's target: the first actor named in the verb's phrase after it, wherever the
  // phrase puts it ("break into an anti- Gondor parade", "rescheduled his hunting trip in
  // the White Downs"); none when it is one of the doers.
  uint32_t first_actor_of_phrase_after(uint32_t verb, const std::vector<uint32_t>& sources) const {
    for (uint32_t t : events::phrase_after(tree_, verb)) {
      const uint32_t m = mention_of_token_[t];
      if (m == kNoIndex || doc_.mentions[m].code.empty() || cited(m, verb)) continue;
      return same_actor(m, sources) ? kNoIndex : m;
    }
    return kNoIndex;
  }

  // The first coded mention inside `root`'s clause and the clauses it governs, not in a
  // locative phrase ("in Kirkuk" is where) and not the source's. Reported content
  // (ccomp, parataxis) is an event of its own, not this one's target.
  uint32_t actor_in_clause(uint32_t root, uint32_t source, int depth,
                           uint32_t predicate = kNoIndex) const {
    if (predicate == kNoIndex) predicate = root;
    for (uint32_t c : tree_.children(root)) {
      const DepRel r = tree_.token(c).deprel;
      if (!searched_for_targets(r)) continue;
      if (is_locative(tree_.preposition(c)) || capacity_or_time(c) || unmarked_oblique(c)) {
        continue;
      }
      const uint32_t m = mention_of_token_[c];
      if (m != kNoIndex && !doc_.mentions[m].code.empty() && !cited(m, predicate) &&
          doc_.mentions[m].code != doc_.mentions[source].code) {
        return m;
      }
    }
    if (depth == 0) return kNoIndex;
    for (uint32_t c : tree_.children(root)) {
      const DepRel r = tree_.token(c).deprel;
      if (!searched_for_targets(r)) continue;
      if (is_locative(tree_.preposition(c)) || capacity_or_time(c) || unmarked_oblique(c)) {
        continue;
      }
      if (uint32_t m = actor_in_clause(c, source, depth - 1, predicate); m != kNoIndex) return m;
    }
    return kNoIndex;
  }

  // "resigned as prime minister", "resigned Sunday as the opposition threatened to storm
  // his residence" (an as-clause the parser read as a phrase): a capacity or a time,
  // never whom.
  bool capacity_or_time(uint32_t phrase) const {
    const DepRel r = tree_.token(phrase).deprel;
    return r_.cameo_rules && (r == DepRel::obl || r == DepRel::nmod) &&
           tree_.preposition(phrase) == "as";
  }

  // A noun phrase with no preposition is no oblique of the verb's, whatever the parser
  // says: "…, the World Food Program (WFP) said" hung on the reported verb. (Times are
  // obl:unmarked.)
  bool unmarked_oblique(uint32_t phrase) const {
    return r_.cameo_rules && tree_.token(phrase).deprel == DepRel::obl &&
           tree_.preposition(phrase).empty();
  }

  static bool searched_for_targets(DepRel r) {
    return r != DepRel::nsubj && r != DepRel::nsubj_pass && r != DepRel::acl_relcl &&
           r != DepRel::parataxis && r != DepRel::ccomp && r != DepRel::csubj;
  }

  // The target, in order of trust: an object that names an actor (itself or through a
  // close modifier: "the ministers of Iran"); a prepositional phrase after the predicate
  // (a fronted "On Taiwan," is a topic, not a target); then, for verbs, an actor deeper
  // inside the object ("expressed opposition to exchanges between Taiwan and the United
  // States"), inside a nominal open complement, or the subject of a clause opened by
  // "against" ("cautioned against Beijing using the visit").
  // An actor with a source's own code is passed over and the search goes on ("discussing
  // with Beijing the possibility of a visit by Janet Yellen": not Yellen, a US official
  // like the source, but Beijing).
  void find_targets(uint32_t predicate, const PredicateFrame& frame, const CameoCode& code,
                    std::vector<uint32_t>& out, const std::vector<uint32_t>* sources = nullptr) {
    auto found = [&] {
      std::erase_if(out, [&](uint32_t m) { return cited(m, predicate); });
      if (sources != nullptr) {
        std::erase_if(out, [&](uint32_t m) { return same_actor(m, *sources); });
      }
      return !out.empty();
    };
    // "arrived in Gondor", "flew to Moscow": for a journey the place is whom it visits.
    const bool journey = one_of(tree_.lemma(predicate), {"arrive", "travel", "fly", "land", "come",
                                                         "return", "head", "go"});
    // "arrested 15 gang members in Milan", "seized 11 properties in Tepic": whom
    // coercion is done to is never where it is done.
    const bool meeting = (code.view().starts_with("03") || code.view().starts_with("04") ||
                          code.view().starts_with("17")) &&
                         !journey;
    // "their citizens fighting in Syria", "clashed in Idlib": fighting with no one named is
    // done in a place, not to it. (Force done to something is done to what is there:
    // "shelled positions in Juba".)
    const bool fights_there = one_of(tree_.lemma(predicate), {"fight", "clash", "battle"}) &&
                              tree_.child(predicate, DepRel::obj) == kNoIndex;
    if (takes_a_topic(predicate)) {
      // Whom it is discussed with, even where the parser hangs the phrase on the topic:
      // "discussed developments in Syria with the Turkish president".
      const uint32_t with = phrase_after(predicate, "with");
      if (with != kNoIndex) actors_for(with, out, 1);
      found();
      return;
    }
    for (const Argument& a : frame.targets()) {
      if (a.role == ArgumentRole::kObject || a.role == ArgumentRole::kIndirect) {
        actors_for(a.head, out, 1);
        if (found()) return;
      }
    }
    for (const Argument& a : frame.targets()) {
      if (a.role != ArgumentRole::kOblique || (!a.inherited && a.head < predicate)) continue;
      // "met in Geneva", "talks at the Kremlin": for a meeting a locative phrase is
      // where, not whom. (For force it is often whom: "shelled positions in Juba".)
      if ((meeting || fights_there) && is_locative(a.preposition)) continue;
      if (comrade(predicate, code, a.head, a.preposition)) continue;
      if (capacity_or_time(a.head) || unmarked_oblique(a.head)) continue;
      // "negotiations on an Israeli troop pullback": what a meeting is about is not who
      // it is with.
      if (meeting && one_of(a.preposition, {"on", "about", "over", "regarding", "concerning"})) {
        continue;
      }
      actors_for(a.head, out, 1);
      if (found()) return;
    }
    if (!frame.nominal && !fights_there) deep_targets(predicate, frame, out);
    found();
  }

  // "Arnor has celebrated Eid at Osgiliath with Gondor" under "* EID AT ^ WITH +": the
  // pattern says the target is in the with-phrase, where the first oblique is only the
  // place. Each "^" skips a noun phrase from the preposition's own on ("* AT ^ +": in
  // "warned at the Gondor of the Prince", the Prince). With the engines' own dictionaries
  // only: in dyad's, the master file's markers sit under tree patterns and name the wrong
  // phrase as often as the right one in news ("backing the SDF's drive for Raqqa" is
  // no support for Raqqa; "return to the UK from Syria" no visit to Syria).
  void target_the_pattern_names(uint32_t predicate, const VerbPattern& pattern,
                                const std::vector<uint32_t>& sources, std::vector<uint32_t>& out) {
    if (pattern.target_preposition.empty()) return;
    const uint32_t phrase = phrase_after(predicate, pattern.target_preposition);
    if (phrase == kNoIndex) return;
    if (pattern.target_skips == 0) {
      actors_for(phrase, out, 1);
    } else if (const uint32_t m = mention_after(phrase, pattern.target_skips); m != kNoIndex) {
      add_unique(out, m);
    }
    std::erase_if(out, [&](uint32_t m) { return same_actor(m, sources); });
  }

  // The first phrase after `predicate` introduced by `preposition`, on the predicate or
  // hung on one of its objects or phrases ("restore ties with Gondor", "at Osgiliath with
  // Gondor" with the with-phrase under Osgiliath); kNoIndex when there is none.
  uint32_t phrase_after(uint32_t predicate, std::string_view preposition) const {
    uint32_t best = kNoIndex;
    auto look_under = [&](auto&& self, uint32_t head, int depth) -> void {
      for (uint32_t c : tree_.children(head)) {
        const DepRel r = tree_.token(c).deprel;
        if (c < predicate || (r != DepRel::obl && r != DepRel::nmod && r != DepRel::obj)) {
          continue;
        }
        if (r != DepRel::obj && tree_.preposition(c) == preposition && c < best) best = c;
        if (depth > 0) self(self, c, depth - 1);
      }
    };
    look_under(look_under, predicate, 1);
    return best;
  }

  // The coded mention after `skips` noun phrases from `phrase`'s own on, reading the words
  // in order up to the next verb, as a linear pattern reads them. An agent with no
  // country of its own is a noun phrase too ("with the parliament of Gondor": "^ +" skips
  // the parliament, as PETRARCH's ---LEG, and the target is Gondor), but never the target.
  uint32_t mention_after(uint32_t phrase, uint32_t skips) const {
    uint32_t t = phrase;
    if (const uint32_t own = mention_of_token_[phrase]; own != kNoIndex) {
      t = doc_.mentions[own].token_end - 1;
    }
    for (++t; t < sentence_.token_end; ++t) {
      const Upos u = doc_.tokens[t].upos;
      if (u == Upos::VERB || u == Upos::AUX) return kNoIndex;
      const uint32_t m = mention_of_token_[t];
      if (m == kNoIndex) continue;
      const bool coded = !doc_.mentions[m].code.empty();
      if (!coded && doc_.mentions[m].agent == kNoIndex) continue;
      if (skips > 1 || coded) --skips;
      if (skips == 0) return m;
      t = doc_.mentions[m].token_end - 1;
    }
    return kNoIndex;
  }

  bool is_time(uint32_t token) const {
    for (const timeplace::DateExpression& d : dates_) {
      if (token >= d.token_begin && token < d.token_end) return true;
    }
    return false;
  }

  // "the SDF, which has fought alongside the US", "Kurdish militias that had fought with
  // Washington against Isis": whom one acts alongside is a comrade, never the target; so
  // is a fighter's with-phrase when an against-phrase names the enemy.
  // Conflict only: fighting alongside someone is cooperating with them ("FIGHT * ALONGSIDE
  // +" is CAMEO's 062).
  bool comrade(uint32_t predicate, const CameoCode& code, uint32_t head,
               std::string_view preposition) const {
    if (!r_.cameo_rules || !(code.view().starts_with("1") || code.view().starts_with("2"))) {
      return false;
    }
    if (preposition == "alongside") return true;
    // The tagger reads "alongside" before a noun as an adverb on it, as often as not.
    for (uint32_t c : tree_.children(head)) {
      if (c < head && tree_.lemma(c) == "alongside") return true;
    }
    return preposition == "with" && fights(predicate) &&
           phrase_after(predicate, "against") != kNoIndex;
  }

  // The fallbacks that take the next actor in the clause may take a comrade too.
  void drop_comrades(uint32_t predicate, const CameoCode& code,
                     std::vector<uint32_t>& targets) const {
    std::erase_if(targets, [&](uint32_t m) {
      if (m == Event::kNone) return false;
      const Mention& mention = doc_.mentions[m];
      for (uint32_t t = mention.token_begin; t < mention.token_end; ++t) {
        const uint32_t head = tree_.token(t).head;
        if (head >= mention.token_begin && head < mention.token_end) continue;
        return comrade(predicate, code, t, tree_.preposition(t));
      }
      return false;
    });
  }

  bool fights(uint32_t predicate) const {
    return one_of(tree_.lemma(predicate), {"fight", "battle", "combat", "struggle"});
  }

  static bool is_locative(std::string_view preposition) {
    return one_of_lower(preposition, {"in", "at", "near", "inside", "outside", "within", "across",
                                      "throughout", "around", "during"});
  }

  void deep_targets(uint32_t verb, const PredicateFrame& frame, std::vector<uint32_t>& out) {
    for (const Argument& a : frame.targets()) {
      if (a.role != ArgumentRole::kObject) continue;
      if (uint32_t m = coded_mention_below(a.head, 5); m != kNoIndex) {
        actors_for(doc_.mentions[m].token_end - 1, out);
        return;
      }
    }
    for (uint32_t c : tree_.children(verb)) {
      const DepRel r = tree_.token(c).deprel;
      if (r == DepRel::xcomp && tree_.token(c).upos == Upos::NOUN) {
        if (uint32_t m = coded_mention_below(c, 5); m != kNoIndex) {
          actors_for(doc_.mentions[m].token_end - 1, out);
          return;
        }
      }
      if (r == DepRel::advcl && tree_.preposition(c) == "against") {
        if (uint32_t subj = tree_.child(c, DepRel::nsubj); subj != kNoIndex) {
          actors_for(subj, out);
          return;
        }
      }
    }
  }

  // "the two sides", "both countries": the pair of the latest event in the document
  // that went both ways (a meeting, talks, a call), as an analyst reads them.
  bool two_sides(uint32_t head, std::vector<uint32_t>& out) {
    if (!one_of(tree_.lemma(head), {"side", "country", "party", "leader", "government", "nation",
                                    "neighbor", "neighbour"})) {
      return false;
    }
    bool pair = false;
    for (uint32_t c : tree_.children(head)) pair |= one_of(tree_.form(c), {"two", "both"});
    if (!pair) return false;
    for (size_t i = doc_.events.size(); i-- > 0;) {
      const Event& e = doc_.events[i];
      if (e.target == Event::kNone || e.source == Event::kNone) continue;
      for (const Event& r : doc_.events) {
        if (r.target == Event::kNone || r.source == Event::kNone || r.cameo != e.cameo) continue;
        if (doc_.mentions[r.source].code != doc_.mentions[e.target].code ||
            doc_.mentions[r.target].code != doc_.mentions[e.source].code) {
          continue;
        }
        // The phrase itself is the mention, with the pair as antecedents, so the event's
        // evidence points at "both sides" and not at words sentences before.
        for (uint32_t antecedent : {e.source, e.target}) {
          out.push_back(add_coreferent(head, antecedent, 0.7f));
        }
        return true;
      }
    }
    return false;
  }

  // "ambassadors of Arnor", "lawmakers in Fornost and Gondor", "officials from the
  // Chinese embassy", "Ithilen's president": an agent with no actor of its own takes the
  // country of the place
  // or body it is of, in or from (ARN + GOV = ARNGOV); one mention per coordinated
  // place. A coordinated agent without such a phrase ("lawmakers and officials in
  // Fornost") shares its first conjunct's.
  bool agent_of_place(uint32_t head, std::vector<uint32_t>& out) {
    const uint32_t bare = mention_of_token_[head];
    if (bare == kNoIndex || !doc_.mentions[bare].code.empty() ||
        doc_.mentions[bare].agent == kNoIndex) {
      return false;
    }
    const actors::CompiledAgent& agent = r_.actors->agent(doc_.mentions[bare].agent);
    const std::string_view agent_code = r_.actors->str(agent.code);
    bool found = false;
    for (uint32_t owner :
         {head, tree_.token(head).deprel == DepRel::conj ? tree_.token(head).head : kNoIndex}) {
      if (owner == kNoIndex || !tree_.contains(owner) || found) continue;
      for (uint32_t c : tree_.children(owner)) {
        const DepRel r = tree_.token(c).deprel;
        // "Ithilen's president" as "the president of Ithilen".
        const bool possessor = r == DepRel::nmod_poss;
        if (r != DepRel::nmod && r != DepRel::obl && !possessor) continue;
        const std::string_view prep = tree_.preposition(c);
        if (!possessor && prep != "of" && prep != "in" && prep != "from" && prep != "at") {
          continue;
        }
        std::vector<uint32_t> places;
        add_unique(places, mention_of_token_[c]);
        for (uint32_t cc : tree_.children(c)) {
          if (tree_.token(cc).deprel == DepRel::conj) add_unique(places, mention_of_token_[cc]);
        }
        // "The government of Sindh province", "police in Karachi": a place no actor
        // names gives its country.
        // Not a possessor: a person's name is as often a town's ("Foley's mother").
        if (const std::string_view country = possessor ? std::string_view() : country_of_place(c);
            !country.empty() && !agent_code.empty() && !found &&
            (places.empty() || places.front() == kNoIndex ||
             doc_.mentions[places.front()].code.empty())) {
          Mention m = doc_.mentions[bare];
          const std::string composed = agent.prefix
                                           ? std::string(agent_code) + std::string(country)
                                           : std::string(country) + std::string(agent_code);
          if (m.code.assign(composed)) {
            m.how = MentionHow::kComposed;
            m.entry = kNoIndex;
            m.confidence *= 0.7f;
            doc_.mentions.push_back(m);
            add_unique(out, static_cast<uint32_t>(doc_.mentions.size() - 1));
            found = true;
          }
          continue;
        }
        for (uint32_t p : places) {
          if (p == kNoIndex) continue;
          const std::string_view code = doc_.mentions[p].code.view();
          if (code.empty()) continue;
          // A capital is a place here, not the government it stands for: "people in
          // Nairobi" are Kenyan civilians (the agent's own sector on the country).
          std::string composed(code);
          const std::string_view country = actors::country_of(code);
          const bool capital = doc_.mentions[p].how == MentionHow::kMetonym;
          if (!r_.cameo_rules) {
            // "human rights activists of Gonzo GMO" GONGMOOPP, "Former security officials
            // in White House" USAGOVELI: the engines compose with any code.
            composed = engine_composition(composed, doc_.mentions[bare]);
          } else if (code.size() == 3 || (capital && !country.empty() && !agent_code.empty())) {
            const std::string_view base = code.size() == 3 ? code : country;
            composed = agent.prefix ? std::string(agent_code) + std::string(base)
                                    : std::string(base) + std::string(agent_code);
          }
          Mention m = doc_.mentions[bare];
          if (!m.code.assign(composed)) continue;
          m.entry = doc_.mentions[p].entry;
          m.how = MentionHow::kComposed;
          m.confidence = doc_.mentions[p].confidence * 0.9f;
          doc_.mentions.push_back(m);
          add_unique(out, static_cast<uint32_t>(doc_.mentions.size() - 1));
          found = true;
        }
      }
    }
    return found;
  }

  // The country of the gazetteer place whose words include `t` or its phrase's name
  // ("Sindh" in "Sindh province"); "" when no place is named there.
  std::string_view country_of_place(uint32_t t) const {
    for (const timeplace::PlaceMatch& p : ws_.place_matches) {
      const bool at = p.token_begin <= t && t < p.token_end;
      const bool named =
          tree_.contains(p.token_begin) && tree_.token(p.token_begin).head == t &&
          one_of(tree_.lemma(t), {"province", "state", "region", "district", "city"});
      if (!at && !named) continue;
      const std::string_view k = r_.gazetteer->iso3(r_.gazetteer->place(p.place));
      return k.size() == 3 ? k : std::string_view();
    }
    return {};
  }

  // The agent-only mention an "of" phrase under `root` ends in, `depth` levels down.
  uint32_t agent_of_quantity(uint32_t root, int depth) const {
    for (uint32_t c : tree_.children(root)) {
      if (tree_.token(c).deprel != DepRel::nmod || tree_.preposition(c) != "of") continue;
      const uint32_t m = mention_of_token_[c];
      if (m != kNoIndex && doc_.mentions[m].code.empty() && doc_.mentions[m].agent != kNoIndex) {
        return m;
      }
      if (depth > 0) {
        if (const uint32_t below = agent_of_quantity(c, depth - 1); below != kNoIndex) {
          return below;
        }
      }
    }
    return kNoIndex;
  }

  // For a doer (`as_source`), not through a phrase that names whom the act is aimed at:
  // in "airstrikes against the rebel-held Ghouta district have killed dozens" Ghouta is
  // struck, not striking.
  uint32_t coded_mention_below(uint32_t root, int depth, bool as_source = false) const {
    auto skip = [&](uint32_t c) {
      return opens_clause(tree_.token(c).deprel) || (as_source && aimed_at(c));
    };
    for (uint32_t c : tree_.children(root)) {
      if (skip(c)) continue;
      const uint32_t m = mention_of_token_[c];
      if (m != kNoIndex && !doc_.mentions[m].code.empty()) return m;
    }
    if (depth == 0) return kNoIndex;
    for (uint32_t c : tree_.children(root)) {
      if (skip(c)) continue;
      if (uint32_t m = coded_mention_below(c, depth - 1, as_source); m != kNoIndex) return m;
    }
    return kNoIndex;
  }

  bool aimed_at(uint32_t t) const {
    const DepRel r = tree_.token(t).deprel;
    return (r == DepRel::nmod || r == DepRel::obl) &&
           one_of_lower(tree_.preposition(t), {"against", "into", "toward", "towards"});
  }

  // "the administration", "Officials", "the spokesman" with no actor of their own: the
  // latest earlier mention made with the same agent word ("the US administration"), or
  // else with an agent of the same sector within three sentences ("US officials" for
  // "the spokesman"). A person is not taken: "Officials cautioned" after "Taiwanese
  // President Tsai" is not Taiwan.
  uint32_t agent_antecedent(uint32_t bare) {
    const Mention& b = doc_.mentions[bare];
    const std::string_view agent_code = r_.actors->str(r_.actors->agent(b.agent).code);
    const uint32_t floor_sentence = sentence_index_ >= 3 ? sentence_index_ - 3 : 0;
    const uint32_t floor_token = doc_.sentences[floor_sentence].token_begin;
    // The same agent word anywhere before ("the administration" after "the US
    // administration"), else the same sector nearby.
    uint32_t found = kNoIndex;
    for (uint32_t i = static_cast<uint32_t>(doc_.mentions.size()); i-- > 0;) {
      const Mention& m = doc_.mentions[i];
      if (m.token_begin >= b.token_begin || m.code.empty() || m.agent != b.agent) continue;
      found = i;
      break;
    }
    for (uint32_t i = static_cast<uint32_t>(doc_.mentions.size()); found == kNoIndex && i-- > 0;) {
      const Mention& m = doc_.mentions[i];
      if (m.token_begin >= b.token_begin) continue;
      if (m.token_begin < floor_token) break;
      if (m.code.empty() || m.agent == kNoIndex) continue;
      if (r_.actors->str(r_.actors->agent(m.agent).code) != agent_code) continue;
      found = i;
    }
    if (found != kNoIndex) {
      const uint32_t i = found;
      const Mention& m = doc_.mentions[i];
      doc_.mentions[bare].code = m.code;
      doc_.mentions[bare].how = MentionHow::kCoreference;
      doc_.mentions[bare].antecedent = i;
      doc_.mentions[bare].confidence = m.confidence * 0.7f;
      return bare;
    }
    return kNoIndex;
  }

  // he/she: the latest person; it/they: the latest actor. Only this sentence and the
  // two before it: a pronoun further from its antecedent is more often wrong than right.
  uint32_t antecedent(uint32_t pronoun) {
    const std::string_view w = tree_.form(pronoun);
    const bool personal = one_of(w, {"he", "she", "him", "her", "his"});
    if (!personal && !one_of(w, {"it", "they", "them", "its", "their"})) return kNoIndex;
    const uint32_t floor_sentence = sentence_index_ >= 2 ? sentence_index_ - 2 : 0;
    const uint32_t floor_token = doc_.sentences[floor_sentence].token_begin;
    // A person's pronoun, or a subject: "assist it" after "urged Bree" is still Bree's.
    if (!r_.cameo_rules && (personal || tree_.token(pronoun).deprel == DepRel::nsubj)) {
      if (const uint32_t doer = earlier_doer(pronoun); doer != kNoIndex) {
        return corefer(pronoun, doer);
      }
    }
    for (uint32_t i = static_cast<uint32_t>(doc_.mentions.size()); i-- > 0;) {
      const Mention& m = doc_.mentions[i];
      if (m.token_begin >= pronoun) continue;
      if (m.token_begin < floor_token) break;
      // An agent with no country (agent_only) tells a pronoun nothing, nor a mention
      // the coder composed for an event (countryless_copy).
      if (m.code.empty() || m.code.view().starts_with("---") || countryless_copy(m)) continue;
      const bool person =
          m.entry != kNoIndex && (r_.actors->entry(m.entry).flags & actors::CompiledEntry::kPerson);
      if (personal != person) continue;
      return corefer(pronoun, i);
    }
    return kNoIndex;
  }

  // `pronoun` as a mention of `antecedent`'s actor.
  uint32_t corefer(uint32_t pronoun, uint32_t antecedent) {
    const uint32_t index = add_coreferent(pronoun, antecedent, 0.8f);
    mention_of_token_[pronoun] = index;
    return index;
  }

  // A new mention of `antecedent`'s actor at the one word `word`, trusted `discount` as
  // much as the antecedent; its index.
  uint32_t add_coreferent(uint32_t word, uint32_t antecedent, float discount) {
    Mention copy = doc_.mentions[antecedent];
    copy.token_begin = word;
    copy.token_end = word + 1;
    copy.how = MentionHow::kCoreference;
    copy.antecedent = antecedent;
    copy.confidence = doc_.mentions[antecedent].confidence * discount;
    doc_.mentions.push_back(copy);
    return static_cast<uint32_t>(doc_.mentions.size() - 1);
  }

  // "Elrond urged Bree to chill out and Gondor asked him to …": the engines' dictionaries
  // do not say who is a person, and TABARI and PETRARCH read a pronoun as the doer of an
  // earlier clause of the sentence: the latest subject before it that is not its own
  // clause's. kNoIndex when the sentence has none.
  uint32_t earlier_doer(uint32_t pronoun) const {
    const uint32_t own_clause = clause_of(pronoun);
    for (uint32_t t = pronoun; t-- > sentence_.token_begin;) {
      const uint32_t m = mention_of_token_[t];
      if (m == kNoIndex || doc_.mentions[m].code.empty() ||
          doc_.mentions[m].code.view().starts_with("---")) {
        continue;
      }
      const Token& tok = tree_.token(t);
      if (tok.deprel != DepRel::nsubj || clause_of(t) == own_clause) continue;
      return m;
    }
    return kNoIndex;
  }

  // "Gollum centre of a diplomatic row between Radagast the Brown called on Gondor", parsed
  // with "Brown" a second subject: a doer that begins inside another subject's phrase is
  // part of that phrase, and PETRARCH codes a noun phrase by its own words' actors, not
  // by those of a phrase under it, when it has any (Gollum's, not Radagast's).
  void keep_phrases_own_doers(const PredicateFrame& frame, std::vector<uint32_t>& sources) const {
    if (sources.size() < 2) return;
    std::erase_if(sources, [&](uint32_t m) {
      const Mention& mention = doc_.mentions[m];
      for (const Argument& a : frame.sources()) {
        if (a.head >= mention.token_begin && a.head < mention.token_end) continue;
        if (!in_noun_modifier(mention.token_begin, a.head)) continue;
        // Another doer among the phrase head's own words.
        for (uint32_t other : sources) {
          const uint32_t last = doc_.mentions[other].token_end - 1;
          if (other != m && (last == a.head || tree_.token(last).head == a.head)) return true;
        }
      }
      return false;
    });
  }

  // Whether `t` is inside a prepositional phrase under the noun `head` ("of a diplomatic
  // row between Radagast"), not one of its conjuncts or appositions.
  bool in_noun_modifier(uint32_t t, uint32_t head) const {
    bool modifier = false;
    for (int steps = 0; steps < 16 && t != head; ++steps) {
      const Token& tok = tree_.token(t);
      if (tok.deprel == DepRel::conj || tok.deprel == DepRel::appos || tok.head == kNoIndex ||
          !tree_.contains(tok.head)) {
        return false;
      }
      modifier |= tok.deprel == DepRel::nmod;
      t = tok.head;
    }
    return t == head && modifier;
  }

  // PETRARCH reads a passive verb's doer from its by-phrase and a pronoun's from the tree
  // above it. Where this reading found the verb passive ("Rebuked by Eriador, ...,
  // Osgiliath is being drawn": Eriador's, at no one named) or its doer a pronoun with no
  // antecedent in the tree ("On improvement of Gondor's health centres, he said": no one),
  // TABARI's word-order reading, which fills in where the tree finds no event, must not
  // code it another way. Only with an engine's dictionaries.
  void settle_verb(uint32_t predicate, const PredicateFrame& frame) {
    if (r_.cameo_rules || frame.nominal) return;
    bool pronoun = false;
    for (const Argument& a : frame.sources()) pronoun |= tree_.token(a.head).upos == Upos::PRON;
    if (frame.passive || pronoun) settled_verbs_.push_back(predicate);
  }

  void emit(uint32_t predicate, uint32_t anchor, const PredicateFrame& frame, CodeChoice choice) {
    // A condition is what the clause above depends on, not something that happened or
    // that anyone means to do: "willing to help defend Saudi Arabia if it is attacked"
    // codes no attack. The clause above reads it (has_condition, threatened_by_condition).
    if (r_.cameo_rules && is_condition(tree_, predicate)) return;
    std::vector<uint32_t> sources, targets;
    // "Officials told Reuters" is no event worth an actor without a country, unless the
    // record asks for one-sided events (require_dyad off: "a senior official said", ---GOV).
    const bool says = choice.code.view().starts_with("01") && r_.require_dyad;
    for (const Argument& a : frame.sources()) {
      // "The lions and the evil awful Gondor welcomed ..., the agency said" parsed with
      // "welcomed" a conjunct of "lions", a subject of "said": a verb is a clause of its
      // own, not one more doer (PETRARCH reads the noun phrase only).
      if (!r_.cameo_rules && tree_.token(a.head).upos == Upos::VERB) continue;
      actors_for(a.head, sources, 2, !says);
    }
    std::erase_if(sources, [&](uint32_t m) { return cited(m, predicate); });
    keep_one_per_phrase(sources);
    if (!r_.cameo_rules) keep_phrases_own_doers(frame, sources);
    settle_verb(predicate, frame);
    // "A missionary was arrested in Lebanon": coercion by no one named is the state's
    // whose territory it happened on, as CAMEO codes it.
    if (sources.empty() && frame.passive && choice.code.view().starts_with("17")) {
      add_unique(sources, state_of_place(frame));
    }
    if (sources.empty() && r_.cameo_rules) {
      if (const uint32_t issuer = document_issuer(predicate); issuer != kNoIndex) {
        actors_for(issuer, sources, 2, !says);
      }
    }
    // "Haiti was accused of corruption by Cuba": the parser often hangs the by-agent on
    // the noun before it; under a passive verb it names the doer still.
    if (sources.empty() && frame.passive && frame.sources().empty() && !frame.nominal) {
      const uint32_t agent = misplaced_agent(predicate);
      if (agent != kNoIndex) actors_for(agent, sources, 2, !says);
    }
    // "An Eriadorian was shot dead in Osgiliath", "the militia was freed from Barad-dur":
    // TABARI and PETRARCH read the place a passive act done to an actor happened in or came
    // from as its doer, when no agent is named.
    if (sources.empty() && frame.passive && frame.sources().empty() && !frame.nominal &&
        !r_.cameo_rules && patient_is_actor(predicate)) {
      add_unique(sources, place_of_passive(predicate));
    }
    // The engines' doer is the actor before the verb whatever the parser made the subject
    // ("Bree Prime Minister Romendacil most certainly won't ever clash", "most" parsed as
    // the subject).
    if (sources.empty() && (frame.sources().empty() || !r_.cameo_rules) && !frame.nominal &&
        !patient_before_passive(frame, choice)) {
      const uint32_t left = actor_left_of(predicate);
      if (!modifies_the_patient(predicate, frame, choice.code, left)) add_unique(sources, left);
    }
    // "Islamic fundamentalists continued their hunger strike": the possessive on an event
    // noun is its light verb's subject, who is the doer even before any country claims it.
    if (sources.empty() && frame.nominal && anchor != predicate && is_protest(choice.code) &&
        holds_protest(anchor)) {
      const uint32_t subject = tree_.child(anchor, DepRel::nsubj);
      if (subject != kNoIndex) actors_for(subject, sources, 2, !says);
    }
    if (r_.cameo_rules && is_protest(choice.code)) {
      purpose_targets(predicate, anchor, sources, targets);
    }
    // "Fornost and Gondor welcomed ... ties between Gondor and Osgiliath" under MEET's
    // "% *" (044:045): a pattern of the compound marker is an act of the coordinated doers
    // toward each other, each way with its reverse, whoever else the clause names.
    if (!r_.cameo_rules && choice.pattern != UINT32_MAX && sources.size() >= 2 &&
        r_.verbs->pattern(choice.pattern).compound_marked) {
      for (uint32_t a : sources) {
        std::vector<uint32_t> others;
        for (uint32_t b : sources) {
          if (b != a) others.push_back(b);
        }
        emit_pairs(predicate, anchor, choice, {a}, others);
      }
      return;
    }
    if (targets.empty() && choice.pattern != UINT32_MAX && !r_.cameo_rules) {
      target_the_pattern_names(predicate, r_.verbs->pattern(choice.pattern), sources, targets);
    }
    if (targets.empty()) find_targets(predicate, frame, choice.code, targets, &sources);
    // The parser lost the phrase ("granted asylum to five Panamanian army officers holed
    // up in…" parsed with the officers as the subject of "holed"): the first actor
    // named after the verb in its own stretch of words, as TABARI would read it.
    // A statement needs its addressee named where the tree puts one: "US officials spoke
    // of a visit by Tsai" is no statement to Taiwan.
    const bool statement = choice.code.view().starts_with("01");
    // Nor does a discussion's topic (takes_a_topic), wherever in the clause it is.
    const bool topic = takes_a_topic(predicate) && !with_follows(predicate);
    if (targets.empty() && sources.size() == 1 && !frame.nominal && !statement && !topic &&
        may_have_target(predicate, frame, choice.code)) {
      add_unique(targets, actor_right_of(predicate, sources.front()));
      drop_comrades(predicate, choice.code, targets);
    }
    // Not for coordinated doers of an act two parties do together: they act toward each
    // other ("Gondor and Osgiliath have postponed their meeting", below).
    const bool reciprocal = sources.size() >= 2 && mutual(predicate, choice.code);
    if (targets.empty() && !r_.cameo_rules && !frame.nominal && !sources.empty() && !reciprocal) {
      add_unique(targets, first_actor_of_phrase_after(predicate, sources));
    }
    // The engines code an object no country claims by its agent: "Russian police arrested
    // students" is RUSCOP toward ---EDU. dyad takes such actors as doers only.
    if (targets.empty() && !r_.cameo_rules && !frame.nominal && !sources.empty()) {
      add_unique(targets, agent_only_object(predicate));
    }
    // A passive verb's roles are the tree's already ("+ WAS * DEAD IN $").
    if (!r_.cameo_rules && choice.pattern != UINT32_MAX && !frame.passive &&
        r_.verbs->pattern(choice.pattern).reversed_roles) {
      reverse_roles(predicate, r_.verbs->pattern(choice.pattern).source_skips, sources, targets);
    } else if (!r_.cameo_rules && choice.pattern != UINT32_MAX && !frame.passive &&
               r_.verbs->pattern(choice.pattern).target_before_verb) {
      doer_is_target(sources, targets);
    }
    // The record turned the engines' require_dyad off: an act whose target phrase names
    // no actor ("said on Saturday", "burned down its embassy") is coded toward no one.
    if (targets.empty() && !r_.require_dyad && !sources.empty() && unnamed_target(predicate)) {
      emit_pairs(predicate, anchor, choice, sources, {Event::kNone});
      return;
    }
    // Someone named further down the clause: "demonstrated in Kirkuk calling for
    // independence from Iraq", "a hunger strike to demand the resignation of President
    // Ben Bella", "a visit by President Tsai to the United States" with "to the United
    // States" parsed under Tsai.
    if (targets.empty() && !sources.empty() && !statement && !reciprocal && !topic) {
      add_unique(targets, actor_in_clause(predicate, sources.front(), frame.nominal ? 2 : 4));
      drop_comrades(predicate, choice.code, targets);
      std::erase_if(targets, [&](uint32_t m) { return same_actor(m, sources); });
    }
    // A border's country is where, not whom (borders.h), a language's is what
    // (languages.h); the act stands, toward no one named, where the tree had a target.
    const bool border_only = r_.cameo_rules &&
                             std::erase_if(targets,
                                           [&](uint32_t m) {
                                             return names_a_border(tree_, doc_.mentions[m]) ||
                                                    names_a_language(tree_, doc_.mentions[m]);
                                           }) > 0 &&
                             targets.empty();
    if (targets.empty() && sources.size() == 1 && !statement && !reciprocal) {
      add_unique(targets, countryless_target(predicate, anchor, sources.front()));
    }
    if (targets.empty() && choice.code.view().starts_with("14")) {
      add_unique(targets, protested_state(predicate, anchor, sources));
    }
    if (targets.empty() && force(choice.code)) {
      add_unique(targets, attacked_state(predicate, anchor, sources));
    }
    if (targets.empty() && sources.size() == 1 && r_.cameo_rules &&
        emergency_rule(choice.code.view())) {
      add_unique(targets, ruled_state(predicate, anchor, sources.front()));
    }
    // "Jordan and Britain agreed to hold exercises", "Israel and Lebanon renewed
    // negotiations": coordinated actors with no other party act toward each other, when
    // the act is one two parties do together.
    if (targets.empty() && reciprocal) {
      emit_reciprocal(predicate, anchor, choice, sources);
      return;
    }
    // Otherwise each of them did it, toward no one the dictionaries name; a statement to
    // no one is no event, for two speakers as for one.
    if (targets.empty() && sources.size() >= 2) {
      if (!statement) emit_pairs(predicate, anchor, choice, sources, {Event::kNone});
      return;
    }
    if (sources.empty() && targets.size() == 1 && unattributed_violence(frame, choice.code)) {
      sources.push_back(Event::kNone);
    }
    if (sources.empty()) return;
    if (targets.empty()) {
      if (!border_only && !self_contained(predicate, frame, choice.code) &&
          !protest_held(predicate, anchor, choice.code)) {
        return;
      }
      // A verb's bare default that only names a root ("comes" 040, "seek" 030) says too
      // little to stand without a target; a pattern that fitted, or a specific code
      // ("surrendered" 0874), does.
      if (choice.pattern == UINT32_MAX && is_general(choice.code) &&
          stance_of(tree_.lemma(predicate)) == Stance::kNone) {
        return;
      }
      // "oil firms are willing to pay a lot of money for private security": a commitment
      // toward no one by a doer no country claims is a disposition, not an event.
      if (!main_clause(predicate) && committed_by(predicate) != kNoIndex &&
          std::all_of(sources.begin(), sources.end(), [&](uint32_t m) {
            return doc_.mentions[m].code.view().starts_with("---");
          })) {
        return;
      }
      targets.push_back(Event::kNone);
    }
    emit_pairs(predicate, anchor, choice, sources, targets);
  }

  // "Serbian President Kostunica promised to democratize Serbia", "Hizbollah declared a
  // ceasefire in south Lebanon", "Avril resigned to allow Haiti's elections": the doer's
  // own country, named bare, is where or what a cooperative act (01-08) is about, not a
  // party it is done with. Force and protest are different: the GSR reads "shelled Juba"
  // as done to the state, so those keep it. In emit_pairs, so that every way to an event
  // (stances, deeds, nouns) is covered.
  void drop_own_state(const CameoCode& code, const std::vector<uint32_t>& sources,
                      std::vector<uint32_t>& targets) const {
    const std::string_view c = code.view();
    // Easing a curfew or a state of emergency eases it for the country under it.
    if (c.size() < 2 || c[0] != '0' || emergency_rule(c)) return;
    for (size_t i = targets.size(); i-- > 0;) {
      if (targets[i] == Event::kNone) continue;
      const std::string_view t = doc_.mentions[targets[i]].code.view();
      if (t.size() != 3) continue;
      const bool own = std::all_of(sources.begin(), sources.end(), [&](uint32_t m) {
        return m != Event::kNone && actors::country_of(doc_.mentions[m].code.view()) == t;
      });
      if (own && !sources.empty()) targets.erase(targets.begin() + static_cast<std::ptrdiff_t>(i));
    }
    // A statement to no one is no event (emit); any other act stands without a target.
    if (targets.empty() && !is_statement(code)) targets.push_back(Event::kNone);
  }

  // "Ugandan rebels surrendered", "Akayev agreed to resign", "Hizbollah declared a
  // unilateral ceasefire": a deed with no one on the receiving end is an event with a
  // source only. Not when the verb has an object the dictionary could not name ("shelled
  // the town": the target is unknown, not absent), nor a clause of its own ("said the
  // administration was discussing…": what was said is the event, if any), and never a
  // statement (01x) to no one, nor a verb of saying whatever code a dictionary gives it
  // ("…, a senior official said."). A passive verb's patient, and a phrase toward someone
  // ("promised aid to the villages"), are targets the dictionary could not name either;
  // only a place or a time may come with a deed done to no one.
  bool self_contained(uint32_t predicate, const PredicateFrame& frame,
                      const CameoCode& code) const {
    if (frame.nominal || target_may_be_elsewhere(predicate, frame, code)) return false;
    // With CAMEO's own dictionaries, a main clause's deed whose object no dictionary names
    // ("Syria will not accept any more refugees", "rebels shelled the town") is still the
    // source's event, its target unknown, as GDELT codes it. Not a purpose or adverbial
    // clause ("a visit … to discuss economic matters"): those say what is meant, not done.
    // The engine suites' dictionaries code no such event.
    if (r_.cameo_rules && main_clause(predicate)) return true;
    // "The US Congress agreed to lift embargoes", "France is ready to contribute troops":
    // a deed a main clause commits to is the intention's (03x), as much the source's own
    // as the deed itself would be.
    if (r_.cameo_rules) {
      if (const uint32_t root = committed_by(predicate); root != kNoIndex && main_clause(root)) {
        return true;
      }
    }
    return !names_a_target(frame);
  }

  // The word that commits to `predicate` when it is the infinitive of an agreement,
  // promise, decision or readiness ("agreed to lift", "is ready to contribute", "decided
  // to approve"), through a chain of such words; kNoIndex otherwise.
  uint32_t committed_by(uint32_t predicate) const {
    uint32_t node = predicate;
    for (int steps = 0; steps < 3; ++steps) {
      const Token& t = tree_.token(node);
      if (t.head == kNoIndex || !tree_.contains(t.head)) break;
      const bool infinitive = t.deprel == DepRel::xcomp ||
                              (t.deprel == DepRel::advcl && tree_.preposition(node) == "to");
      if (!infinitive || !commits(t.head)) break;
      node = t.head;
    }
    return node == predicate ? kNoIndex : node;
  }

  bool commits(uint32_t word) const {
    return one_of(
        tree_.lemma(word),
        {"agree", "promise", "pledge", "vow", "offer", "plan", "intend", "decide", "undertake",
         "commit", "ready", "prepared", "prepare", "willing", "determined", "resolve", "set"});
  }

  // "Seven opposition parties have organized a general strike": a protest held, by its
  // light verb in a main clause, happened even when it names no one it is aimed at, as
  // "students demonstrated" does.
  bool protest_held(uint32_t predicate, uint32_t anchor, const CameoCode& code) const {
    return r_.cameo_rules && is_protest(code) && anchor != predicate && main_clause(anchor);
  }

  // Whether the tree leaves room for a target it did not name: anything but a deed done
  // to no one.
  // "The British aid workers were executed on camera in the hills above Raqqa" under
  // "+ * IN_ $" (186): a passive whose pattern puts the target before the verb names its
  // patient there, not its doer. (Other passives keep the actor before them: "Serb forces
  // were engaged in ethnic cleansing" is a stative passive with its doer as subject.)
  // "Earlier this year, a mayor in Oaxaca was killed": an actor inside a passive's subject
  // phrase, other than its head, only says which patient; it did nothing. For conflict
  // only (10-20): "guerrillas operating in Macedonia have been demobilized" is coded by
  // the CAMEO manual as the guerrillas' own retreat, with their place.
  bool modifies_the_patient(uint32_t predicate, const PredicateFrame& frame, const CameoCode& code,
                            uint32_t mention) const {
    if (!r_.cameo_rules || !frame.passive || mention == kNoIndex ||
        !(code.view().starts_with("1") || code.view().starts_with("2")))
      return false;
    const uint32_t patient = tree_.child(predicate, DepRel::nsubj_pass);
    if (patient == kNoIndex) return false;
    const Mention& m = doc_.mentions[mention];
    if (patient >= m.token_begin && patient < m.token_end) return false;
    return tree_.dominates(patient, m.token_begin);
  }

  bool patient_before_passive(const PredicateFrame& frame, const CodeChoice& choice) const {
    if (!r_.cameo_rules || !frame.passive || choice.pattern == UINT32_MAX) return false;
    const VerbPattern& pattern = r_.verbs->pattern(choice.pattern);
    return pattern.target_before_verb || pattern.reversed_roles;
  }

  // "Donald Trump and Theresa May discussed the need for a joint response to Syria's use
  // of chemical weapons": what is discussed or debated is the topic, never whom it is
  // discussed with (a with-phrase, or the other subjects).
  bool takes_a_topic(uint32_t predicate) const {
    return r_.cameo_rules && one_of(tree_.lemma(predicate), {"discuss", "debate"});
  }

  // "was actively discussing" with Beijing the possibility of a visit": the with-phrase
  // right after the verb, however the parser read its "with" (here as a subordinator).
  bool with_follows(uint32_t predicate) const {
    for (uint32_t t = predicate + 1; t < sentence_.token_end; ++t) {
      const Upos u = tree_.token(t).upos;
      if (u == Upos::PUNCT || u == Upos::ADV) continue;
      return tree_.lemma(t) == "with";
    }
    return false;
  }

  bool may_have_target(uint32_t predicate, const PredicateFrame& frame,
                       const CameoCode& code) const {
    return target_may_be_elsewhere(predicate, frame, code) || names_a_target(frame);
  }

  // A passive's patient, a statement's addressee, what a clausal complement or a verb of
  // saying reports: the target, if any, is not a phrase of the verb's own.
  bool target_may_be_elsewhere(uint32_t predicate, const PredicateFrame& frame,
                               const CameoCode& code) const {
    // A claim of responsibility (015) is addressed to no one: "al-Shabab claimed
    // responsibility for the attack" is the group's event without a target. Not any 015
    // ("Tillerson acknowledged that…" is what was acknowledged, if anything).
    const uint32_t object = tree_.child(predicate, DepRel::obj);
    const bool claim =
        code.view() == "015" && object != kNoIndex && tree_.lemma(object) == "responsibility";
    if (frame.passive || (code.view().starts_with("01") && !claim)) return true;
    if (has_clausal_complement(predicate) || tree_.child(predicate, DepRel::xcomp) != kNoIndex) {
      return true;
    }
    if (claim) return false;
    return tree_.token(predicate).deprel == DepRel::parataxis ||
           one_of(tree_.lemma(predicate), {"say", "tell", "add", "report", "announce", "state",
                                           "note", "write", "claim", "quote"});
  }

  // An object, or a phrase toward someone, that a target could be named in.
  bool names_a_target(const PredicateFrame& frame) const {
    for (const Argument& a : frame.targets()) {
      if (a.role == ArgumentRole::kObject || a.role == ArgumentRole::kIndirect) return true;
      if (a.role == ArgumentRole::kOblique && !a.preposition.empty() &&
          !is_locative(a.preposition) && !is_time(a.head)) {
        return true;
      }
    }
    return false;
  }

  bool main_clause(uint32_t predicate) const {
    uint32_t node = predicate;
    for (int steps = 0; steps < 4; ++steps) {
      const Token& t = tree_.token(node);
      if (t.head == kNoIndex) return true;
      if (t.deprel != DepRel::conj && t.deprel != DepRel::ccomp && t.deprel != DepRel::parataxis) {
        return false;
      }
      node = t.head;
      if (!tree_.contains(node)) return false;
    }
    return false;
  }

  // Two mentions with nothing between them, or only an opening parenthesis, name one
  // actor: "Human rights organization Amnesty International", "the rebel Revolutionary
  // United Front (RUF)". Such a pair is never two sides of one event, nor two doers. A
  // comma is no such sign: "Iran, Russia and Turkey" are three.
  bool one_phrase(uint32_t a, uint32_t b) const {
    if (a == Event::kNone || b == Event::kNone || a == b) return false;
    const Mention& x = doc_.mentions[a];
    const Mention& y = doc_.mentions[b];
    const Mention& first = x.token_begin <= y.token_begin ? x : y;
    const Mention& second = x.token_begin <= y.token_begin ? y : x;
    if (first.token_end > second.token_begin) return false;
    for (uint32_t t = first.token_end; t < second.token_begin; ++t) {
      if (tree_.form(t) != "(") return false;
    }
    return second.token_begin - first.token_end <= 1;
  }

  // Of mentions naming one actor, the one a dictionary placed ("Syrian Democratic Forces"
  // over the bare agent "troops" after it), then the one with the most specific code
  // (NGOHRIAMN over NGOHRI), then the later one: the name after its description.
  void keep_one_per_phrase(std::vector<uint32_t>& v) const {
    const auto rank = [&](uint32_t m) {
      const std::string_view c = doc_.mentions[m].code.view();
      return std::tuple(!c.starts_with("---"), c.size(), doc_.mentions[m].token_begin);
    };
    for (size_t i = 0; i < v.size(); ++i) {
      for (size_t j = i + 1; j < v.size(); ++j) {
        if (!one_phrase(v[i], v[j])) continue;
        const bool keep_b = rank(v[j]) > rank(v[i]);
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(keep_b ? i : j));
        return keep_one_per_phrase(v);
      }
    }
  }

  // The token of `mention` whose head lies outside it (its first such token).
  uint32_t head_of(const Mention& m) const {
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
      const uint32_t h = tree_.token(t).head;
      if (h == kNoIndex || h < m.token_begin || h >= m.token_end) return t;
    }
    return m.token_begin;
  }

  // Whether any conjunct of `head` comes with "and", "or" or "but": a list ("leaders,
  // refugees, and activists"), whose middle conjuncts have none of their own.
  // The parser may chain the conjuncts ("refugees" under "leaders" under the first):
  // the whole chain is searched, from its first conjunct.
  bool coordinated(uint32_t head) const {
    while (tree_.contains(head) && tree_.token(head).deprel == DepRel::conj &&
           tree_.token(head).head != kNoIndex) {
      head = tree_.token(head).head;
    }
    return has_coordinator_under(head, 3);
  }

  bool has_coordinator_under(uint32_t head, int depth) const {
    for (uint32_t c : tree_.children(head)) {
      if (tree_.token(c).deprel != DepRel::conj) continue;
      if (tree_.child(c, DepRel::cc) != kNoIndex) return true;
      if (depth > 0 && has_coordinator_under(c, depth - 1)) return true;
    }
    return false;
  }

  // Whether `inner` hangs on `outer` within one noun phrase: through appositives,
  // compounds, names and of-phrases, never a conjunction ("rebels and the government").
  // A "conjunct" with no "and" or "or" is an appositive the parser misread: "the main
  // Hutu rebel group, Forces for Defence of Democracy".
  bool within_phrase_of(uint32_t inner, uint32_t outer) const {
    for (uint32_t t = inner, steps = 0; steps < 4 && tree_.contains(t); ++steps) {
      const Token& tok = tree_.token(t);
      const DepRel r = tok.deprel;
      const bool appositive_conjunct = r == DepRel::conj && !coordinated(tok.head);
      if (r != DepRel::appos && r != DepRel::compound && r != DepRel::flat && r != DepRel::nmod &&
          r != DepRel::nmod_poss && !appositive_conjunct) {
        return false;
      }
      if (tok.head == outer) return true;
      t = tok.head;
    }
    return false;
  }

  // "The main Hutu rebel group, Forces for Defence of Democracy (FDD)", "The Kurdish
  // militia, the YPG": a countryless agent whose own phrase names a coded actor is that
  // actor described, not a second doer of no country.
  void drop_described(std::vector<uint32_t>& v) const {
    std::erase_if(v, [&](uint32_t m) {
      if (m == Event::kNone || !doc_.mentions[m].code.view().starts_with("---")) return false;
      const uint32_t head = head_of(doc_.mentions[m]);
      return std::any_of(v.begin(), v.end(), [&](uint32_t o) {
        if (o == m || o == Event::kNone || doc_.mentions[o].code.view().starts_with("---")) {
          return false;
        }
        const uint32_t other = head_of(doc_.mentions[o]);
        return within_phrase_of(other, head) || within_phrase_of(head, other);
      });
    });
  }

  // One event per source and target (and the reverse event when the code has one).
  void emit_pairs(uint32_t predicate, uint32_t anchor, const CodeChoice& choice,
                  std::vector<uint32_t> sources, std::vector<uint32_t> targets) {
    keep_one_per_phrase(sources);
    keep_one_per_phrase(targets);
    if (r_.cameo_rules) {
      drop_described(sources);
      drop_described(targets);
      drop_own_state(choice.code, sources, targets);
    }
    Event e;
    e.sentence = sentence_index_;
    e.predicate = predicate;
    e.modality = detect_modality(doc_, sentence_, predicate);
    if (r_.cameo_rules && e.modality == Modality::kAsserted) {
      e.modality = undone_meeting(predicate, choice.code);
    }
    // What an actor means to do, or would do on a condition ("would meet the mediator if
    // he gave them a veto"), CAMEO codes as the intention (03x), not the deed.
    const bool meant = e.modality == Modality::kIntended || e.modality == Modality::kHypothetical;
    e.cameo = meant && r_.cameo_rules ? governed_code(Stance::kIntend, choice.code) : choice.code;
    // What an actor says it will do by force or coercion is a threat, which CAMEO codes as
    // what happened (13x): "plans to impose restrictions" 132, "announced that it is
    // prepared to impose martial law" 1324, "confirmed it would tighten the naval
    // blockade" 1381. Only a stated intention: what might happen ("the regime might
    // attack") is no one's threat.
    // A condition makes a hypothetical one a threat too: "may halt mediation efforts if
    // cooperation founders", "would cut off electricity unless the bills are paid".
    const bool conditional_threat =
        e.modality == Modality::kHypothetical && has_condition(doc_, sentence_, predicate);
    if (r_.cameo_rules && (e.modality == Modality::kIntended || conditional_threat) &&
        forceful(choice.code) && announced_deed(predicate)) {
      e.cameo = governed_code(Stance::kThreaten, choice.code);
      e.modality = Modality::kAsserted;
    }
    // A pattern that names the negation codes the negated act itself.
    if (choice.negation_in_pattern && e.modality == Modality::kNegated) {
      e.modality = Modality::kAsserted;
    }
    if (e.modality == Modality::kNegated) {
      for (const auto& [code, negated] : r_.negations) {
        if (code == e.cameo) {
          e.cameo = negated;
          e.modality = Modality::kAsserted;
          break;
        }
      }
    }
    // "Syria will not accept any more refugees", "the U.S. said it would not meet their
    // demands": a cooperative deed refused for the future is a rejection that happened
    // (CAMEO 12x), not a deed that did not.
    if (r_.cameo_rules && e.modality == Modality::kNegated && refused_for_the_future(predicate) &&
        cooperative(choice.code)) {
      // Coded by what is refused, as a rejection of a request is: "will not accept any
      // more refugees" refuses humanitarian aid (1223), not just a concession (120).
      Deed refused;
      refused.predicate = predicate;
      refused.choice = choice;
      read_domain(refused, predicate);
      e.cameo = stance_code(Stance::kReject, refused);
      e.modality = Modality::kAsserted;
    }
    e.pattern = choice.pattern == UINT32_MAX ? Event::kNone : r_.verbs->pattern(choice.pattern).row;
    e.confidence = choice.pattern == UINT32_MAX ? 0.6f : 0.8f;
    date_event(anchor, e);
    place_event(anchor, e, sources, targets);
    for (uint32_t doer : sources) {
      for (uint32_t t : targets) {
        if (one_phrase(doer, t)) continue;
        const uint32_t s = domestic(doer, t, e.place, e.cameo.view().starts_with("14"));
        if (t != Event::kNone && s != Event::kNone &&
            (s == t || doc_.mentions[s].code == doc_.mentions[t].code)) {
          continue;
        }
        if (t != Event::kNone && s != Event::kNone && comes_home(predicate, s, t)) continue;
        if (statement_to_the_press(e.cameo, s, t)) continue;
        if (t == Event::kNone && meets_no_one(e.cameo)) continue;
        Event copy = e;
        copy.source = s;
        copy.target = t;
        doc_.events.push_back(copy);
        // The reverse a code carries: "X held talks with Y" is also Y's (046:046
        // upstream); a visit is coded on its reported side only. Not for what X only
        // means or might do: "Biden wants to talk with Xi" says nothing of Xi's wishes.
        // The engines code no modality, so with their dictionaries the reverse goes with
        // every event ("will meet Eriadori leaders": both ways, 031:031).
        const bool factual = !r_.cameo_rules || (e.modality != Modality::kIntended &&
                                                 e.modality != Modality::kHypothetical);
        if (!choice.reverse.empty() && factual && t != Event::kNone && s != Event::kNone &&
            !one_side_of_a_visit(choice)) {
          copy.source = t;
          copy.target = s;
          copy.cameo = choice.reverse;
          doc_.events.push_back(copy);
        }
      }
    }
  }

  // "Taiwan's Vice Foreign Minister visited Russia", "Yeltsin hosted Japanese Prime
  // Minister Hashimoto": CAMEO codes the side the report tells, the visit (042) or the
  // hosting (043), as the CAMEO manual's own examples and the PLOVER GSR do; upstream's
  // 042:043 adds the other side, which the engines' readings keep.
  bool one_side_of_a_visit(const CodeChoice& choice) const {
    if (!r_.cameo_rules) return false;
    const std::string_view c = choice.code.view();
    const std::string_view r = choice.reverse.view();
    return (c == "042" && r == "043") || (c == "043" && r == "042");
  }

  // "fighters returning to the UK", "Xi returned to China": coming back to one's own
  // country is no visit of it (042), nor is the country hosting one (043).
  bool comes_home(uint32_t predicate, uint32_t source, uint32_t target) const {
    if (!r_.cameo_rules || !one_of(tree_.lemma(predicate), {"return", "come", "go", "fly"})) {
      return false;
    }
    const std::string_view a = actors::country_of(doc_.mentions[source].code.view());
    const std::string_view b = actors::country_of(doc_.mentions[target].code.view());
    return !a.empty() && a == b;
  }

  void emit_reciprocal(uint32_t predicate, uint32_t anchor, const CodeChoice& choice,
                       const std::vector<uint32_t>& actors) {
    // "The summit was attended by representatives of Colombia, Mexico, Brazil, ... and
    // South Africa": thirteen parties are a multilateral gathering, not 156 dyads; each
    // took part, toward no one in particular. Pairs stop at four parties (twelve events).
    if (actors.size() > kMaxReciprocalParties) {
      CodeChoice each = choice;
      each.reverse = CameoCode{};
      emit_pairs(predicate, anchor, each, actors, {Event::kNone});
      return;
    }
    for (uint32_t a : actors) {
      const std::vector<uint32_t> one = {a};
      std::vector<uint32_t> others;
      for (uint32_t b : actors) {
        if (b != a) others.push_back(b);
      }
      CodeChoice forward = choice;
      forward.reverse = CameoCode{};  // each direction is emitted on its own turn
      emit_pairs(predicate, anchor, forward, one, others);
    }
  }

  // Whether coordinated doers with no other party act toward each other: meetings,
  // talks, agreements, cooperation and fighting are done together (CAMEO roots 03-06,
  // 19, and the accord of views 019), and so is whatever is done to "their meeting", "each other".
  // "Ithilen and Gondor warned of the Prince", "Human rights groups and Amnesty demanded…", "war
  // raged" with a list of peoples inherited as its subject: each acts, not on the other.
  // A stance or attempt takes its reading from its deed: "Palestinians and Israelis
  // failed to reach agreement" (127) is a failure of both toward each other.
  bool mutual(uint32_t predicate, const CameoCode& code, int depth = 1) {
    const std::string_view c = code.view();
    if (c == "019") return true;  // an accord of views is between those who agree
    if (predicate == kNoIndex || !tree_.contains(predicate)) return false;
    // The root says the act can be joint; the words say it was: "Moscow and Tehran
    // backed the regime" (050), "MI6 and the CIA had increasing access" (060) and "the
    // summit was attended by representatives of Colombia and Mexico" (044) are each
    // doer's own act, "Jordan and Britain met", "held talks", "fought" are one act of both.
    const bool joint_root =
        c.size() >= 2 && ((c[0] == '0' && c[1] >= '3' && c[1] <= '6') || c.starts_with("19"));
    if (joint_root && done_together(predicate)) return true;
    for (uint32_t c2 : tree_.children(predicate)) {
      const DepRel r = tree_.token(c2).deprel;
      if (depth > 0 && r == DepRel::xcomp && tree_.token(c2).upos == Upos::VERB) {
        if (const VerbEntry* entry = verb_entry(c2); entry != nullptr) {
          const PredicateFrame frame = read_frame(doc_, sentence_, c2);
          if (mutual(c2, cached_choice(*entry, c2, frame).code, depth - 1)) return true;
        }
      }
      if (r != DepRel::obj && r != DepRel::obl) continue;
      if (one_of(tree_.lemma(c2), {"other", "another"})) return true;
      for (uint32_t d : tree_.children(c2)) {
        if (tree_.token(d).deprel == DepRel::nmod_poss &&
            one_of(tree_.lemma(d), {"their", "they"}) &&
            !event_noun_verb(tree_.lemma(c2)).empty()) {
          return true;
        }
      }
    }
    return false;
  }

  // Whether the predicate's words name an act two parties do with each other: a
  // reciprocal verb ("met", "negotiated", "clashed"), a joint undertaking as the noun or
  // its object ("talks", "held talks", "signed a treaty"), or "together", "jointly".
  bool done_together(uint32_t predicate) {
    if (reciprocal_word(tree_.lemma(predicate))) return true;
    // "agreed to share information": what the parties agreed on, they do together.
    const Token& t = tree_.token(predicate);
    if (t.deprel == DepRel::xcomp && t.head != kNoIndex && tree_.contains(t.head) &&
        reciprocal_word(tree_.lemma(t.head))) {
      return true;
    }
    for (uint32_t c : tree_.children(predicate)) {
      const DepRel r = tree_.token(c).deprel;
      if ((r == DepRel::obj || r == DepRel::obl || r == DepRel::nsubj_pass) &&
          reciprocal_word(tree_.lemma(c))) {
        return true;
      }
      if (r == DepRel::advmod && one_of(tree_.lemma(c), {"together", "jointly"})) return true;
    }
    return false;
  }

  static bool reciprocal_word(std::string_view lemma) {
    return one_of(
        lemma,
        {"meet",     "talk",        "negotiate",    "discuss",       "consult",     "confer",
         "agree",    "sign",        "cooperate",    "collaborate",   "coordinate",  "ally",
         "unite",    "merge",       "fight",        "clash",         "battle",      "skirmish",
         "exchange", "trade",       "reconcile",    "normalize",     "normalise",   "converse",
         "speak",    "partner",     "compromise",   "settle",        "talks",       "negotiation",
         "meeting",  "summit",      "agreement",    "deal",          "accord",      "treaty",
         "pact",     "ceasefire",   "truce",        "relation",      "relations",   "tie",
         "ties",     "cooperation", "dialogue",     "exercise",      "alliance",    "partnership",
         "war",      "fighting",    "consultation", "discussion",    "contact",     "conversation",
         "call",     "memorandum",  "protocol",     "understanding", "arrangement", "consensus"});
  }

  static constexpr size_t kMaxReciprocalParties = 4;

  static void add_unique(std::vector<uint32_t>& v, uint32_t m) {
    if (m != kNoIndex && std::find(v.begin(), v.end(), m) == v.end()) v.push_back(m);
  }

  // The time expression attached to the event's clause, resolved toward the past for
  // what happened and toward the future for what is planned or possible. Without one,
  // an asserted event takes the publication date (date_from_text false) and a planned or
  // possible one has no date: it has not happened.
  void date_event(uint32_t anchor, Event& e) const {
    if (!publication_) return;
    const auto direction =
        (e.modality == Modality::kIntended || e.modality == Modality::kHypothetical)
            ? timeplace::TimeDirection::kFuture
            : timeplace::TimeDirection::kPast;
    // "tempered celebrations in Sochi last week when Assad's backers met": a clause of
    // "when", "as" or "while" happened at the time of the clause it hangs on.
    for (uint32_t dated = anchor; dated != kNoIndex; dated = same_time_governor(dated)) {
      for (const timeplace::DateExpression& d : dates_) {
        const uint32_t clause = clause_of(d.token_begin);
        // "Xi's visit to Russia, which began on Monday": a relative clause on the event
        // noun dates it.
        const bool relative_on_noun = clause != kNoIndex &&
                                      tree_.token(clause).deprel == DepRel::acl_relcl &&
                                      tree_.dominates(e.predicate, tree_.token(clause).head);
        if (clause != dated && !relative_on_noun) continue;
        if (auto v = timeplace::resolve_date(d.spec, *publication_, direction)) {
          e.date = static_cast<int32_t>(v->day.time_since_epoch().count());
          e.date_precision = v->precision;
          e.date_from_text = true;
          return;
        }
      }
    }
    if (direction == timeplace::TimeDirection::kPast) {
      e.date = static_cast<int32_t>(publication_->time_since_epoch().count());
      e.date_precision = DatePrecision::kDay;
    }
  }

  // The clause `clause` is simultaneous with by its own word ("when they met", "as
  // talks resumed", "while Putin visited"), or kNoIndex.
  uint32_t same_time_governor(uint32_t clause) const {
    if (clause == kNoIndex || !tree_.contains(clause)) return kNoIndex;
    const Token& t = tree_.token(clause);
    if (t.deprel != DepRel::advcl || t.head == kNoIndex || !tree_.contains(t.head)) {
      return kNoIndex;
    }
    for (uint32_t c : tree_.children(clause)) {
      // UD hangs "when" as an adverb of its clause, "as" and "while" as its marker.
      const DepRel r = tree_.token(c).deprel;
      if ((r == DepRel::mark || r == DepRel::advmod) &&
          one_of(tree_.lemma(c), {"when", "as", "while"})) {
        return t.head;
      }
    }
    return kNoIndex;
  }

  // The predicate a word belongs to: the nearest verb above it (or an event noun's
  // light verb), so "on Monday" in "Kirby told reporters on Monday that…" dates "told".
  uint32_t clause_of(uint32_t t) const {
    for (int steps = 0; steps < 32 && t != kNoIndex && tree_.contains(t); ++steps) {
      const uint32_t h = tree_.token(t).head;
      if (h == kNoIndex) return t;
      if (tree_.token(h).upos == Upos::VERB) return h;
      t = h;
    }
    return kNoIndex;
  }

  // "Three US servicemen were killed by an improvised explosive device", "a journalist
  // has been killed in a car bomb explosion": force against a named victim by no one
  // named is still an event, with no source, as GDELT codes it. Only material conflict
  // (18-20) in the passive, where the doer is left out on purpose: conflict monitoring
  // counts these, and no other reading of the clause is lost.
  bool unattributed_violence(const PredicateFrame& frame, const CameoCode& code) const {
    const std::string_view c = code.view();
    return r_.cameo_rules && (frame.passive || attempted_by_no_one(frame)) &&
           (c.starts_with("18") || c.starts_with("19") || c.starts_with("20"));
  }

  // "An attempt to assassinate deputy governor Oleg Chemezov was thwarted": the attempt
  // names no one who made it, as a passive names no agent.
  bool attempted_by_no_one(const PredicateFrame& frame) const {
    if (!frame.sources().empty() || frame.nominal) return false;
    const Token& t = tree_.token(frame.predicate);
    return t.deprel == DepRel::acl && t.head != kNoIndex && tree_.contains(t.head) &&
           one_of(tree_.lemma(t.head), {"attempt", "plot", "bid", "conspiracy"}) &&
           tree_.child(t.head, DepRel::nmod_poss) == kNoIndex;
  }

  // A mention the coder composed with no dictionary entry behind it: an agent given a
  // country (domestic, countryless_target), or the state a protest is held in.
  static bool countryless_copy(const Mention& m) {
    return m.how == MentionHow::kComposed && m.entry == kNoIndex;
  }

  // A country's people named bare ("Nigerians": NGA) as its civilians (NGACVL), a mention
  // of its own over the same words.
  uint32_t civilians_of(uint32_t people) {
    Mention m = doc_.mentions[people];
    if (!m.code.assign(std::string(m.code.view()) + "CVL")) return people;
    m.how = MentionHow::kComposed;
    m.confidence *= 0.8f;
    doc_.mentions.push_back(m);
    return static_cast<uint32_t>(doc_.mentions.size() - 1);
  }

  // "Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk", "converging
  // for a rally in Lagos": a protest aimed at no one named is aimed at the state it is held
  // in, as "demonstrated in Serbia" is (SRBCVL SRB) and as the PLOVER GSR codes it. Only
  // when every protester is that country's own or of no country: exiles protesting abroad
  // protest their own state, not their host. The country's people named bare ("Thousands
  // of Nigerians", "Iraqi Kurds": NGA, IRQ) are its civilians there, a side apart from the
  // state they protest (NGACVL NGA), as CAMEO codes people against their own state.
  uint32_t protested_state(uint32_t predicate, uint32_t anchor, std::vector<uint32_t>& sources) {
    if (!r_.cameo_rules || sources.empty()) return kNoIndex;
    // "went on strike": a verb of going would read the state as the protesters' home.
    if (one_of(tree_.lemma(predicate), {"go", "come", "return", "fly"})) return kNoIndex;
    uint32_t place_token = kNoIndex;
    const std::string_view country = country_of_the_place(predicate, anchor, sources, place_token);
    if (country.empty()) return kNoIndex;
    for (uint32_t s : sources) {
      const std::string_view k = actors::country_of(doc_.mentions[s].code.view());
      if (!k.empty() && k != country) return kNoIndex;
    }
    for (uint32_t& s : sources) {
      if (doc_.mentions[s].code.view() == country) s = civilians_of(s);
    }
    for (const timeplace::PlaceMatch& p : ws_.place_matches) {
      if (p.token_begin == place_token)
        return composed_country(country, p.token_begin, p.token_end);
    }
    return kNoIndex;
  }

  // The country of the place `predicate` is placed in (place_event), with the place's
  // first token, or "" when no place or no country is named.
  std::string_view country_of_the_place(uint32_t predicate, uint32_t anchor,
                                        const std::vector<uint32_t>& sources,
                                        uint32_t& place_token) {
    Event probe;
    probe.predicate = predicate;
    place_event(anchor, probe, sources, {});
    if (probe.place == Event::kNone) return {};
    place_token = probe.place_token;
    const std::string_view country = r_.gazetteer->iso3(r_.gazetteer->place(probe.place));
    return country.size() == 3 ? country : std::string_view{};
  }

  // A mention of `country` over `begin`..`end`, composed by the coder; kNoIndex when the
  // code does not fit.
  uint32_t composed_country(std::string_view country, uint32_t begin, uint32_t end) {
    Mention m;
    m.token_begin = begin;
    m.token_end = end;
    if (!m.code.assign(country)) return kNoIndex;
    m.how = MentionHow::kComposed;
    m.confidence = 0.6f;
    doc_.mentions.push_back(m);
    return static_cast<uint32_t>(doc_.mentions.size() - 1);
  }

  // A curfew, a state of emergency or martial law (emergency_rule.h) laid on or lifted
  // from no one named is laid on the country of the place the clause names, else on the
  // doer's own when the doer is that state's (its government, forces, police, courts or
  // legislature): no one else can rule its ground.
  // A state named bare ("Peru declared a state of emergency") is the same code on both
  // sides, which is no dyad: the act stands toward no one.
  uint32_t ruled_state(uint32_t predicate, uint32_t anchor, uint32_t source) {
    const std::string_view doer = doc_.mentions[source].code.view();
    uint32_t place_token = kNoIndex;
    const std::string_view place_country =
        country_of_the_place(predicate, anchor, {source}, place_token);
    if (place_country == doer) return kNoIndex;
    if (!place_country.empty()) {
      return composed_country(place_country, place_token, place_token + 1);
    }
    const std::string_view country = actors::country_of(doer);
    const bool the_state =
        doer.size() >= 6 && one_of(doer.substr(3, 3), {"GOV", "MIL", "COP", "JUD", "LEG"});
    if (country.size() != 3 || country == doer || !the_state) return kNoIndex;
    // The words of the measure ("martial law") stand for the ground it covers.
    const uint32_t measure = tree_.child(predicate, DepRel::obj);
    const uint32_t at = measure != kNoIndex ? measure : predicate;
    return composed_country(country, at, at + 1);
  }

  // Roots 18-20: assault, fighting, mass violence.
  static bool force(const CameoCode& code) {
    const std::string_view c = code.view();
    return c.starts_with("18") || c.starts_with("19") || c.starts_with("20");
  }

  // "Israeli tanks fired four shell bombs at targets in Jericho": force aimed at no one
  // named, in another country than its doers', is used against that country (PSE), as the
  // GSR reads "shelled Juba". Only when every doer is of a known country other than the
  // place's: at home, or by doers of no known country, the place says nothing of whom.
  uint32_t attacked_state(uint32_t predicate, uint32_t anchor,
                          const std::vector<uint32_t>& sources) {
    if (!r_.cameo_rules || sources.empty()) return kNoIndex;
    uint32_t place_token = kNoIndex;
    const std::string_view country = country_of_the_place(predicate, anchor, sources, place_token);
    if (country.empty()) return kNoIndex;
    for (uint32_t s : sources) {
      const std::string_view k = actors::country_of(doc_.mentions[s].code.view());
      if (k.size() != 3 || k == country) return kNoIndex;
    }
    return composed_country(country, place_token, place_token + 1);
  }

  // "Western governments", "Arab diplomats": a capitalized modifier names a group of its
  // own, not the doer's compatriots.
  bool named_group(uint32_t bare) const {
    const Mention& m = doc_.mentions[bare];
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
      const Token& tok = doc_.tokens[t];
      if (tok.upos == Upos::ADJ && tok.deprel == DepRel::amod) {
        const std::string_view f = doc_.form(tok);
        if (!f.empty() && f[0] >= 'A' && f[0] <= 'Z') return true;
      }
    }
    return false;
  }

  // The people an act is done to, named only by what they are (countryless_targets.h),
  // are of the country the clause puts the act in ("disperse demonstrators in
  // Monrovia"), else, when the doer is the state's own government, police, courts or
  // legislature, of the doer's ("Iranian authorities have been pressuring workers"):
  // these act at home far more often than not, as domestic() reads doers. Not forces or
  // armed groups, who act abroad as often ("troops killed two militants").
  uint32_t countryless_target(uint32_t predicate, uint32_t anchor, uint32_t source) {
    if (!r_.cameo_rules || source == Event::kNone) return kNoIndex;
    const uint32_t bare = countryless_patient(tree_, mention_of_token_, predicate);
    if (bare == kNoIndex) return kNoIndex;
    Event probe;
    probe.predicate = predicate;
    place_event(anchor, probe, {source}, {});
    std::string country;
    if (probe.place != Event::kNone) {
      country = r_.gazetteer->iso3(r_.gazetteer->place(probe.place));
    }
    const std::string_view doer = doc_.mentions[source].code.view();
    if (country.empty() && doer.size() >= 6 &&
        one_of(doer.substr(3, 3), {"GOV", "COP", "JUD", "LEG"}) && !named_group(bare)) {
      country = actors::country_of(doer);
    }
    if (country.size() != 3) return kNoIndex;
    const actors::CompiledAgent& agent = r_.actors->agent(doc_.mentions[bare].agent);
    const std::string_view agent_code = r_.actors->str(agent.code);
    // "sent troops", "deployed police": a state's own forces are what it acts with.
    if (one_of(agent_code, {"MIL", "COP", "SPY"})) return kNoIndex;
    Mention m = doc_.mentions[bare];
    if (!m.code.assign(agent.prefix ? std::string(agent_code) + country
                                    : country + std::string(agent_code))) {
      return kNoIndex;
    }
    // The doer's own kind ("the Kremlin accused Western governments") is no one else.
    if (m.code == doc_.mentions[source].code) return kNoIndex;
    m.how = MentionHow::kComposed;
    m.entry = kNoIndex;
    m.confidence *= 0.7f;
    doc_.mentions.push_back(m);
    return static_cast<uint32_t>(doc_.mentions.size() - 1);
  }

  // An agent with no country (agent_only) acting on a national actor, or in a named
  // country, is taken to be of that country: "Judge Alejandro Rivera opened fraud
  // investigations against Chilean government officials" is Chile's judiciary, "students
  // demonstrated in Kirkuk" Iraqi students. Unnamed agents in news are domestic far more
  // often than not; a foreign one is named by its country ("French doctors").
  // Protesters are of the place they protest in before their target's: "people blocked
  // streets in Hong Kong in defiance of Chinese authorities" (HKG), as crowds outside an
  // embassy are the host country's.
  uint32_t domestic(uint32_t doer, uint32_t target, uint32_t place, bool protest) {
    if (doer == Event::kNone) return doer;
    const std::string_view code = doc_.mentions[doer].code.view();
    if (!code.starts_with("---") || !r_.cameo_rules) return doer;
    std::string_view country;
    if (protest && place != Event::kNone) country = r_.gazetteer->iso3(r_.gazetteer->place(place));
    if (country.empty() && target != Event::kNone) {
      country = actors::country_of(doc_.mentions[target].code.view());
    }
    if (country.empty() && target == Event::kNone && place != Event::kNone) {
      country = r_.gazetteer->iso3(r_.gazetteer->place(place));
    }
    if (country.size() != 3) return doer;
    Mention m = doc_.mentions[doer];
    if (!m.code.assign(std::string(country) + std::string(code.substr(3)))) return doer;
    m.how = MentionHow::kComposed;
    m.confidence *= 0.8f;
    for (uint32_t i = static_cast<uint32_t>(doc_.mentions.size()); i-- > 0;) {
      const Mention& o = doc_.mentions[i];
      if (o.token_begin == m.token_begin && o.token_end == m.token_end && o.code == m.code) {
        return i;
      }
      if (o.token_begin < sentence_.token_begin) break;
    }
    doc_.mentions.push_back(m);
    return static_cast<uint32_t>(doc_.mentions.size() - 1);
  }

  // Whether `t` is in a phrase that puts something in a place: "in Kirkuk", and the name
  // of a settlement or area such a phrase names, "in the northern city of Kirkuk", "in the
  // capital Kabul".
  bool placed_in(uint32_t t) const {
    if (is_locative(tree_.preposition(t))) return true;
    const Token& tok = tree_.token(t);
    const bool names_it = (tok.deprel == DepRel::nmod && tree_.preposition(t) == "of") ||
                          tok.deprel == DepRel::appos || tok.deprel == DepRel::compound ||
                          tok.deprel == DepRel::flat;
    if (!names_it || tok.head == kNoIndex || !tree_.contains(tok.head)) return false;
    return one_of(tree_.lemma(tok.head), {"city", "town", "village", "capital", "province",
                                          "region", "district", "port", "enclave", "state"}) &&
           is_locative(tree_.preposition(tok.head));
  }

  void place_event(uint32_t anchor, Event& e, const std::vector<uint32_t>& sources,
                   const std::vector<uint32_t>& targets) const {
    for (const timeplace::PlaceMatch& p : ws_.place_matches) {
      if (!tree_.dominates(anchor, p.token_begin)) continue;
      if (clause_of(p.token_begin) != anchor && clause_of(p.token_begin) != e.predicate) continue;
      bool is_actor = false;
      for (const auto* list : {&sources, &targets}) {
        for (uint32_t m : *list) {
          if (m == Event::kNone) continue;
          const Mention& mention = doc_.mentions[m];
          is_actor |= p.token_begin < mention.token_end && mention.token_begin < p.token_end;
        }
      }
      if (is_actor) continue;
      // Only a place the clause puts the event in: "met in Geneva", not the "Ukraine" of
      // "ministers from Ukraine".
      bool locative = false;
      for (uint32_t t = p.token_begin; t < p.token_end; ++t) locative |= placed_in(t);
      if (!locative) continue;
      e.place = p.place;
      e.place_token = p.token_begin;
      return;
    }
  }

  const CoderResources& r_;
  Document& doc_;
  const uint32_t sentence_index_;
  const Sentence& sentence_;
  std::vector<uint32_t>& mention_of_token_;
  CoderWorkspace& ws_;
  TreeView& tree_;
  const std::optional<sys_days> publication_;
  std::vector<timeplace::DateExpression> dates_;
  std::vector<bool> consumed_;  // per sentence token: coded through a stance above it
  Attribution attribution_;     // whom the sentence cites (attribution.h)
  std::vector<std::pair<uint32_t, uint32_t>> agent_only_copies_;  // bare mention -> coded copy
  std::vector<std::pair<uint32_t, uint32_t>> composed_copies_;    // actor -> with phrase agents
  std::vector<std::pair<uint32_t, uint32_t>> intents_;  // intention's governor -> coded deed
  std::vector<uint32_t> settled_verbs_;                 // see settled_verbs()
  struct CachedChoice {
    const VerbEntry* entry;
    uint32_t predicate;
    PredicateFrame frame;
    CodeChoice choice;
  };
  std::vector<CachedChoice> choices_;      // cached_choice
  std::vector<const VerbEntry*> entries_;  // verb_entry: per sentence token (null: none)
  std::vector<bool> looked_up_;
  std::string scratch_;
  std::vector<std::string> words_;      // a deed's words, for read_domain
  std::vector<std::string> modifiers_;  // a noun's modifiers, for protest_noun
};

// Pronoun mentions were appended as found; restore text order and renumber.
void sort_mentions(Document& doc) {
  const uint32_t n = static_cast<uint32_t>(doc.mentions.size());
  std::vector<uint32_t> order(n);
  for (uint32_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return doc.mentions[a].token_begin < doc.mentions[b].token_begin;
  });
  std::vector<uint32_t> new_index(n);
  std::vector<Mention> sorted(n);
  for (uint32_t i = 0; i < n; ++i) {
    new_index[order[i]] = i;
    sorted[i] = doc.mentions[order[i]];
  }
  for (Mention& m : sorted) {
    if (m.antecedent != kNoIndex) m.antecedent = new_index[m.antecedent];
  }
  for (Event& e : doc.events) {
    if (e.source != Event::kNone) e.source = new_index[e.source];
    if (e.target != Event::kNone) e.target = new_index[e.target];
  }
  doc.mentions = std::move(sorted);
}

std::string_view code_of(const Document& doc, uint32_t mention) {
  return mention == Event::kNone ? std::string_view() : doc.mentions[mention].code.view();
}

// Repeated mentions of one event in a document become one Event that counts them.
void merge_repeats(Document& doc) {
  std::vector<Event> merged;
  for (const Event& e : doc.events) {
    // A date read from the text and the publication date standing in for a missing one
    // do not make two events: "Xi, who is visiting Russia" and "Xi's visit to Russia,
    // which began on Monday" are one visit, dated Monday.
    auto same = [&](const Event& m) {
      const bool dates_agree = (m.date == e.date && m.date_precision == e.date_precision) ||
                               !m.date_from_text || !e.date_from_text;
      return code_of(doc, m.source) == code_of(doc, e.source) &&
             code_of(doc, m.target) == code_of(doc, e.target) && m.cameo == e.cameo &&
             m.modality == e.modality && dates_agree;
    };
    auto it = std::find_if(merged.begin(), merged.end(), same);
    if (it == merged.end()) {
      merged.push_back(e);
    } else {
      ++it->mentions;
      it->confidence = std::max(it->confidence, e.confidence);
      if (!it->date_from_text && e.date_from_text) {
        it->date = e.date;
        it->date_precision = e.date_precision;
        it->date_from_text = true;
      }
    }
  }
  doc.events = std::move(merged);
}

// PETRARCH/TABARI "[FRO/BIL/SAM]" (CompiledEntry::kJointCodes): an actor that is several
// at once. The engines write one event per code, and per pair of codes when both sides
// are such actors ("The Shire ... with Lorien" is FRO, BIL, SAM x ELR, GAL). Each extra
// code is a copy of the mention (same span, that role), so the mentions of such a
// document may share spans. A composed code ("the Shire's government") is left alone.
// "---GOV" becomes "~GOV" when the dictionaries' engine writes it so. Done last: the coder
// reads "---" as "no country" throughout.
void respell_countryless(Document& doc, std::string_view prefix) {
  for (Mention& m : doc.mentions) {
    const std::string_view code = m.code.view();
    if (code.size() <= 3 || !code.starts_with("---")) continue;
    m.code.assign(std::string(prefix) + std::string(code.substr(3)));
  }
}

void expand_joint_codes(Document& doc, const actors::Dictionary& dict) {
  std::vector<std::vector<uint32_t>> alternatives(doc.mentions.size());
  bool any = false;
  const uint32_t n_mentions = static_cast<uint32_t>(doc.mentions.size());
  for (uint32_t i = 0; i < n_mentions; ++i) {
    const Mention m = doc.mentions[i];
    if (m.entry == kNoIndex || m.role == kNoIndex ||
        !(dict.entry(m.entry).flags & actors::CompiledEntry::kJointCodes)) {
      continue;
    }
    const std::span<const actors::CompiledRole> roles = dict.roles(m.entry);
    if (!roles[m.role].is_default() || m.code.view() != dict.str(roles[m.role].code)) continue;
    for (uint32_t r = 0; r < roles.size(); ++r) {
      if (r == m.role || !roles[r].is_default()) continue;
      Mention copy = m;
      copy.code.assign(dict.str(roles[r].code));
      copy.role = r;
      alternatives[i].push_back(static_cast<uint32_t>(doc.mentions.size()));
      doc.mentions.push_back(copy);
      any = true;
    }
  }
  if (!any) return;
  auto with = [&](uint32_t m) {
    std::vector<uint32_t> out{m};
    if (m != Event::kNone) out.insert(out.end(), alternatives[m].begin(), alternatives[m].end());
    return out;
  };
  std::vector<Event> expanded;
  for (const Event& e : doc.events) {
    for (uint32_t s : with(e.source)) {
      for (uint32_t t : with(e.target)) {
        Event copy = e;
        copy.source = s;
        copy.target = t;
        expanded.push_back(copy);
      }
    }
  }
  doc.events = std::move(expanded);
}

// Whether a word of `sentence` is one of `lowered`, in any case.
bool has_word(const Document& doc, const Sentence& sentence,
              std::initializer_list<std::string_view> lowered) {
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    if (one_of_lower(doc.form(t), lowered)) return true;
  }
  return false;
}

}  // namespace

Result<std::shared_ptr<const Coder>> Coder::create(CoderResources resources) {
  if (!resources.ontology || !resources.actors || !resources.gazetteer || !resources.verbs) {
    return invalid_argument("event coder: ontology, actors, gazetteer and verbs are all needed");
  }
  return std::shared_ptr<const Coder>(new Coder(std::move(resources)));
}

void Coder::sentences_to_code(const Document& doc, CoderWorkspace& ws,
                              std::vector<uint8_t>& out) const {
  out.assign(doc.sentences.size(), 0);
  const bool own_reading = resources_.linear_reading == CoderResources::LinearReading::kNone;
  bool any_before = false;
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& sentence = doc.sentences[i];
    if (sentence.size() == 0) continue;
    // Asked of every sentence in order, so that resolving the document reuses the words
    // it interns.
    bool coded = actors::may_mention(*resources_.actors, doc, i, ws.actors);
    // The words actor_for and two_sides may read as an earlier actor: "two" and "both"
    // ("the two sides") the pair of an event of any sentence before.
    if (!coded && has_word(doc, sentence, {"he", "she", "him", "her", "his", "it", "they", "them",
                                           "its", "their", "two", "both"})) {
      // TABARI's reading carries actors from one record to the next: it codes every such
      // sentence.
      const bool near = (i >= 1 && out[i - 1]) || (i >= 2 && out[i - 2]);
      coded = !own_reading || near || (any_before && has_word(doc, sentence, {"two", "both"}));
    }
    out[i] = coded;
    any_before = any_before || coded;
  }
}

void Coder::code(Document& doc, CoderWorkspace& ws) const {
  doc.mentions.clear();
  doc.events.clear();
  std::optional<sys_days> publication;
  if (auto d = timeplace::parse_iso_date(doc.date); d.ok()) publication = d.value();
  actors::resolve_document(*resources_.actors, doc, ws.actors, doc.mentions);

  std::vector<uint32_t> mention_of_token(doc.tokens.size(), kNoIndex);
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    for (uint32_t t = doc.mentions[m].token_begin; t < doc.mentions[m].token_end; ++t) {
      mention_of_token[t] = m;
    }
  }
  TreeView tree;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    // Left untagged by the pipeline because sentences_to_code left it out: nothing to
    // code, and asking again would repeat the dictionary match.
    const Sentence& sentence = doc.sentences[s];
    if (sentence.size() > 0 && doc.tokens[sentence.token_begin].upos == Upos::kNone) continue;
    repair_listed_appositions(doc, sentence);
    // The engine suites' dictionaries are also read as TABARI reads a sentence
    // (linear_coder.h): TABARI's only so, PETRARCH's where the tree reading finds nothing.
    using Reading = CoderResources::LinearReading;
    const Reading reading = resources_.linear_reading;
    if (reading == Reading::kOnly) {
      code_linear(*resources_.verbs, *resources_.actors, resources_.linear, doc, s,
                  mention_of_token, ws.linear);
      continue;
    }
    const size_t before = doc.events.size();
    SentenceCoder tree_reading(resources_, doc, s, mention_of_token, ws, tree, publication);
    tree_reading.code();
    if (reading == Reading::kWhereTreeFindsNone && doc.events.size() == before) {
      code_linear(*resources_.verbs, *resources_.actors, resources_.linear, doc, s,
                  mention_of_token, ws.linear);
      const std::vector<uint32_t>& settled = tree_reading.settled_verbs();
      doc.events.erase(
          std::remove_if(doc.events.begin() + static_cast<std::ptrdiff_t>(before), doc.events.end(),
                         [&](const Event& e) {
                           return std::find(settled.begin(), settled.end(), e.predicate) !=
                                  settled.end();
                         }),
          doc.events.end());
    }
  }
  merge_repeats(doc);
  expand_joint_codes(doc, *resources_.actors);
  if (resources_.countryless_prefix != "---") {
    respell_countryless(doc, resources_.countryless_prefix);
  }
  sort_mentions(doc);
}

}  // namespace dyad::events

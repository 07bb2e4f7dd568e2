#include "events/deed_domains.h"

#include <algorithm>

namespace dyad::events {
namespace {

// One reading: a deed whose verb is one of `actions` ("" for any: a topic rule) and whose
// words hold, for each group of `needs` (groups separated by " & "; "@name" for a shared list), one
// of its alternatives ("|"; an alternative of several words needs all of them). The first rule that
// fits answers, so a verb with its object comes before a topic word, and a kind of aid before aid.
// An empty `needs` asks nothing of the words; an empty `code` says the words name no domain after
// all. For a noun deed the "verb" is the noun
// ("a pause to all security aid").
struct Rule {
  std::string_view actions;
  std::string_view needs;
  std::string_view code;
};

// Word lists several rules share, named "@name" in a rule.
struct WordSet {
  std::string_view name;
  std::string_view words;
};
constexpr WordSet kSets[] = {
    // Whom a judicial handover is of; the prisoners and hostages of a release (084) are
    // not among them.
    {"@accused",
     "suspect|bomber|fugitive|militant|criminal|national|killer|murderer|perpetrator|culprit|"
     "accused|terrorist|defendant|assassin|hijacker|gunman|gunmen|kidnapper|"
     // Whoever the phrase says is wanted for, or involved in, a crime.
     "wanted|involve|implicate|charge|indict|responsible"},
    // Undoing a restriction: "lift", "end", "ease" the sanctions, the curfew, the blockade.
    {"@ease",
     "lift|ease|end|remove|suspend|drop|scrap|relax|cancel|halt|loosen|waive|rescind|stop|"
     "abolish|revoke|reconsider|withdraw"},
    {"@aid", "aid|assistance|relief|help|package|contribution"},
};

// "@name" -> its words; anything else is itself.
std::string_view expand(std::string_view list) {
  for (const WordSet& s : kSets) {
    if (s.name == list) return s.words;
  }
  return list;
}

// CAMEO 1.1b3 definitions of the deeds under 06 (material cooperation), 07 (aid) and 08
// (yielding), and the codebook's examples of the stances toward them.
constexpr Rule kRules[] = {
    // Aid cut, suspended or paused is no appeal for aid: the reading stops there (a
    // rule without a code), and the lexicon's code stands.
    {"cut|cut off|suspend|halt|stop|freeze|withhold|reduce|end|cancel|pause|suspension|cutoff|"
     "reduction",
     "aid|assistance|funding|help|loan|credit", ""},
    // Judicial cooperation (063): extraditing, handing over or questioning suspects.
    {"extradite", "", "063"},
    {"interrogate", "", "063"},
    {"hand over|handover|turn over|surrender|question|try|prosecute", "@accused", "063"},
    // Intelligence (064): "exchange information", "share intelligence".
    {"exchange|share|provide|give|supply|pass|hand over|disclose|furnish",
     "information|intelligence|data|detail", "064"},
    // Mediation: met or accepted (038), undertaken (045).
    {"meet|accept|receive|welcome|see|host|consider", "mediator|mediation", "038"},
    {"mediate|broker", "", "045"},
    // Hosting or sponsoring talks between others is mediating them (045): "a US offer to
    // host a summit ... for peace between the Israelis and the Palestinians".
    {"host|sponsor|convene",
     "summit|talk|negotiation|conference|meeting & peace|dispute|conflict|settlement|"
     "reconciliation|between",
     "045"},
    // Refugees taken in are humanitarian aid (073).
    {"accept|admit|take|take in|receive|shelter|host|welcome", "refugee|asylum-seeker|displaced",
     "073"},
    // Restrictions on trade imposed are an embargo (163): "threatened to impose import
    // restrictions" (1312).
    {"impose|introduce|slap|place|put|enforce|tighten|extend|declare",
     "restriction|curb|ban|quota|barrier|tariff|duty|limit & import|export|trade|good|"
     "product",
     "163"},
    {"impose|introduce|slap|place|put|enforce|tighten|extend|declare", "embargo|boycott|sanction",
     "163"},
    // Restrictions on political life (172x; threatened, 132x): "threatened to ban voting"
    // (1321), "banned opposition candidates" (1322), "to impose a curfew" (1323).
    {"impose|introduce|declare|institute|enforce|extend|reimpose|order", "curfew", "1723"},
    {"impose|introduce|declare|institute|enforce|extend|reimpose", "martial law|emergency", "1724"},
    {"ban|outlaw|bar|prohibit|disqualify", "party|candidate|politician", "1722"},
    {"ban|outlaw|bar|prohibit|restrict|curb|suspend|forbid|censor",
     "vote|voting|election|rally|demonstration|protest|march|gathering|assembly|newspaper|"
     "publication|press|media|broadcast|speech|organization|organisation|group|movement",
     "1721"},
    // Resigning (0831), changing policy (0832), democratizing (0834).
    {"resign|abdicate|step down|stand down|step aside", "", "0831"},
    // A leader put back: "demanding that he be reinstated as leader".
    {"reinstate|restore|return", "leader|president|presidency|power|office|throne", "0831"},
    {"quit|leave|vacate|relinquish|give up",
     "post|office|job|presidency|premiership|position|power|throne|seat", "0831"},
    {"change|abandon|reverse|review|alter|modify|drop|scrap|rethink|end|halt|stop", "policy",
     "0832"},
    {"democratize|democratise", "", "0834"},
    // Easing economic sanctions (085) and a blockade (087).
    {"@ease", "sanction|embargo|boycott", "085"},
    {"@ease", "blockade|siege", "087"},
    // Allowing international involvement (086): peacekeepers, inspectors, monitors, aid
    // workers let in, or a border opened to an international body.
    {"allow|permit|admit|let|accept|welcome|receive|open|reopen|re-open|grant",
     "peacekeeper|inspector|monitor|observer|investigator|aid worker|humanitarian worker|"
     "relief worker|aid agency|relief flight",
     "086"},
    {"allow|permit|admit|let|open|reopen|re-open", "#igo", "086"},
    // Cutting supplies is a non-force threat (16 -> 131), not a trade matter.
    {"cut|cut off|halt|stop|suspend|shut off|turn off|reduce|block",
     "electricity|power|gas|oil|water|fuel|energy|supply|shipment|delivery", "16"},
    // Arms sold are military cooperation (062); arms given, military aid (072).
    {"sell|buy|purchase|lease",
     "weapon|arms|missile|tank|jet|aircraft|helicopter|ammunition|warship|military", "062"},
    {"supply|provide|deliver|send|give|ship", "weapon|arms|missile|ammunition", "072"},
    // Crime is no commerce: "exit the drug trade" names no economic cooperation.
    {"",
     "trade|trafficking|smuggling & drug|narcotic|cocaine|heroin|counterfeit|illegal|illicit|"
     "contraband|arms|human|wildlife|slave",
     ""},
    // Economic (061) and military (062) cooperation, by topic.
    {"",
     "trade|free-trade|export|import|tariff|investment|commerce|economic cooperation|"
     "economic tie|economic relation|market access",
     "061"},
    {"",
     "alliance|exercise|drill|maneuver|manoeuvre|war game|cooperation|pact|tie|training|"
     "partnership & military|defense|defence|joint|naval|army",
     "062"},
    // Settling the dispute: reaching the agreement, settling the conflict.
    {"reach|conclude|strike|hammer out|work out|clinch|finalize|finalise|seal",
     "agreement|deal|settlement|accord|compromise|solution|consensus|understanding", "037"},
    {"settle|resolve", "dispute|difference|conflict|crisis|standoff|row|feud", "037"},
    // Easing restrictions (081) on what is not trade, by the codebook's leaves: on
    // expression (0811: "cancelled restrictions on the use of the Russian language on
    // national radio"), on parties and politicians (0812), a curfew (0813), a state of
    // emergency or martial law (0814).
    // A ban on relief or monitors eased lets international helpers in (086): "reconsider
    // its ban on relief flights".
    {"@ease",
     "ban|restriction|curb & relief|humanitarian|aid worker|aid agency|inspector|monitor|"
     "observer|peacekeeper",
     "086"},
    {"@ease", "curfew", "0813"},
    {"@ease", "emergency|martial law", "0814"},
    {"@ease", "ban|restriction|curb|prohibition & party|politician|candidate", "0812"},
    {"@ease", "censorship", "0811"},
    {"@ease",
     "ban|restriction|curb|control & press|media|speech|expression|language|radio|television|"
     "newspaper|internet|broadcast|publication|journalist",
     "0811"},
    {"@ease", "ban|restriction|curb", "081"},
    // Easing political dissent (082): a strike, protest or boycott called off or put off,
    // as asked in "pressuring workers to cancel the strike" (1052), "appealed for an end
    // to anti-government agitation" (0252), or agreed in "agreed to postpone the
    // demonstration" (0352).
    {"end|stop|halt|suspend|call off|cancel|abandon|drop|lift|postpone|delay|defer|put off",
     "strike|protest|demonstration|rally|boycott|agitation|dissent|unrest|sit-in|uprising", "082"},
    // De-escalation (087): withdrawing, disarming, ending the fighting.
    {"withdraw|pull out|pull back|retreat|demobilize|disarm|disband|lay down", "", "087"},
    {"cease|stop|halt|end|renounce|abandon|give up|suspend|call off",
     "fighting|hostility|violence|attack|offensive|struggle|war|shelling|bombing|operation|"
     "campaign|insurgency|rebellion|armed|weapon|raid",
     "087"},
    // Force threatened: unconventional violence (18 -> 1383), attacks (19 -> 138).
    {"resume|carry out|launch|commit|step up|escalate|intensify|stage|conduct|wage|unleash",
     "terrorist|terror|terrorism|suicide", "18"},
    {"deliver|launch|carry out|resume|wage|unleash|step up|intensify|start|go|declare",
     "blow|attack|strike|offensive|war|operation|raid|assault|bombing|hostility|retaliation", "19"},
    // Yielding (08) otherwise: giving up a program, backing down.
    {"forsake|abandon|give up|renounce|relinquish|concede|back down|dismantle|freeze", "", "08"},
    // Topic words.
    {"", "extradition|interrogation|judicial cooperation|legal cooperation|police cooperation",
     "063"},
    {"", "intelligence|information & sharing|exchange", "064"},
    {"", "resignation|abdication|ouster|impeachment", "0831"},
    {"", "removal & office|power|presidency|leader|president|premier|regime", "0831"},
    {"",
     "ceasefire|cease-fire|cease fire|truce|armistice|withdrawal|pullout|pullback|de-escalation|"
     "disarmament|demobilization|demobilisation",
     "087"},
    // A plan to settle the dispute (037; rejected 127): "a Senegalese peace plan".
    {"",
     "plan|proposal|initiative|formula|offer|roadmap|blueprint|framework|deal|accord|agreement|"
     "treaty|process & peace",
     "037"},
    {"", "@aid & economic|financial|development|budget|monetary|reconstruction|debt|fiscal", "071"},
    // Debt relief is economic aid, as in the codebook's example of 1031 ("pushing hard
    // for the US support its debt relief plan").
    {"", "loan|credit|debt|grant|funding|financing|finance", "071"},
    {"", "@aid & military|arms|weapon|war|defense|defence|army|security", "072"},
    {"", "@aid & humanitarian|food|medical|medicine|refugee|emergency|shelter|famine", "073"},
    {"", "humanitarian|food|medicine|starvation|famine", "073"},
    {"", "peacekeeper|peacekeeping|peace-keeping|peace-keeper", "074"},
    {"",
     "presence|force|troops|mission|protection & #igo|international|multinational|"
     "stabilization|protection",
     "074"},
    // The courts overhauled are the institutions changed (0834): "demands ... to overhaul
    // the judiciary"; the judiciary merely named ("inaction of the judiciary") is none.
    {"", "judiciary|judicial system|court system & overhaul|reform|restructure|independence",
     "0834"},
    {"", "policy change|policy shift|change of policy", "0832"},
    {"", "reform & economic|market|fiscal|structural|tax|land|agricultural", "0832"},
    // The codebook's protest examples: "democratic reforms" change the regime (1444),
    // "political reforms" are policy (1412, 1422).
    {"", "reform & democratic|electoral", "0834"},
    {"", "reform & political", "0832"},
    {"",
     "right|liberty|freedom & human|civil|political|minority|religious|voting|equal|more|"
     "greater|democratic|press|speech|expression|assembly|violation|abuse",
     "0833"},
    // Rights withheld: activists arrested (1433), property seized and not returned (1423).
    {"",
     "arrest|detention|imprisonment|jailing & activist|dissident|journalist|protester|"
     "demonstrator",
     "0833"},
    {"", "repression|persecution|discrimination", "0833"},
    {"", "property & return|restitution|compensation", "0833"},
    {"",
     "constitution|constitutional|democracy|democratization|democratisation|election|"
     "electoral|referendum|institution|institutional|autonomy|independence|secession|"
     "self-determination",
     "0834"},
    // A law or policy opposed: "a strike over a controversial employment bill" (1432),
    // "riots against Israeli military policies" (1452). A policy merely named ("decided to
    // sustain its policy", "disagreements over their Syria policy") is no change of it.
    {"", "policy|bill|legislation & against|protest|disapproval|opposition|controversial|unpopular",
     "0832"},
    {"", "reform", "083"},
    {"", "change & political", "083"},
    {"", "release|freeing & prisoner|detainee|hostage|captive", "084"},
    {"", "solution|settlement & peaceful|political|negotiated|diplomatic|lasting|peace", "037"},
    {"", "mediation|mediator", "045"},
    {"", "aid|assistance", "07"},
    {"", "war|retaliation|military action|military force|military strike", "19"},
};

// The next piece of `list` up to `separator`, consumed from `list`.
std::string_view next_piece(std::string_view& list, std::string_view separator) {
  const size_t at = list.find(separator);
  const std::string_view piece = list.substr(0, at);
  list = at == std::string_view::npos ? std::string_view() : list.substr(at + separator.size());
  return piece;
}

bool has_word(std::span<const std::string> words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// "military action": every word of the alternative is among the words.
bool alternative_fits(std::string_view alternative, std::span<const std::string> words) {
  while (!alternative.empty()) {
    if (!has_word(words, next_piece(alternative, " "))) return false;
  }
  return true;
}

bool group_fits(std::string_view group, std::span<const std::string> words) {
  group = expand(group);
  while (!group.empty()) {
    if (alternative_fits(next_piece(group, "|"), words)) return true;
  }
  return false;
}

bool needs_fit(std::string_view needs, std::span<const std::string> words) {
  while (!needs.empty()) {
    if (!group_fits(next_piece(needs, " & "), words)) return false;
  }
  return true;
}

// "hand over" is the verb with its particle; "cut" also names "cut off".
bool action_fits(std::string_view actions, std::string_view lemma, std::string_view particle) {
  actions = expand(actions);
  while (!actions.empty()) {
    const std::string_view a = next_piece(actions, "|");
    if (a == lemma) return true;
    if (!particle.empty() && a.size() == lemma.size() + 1 + particle.size() &&
        a.starts_with(lemma) && a[lemma.size()] == ' ' && a.ends_with(particle)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool domain_refines(std::string_view code) {
  for (const Rule& r : kRules) {
    if (!r.actions.empty() && r.code.size() > code.size() && r.code.starts_with(code)) {
      return true;
    }
  }
  return false;
}

DeedDomain read_deed_domain(std::string_view lemma, std::string_view particle,
                            std::span<const std::string> words) {
  for (const Rule& r : kRules) {
    if (!r.actions.empty() && !action_fits(r.actions, lemma, particle)) continue;
    if (!needs_fit(r.needs, words)) continue;
    DeedDomain d;
    d.code.assign(r.code);  // stays empty for a rule that stops the reading
    d.by_action = !r.actions.empty();
    return d;
  }
  return {};
}

bool request_noun(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {
      "call",     "demand",     "request",    "appeal",    "plea",    "proposal",
      "offer",    "ultimatum",  "suggestion", "petition",  "plan",    "bid",
      "pressure", "initiative", "agreement",  "consensus", "deal",    "understanding",
      "accord",   "commitment", "pledge",     "promise",   "decision"};
  return std::find(std::begin(kNouns), std::end(kNouns), lemma) != std::end(kNouns);
}

}  // namespace dyad::events

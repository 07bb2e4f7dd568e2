#!/usr/bin/env python3
"""Rebuild dyad's event ontology tables (data/src/ontology/*.tsv) from the upstream
CAMEO and PLOVER files in ../shared (or $DYAD_SHARED).

    python3 tools/import_ontology.py            # rewrite data/src/ontology/*.tsv
    python3 tools/import_ontology.py --check    # exit 1 if the committed files differ

Only facts travel: codes, short labels, numeric values and the CAMEO->PLOVER map. The
CAMEO-manual prose in icews-cameo-codes.csv (description / usage / example columns,
CC BY-NC-SA) is never read here, and every PLOVER gloss is written below in our own words.
Every departure from the upstream files is a named entry in one of the tables below and
is explained in data/src/ontology/DECISIONS.md; rerunning reproduces the committed files.
Standard library only, so it runs anywhere python3 does.
"""

import argparse
import csv
import io
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO, "data", "src", "ontology")

# ---------------------------------------------------------------------------
# CAMEO decisions (DECISIONS.md, "CAMEO codes")

# Spelling slips in CAMEO_codefile.txt LABEL lines, checked against GDELT and ICEWS.
LABEL_FIXES = {
    "055": ("Apolgize", "Apologize"),
    "1051": ("adminstrative", "administrative"),
    "1444": ("Ostruct", "Obstruct"),
}

# Root headings in CAMEO_codefile.txt that keep pre-1.1 names; GDELT, ICEWS and the PLOVER
# manual's translation table all use the 1.1b3 names.
ROOT_LABEL_FIXES = {
    "15": ("EXHIBIT MILITARY POSTURE", "EXHIBIT FORCE POSTURE"),
    "20": ("ATTACK WITH WEAPONS OF MASS DESTRUCTION", "USE UNCONVENTIONAL MASS VIOLENCE"),
}

# GDELT vs ICEWS Goldstein disagreements: the value we keep, per code.
GOLDSTEIN_DECISIONS = {
    "016": -2.0,  # GDELT; ICEWS -5.0
    "022": 3.2,  # GDELT; ICEWS 3.4
    "164": -7.0,  # GDELT; ICEWS -6.5 (swapped with 165 there)
    "165": -6.5,  # GDELT; ICEWS -7.0
}
# Codes no Goldstein table has: the value of the parent code.
GOLDSTEIN_FROM_PARENT = {"1214", "1951", "1952"}

# Quad class by root: GDELT's QuadClass (and the scoring rule in ../shared/eval/README.md).
QUAD_BY_ROOT = {r: 1 for r in range(1, 6)}
QUAD_BY_ROOT.update({r: 2 for r in range(6, 9)})
QUAD_BY_ROOT.update({r: 3 for r in range(9, 14)})
QUAD_BY_ROOT.update({r: 4 for r in range(14, 21)})
# ConfliBERT's "CAMEO PentaClass" (../shared/eval/README.md): 0 statement/appeal, 1 verbal
# cooperation, 2 material cooperation, 3 verbal conflict incl. 16, 4 material conflict.
FIVE_BY_ROOT = {1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3, 12: 3,
                13: 3, 16: 3, 14: 4, 15: 4, 17: 4, 18: 4, 19: 4, 20: 4}

# ---------------------------------------------------------------------------
# PLOVER decisions (DECISIONS.md, "PLOVER")

# Context names in the 2021 map that the v2.0 manual spells differently or lacks.
CONTEXT_RENAMES = {"democracy": "pro_democracy", "humanitarian": "human_security"}

# Modes in the 2021 map that the v2.0 manual lacks (or that belong to another event
# type), per (event_type, old mode) -> new mode ("" = no mode).
MODE_RENAMES = {
    ("THREATEN", "political"): "restrict",
    ("THREATEN", "ban"): "restrict",
    ("COERCE", "ban"): "restrict",
    ("RETREAT", "return"): "",
    ("RETREAT", "ease"): "",
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "targeted",
    ("ASSAULT", "cleansing"): "",
    ("ASSAULT", "seize"): "destroy",
}
# Whole-row corrections: code -> (event_type, mode, contexts).
MAP_FIXES = {
    # A context was written in the mode slot.
    "175": ("ASSAULT", "", "pro_autocracy;repression"),
    # The manual has modes for exactly these weapons; the map predates them.
    "195": ("ASSAULT", "aerial", "military"),
    # Where the map's type contradicts the v2.0 manual's translation table and its own
    # definitions, the manual wins (DECISIONS.md, "Types the manual decides").
    # 081 EASE RESTRICTIONS is 081-083 -> CONCEDE, whose definition names "removing
    # curfews"; the map files curfews and emergencies lifted under RETREAT.
    "0813": ("CONCEDE", "", "legal"),
    "0814": ("CONCEDE", "", "legal"),
    # Resignation: "RETREAT also covers resignations of government officials" (mode
    # resign); 0831 is CAMEO's code for stepping down at others' demand.
    "0831": ("RETREAT", "resign", "political_institutions"),
    # 16 -> SANCTION; "international (political or economic) sanctions are coded as
    # 'discontinue'".
    "163": ("SANCTION", "discontinue", "economic"),
    # 19 FIGHT -> ASSAULT; occupying territory is fighting (THREATEN 'territory' is the
    # threat of it), no COERCE mode covers it (COERCE 'seize' is searches and raids).
    "192": ("ASSAULT", "", "military"),
}
# Codes the 2021 map leaves out, mapped by dyad from the manual's definitions.
DYAD_MAP = {
    # 01 MAKE PUBLIC STATEMENT: PLOVER drops it. REQUEST (default score 0) is the verbal
    # type nearest to these codes' Goldstein values (about 0); note 2 of the manual's
    # translation table suggests 015 -> AGREE and 016 -> REJECT.
    "01": ("REQUEST", "", ""),
    "015": ("AGREE", "", ""),
    "016": ("REJECT", "", ""),
    "018": ("SUPPORT", "", ""),
    "019": ("SUPPORT", "", ""),
    # 02 APPEAL: PLOVER drops it, but its REQUEST covers "requests, demands and orders";
    # modes and contexts follow the matching 10x DEMAND codes.
    "02": ("REQUEST", "", ""),
    "021": ("REQUEST", "assist", ""),
    "0211": ("REQUEST", "assist", "economic"),
    "0212": ("REQUEST", "assist", "military"),
    "0213": ("REQUEST", "assist", "legal"),
    "0214": ("REQUEST", "assist", "intelligence"),
    "022": ("REQUEST", "assist", "diplomatic"),
    "023": ("REQUEST", "assist", ""),
    "0231": ("REQUEST", "assist", "economic"),
    "0232": ("REQUEST", "assist", "military"),
    "0233": ("REQUEST", "assist", "human_security"),
    "0234": ("REQUEST", "assist", "peacekeeping"),
    "024": ("REQUEST", "change", "political_institutions"),
    "0241": ("REQUEST", "change", "executive"),
    "0242": ("REQUEST", "change", "executive"),
    "0243": ("REQUEST", "change", "rights_freedoms"),
    "0244": ("REQUEST", "change", "political_institutions"),
    "025": ("REQUEST", "yield", "legal"),
    "0251": ("REQUEST", "yield", "legal"),
    "0252": ("REQUEST", "yield", "legal"),
    "0253": ("REQUEST", "yield", "legal"),
    "0254": ("REQUEST", "yield", "economic"),
    "0255": ("REQUEST", "yield", "diplomatic"),
    "0256": ("REQUEST", "yield", "military"),
    "026": ("REQUEST", "meet", "diplomatic"),
    "027": ("REQUEST", "meet", "diplomatic"),
    "028": ("REQUEST", "meet", "diplomatic"),
    # Drones are the manual's own mode; 1951 inherits 195 (aerial).
    "1952": ("ASSAULT", "drone", "military"),
}
# Root 08 has two root lines (08: CONCEDE, 08: RETREAT); the root itself follows 080.
ROOT_08 = "CONCEDE"

# The scores table's ACCUSE default is +3 though all ACCUSE modes are -2 to -3.5.
SCORE_FIXES = {("ACCUSE", ""): -3.0}

# Our own short glosses (the manual's prose is CC BY-SA; these are written afresh).
TYPE_GLOSS = {
    "AGREE": "promise or offer to cooperate; intent, not yet action",
    "CONSULT": "meet, visit, talk or negotiate",
    "SUPPORT": "verbal or diplomatic backing, praise, recognition, signing",
    "CONCEDE": "give way on policy, rights or political demands",
    "COOPERATE": "material cooperation: economic, military, judicial, intelligence",
    "AID": "provide economic, military or humanitarian aid",
    "RETREAT": "material de-escalation: release, withdraw, ceasefire, resign",
    "REQUEST": "ask, appeal, demand or order",
    "ACCUSE": "criticize, accuse, sue or investigate",
    "REJECT": "refuse a request, proposal or demand",
    "THREATEN": "threaten sanctions, force or other harm",
    "PROTEST": "demonstrate, strike, boycott, obstruct or riot",
    "SANCTION": "cut relations, aid or exchanges; expel; convict",
    "MOBILIZE": "raise readiness of armed or police forces",
    "COERCE": "repress without direct violence: arrest, restrict, seize",
    "ASSAULT": "use violence against people or property",
}
MODE_GLOSS = {
    ("CONSULT", "visit"): "one side travels to the other",
    ("CONSULT", "third-party"): "meeting hosted by someone else",
    ("CONSULT", "multilateral"): "within an alliance, IGO or summit",
    ("CONSULT", "phone"): "by phone or other remote channel",
    ("RETREAT", "withdraw"): "pull forces out of an area",
    ("RETREAT", "release"): "free captives",
    ("RETREAT", "disarm"): "give up weapons or demobilize",
    ("RETREAT", "ceasefire"): "stop fighting",
    ("RETREAT", "access"): "let observers, peacekeepers or aid workers in",
    ("RETREAT", "resign"): "an official steps down",
    ("REQUEST", "assist"): "for exchange, relations or help",
    ("REQUEST", "change"): "for a change of policy, leaders or institutions",
    ("REQUEST", "yield"): "for release, easing of sanctions or de-escalation",
    ("REQUEST", "meet"): "for talks or mediation",
    ("ACCUSE", "disapprove"): "criticize or condemn",
    ("ACCUSE", "investigate"): "open or conduct an inquiry",
    ("ACCUSE", "allege"): "accuse, charge or sue",
    ("REJECT", "assist"): "refuse exchange, relations or help",
    ("REJECT", "change"): "refuse a change of policy, leaders or institutions",
    ("REJECT", "yield"): "refuse to release, ease or de-escalate",
    ("REJECT", "meet"): "refuse talks or mediation",
    ("THREATEN", "restrict"): "threaten blockades, boycotts or limits on movement",
    ("THREATEN", "arrest"): "threaten to detain",
    ("THREATEN", "relations"): "threaten to suspend relations or talks",
    ("THREATEN", "expel"): "threaten to expel diplomats, peacekeepers or NGOs",
    ("THREATEN", "territory"): "threaten to occupy or seize territory",
    ("THREATEN", "violence"): "threaten force",
    ("PROTEST", "demo"): "peaceful demonstration or rally",
    ("PROTEST", "riot"): "violent protest",
    ("PROTEST", "strike"): "workers walk out",
    ("PROTEST", "hunger"): "hunger strike",
    ("PROTEST", "boycott"): "withdraw commercial or social relations",
    ("PROTEST", "obstruct"): "block passage or access",
    ("PROTEST", "vandalize"): "damage property as a symbolic act",
    ("SANCTION", "convict"): "found guilty by a court",
    ("SANCTION", "expel"): "expel from a group, party or country",
    ("SANCTION", "withdraw"): "withdraw own people or resources",
    ("SANCTION", "discontinue"): "cut or end exchanges, incl. sanctions",
    ("MOBILIZE", "troops"): "armed forces",
    ("MOBILIZE", "weapons"): "weapons systems",
    ("MOBILIZE", "police"): "police or security units",
    ("MOBILIZE", "militia"): "non-state armed groups",
    ("COERCE", "seize"): "search, raid or confiscate",
    ("COERCE", "restrict"): "restrict freedoms or movement; ban from politics",
    ("COERCE", "censor"): "censor or ban publications",
    ("COERCE", "curfew"): "impose a curfew",
    ("COERCE", "martial-law"): "state of emergency or martial law",
    ("COERCE", "arrest"): "arrest or detain",
    ("COERCE", "deport"): "deport individuals",
    ("COERCE", "withhold"): "cut off utilities, food or medicine",
    ("COERCE", "misinformation"): "deceive or manipulate",
    ("COERCE", "cyber"): "hacking and other cyber attacks",
    ("ASSAULT", "abduct"): "kidnap or hijack",
    ("ASSAULT", "beat"): "beat or strike people",
    ("ASSAULT", "torture"): "torture",
    ("ASSAULT", "sexual"): "sexual violence",
    ("ASSAULT", "targeted"): "assassination, execution, massacre",
    ("ASSAULT", "destroy"): "deliberately destroy property",
    ("ASSAULT", "primitive"): "fire, blades, stones and the like",
    ("ASSAULT", "firearms"): "small arms",
    ("ASSAULT", "explosives"): "bombs, mines, IEDs outside heavy weapons",
    ("ASSAULT", "suicide-attack"): "suicide attack",
    ("ASSAULT", "aerial"): "crewed aircraft",
    ("ASSAULT", "drone"): "uncrewed aircraft",
    ("ASSAULT", "heavy-weapons"): "artillery, rockets, armour",
    ("ASSAULT", "crowd-control"): "less-lethal crowd weapons",
    ("ASSAULT", "unconventional"): "chemical, biological, radiological, nuclear",
}
CONTEXT_GLOSS = {
    "military": "state armed forces",
    "intelligence": "state intelligence services",
    "executive": "heads of government and executive agencies",
    "legislative": "parliaments and legislation",
    "election": "elections and campaigns",
    "political_institutions": "changes in political bodies and parties",
    "pro_democracy": "moves toward democracy",
    "pro_autocracy": "moves toward autocracy",
    "economic": "trade, finance and the economy",
    "legal": "courts and law",
    "reparations": "compensation for past harm",
    "human_rights": "human rights in general",
    "rights_freedoms": "civil and political rights",
    "repression": "force used by security services on people",
    "human_security": "food, water, shelter, land, energy",
    "gender": "gender and women's issues",
    "lgbt": "LGBTQ issues",
    "religion_ethnicity": "religious, ethnic or linguistic issues",
    "inequality": "unequal resources and opportunity",
    "diplomatic": "diplomacy",
    "territory": "territorial disputes and displacement",
    "peacekeeping": "peacekeeping operations",
    "health": "public health and disease",
    "asylum": "asylum",
    "migration": "migrants and refugees",
    "disasters": "natural and industrial disasters",
    "natural_resource": "extraction and trade of natural resources",
    "environment": "environment and pollution",
    "technology": "technology and industry",
    "terrorism": "terrorism and counter-terrorism",
    "cbrn": "chemical, biological, radiological, nuclear weapons",
    "cyber": "cyber attacks and cyber crime",
    "misinformation": "misinformation and influence operations",
    "crime": "crime in general",
    "corruption": "corruption and abuse of office",
    "illegal_drugs": "illegal drugs",
    "trafficking": "trafficking and smuggling",
}
QUAD_NAMES = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3,
              "MATERIAL CONFLICT": 4}

LICENCE_CAMEO = ("# dyad CAMEO code table: codes and short labels from CAMEO_codefile.txt (OEDA, MIT), "
                 "Goldstein values from GDELT (Goldstein 1992) / ICEWS; "
                 "built by tools/import_ontology.py, see DECISIONS.md")
LICENCE_PLOVER = ("# dyad PLOVER table, derived from PLOVER (openeventdata/PLOVER), CC BY-SA 4.0; "
                  "built by tools/import_ontology.py, see DECISIONS.md")


def fail(msg):
    sys.exit("import_ontology: " + msg)


def shared_dir():
    d = os.environ.get("DYAD_SHARED") or os.path.join(REPO, "..", "shared")
    if not os.path.isdir(os.path.join(d, "data", "cameo")):
        fail(f"no data/cameo under {d}; set DYAD_SHARED")
    return d


def read_lines(path, encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as f:
        return f.read().splitlines()


def fmt(x):
    return f"{x:.1f}"


# ---------------------------------------------------------------------------
# CAMEO

def read_codefile(path):
    """Code -> label from LABEL lines (later ones correct earlier ones); root labels from
    the '//NN: NAME' headings. LABELi/LABELI lines are ICEWS variants, not CAMEO 1.1b3;
    codes with letters (0811i, 138i) are the same variants mislabelled LABEL."""
    labels, roots = {}, {}
    for line in read_lines(path):
        m = re.match(r"^//(\d\d)[:=] (.+)$", line)
        if m:
            roots[m.group(1)] = m.group(2).strip()
            continue
        m = re.match(r"^LABEL: (\w+)= (.+)$", line)
        if m and m.group(1).isdigit():
            labels[m.group(1)] = m.group(2).strip()
    for code, (bad, good) in LABEL_FIXES.items():
        if bad not in labels.get(code, ""):
            fail(f"label fix for {code} no longer applies: {labels.get(code)!r}")
        labels[code] = labels[code].replace(bad, good)
    for code, (old, new) in ROOT_LABEL_FIXES.items():
        if roots.get(code) != old:
            fail(f"root label fix for {code} no longer applies: {roots.get(code)!r}")
        roots[code] = new
    if sorted(roots) != [f"{r:02d}" for r in range(1, 21)]:
        fail(f"expected root headings 01..20, found {sorted(roots)}")
    labels.update(roots)
    return labels


def read_gdelt_goldstein(path):
    values = {}
    for line in read_lines(path)[1:]:
        code, value = line.split("\t")
        values[code] = float(value)
    return values


def read_gdelt_106(path):
    """GDELT's event-code table merges 106 into the 1056 line ("...engagement106:[-5.0] ...");
    the Goldstein table drops 106. Recover 106's value from the merged line."""
    for line in read_lines(path):
        m = re.search(r"106:\[(-?\d+\.\d)\]", line)
        if m and line.startswith("1056\t"):
            return float(m.group(1))
    fail("GDELT 1056/106 merged line not found; recheck the 106 decision")


def read_icews_goldstein(path):
    # Only the code and goldstein columns are read: the prose columns are CC BY-NC-SA.
    with open(path, encoding="utf-8", newline="") as f:
        return {r["code"]: float(r["goldstein"]) for r in csv.DictReader(f)}


def build_cameo(shared):
    cameo = os.path.join(shared, "data", "cameo")
    labels = read_codefile(os.path.join(cameo, "CAMEO_codefile.txt"))
    gdelt = read_gdelt_goldstein(os.path.join(cameo, "gdelt", "CAMEO.goldsteinscale.txt"))
    gdelt.setdefault("106", read_gdelt_106(os.path.join(cameo, "gdelt", "CAMEO.eventcodes.txt")))
    icews = read_icews_goldstein(os.path.join(cameo, "icews-cameo-codes.csv"))

    disagree = {c for c in set(gdelt) & set(icews) if gdelt[c] != icews[c]}
    if disagree != set(GOLDSTEIN_DECISIONS):
        fail(f"GDELT/ICEWS disagree on {sorted(disagree)}; decisions cover "
             f"{sorted(GOLDSTEIN_DECISIONS)}")
    rows = []
    for code in sorted(labels):
        if code in GOLDSTEIN_DECISIONS:
            g = GOLDSTEIN_DECISIONS[code]
        elif code in gdelt:
            g = gdelt[code]
        elif code in icews:
            g = icews[code]
        elif code in GOLDSTEIN_FROM_PARENT:
            g = gdelt[code[:3]]
        else:
            fail(f"no Goldstein value for {code}")
        root = int(code[:2])
        rows.append([code, labels[code], code[:2], str(QUAD_BY_ROOT[root]),
                     str(FIVE_BY_ROOT[root]), fmt(g)])
    return rows


# ---------------------------------------------------------------------------
# PLOVER

def read_derived(path):
    lines = [l for l in read_lines(path) if l and not l.startswith("#")]
    return [l.split("\t") for l in lines[1:]]


def build_plover(shared):
    d = os.path.join(shared, "data", "plover", "derived")
    types = {r[0]: r for r in read_derived(os.path.join(d, "plover_event_types.tsv"))}
    modes = [(r[0], r[1]) for r in read_derived(os.path.join(d, "plover_modes.tsv"))]
    contexts = [r[0] for r in read_derived(os.path.join(d, "plover_contexts.tsv"))]
    scores = {(r[0], r[1]): float(r[2]) for r in read_derived(os.path.join(d, "plover_scores.tsv"))}
    for key, value in SCORE_FIXES.items():
        if key not in scores:
            fail(f"score fix {key} no longer applies")
        scores[key] = value
    for key in scores:
        if key[1] and key not in modes:
            fail(f"score for unknown mode {key}")
    if set(TYPE_GLOSS) != set(types) or set(MODE_GLOSS) != set(modes) \
            or set(CONTEXT_GLOSS) != set(contexts):
        fail("gloss tables do not match the manual's types/modes/contexts")

    type_rows = []
    for t in sorted(types):
        r = types[t]
        type_rows.append([t, str(QUAD_NAMES[r[1]]), r[2].lower(), fmt(scores[(t, "")]),
                          TYPE_GLOSS[t]])
    mode_rows = []
    for t, m in sorted(modes):
        # A mode without its own score (PROTEST vandalize) takes its type's default.
        s = scores.get((t, m), scores[(t, "")])
        mode_rows.append([t, m, fmt(s), MODE_GLOSS[(t, m)]])
    context_rows = [[c, CONTEXT_GLOSS[c]] for c in sorted(contexts)]
    return types, set(modes), set(contexts), type_rows, mode_rows, context_rows


def read_map(path):
    """code -> (event_type, mode, contexts) from CAMEO2PLOVER-2021.txt. Root lines
    ("03: AGREE") give the root's type; repeated lines (175) must agree."""
    out = {}
    for line in read_lines(path):
        line = line.split("#")[0].strip()
        m = re.match(r"^(\d+):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        parts = [p.strip() for p in rest.split(",")]
        if len(parts) == 1:  # root heading
            if code == "08":
                parts = [ROOT_08]
            parts += ["", ""]
        etype, mode, ctx = parts[0], parts[1], parts[2] if len(parts) > 2 else ""
        ctxs = ";".join(c.strip() for c in ctx.split(";") if c.strip())
        entry = (etype, mode, ctxs)
        if code in out and out[code] != entry:
            if len(code) == 2:
                continue  # second heading of root 08
            fail(f"conflicting map lines for {code}")
        out[code] = entry
    return out


def build_map(shared, codes, types, modes, contexts):
    raw = read_map(os.path.join(shared, "data", "plover", "CAMEO2PLOVER-2021.txt"))
    for code in MAP_FIXES:
        if code not in raw:
            fail(f"map fix for {code} no longer applies")
    for code in DYAD_MAP:
        if code in raw:
            fail(f"{code} is now in the upstream map; revisit DYAD_MAP")
    used_mode_renames = set()
    rows = []
    for code in codes:
        if code in MAP_FIXES:
            entry, basis = MAP_FIXES[code], "fixed"
        elif code in DYAD_MAP:
            entry, basis = DYAD_MAP[code], "dyad"
        elif code in raw:
            etype, mode, ctxs = raw[code]
            basis = "map2021"
            if (etype, mode) in MODE_RENAMES:
                used_mode_renames.add((etype, mode))
                mode, basis = MODE_RENAMES[(etype, mode)], "fixed"
            new_ctxs = ";".join(CONTEXT_RENAMES.get(c, c) for c in ctxs.split(";") if c)
            if new_ctxs != ctxs:
                basis = "fixed"
            entry = (etype, mode, new_ctxs)
        else:
            # Leaf not in the map: nearest mapped ancestor (3-digit parent, then root),
            # type only; modes and contexts are too specific to inherit blindly.
            parent = code[:3] if len(code) == 4 and code[:3] in raw else code[:2]
            src = MAP_FIXES.get(parent) or DYAD_MAP.get(parent) or raw.get(parent)
            if src is None:
                fail(f"no mapping for {code} or its ancestors")
            entry, basis = (src[0], src[1] if len(parent) == 3 else "", src[2]
                            if len(parent) == 3 else ""), "inherited"
        etype, mode, ctxs = entry
        if etype not in types:
            fail(f"{code}: unknown event type {etype}")
        if mode and (etype, mode) not in modes:
            fail(f"{code}: mode {mode} is not a {etype} mode in the v2.0 manual")
        for c in filter(None, ctxs.split(";")):
            if c not in contexts:
                fail(f"{code}: unknown context {c}")
        rows.append([code, etype, mode, ctxs, basis])
    unused = set(MODE_RENAMES) - used_mode_renames
    if unused:
        fail(f"mode renames no longer used: {sorted(unused)}")
    return rows


# ---------------------------------------------------------------------------

def tsv(header_comment, columns, rows):
    buf = io.StringIO()
    buf.write(header_comment + "\n")
    buf.write("\t".join(columns) + "\n")
    for r in rows:
        for field in r:
            if "\t" in field or "\n" in field:
                fail(f"field with a tab or newline: {field!r}")
        buf.write("\t".join(r) + "\n")
    return buf.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args()
    shared = shared_dir()

    cameo_rows = build_cameo(shared)
    types, modes, contexts, type_rows, mode_rows, context_rows = build_plover(shared)
    codes = [r[0] for r in cameo_rows]
    map_rows = build_map(shared, codes, types, modes, contexts)

    files = {
        "cameo.tsv": tsv(LICENCE_CAMEO, ["code", "label", "root", "quad_class", "five_class",
                                         "goldstein"], cameo_rows),
        "plover_event_types.tsv": tsv(LICENCE_PLOVER, ["event_type", "quad_class",
                                                       "requires_recipient", "intensity",
                                                       "gloss"], type_rows),
        "plover_modes.tsv": tsv(LICENCE_PLOVER, ["event_type", "mode", "intensity", "gloss"],
                                mode_rows),
        "plover_contexts.tsv": tsv(LICENCE_PLOVER, ["context", "gloss"], context_rows),
        "cameo_to_plover.tsv": tsv(LICENCE_PLOVER, ["code", "event_type", "mode", "contexts",
                                                    "basis"], map_rows),
    }
    differ = []
    for name, text in files.items():
        path = os.path.join(OUT_DIR, name)
        old = open(path, encoding="utf-8", newline="").read() if os.path.exists(path) else None
        if old == text:
            continue
        differ.append(name)
        if not args.check:
            os.makedirs(OUT_DIR, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    if args.check and differ:
        fail("out of date: " + ", ".join(differ))
    print(("differ: " if args.check else "wrote: ") + (", ".join(differ) or "nothing") +
          f" ({len(cameo_rows)} CAMEO codes)")


if __name__ == "__main__":
    main()

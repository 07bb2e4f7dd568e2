#!/usr/bin/env python3
"""Write a copy of a UD CoNLL-U treebank with news-style time phrases added, for training
dyad's tagger and parser.

    python3 tools/augment_news_ud.py IN.conllu OUT.conllu [--share 0.5] [--seed 1]

Why: news puts a time phrase between a subject and its verb in every other sentence
("Germany on Wednesday lifted sanctions", "A top U.S. official today praised Haiti's
efforts"). UD English EWT (web text) almost never does, and a tagger trained on it reads
the verb after such a phrase as a participle or an adjective ("today praised/VBN"), which
breaks the parse and loses the event. Every training sentence is kept as it is; for a share
of the sentences whose finite verb directly follows its subject, a copy is added with a
time phrase inserted between them, attached to the verb as UD attaches one ("on Monday":
obl with case; "today", "last week": obl:unmarked). Nothing else changes, so the copies
teach the construction without new vocabulary. Standard library only.
"""

import argparse
import random
import sys

# (words as (form, lemma, upos, xpos, feats, relation-within-phrase)), the last word is
# the phrase's head; relation None marks the head.
PHRASES = [
    [("today", "today", "NOUN", "NN", "Number=Sing", None)],
    [("yesterday", "yesterday", "NOUN", "NN", "Number=Sing", None)],
    [("again", "again", "ADV", "RB", "_", None)],
    [("earlier", "early", "ADV", "RBR", "Degree=Cmp", None)],
    [("last", "last", "ADJ", "JJ", "Degree=Pos", "amod"),
     ("week", "week", "NOUN", "NN", "Number=Sing", None)],
    [("this", "this", "DET", "DT", "Number=Sing|PronType=Dem", "det"),
     ("week", "week", "NOUN", "NN", "Number=Sing", None)],
    [("on", "on", "ADP", "IN", "_", "case"),
     ("Friday", "Friday", "PROPN", "NNP", "Number=Sing", None)],
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FINITE = {"VBD", "VBZ", "VBP"}
HEAD_RELATION = {"NOUN": "obl:unmarked", "PROPN": "obl", "ADV": "advmod"}


def read_sentences(path):
    block = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                block.append(line)
            elif block:
                yield block
                block = []
    if block:
        yield block


def insertion_point(words):
    """The id of a finite verb whose nominal subject's head is the word just before it."""
    by_id = {int(w[0]): w for w in words}
    for w in words:
        if w[7] not in ("nsubj", "nsubj:pass") or w[3] not in ("NOUN", "PROPN", "PRON"):
            continue
        head = by_id.get(int(w[6]))
        if head and int(head[0]) == int(w[0]) + 1 and head[4] in FINITE and head[3] == "VERB":
            return int(head[0])
    return None


def augment(block, rng):
    comments = [l for l in block if l.startswith("#")]
    rows = [l.split("\t") for l in block if not l.startswith("#")]
    words = [r for r in rows if r[0].isdigit()]
    verb = insertion_point(words)
    if verb is None:
        return None
    for r in rows:  # a verb inside a multiword token ("gonna") keeps its neighbour
        if "-" in r[0]:
            a, b = (int(x) for x in r[0].split("-"))
            if a <= verb <= b:
                return None
    phrase = [list(w) for w in rng.choice(PHRASES)]
    if phrase[-1][0] == "Friday":
        phrase[-1][0] = phrase[-1][1] = rng.choice(DAYS)
    k = len(phrase)

    def shift(i):  # old id -> new id
        return i + k if i >= verb else i

    out = []
    for c in comments:
        if c.startswith(("# text", "# sent_id", "# newdoc", "# newpar")):
            continue  # a copy is no new document; its text is rebuilt below
        out.append(c)
    sent_id = next((c for c in comments if c.startswith("# sent_id")), "# sent_id = x")
    out.insert(0, sent_id + "-news")
    head_id = verb + k - 1  # the phrase's last word, once placed before the verb
    for r in rows:
        if r[0].isdigit() and int(r[0]) == verb:
            for j, (form, lemma, upos, xpos, feats, rel) in enumerate(phrase):
                new_id = verb + j
                if rel is None:
                    head, deprel = shift(verb), HEAD_RELATION[upos]
                else:
                    head, deprel = head_id, rel
                out.append("\t".join([str(new_id), form, lemma, upos, xpos, feats, str(head),
                                      deprel, "_", "_"]))
        r = list(r)
        if "-" in r[0]:
            a, b = (int(x) for x in r[0].split("-"))
            r[0] = f"{shift(a)}-{shift(b)}"
        elif "." in r[0]:
            return None  # empty nodes: leave such sentences alone
        else:
            r[0] = str(shift(int(r[0])))
            r[6] = str(shift(int(r[6]))) if r[6] != "0" else "0"
            if r[8] != "_":  # enhanced graph: not kept in sync, so drop it
                r[8] = "_"
        out.append("\t".join(r))
    out.insert(1, "# text = " + surface_text([l.split("\t") for l in out if not l.startswith("#")]))
    return out


def surface_text(rows):
    """The sentence as written: multiword tokens by their surface form, SpaceAfter kept."""
    text, covered = [], 0
    for r in rows:
        if "-" in r[0]:
            covered = int(r[0].split("-")[1])
        elif int(r[0]) <= covered:
            continue
        text.append(r[1] + ("" if "SpaceAfter=No" in r[9] else " "))
    return "".join(text).rstrip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--share", type=float, default=0.5,
                    help="share of the eligible sentences that get an augmented copy")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    kept = added = 0
    with open(a.output, "w", encoding="utf-8") as out:
        for block in read_sentences(a.input):
            out.write("\n".join(block) + "\n\n")
            kept += 1
            if rng.random() >= a.share:
                continue
            copy = augment(block, rng)
            if copy:
                out.write("\n".join(copy) + "\n\n")
                added += 1
    print(f"{a.input}: {kept} sentences kept, {added} news-style copies added",
          file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Draw the hidden casualty check set: 40 paragraphs of ../shared/corpus/press_fr.jsonl.

A paragraph is a non-empty line of an article's text: `text.split("\\n")[index]`, where
`index` is the line number in that split (blank lines are never drawn, but they keep
their number, so `index` points straight into the text, as in the dev sets' `cas-gj-*-n`).
A candidate is 80 to 1,200 characters long (len of the line as is, nothing stripped) and
holds a casualty word (CASUALTY_RE). Candidates are listed in corpus order, shuffled with
random.Random(13013), and taken in that order, skipping a candidate whose article was
already drawn, whose text equals one already drawn, or whose text is part of a development
gold set (../shared/gold/dev/*.jsonl: the paragraph lies inside a gold text, or a gold text
of 40+ characters lies inside the paragraph), until 40 are taken. That last rule keeps the
set on text nobody tuned on: without it the seed draws gj-01918#p8 and gj-01038#p9, which
are cas-gj-01918-8 and cas-gj-01038-9 of the casualty dev sets.

usage: draw_casualties.py [CORPUS]     prints "corpus_id<TAB>index" per drawn paragraph
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 13013
N = 40
MIN_LEN, MAX_LEN = 80, 1200
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus" / "press_fr.jsonl"
DEV_GOLD = SHARED / "gold" / "dev"

# forms of tué, mort(s), décès, décédé, blessé(s), victime, disparu, noyé, péri, succombé,
# tuant, bilan (gender and number inflections, accents optional)
CASUALTY_RE = re.compile(
    r"\b(?:"
    r"tu[ée]e?s?|tuant"
    r"|morte?s?"
    r"|d[ée]c[èe]s"
    r"|d[ée]c[ée]d[ée]e?s?"
    r"|bless[ée]e?s?"
    r"|victimes?"
    r"|disparue?s?"
    r"|noy[ée]e?s?"
    r"|p[ée]ri"
    r"|succomb[ée]e?s?"
    r"|bilans?"
    r")\b",
    re.IGNORECASE,
)


def paragraphs(text):
    """(index, line) for every non-empty line of text.split("\\n")."""
    return [(i, line) for i, line in enumerate(text.split("\n")) if line.strip()]


def candidates(corpus=CORPUS):
    out = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            for i, para in paragraphs(doc["text"] or ""):
                if MIN_LEN <= len(para) <= MAX_LEN and CASUALTY_RE.search(para):
                    out.append((doc["id"], i, para, doc.get("date")))
    return out


def dev_texts(folder=DEV_GOLD):
    """The texts of every development gold set (the draw must not reuse them)."""
    files = sorted(Path(folder).glob("*.jsonl"))
    if not files:
        sys.exit(f"draw_casualties.py: no dev gold in {folder}; the draw would not be the same")
    out = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            out += [json.loads(line)["text"] for line in f if line.strip()]
    return out


def in_dev(para, devs):
    core = para.strip()
    return any(core in t or (len(t.strip()) >= 40 and t.strip() in para) for t in devs)


def draw(corpus=CORPUS, n=N, seed=SEED, dev_folder=DEV_GOLD):
    cands = candidates(corpus)
    random.Random(seed).shuffle(cands)
    devs = dev_texts(dev_folder)
    drawn, docs, texts = [], set(), set()
    for cid, i, para, date in cands:
        if cid in docs or para in texts or in_dev(para, devs):
            continue
        docs.add(cid); texts.add(para)
        drawn.append((cid, i, para, date))
        if len(drawn) == n:
            break
    return drawn


if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    for cid, i, _, _ in draw(corpus):
        print(f"{cid}\t{i}")

#!/usr/bin/env python3
"""Draw the check-set articles from the shared press corpus (reproducible).

Eligible: non-null `date`, 1,500-4,500 characters of `text`, French (stopword test),
at least one « or “, and not already in a development gold set (../shared/gold/dev).
The eligible articles are taken in corpus order and 8 are drawn with
random.Random(20261201).sample. Prints the drawn ids, one a line, in draw order.

usage: python3 eval/checkset/draw.py [N]
"""
import glob, json, random, re, sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus" / "press_fr.jsonl"
SEED = 20261201
FR = {"le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "que", "qui", "dans", "pour"}
EN = {"the", "and", "of", "to", "is", "that", "for", "with"}


def is_french(text):
    words = re.findall(r"\w+", text.lower())
    fr = sum(w in FR for w in words)
    en = sum(w in EN for w in words)
    return bool(words) and fr / len(words) >= 0.12 and fr > 3 * en


def dev_ids():
    ids = set()
    for p in glob.glob(str(SHARED / "gold" / "dev" / "*.jsonl")):
        for line in open(p, encoding="utf-8"):
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def eligible():
    skip = dev_ids()
    out = []
    for line in open(CORPUS, encoding="utf-8"):
        d = json.loads(line)
        t = d["text"]
        if (d.get("date") and 1500 <= len(t) <= 4500 and ("«" in t or "“" in t)
                and is_french(t) and d["id"] not in skip):
            out.append(d["id"])
    return out


def draw(n=8):
    return random.Random(SEED).sample(eligible(), n)


if __name__ == "__main__":
    for i in draw(int(sys.argv[1]) if len(sys.argv) > 1 else 8):
        print(i)

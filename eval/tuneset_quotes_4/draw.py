#!/usr/bin/env python3
"""Draw the fourth quotes tuning set from the shared press corpus (reproducible).

eval/tuneset_quotes/draw.py (itself built on eval/checkset_quotes/draw.py) is loaded, not
copied, and its draw() run with this set's arguments:
- its own seed (SEED), N articles of 1,500-MAX_LENGTH characters with at least two
  quotation-mark pairs (the first draw's test) and at least one reporting verb of the
  project's lexicon (src/newsextract/data/reporting_verbs.tsv, non-ambiguous lemmas, in a
  present, past-participle or imperfect third-person form: "déclare", "a déclaré", "disait");
- excluded: the check sets and dev gold sets (as in the first draw), the ids read by earlier
  tuning sessions (the first draw's ALREADY_USED) and the ids of every tuning set
  (eval/tuneset_*/*.jsonl, fields `id` / `corpus_id`).
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/tuneset_quotes_4/draw.py [N] [--all]
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # the first set's loader of sibling scripts
from sibling import load_script  # noqa: E402

SEED = 20261206  # check set 20261202, tuning sets 20261203, 20261204, 20261205
N = 8
MAX_LENGTH = 4000  # eight articles of this size can be annotated exhaustively in one sitting
LEXICON = HERE.parents[1] / "src" / "newsextract" / "data" / "reporting_verbs.tsv"

first = load_script("tuneset_quotes/draw.py")


def tuning_set_ids():
    ids = set(first.ALREADY_USED)
    for path in HERE.parent.glob("tuneset_*/*.jsonl"):
        if path.parent == HERE:
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                ids.add(record.get("corpus_id") or record["id"])
    return ids


def reporting_verb_pattern():
    """Third-person forms of the lexicon's unambiguous verbs: "-er" verbs by their stem
    (e/é/ait/ent), "dire" by "dit"/"disait"."""
    stems = []
    for line in open(LEXICON, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(cols) < 2 or cols[1] != "no" or " " in cols[0]:
            continue
        if cols[0].endswith("er") and "'" not in cols[0]:
            stems.append(re.escape(cols[0][:-2]))
    return re.compile(r"\b(?:(?:%s)(?:e|é|ait|ent)|dit|disait)\b" % "|".join(stems))


def eligible(corpus, skip):
    verbs = reporting_verb_pattern()
    by_id = {d["id"]: d for d in corpus}
    first.MAX_LENGTH = MAX_LENGTH
    return [i for i in first.eligible(corpus, skip) if verbs.search(by_id[i]["text"])]


def draw(n=N):
    return first.draw(n, seed=SEED, select=eligible, skip=tuning_set_ids())


if __name__ == "__main__":
    first.main(sys.argv[1:], draw, N)

#!/usr/bin/env python3
"""Draw the dates tuning-set articles from the shared press corpus (reproducible).

Same method as eval/tuneset_quotes/draw.py (the check set's French test, 8-word runs and
corpus loader are imported, not copied), with its own seed and these differences:
- the article carries a publication `date` (relative expressions are resolved against it);
- 1,000-3,500 characters of `text` (several dated sentences, short enough to annotate every
  temporal expression by hand);
- excluded: the ids of every check set (eval/checkset*/*.jsonl, fields `id` / `corpus_id`;
  only the ids are read), of every tuning set (eval/tuneset_*/articles.jsonl and the ids
  the quotes tuning set lists as already read), of every dev gold set;
- near-duplicates and at most MAX_PER_OUTLET articles of one outlet, as in the quotes set.

usage: python3 eval/tuneset_dates/draw.py [N] [--all]
"""
import json, random, sys
from pathlib import Path

from sibling import load_script

HERE = Path(__file__).resolve().parent
SEED = 20261204  # the check set uses 20261202, the quotes tuning set 20261203
N = 10
MIN_LENGTH, MAX_LENGTH = 1000, 3500  # several dated sentences, short enough to annotate exhaustively
MAX_PER_OUTLET = 3  # dated articles come from three big outlets; keep the set spread over them
SPARE = 30  # extra draws to replace near-duplicates and over-represented outlets

base = load_script("checkset_quotes/draw.py")  # French test, runs, corpus loader, used docs
quotes_set = load_script("tuneset_quotes/draw.py")  # its list of ids read by earlier sessions


def tuning_set_ids():
    ids = set(quotes_set.ALREADY_USED)
    for path in HERE.parent.glob("tuneset_*/articles.jsonl"):
        if path.parent != HERE:
            ids |= {json.loads(line)["id"] for line in open(path, encoding="utf-8") if line.strip()}
    return ids


def eligible(corpus, skip):
    return [d["id"] for d in corpus
            if d.get("date") and MIN_LENGTH <= len(d["text"]) <= MAX_LENGTH
            and base.is_french(d["text"]) and d["id"] not in skip]


def draw(n=N):
    corpus = base.load_corpus()
    by_id = {d["id"]: d for d in corpus}
    docs = base.used_docs("checkset*")  # check sets + dev sets; only their ids and texts' runs
    ids = base.used_ids(docs)
    known = set().union(*(base.runs(t) for t in base.used_texts(docs, {i: d["text"] for i, d in by_id.items()})))
    out, per_outlet, kept = [], {}, 0
    for i in random.Random(SEED).sample(eligible(corpus, ids | tuning_set_ids()), n + SPARE):
        own = base.runs(by_id[i]["text"])
        share = len(own & known) / max(1, len(own))
        outlet = by_id[i]["outlet"]
        status = ("near-duplicate" if share >= base.NEAR_DUPLICATE_SHARE
                  else "outlet-full" if per_outlet.get(outlet, 0) >= MAX_PER_OUTLET
                  else "kept" if kept < n else "spare")
        if status == "kept":
            kept += 1
            per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
            known |= own
        out.append((i, outlet, share, status))
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    for i, outlet, share, status in draw(int(args[0]) if args else N):
        if "--all" in sys.argv:
            print(f"{i}\t{outlet}\t{share:.2f}\t{status}")
        elif status == "kept":
            print(i)

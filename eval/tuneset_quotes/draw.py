#!/usr/bin/env python3
"""Draw the quotes tuning-set articles from the shared press corpus (reproducible).

Same method as eval/checkset_quotes/draw.py (whose French test, 8-word runs and corpus
loader are imported, not copied), with its own seed and these differences:
- 1,500-5,000 characters of `text`, French, at least two quotation-mark pairs (« » and
  “ ” counted together, the smaller of opening and closing counts); a null `date` is
  allowed (only the quotes layer is annotated, and most outlets carry no date, as in
  ../shared/gold/dev/quotes_b.jsonl);
- excluded: the ids of every check set (eval/checkset*/*.jsonl, fields `id` / `corpus_id`;
  only the ids are read), of every dev gold set (../shared/gold/dev/*.jsonl) and the
  articles already used by earlier tuning readings (ALREADY_USED);
- near-duplicates (NEAR_DUPLICATE_SHARE of the 8-word runs found in a dev or check-set
  text, or in an article already kept by this draw) are skipped, and at most MAX_PER_OUTLET articles of one outlet are kept, so the
  set spreads over outlets.
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/tuneset_quotes/draw.py [N]
"""
import random, sys
from pathlib import Path

from sibling import load_script

HERE = Path(__file__).resolve().parent
SEED = 20261203  # the check set uses 20261202
N = 12
MIN_LENGTH, MAX_LENGTH = 1500, 5000  # long enough for several quotes, short enough to annotate
MIN_MARK_PAIRS = 2  # at least two quoted pieces, so that an article brings more than one record
MAX_PER_OUTLET = 2  # the corpus is dominated by four outlets; the set should not be
SPARE = 40  # extra draws to replace near-duplicates and over-represented outlets
ALREADY_USED = {f"gj-{n}" for n in (
    "03697 04166 04032 03832 03970 04916 04109 03244 01814 04067 04050 03941 05068 04479 "
    "01630 04428 03317 02493 04931 04619 04127 04098 03960 00969 01914 01022 01812 01366 "
    "01149").split()}


base = load_script("checkset_quotes/draw.py")  # French test, runs, corpus loader, used docs


def mark_pairs(text):
    return min(text.count("«"), text.count("»")) + min(text.count("“"), text.count("”"))


def eligible(corpus, skip):
    return [d["id"] for d in corpus
            if MIN_LENGTH <= len(d["text"]) <= MAX_LENGTH
            and mark_pairs(d["text"]) >= MIN_MARK_PAIRS
            and base.is_french(d["text"]) and d["id"] not in skip]


def draw(n=N, seed=SEED, select=None, max_per_outlet=MAX_PER_OUTLET, spare=SPARE, skip=ALREADY_USED):
    """[(id, outlet, share, status)] in draw order; status is kept, near-duplicate,
    outlet-full or spare (not needed). `select(corpus, skip)` gives the eligible ids (this
    set's `eligible` by default; eval/tuneset_dates/draw.py passes its own)."""
    select = select or eligible
    corpus = base.load_corpus()
    by_id = {d["id"]: d for d in corpus}
    docs = base.used_docs("checkset*")  # every check set; only their ids are read
    ids = base.used_ids(docs)
    known = set().union(*(base.runs(t) for t in base.used_texts(docs, {i: d["text"] for i, d in by_id.items()})))
    out, per_outlet, kept = [], {}, 0
    for i in random.Random(seed).sample(select(corpus, ids | skip), n + spare):
        own = base.runs(by_id[i]["text"])
        share = len(own & known) / max(1, len(own))
        outlet = by_id[i]["outlet"]
        status = ("near-duplicate" if share >= base.NEAR_DUPLICATE_SHARE
                  else "outlet-full" if per_outlet.get(outlet, 0) >= max_per_outlet
                  else "kept" if kept < n else "spare")
        if status == "kept":
            kept += 1
            per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
            known |= own  # two outlets' copies of one dispatch would read the same errors twice
        out.append((i, outlet, share, status))
    return out


def main(argv, draw_set=draw, n=N):
    """Print the kept ids of `draw_set` ([N] [--all]); eval/tuneset_dates/draw.py reuses it."""
    args = [a for a in argv if not a.startswith("--")]
    for i, outlet, share, status in draw_set(int(args[0]) if args else n):
        if "--all" in argv:
            print(f"{i}\t{outlet}\t{share:.2f}\t{status}")
        elif status == "kept":
            print(i)


if __name__ == "__main__":
    main(sys.argv[1:])

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
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # its loader of sibling eval scripts
from sibling import ids_in, load_script, other_tuning_set_files  # noqa: E402

SEED = 20261204  # the check set uses 20261202, the quotes tuning set 20261203
N = 10
MIN_LENGTH, MAX_LENGTH = 1000, 3500  # several dated sentences, short enough to annotate exhaustively
MAX_PER_OUTLET = 3  # dated articles come from three big outlets; keep the set spread over them
SPARE = 30  # extra draws to replace near-duplicates and over-represented outlets

base = load_script("checkset_quotes/draw.py")  # French test, runs, corpus loader, used docs
quotes_set = load_script("tuneset_quotes/draw.py")  # its list of ids read by earlier sessions


def tuning_set_ids():
    return set(quotes_set.ALREADY_USED) | ids_in(other_tuning_set_files(HERE))


def eligible(corpus, skip):
    return [d["id"] for d in corpus
            if d.get("date") and MIN_LENGTH <= len(d["text"]) <= MAX_LENGTH
            and base.is_french(d["text"]) and d["id"] not in skip]


def draw(n=N):
    """[(id, outlet, share, status)] in draw order: the quotes tuning set's draw with this
    set's seed, eligibility, outlet cap and exclusions."""
    return quotes_set.draw(n, seed=SEED, select=eligible, max_per_outlet=MAX_PER_OUTLET,
                           spare=SPARE, skip=tuning_set_ids())


if __name__ == "__main__":
    quotes_set.main(sys.argv[1:], draw, N)

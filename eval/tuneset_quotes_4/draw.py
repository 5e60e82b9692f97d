#!/usr/bin/env python3
"""Draw the fourth quotes tuning set from the shared press corpus (reproducible).

The third set's method, loaded and not copied: eval/tuneset_quotes_3/draw.py's `eligible`
(1,500-4,000 characters, at least two quotation-mark pairs, at least one unambiguous
reporting verb of src/newsextract/data/reporting_verbs.tsv in a third-person form) run
through eval/tuneset_quotes/draw.py's draw() with this set's seed (SEED). Excluded: the
check sets and dev gold sets (as in the first draw), the ids read by earlier tuning
sessions (the first draw's ALREADY_USED) and the ids of every other tuning set
(eval/tuneset_*/*.jsonl, fields `id` / `corpus_id`).
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/tuneset_quotes_4/draw.py [N] [--all]
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # the first set's loader of sibling scripts
from sibling import ids_in, load_script, other_tuning_set_files  # noqa: E402

SEED = 20261206  # check set 20261202, tuning sets 20261203, 20261204, 20261205
N = 8

third = load_script("tuneset_quotes_3/draw.py")


def tuning_set_ids():
    return set(third.first.ALREADY_USED) | ids_in(other_tuning_set_files(HERE, "*.jsonl"),
                                                  ("id", "corpus_id"))


def draw(n=N):
    return third.first.draw(n, seed=SEED, select=third.eligible, skip=tuning_set_ids())


if __name__ == "__main__":
    third.first.main(sys.argv[1:], draw, N)

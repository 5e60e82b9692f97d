#!/usr/bin/env python3
"""Draw the third dates tuning-set articles from the shared press corpus (reproducible).

eval/tuneset_dates/draw.py's draw (its eligibility: a publication `date`, 1,000-3,500
characters, French; the quotes tuning set's near-duplicate test and outlet cap; check-set and
dev-gold ids excluded) run with its own seed, excluding also every article of every tuning set
of this repository (eval/tuneset_*/*.jsonl, fields `id` / `corpus_id`, the first two dates
sets included), the ids eval/tuneset_entities/excluded_ids.txt lists (tuning sets of other
branches) and the ids the quotes tuning set lists as already read.

usage: python3 eval/tuneset_dates_3/draw.py [N] [--all]
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # its loader of sibling eval scripts
from sibling import article_of_paragraph, ids_in, load_script, other_tuning_set_files  # noqa: E402

SEED = 20261209  # check sets 20261202, tuneset_quotes 20261203, tuneset_dates 20261204, _2 20261205
first = load_script("tuneset_dates/draw.py")  # eligibility, outlet cap, spare, quotes-set draw
second = load_script("tuneset_dates_2/draw.py")  # that draw with a seed and exclusions given


def tuning_set_ids():
    listed = HERE.parent / "tuneset_entities" / "excluded_ids.txt"
    with open(listed, encoding="utf-8") as f:
        ids = {line.strip().split("#")[0] for line in f if line.strip()}
    return ids | set(first.quotes_set.ALREADY_USED) | ids_in(
        other_tuning_set_files(HERE, "*.jsonl"), ("id", "corpus_id"), article_of_paragraph)


def draw(n=first.N):
    return second.draw(n, seed=SEED, skip=tuning_set_ids())


if __name__ == "__main__":
    first.quotes_set.main(sys.argv[1:], draw, first.N)

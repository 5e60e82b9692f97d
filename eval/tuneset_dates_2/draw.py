#!/usr/bin/env python3
"""Draw the second dates tuning-set articles from the shared press corpus (reproducible).

eval/tuneset_dates/draw.py's draw (its eligibility: a publication `date`, 1,000-3,500
characters, French; the quotes tuning set's near-duplicate test and outlet cap; check-set and
dev-gold ids excluded) run with its own seed, excluding also every article of every tuning set
of this repository (eval/tuneset_*/*.jsonl, fields `id` / `corpus_id`, the first dates set
included), the ids eval/tuneset_entities/excluded_ids.txt lists (tuning sets of other
branches) and the ids the quotes tuning set lists as already read.

usage: python3 eval/tuneset_dates_2/draw.py [N] [--all]
"""
import glob, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # its loader of sibling eval scripts
from sibling import load_script  # noqa: E402

SEED = 20261205  # check sets 20261202, tuneset_quotes 20261203, tuneset_dates 20261204
first = load_script("tuneset_dates/draw.py")  # eligibility, outlet cap, spare, quotes-set draw


def tuning_set_ids():
    ids = set(first.quotes_set.ALREADY_USED)
    listed = HERE.parent / "tuneset_entities" / "excluded_ids.txt"
    ids |= {line.strip().split("#")[0] for line in open(listed, encoding="utf-8") if line.strip()}
    for path in glob.glob(str(HERE.parent / "tuneset_*" / "*.jsonl")):
        if Path(path).parent == HERE:
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                doc = json.loads(line)
                ids |= {str(doc[k]).split("#")[0] for k in ("id", "corpus_id") if k in doc}
    return ids


def draw(n=first.N, seed=SEED, skip=None):
    """This set's draw; the third dates set passes its own seed and exclusions."""
    return first.quotes_set.draw(n, seed=seed, select=first.eligible,
                                 max_per_outlet=first.MAX_PER_OUTLET, spare=first.SPARE,
                                 skip=tuning_set_ids() if skip is None else skip)


if __name__ == "__main__":
    first.quotes_set.main(sys.argv[1:], draw, first.N)

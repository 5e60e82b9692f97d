#!/usr/bin/env python3
"""Draw the tenth quotes tuning set from the shared press corpus (reproducible).

The method of eval/tuneset_quotes_9/draw.py: eval/tuneset_quotes_3/draw.py (built on
eval/tuneset_quotes/draw.py and eval/checkset_quotes/draw.py) is loaded, not copied: its
eligibility test (1,500-4,000 characters, at least two quotation-mark pairs, at least one
unambiguous reporting verb of src/newsextract/data/reporting_verbs.tsv in a third-person form)
and the first set's draw() are run with this set's seed (SEED) and exclusions:
- the check sets and dev gold sets (as in the first draw), the ids read by earlier tuning
  sessions (the first draw's ALREADY_USED) and the ids of every tuning set drawn before this
  round (EARLIER_SETS, eval/tuneset_*/*.jsonl, `id` / `corpus_id`: every layer's sets up to
  `_5` and `tuneset_quotes` to `_9`, all the tuning sets in main when this set was drawn; sets
  drawn in this round or later are left out, so that the draw stays the same once they are
  committed).
No other quotes set is drawn in this round, so no same-round set is recomputed (the eighth
set's case, not the ninth's).
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/tuneset_quotes_10/draw.py [N] [--all]
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # the first set's loader of sibling scripts
from sibling import ids_in, load_script  # noqa: E402

SEED = 20261221  # check set 20261202, tuning sets 20261203 .. 20261220
N = 8
# The tuning sets drawn before this round (every layer): only their ids are skipped, so
# that sets added later leave this draw as it is.
EARLIER_SETS = {f"tuneset_{layer}{suffix}" for layer in ("casualties", "dates", "entities")
                for suffix in ("", "_2", "_3", "_4", "_5")} \
    | {f"tuneset_quotes{suffix}"
       for suffix in ("", "_2", "_3", "_4", "_5", "_6", "_7", "_8", "_9")}

third = load_script("tuneset_quotes_3/draw.py")


def earlier_tuning_set_ids():
    paths = [p for p in (HERE.parent).glob("tuneset_*/*.jsonl") if p.parent.name in EARLIER_SETS]
    return set(third.first.ALREADY_USED) | ids_in(paths, fields=("id", "corpus_id"))


def draw(n=N):
    return third.first.draw(n, seed=SEED, select=third.eligible, skip=earlier_tuning_set_ids())


if __name__ == "__main__":
    third.first.main(sys.argv[1:], draw, N)

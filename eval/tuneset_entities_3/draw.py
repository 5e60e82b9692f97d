#!/usr/bin/env python3
"""Draw the third entities tuning set from the shared press corpus (reproducible).

eval/tuneset_entities_2/draw.py's method, loaded, not copied: tuneset_entities/draw.py's
eligibility (1,500-4,000 characters, French, a null date allowed), near-duplicate test and
outlet cap, run with this set's seed. Excluded, on top of what the first draw excludes
(check sets, ids only; dev gold sets; every tuning set of this repository; the ids the first
set lists in excluded_ids.txt and the ids tuneset_quotes lists as already read): the
articles of the first and second entities sets, and any id listed in this folder's
excluded_ids.txt (the tuning sets other branches held when this set was drawn; ids only).
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/tuneset_entities_3/draw.py [N]
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import load_script  # noqa: E402

SEED = 20261210  # tuneset_entities 20261231, tuneset_entities_2 20261205, quotes sets 20261203-06
N = 8
EARLIER_ENTITY_SETS = ("tuneset_entities", "tuneset_entities_2")


def own_excluded_ids():
    path = HERE / "excluded_ids.txt"
    if not path.exists():
        return set()
    return {line.strip().split("#")[0].split()[0] for line in open(path, encoding="utf-8") if line.strip()}


def earlier_set_ids():
    ids = set()
    for name in EARLIER_ENTITY_SETS:
        with open(HERE.parent / name / "articles.jsonl", encoding="utf-8") as f:
            ids |= {json.loads(line)["id"] for line in f if line.strip()}
    return ids


def draw(n=N):
    """tuneset_entities/draw.py's draw with this set's seed and the earlier entity sets
    excluded: [(id, outlet, share, status)] in draw order."""
    first = load_script("tuneset_entities/draw.py")
    quotes_draw = load_script("tuneset_quotes/draw.py")
    skip = first.tuning_ids() | earlier_set_ids() | own_excluded_ids()
    return quotes_draw.draw(n, seed=SEED, select=first.eligible, max_per_outlet=first.MAX_PER_OUTLET,
                            spare=first.SPARE, skip=skip)


if __name__ == "__main__":
    load_script("tuneset_quotes/draw.py").main(sys.argv[1:], draw, N)

#!/usr/bin/env python3
"""Draw the fourth entities tuning set from the shared press corpus (reproducible).

tuneset_entities/draw.py's eligibility (1,500-4,000 characters, French, a null date allowed),
near-duplicate test and outlet cap, loaded, not copied, run with this set's seed. Excluded:
the ids of every check set (ids only), of every dev gold set, of every other tuning set of
this repository, every layer (eval/tuneset_*/*.jsonl but this folder's), the ids the first
entities set lists in excluded_ids.txt and tuneset_quotes lists as already read, and any id
listed in this folder's excluded_ids.txt. This folder's own articles.jsonl is NOT read, so the
draw gives the same ids after the set is written (the third set's draw, which reads every
tuning set, skips its own articles once they exist).
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/tuneset_entities_4/draw.py [N]
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import article_of_paragraph, ids_in, load_script, other_tuning_set_files  # noqa: E402

SEED = 20261215  # seeds 20261202-20261210 were used by earlier draws
N = 8
# The tuning sets drawn before this set (every layer): only their ids are skipped, so that
# sets added later leave this draw as it is (reading every set made it change).
EARLIER_SETS = {f"tuneset_{layer}{suffix}" for layer in ("casualties", "dates", "entities")
                for suffix in ("", "_2", "_3")} \
    | {f"tuneset_quotes{suffix}" for suffix in ("", "_2", "_3", "_4", "_5")}


def own_excluded_ids(here=HERE):
    path = here / "excluded_ids.txt"
    if not path.exists():
        return set()
    return {line.strip().split("#")[0].split()[0] for line in open(path, encoding="utf-8") if line.strip()}


def tuning_ids(here=HERE, earlier_sets=EARLIER_SETS):
    """Every id the tuning sets named in `earlier_sets` hold or list, of every layer."""
    first_folder = here.parent / "tuneset_entities"
    ids = {line.strip().split("#")[0] for line in open(first_folder / "excluded_ids.txt", encoding="utf-8")
           if line.strip()}
    files = [p for p in other_tuning_set_files(here, "*.jsonl") if p.parent.name in earlier_sets]
    ids |= ids_in(files, ("id", "corpus_id"), article_of_paragraph)
    return ids | load_script("tuneset_quotes/draw.py").ALREADY_USED | own_excluded_ids(here)


def draw(n=N, seed=SEED, here=HERE, earlier_sets=EARLIER_SETS):
    """tuneset_entities/draw.py's draw with a set's seed and exclusions (this set's by
    default): [(id, outlet, share, status)] in draw order."""
    first = load_script("tuneset_entities/draw.py")
    quotes_draw = load_script("tuneset_quotes/draw.py")
    return quotes_draw.draw(n, seed=seed, select=first.eligible, max_per_outlet=first.MAX_PER_OUTLET,
                            spare=first.SPARE, skip=tuning_ids(here, earlier_sets))


if __name__ == "__main__":
    load_script("tuneset_quotes/draw.py").main(sys.argv[1:], draw, N)

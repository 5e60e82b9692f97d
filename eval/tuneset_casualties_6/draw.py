#!/usr/bin/env python3
"""Draw the sixth casualty tuning set: 40 paragraphs of ../shared/corpus/press_fr.jsonl,
biased towards paragraphs that hold a figure (reproducible).

eval/tuneset_casualties_5/draw.py's method (the check set's paragraph split, 80-1,200
characters, casualty regex, one paragraph per article, no repeated text, no dev gold text,
no check-set or dev article, a number within 40 characters of a casualty word) with:
- seed SEED;
- excluded: the articles of every tuning set in the repository when this set was drawn
  (EARLIER_SETS, every layer, fields `id` / `corpus_id`; sets added later change nothing)
  and their excluded_ids.txt.
Prints "corpus_id<TAB>index" per drawn paragraph, in draw order.

usage: python3 eval/tuneset_casualties_6/draw.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import load_script  # noqa: E402  (eval folders are no package)

SEED = 20261222  # earlier casualty sets 20261204, 20261202, 20261208, 20261214, 20261218
N = 40

fourth = load_script("tuneset_casualties_4/draw.py")


# The tuning sets present when this set was drawn (every layer): only their ids and lists
# are skipped, so that sets added later leave this draw as it is.
EARLIER_SETS = {f"tuneset_{layer}{suffix}" for layer in ("casualties", "dates", "entities")
                for suffix in ("", "_2", "_3", "_4", "_5")} \
    | {f"tuneset_quotes{suffix}"
       for suffix in ("", "_2", "_3", "_4", "_5", "_6", "_7", "_8", "_9")}


def tuning_articles():
    third = fourth.third
    sets = [p for p in sorted(HERE.parent.glob("tuneset_*/*.jsonl"))
            if p.parent.name in EARLIER_SETS]
    lists = [p for p in sorted(HERE.parent.glob("tuneset_*/excluded_ids.txt"))
             if p.parent.name in EARLIER_SETS]
    # not third.tuning_articles(): it reads every set present, this one among them
    return third.second.first.ids_in(sets, ("id", "corpus_id")) \
        | set().union(*map(fourth.listed_ids, lists))


def draw(n=N):
    third = fourth.third
    return third.second.first.draw(n=n, seed=SEED, more_skipped=tuning_articles(),
                                   accept=third.second.holds_figure)


if __name__ == "__main__":
    for cid, i, _, _ in draw():
        print(f"{cid}\t{i}")

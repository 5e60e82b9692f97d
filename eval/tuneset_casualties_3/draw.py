#!/usr/bin/env python3
"""Draw the third casualty tuning set: 40 paragraphs of ../shared/corpus/press_fr.jsonl,
biased towards paragraphs that hold a figure (reproducible).

eval/tuneset_casualties_2/draw.py's method, run with these differences:
- seed SEED;
- also excluded: the articles of every tuning set of this repository
  (eval/tuneset_*/*.jsonl, fields `id` / `corpus_id`, the second set's among them), the ids
  the second set excluded (its excluded_ids.txt) and those listed in this folder's
  excluded_ids.txt (the tuning sets every worktree held when this set was drawn; ids only).
The figure bias (a number within FIGURE_WINDOW characters of a casualty word) and the
check set's rules (paragraph split, 80-1,200 characters, casualty regex, one paragraph per
article, no repeated text, no dev gold text, no check-set or dev article) are imported.
Prints "corpus_id<TAB>index" per drawn paragraph, in draw order.

usage: python3 eval/tuneset_casualties_3/draw.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
sys.path.insert(0, str(EVAL / "tuneset_quotes"))
from sibling import load_script  # noqa: E402  (eval folders are no package)

SEED = 20261208  # tuneset_casualties 20261204, tuneset_casualties_2 20261202, check set 13013
N = 40

second = load_script("tuneset_casualties_2/draw.py")


def tuning_articles():
    listed = (HERE / "excluded_ids.txt").read_text(encoding="utf-8").split()
    return second.tuning_articles() | {i.split("#")[0] for i in listed}


def draw(n=N):
    return second.first.draw(n=n, seed=SEED, more_skipped=tuning_articles(),
                             accept=second.holds_figure)


if __name__ == "__main__":
    for cid, i, _, _ in draw():
        print(f"{cid}\t{i}")

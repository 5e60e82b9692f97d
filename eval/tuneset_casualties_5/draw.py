#!/usr/bin/env python3
"""Draw the fifth casualty tuning set: 40 paragraphs of ../shared/corpus/press_fr.jsonl,
biased towards paragraphs that hold a figure (reproducible).

eval/tuneset_casualties_4/draw.py's method (the check set's paragraph split, 80-1,200
characters, casualty regex, one paragraph per article, no repeated text, no dev gold text,
no check-set or dev article, a number within 40 characters of a casualty word) with:
- seed SEED;
- excluded, recomputed from this repository: the articles of every tuning set (every
  eval/tuneset_*/*.jsonl, fields `id` / `corpus_id`, of every layer, the fourth casualty
  set's among them), every set's excluded_ids.txt (this folder's among them: the fifth dates
  set another worktree was drawing at draw time; ids only).
Prints "corpus_id<TAB>index" per drawn paragraph, in draw order.

usage: python3 eval/tuneset_casualties_5/draw.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import load_script  # noqa: E402  (eval folders are no package)

SEED = 20261218  # earlier casualty sets 20261204, 20261202, 20261208, 20261214; check set 13013
N = 40

fourth = load_script("tuneset_casualties_4/draw.py")


def draw(n=N):
    third = fourth.third
    return third.second.first.draw(n=n, seed=SEED, more_skipped=fourth.tuning_articles(),
                                   accept=third.second.holds_figure)


if __name__ == "__main__":
    for cid, i, _, _ in draw():
        print(f"{cid}\t{i}")

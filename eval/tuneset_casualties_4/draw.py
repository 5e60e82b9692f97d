#!/usr/bin/env python3
"""Draw the fourth casualty tuning set: 40 paragraphs of ../shared/corpus/press_fr.jsonl,
biased towards paragraphs that hold a figure (reproducible).

eval/tuneset_casualties_3/draw.py's method (itself the second set's: the check set's
paragraph split, 80-1,200 characters, casualty regex, one paragraph per article, no repeated
text, no dev gold text, no check-set or dev article, a number within 40 characters of a
casualty word), run with these differences:
- seed SEED;
- also excluded: the articles of every tuning set of this repository (eval/tuneset_*/*.jsonl,
  fields `id` / `corpus_id`, of every layer, the third casualty set's among them), the ids
  every earlier set excluded (their excluded_ids.txt) and those listed in this folder's
  excluded_ids.txt (tuning-set articles other worktrees held at draw time and this
  repository did not; ids only).
Prints "corpus_id<TAB>index" per drawn paragraph, in draw order.

usage: python3 eval/tuneset_casualties_4/draw.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
sys.path.insert(0, str(EVAL / "tuneset_quotes"))
from sibling import load_script  # noqa: E402  (eval folders are no package)

SEED = 20261214  # earlier casualty sets 20261204, 20261202, 20261208; check set 13013
N = 40

third = load_script("tuneset_casualties_3/draw.py")


def listed_ids(path):
    """Corpus ids of an excluded_ids.txt (an id `<corpus id>#p<n>` names its article)."""
    return {i.split("#")[0] for i in path.read_text(encoding="utf-8").split()}


def tuning_articles():
    every_list = sorted(EVAL.glob("tuneset_*/excluded_ids.txt"))
    here = third.second.first.ids_in(sorted(EVAL.glob("tuneset_*/*.jsonl")), ("id", "corpus_id"))
    return third.tuning_articles() | here | set().union(*map(listed_ids, every_list))


def draw(n=N):
    return third.second.first.draw(n=n, seed=SEED, more_skipped=tuning_articles(),
                                   accept=third.second.holds_figure)


if __name__ == "__main__":
    for cid, i, _, _ in draw():
        print(f"{cid}\t{i}")

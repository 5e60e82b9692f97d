#!/usr/bin/env python3
"""Draw the second casualty tuning set: 40 paragraphs of ../shared/corpus/press_fr.jsonl,
biased towards paragraphs that hold a figure (reproducible).

eval/tuneset_casualties/draw.py's draw (itself the check set's draw_casualties.py: paragraph
split, 80-1,200 characters, casualty regex, one paragraph per article, no repeated text, no
dev gold text, no check-set or dev article) run with these differences, passed as arguments:
- seed SEED;
- also excluded: the articles of every tuning set of this repository
  (eval/tuneset_*/*.jsonl, fields `id` / `corpus_id`) and those listed in excluded_ids.txt
  (ids of the tuning sets other branches held when this set was drawn; ids only);
- a candidate must hold a number (digits, or a number word of
  src/newsextract/data/numbers.json from "deux" up, or an approximate one: "dizaine"...)
  within FIGURE_WINDOW characters of a casualty word (CASUALTY_RE of the check set's draw),
  since figures are what the casualty scorer counts.
Prints "corpus_id<TAB>index" per drawn paragraph, in draw order.

usage: python3 eval/tuneset_casualties_2/draw.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
sys.path.insert(0, str(EVAL / "tuneset_quotes"))
from sibling import load_script  # noqa: E402  (eval folders are no package)

SEED = 20261202  # tuneset_casualties uses 20261204, the casualty check set 13013
N = 40
FIGURE_WINDOW = 40  # characters between a number and its casualty word ("12 personnes ont été blessées")
NUMBERS = EVAL.parent / "src" / "newsextract" / "data" / "numbers.json"
NOT_A_COUNT = {"zéro", "un", "une"}  # "un"/"une" are articles far more often than counts

first = load_script("tuneset_casualties/draw.py")


def number_re():
    data = json.loads(NUMBERS.read_text(encoding="utf-8"))
    words = [w for w in data["number_words"] if w not in NOT_A_COUNT]
    words += list(data["approximate"]) + list(data["plural_approximate"])
    words.sort(key=len, reverse=True)
    return re.compile(r"\d+|\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def holds_figure(paragraph, numbers=number_re()):
    """A number within FIGURE_WINDOW characters of a casualty word, on either side."""
    numbers_at = [m.start() for m in numbers.finditer(paragraph)]
    for word in first.base.CASUALTY_RE.finditer(paragraph):
        if any(word.start() - FIGURE_WINDOW <= at <= word.end() + FIGURE_WINDOW for at in numbers_at):
            return True
    return False


def tuning_articles():
    listed = (HERE / "excluded_ids.txt").read_text(encoding="utf-8").split()
    here = first.ids_in(sorted(EVAL.glob("tuneset_*/*.jsonl")), ("id", "corpus_id"))
    return here | {i.split("#")[0] for i in listed}


def draw(n=N):
    return first.draw(n=n, seed=SEED, more_skipped=tuning_articles(), accept=holds_figure)


if __name__ == "__main__":
    for cid, i, _, _ in draw():
        print(f"{cid}\t{i}")

#!/usr/bin/env python3
"""Draw the second quotes tuning set from the shared press corpus (reproducible).

eval/tuneset_quotes/draw.py (itself built on eval/checkset_quotes/draw.py) is loaded, not
copied, and run with its module constants changed:
- its own seed (SEED), N articles, at most MAX_LENGTH characters (shorter articles, so that
  eight of them can be annotated exhaustively in one sitting);
- excluded, on top of the check sets, the dev gold sets and the 29 ids read by earlier
  tuning sessions (all excluded by the first draw): the first tuning set's own articles
  (eval/tuneset_quotes/articles.jsonl, ids only).
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/tuneset_quotes_2/draw.py [N]
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST_SET = HERE.parent / "tuneset_quotes"
sys.path.insert(0, str(FIRST_SET))  # the first set's draw.py imports its sibling loader by name
from sibling import ids_in, load_script  # noqa: E402

SEED = 20261204  # the first tuning set uses 20261203, the check set 20261202
N = 8
MAX_LENGTH = 4500  # eight articles of this size hold about as many quotes as one can annotate with care


def first_set_ids():
    return ids_in([FIRST_SET / "articles.jsonl"])


def configured_first_draw():
    first = load_script("tuneset_quotes/draw.py")
    first.SEED, first.N, first.MAX_LENGTH = SEED, N, MAX_LENGTH
    first.ALREADY_USED = first.ALREADY_USED | first_set_ids()
    return first


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    for i, outlet, share, status in configured_first_draw().draw(int(args[0]) if args else N):
        if "--all" in sys.argv:
            print(f"{i}\t{outlet}\t{share:.2f}\t{status}")
        elif status == "kept":
            print(i)

#!/usr/bin/env python3
"""Draw the sixth entities tuning set from the shared press corpus (reproducible).

eval/tuneset_entities_4/draw.py is loaded, not copied (tuneset_entities/draw.py's eligibility:
1,500-4,000 characters, French, a null date allowed; near-duplicate test and outlet cap) and
run with this set's seed and exclusions: the ids of every check set and dev gold set, the ids
the first entities set lists in excluded_ids.txt and tuneset_quotes lists as already read, any
id listed in this folder's excluded_ids.txt, and the ids of the tuning sets drawn before this
round (EARLIER_SETS: every tuning set on main when this set was drawn; sets drawn in this
round or later are not read, so that the draw gives the same ids once they are written).
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/tuneset_entities_6/draw.py [N]
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import load_script  # noqa: E402

SEED = 20261224  # seeds 20261202-20261223 were used by earlier draws
N = 8

fourth = load_script("tuneset_entities_4/draw.py")
# Every tuning set on main when this set was drawn (casualties, dates and entities 1-5,
# quotes 1-9), listed explicitly.
EARLIER_SETS = {f"tuneset_{layer}{suffix}" for layer in ("casualties", "dates", "entities")
                for suffix in ("", "_2", "_3", "_4", "_5")} \
    | {f"tuneset_quotes{suffix}" for suffix in ("", "_2", "_3", "_4", "_5", "_6", "_7", "_8", "_9")}


def draw(n=N):
    return fourth.draw(n, seed=SEED, here=HERE, earlier_sets=EARLIER_SETS)


if __name__ == "__main__":
    load_script("tuneset_quotes/draw.py").main(sys.argv[1:], draw, N)

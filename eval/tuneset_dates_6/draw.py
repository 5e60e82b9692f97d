#!/usr/bin/env python3
"""Draw the sixth dates tuning-set articles from the shared press corpus (reproducible).

eval/tuneset_dates_4/draw.py's draw (eval/tuneset_dates/draw.py's eligibility: a publication
`date`, 1,000-3,500 characters, French; the quotes tuning set's near-duplicate test and
outlet cap; check-set and dev-gold ids excluded; every article of every other tuning set of
this repository, the ids eval/tuneset_entities/excluded_ids.txt lists and the quotes set's
already-read ids excluded) run with its own seed. The tuning sets skipped are those drawn
before this round (EARLIER_SETS), so sets added later leave the draw as it is.

usage: python3 eval/tuneset_dates_6/draw.py [N] [--all]
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # its loader of sibling eval scripts
from sibling import article_of_paragraph, ids_in, load_script, other_tuning_set_files  # noqa: E402

SEED = 20261223  # earlier seeds were used by earlier draws (check sets, tuning sets)
fourth = load_script("tuneset_dates_4/draw.py")  # exclusions, and through it the shared draw


# The tuning sets drawn before this round (every layer): only their ids are skipped, so that
# sets added later leave this draw as it is.
EARLIER_SETS = {f"tuneset_{layer}{suffix}" for layer in ("casualties", "dates", "entities")
                for suffix in ("", "_2", "_3", "_4", "_5")} \
    | {f"tuneset_quotes{suffix}"
       for suffix in ("", "_2", "_3", "_4", "_5", "_6", "_7", "_8", "_9")}


def tuning_set_ids():
    listed = HERE.parent / "tuneset_entities" / "excluded_ids.txt"
    with open(listed, encoding="utf-8") as f:
        ids = {line.strip().split("#")[0] for line in f if line.strip()}
    files = [p for p in other_tuning_set_files(HERE, "*.jsonl") if p.parent.name in EARLIER_SETS]
    return ids | set(fourth.third.first.quotes_set.ALREADY_USED) | ids_in(
        files, ("id", "corpus_id"), article_of_paragraph)


def draw(n=fourth.third.first.N):
    return fourth.third.second.draw(n, seed=SEED, skip=tuning_set_ids())


if __name__ == "__main__":
    fourth.third.first.quotes_set.main(sys.argv[1:], draw, fourth.third.first.N)

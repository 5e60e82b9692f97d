#!/usr/bin/env python3
"""Draw the entities tuning-set articles from the shared press corpus (reproducible).

Same method as eval/tuneset_quotes/draw.py (the check set's French test, 8-word runs and
corpus loader are imported through tuneset_quotes/sibling.py, not copied), with its own seed
and these differences:
- 1,500-4,000 characters of `text`, French; no quotation-mark condition (every article
  names people, places or organisations); a null `date` is allowed (entities need none);
- excluded: the ids of every check set (eval/checkset*/*.jsonl, fields `id` / `corpus_id`;
  only the ids are read), of every dev gold set (../shared/gold/dev/*.jsonl), of every
  tuning set of this repository (eval/tuneset_*/*.jsonl) and the ids of the tuning sets
  other branches held when this set was drawn (excluded_ids.txt, ids only; a "#pN"
  paragraph suffix is dropped);
- near-duplicates (NEAR_DUPLICATE_SHARE of the 8-word runs found in a dev or check-set text,
  or in an article already kept) are skipped; at most MAX_PER_OUTLET articles per outlet.
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/tuneset_entities/draw.py [N]
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import (  # noqa: E402
    article_of_paragraph,
    ids_in,
    load_script,
    other_tuning_set_files,
)

SEED = 20261231  # tuneset_quotes uses 20261203, the check sets 20261202
N = 8
MIN_LENGTH, MAX_LENGTH = 1500, 4000  # long enough to name several entities, short enough to annotate
MAX_PER_OUTLET = 2  # the corpus is dominated by four outlets; the set should not be
SPARE = 30  # extra draws to replace near-duplicates and over-represented outlets

base = load_script("checkset_quotes/draw.py")  # French test, runs, corpus loader, used docs


def tuning_ids():
    ids = {line.strip().split("#")[0] for line in open(HERE / "excluded_ids.txt", encoding="utf-8") if line.strip()}
    ids |= ids_in(other_tuning_set_files(HERE, "*.jsonl"), ("id", "corpus_id"),
                  article_of_paragraph)
    quotes_draw = load_script("tuneset_quotes/draw.py")
    return ids | quotes_draw.ALREADY_USED


def eligible(corpus, skip):
    return [d["id"] for d in corpus if MIN_LENGTH <= len(d["text"]) <= MAX_LENGTH
            and base.is_french(d["text"]) and d["id"] not in skip]


def draw(n=N):
    """tuneset_quotes/draw.py's draw (check-set ids, near-duplicates, outlets), run with this
    set's seed, eligibility and exclusions: [(id, outlet, share, status)] in draw order."""
    quotes_draw = load_script("tuneset_quotes/draw.py")
    return quotes_draw.draw(n, seed=SEED, select=eligible, max_per_outlet=MAX_PER_OUTLET,
                            spare=SPARE, skip=tuning_ids())


if __name__ == "__main__":
    load_script("tuneset_quotes/draw.py").main(sys.argv[1:], draw, N)

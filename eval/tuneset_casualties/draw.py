#!/usr/bin/env python3
"""Draw the casualty tuning set: 40 paragraphs of ../shared/corpus/press_fr.jsonl (reproducible).

Same method as eval/checkset/draw_casualties.py (its candidates, casualty-word regex, length
limits and dev-text rule are imported, not copied), with its own seed and these exclusions:
- every article of a check set (eval/checkset*/*.jsonl, fields `id` / `corpus_id`, an id
  `<corpus id>#p<n>` counting as its corpus id; only the ids are read);
- every article of a development gold set (../shared/gold/dev/*.jsonl: `gj-NNNNN` and the
  article of `cas-gj-NNNNN-n`), on top of the imported rule that skips paragraphs whose text
  is part of a dev gold text.
Prints "corpus_id<TAB>index" per drawn paragraph, in draw order.

usage: python3 eval/tuneset_casualties/draw.py
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
sys.path.insert(0, str(EVAL / "tuneset_quotes"))
from sibling import ids_in, load_script  # noqa: E402  (eval folders are no package)

SEED = 20261204  # the check set uses 13013
N = 40
ARTICLE_ID = re.compile(r"gj-\d{5}")  # corpus ids inside dev and check-set ids


base = load_script("checkset/draw_casualties.py")


def corpus_ids(value):
    """The corpus ids inside a dev or check-set id ("cas-gj-00001-2" names "gj-00001")."""
    return ARTICLE_ID.findall(str(value or ""))


def excluded_articles():
    check = ids_in(sorted(EVAL.glob("checkset*/*.jsonl")), ("id", "corpus_id"), corpus_ids)
    dev = ids_in(sorted(base.DEV_GOLD.glob("*.jsonl")), ("id",), corpus_ids)
    return check | dev


def draw(n=N, seed=SEED, more_skipped=frozenset(), accept=None):
    """The check set's draw (same shuffle, same skips) over the candidates left once the
    excluded articles (and `more_skipped` corpus ids) are removed and, when `accept` is
    given, the paragraphs it refuses (a later set's bias, e.g. towards figures)."""
    skip = excluded_articles() | set(more_skipped)
    every_candidate = base.candidates
    base.candidates = lambda corpus=base.CORPUS: [
        c for c in every_candidate(corpus)
        if c[0] not in skip and (accept is None or accept(c[2]))]
    try:
        return base.draw(n=n, seed=seed)
    finally:
        base.candidates = every_candidate


if __name__ == "__main__":
    for cid, i, _, _ in draw():
        print(f"{cid}\t{i}")

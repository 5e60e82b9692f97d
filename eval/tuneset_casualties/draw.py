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
import importlib.util
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
SEED = 20261204  # the check set uses 13013
N = 40
ARTICLE_ID = re.compile(r"gj-\d{5}")  # corpus ids inside dev and check-set ids


def load_script(relative_path):
    path = EVAL / relative_path
    spec = importlib.util.spec_from_file_location(path.parent.name + "_" + path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


base = load_script("checkset/draw_casualties.py")


def ids_in(files, fields):
    """Corpus ids named by the given id fields of JSONL files (nothing else is read)."""
    out = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    for field in fields:
                        out.update(ARTICLE_ID.findall(str(record.get(field) or "")))
    return out


def excluded_articles():
    check = ids_in(sorted(EVAL.glob("checkset*/*.jsonl")), ("id", "corpus_id"))
    dev = ids_in(sorted(base.DEV_GOLD.glob("*.jsonl")), ("id",))
    return check | dev


def draw(n=N, seed=SEED):
    skip = excluded_articles()
    cands = [c for c in base.candidates() if c[0] not in skip]
    random.Random(seed).shuffle(cands)
    devs = base.dev_texts()
    drawn, docs, texts = [], set(), set()
    for cid, i, para, date in cands:
        if cid in docs or para in texts or base.in_dev(para, devs):
            continue
        docs.add(cid); texts.add(para)
        drawn.append((cid, i, para, date))
        if len(drawn) == n:
            break
    return drawn


if __name__ == "__main__":
    for cid, i, _, _ in draw():
        print(f"{cid}\t{i}")

#!/usr/bin/env python3
"""Build the full entities tuning-set gold (FORMAT.md) from the offsets-only articles.jsonl of
this folder: eval/checkset/build.py's `build` (sha256 check, text added to documents and
records, offsets and overlaps checked) run on this set's file, plus the entity checks that can
be made mechanically (label in PER/LOC/ORG, no padding, canonical only a string).

usage: python3 eval/tuneset_entities/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/te_gold.jsonl: it contains text)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import build_gold  # noqa: E402

LABELS = {"PER", "LOC", "ORG"}  # ENTITIES.md: MISC is not annotated
PADDING = " \u00a0\u2009\u202f\n"


def record_errors(doc):
    errors = []
    for r in doc["entities"]:
        where = f"{doc['id']} entities {r['start']}-{r['end']}"
        if r["text"] != r["text"].strip(PADDING):
            errors.append(f"{where}: span starts or ends with a space")
        if r.get("label") not in LABELS:
            errors.append(f"{where}: label {r.get('label')!r}")
        if "canonical" in r and not isinstance(r["canonical"], str):
            errors.append(f"{where}: canonical is not a string")
    return errors


def main(argv):
    return build_gold(argv, HERE / "articles.jsonl", __doc__, "entities", record_errors)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Build the full entities tuning-set gold (FORMAT.md) from the offsets-only articles.jsonl of
this folder: eval/checkset/build.py's `build` (sha256 check, text added to documents and
records, offsets and overlaps checked) run on this set's file, plus the entity checks that can
be made mechanically (label in PER/LOC/ORG, no padding, canonical only a string).

usage: python3 eval/tuneset_entities/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/te_gold.jsonl: it contains text)
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import load_script  # noqa: E402

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
    if not argv or argv[0].startswith("-"):
        print(__doc__); return 2
    out = Path(argv[0]).resolve()
    if REPO == out or REPO in out.parents:
        sys.exit("build.py: write the gold outside the repository (it contains article text)")
    first = load_script("checkset/build.py")
    corpus_path = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else first.CORPUS
    with open(HERE / "articles.jsonl", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    docs, errors = first.build(articles, first.load_corpus(corpus_path, {a["id"] for a in articles}))
    errors += [e for d in docs for e in record_errors(d)]
    if errors:
        sys.exit("build.py:\n  " + "\n  ".join(errors))
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    labels = {}
    for d in docs:
        for e in d["entities"]:
            labels[e["label"]] = labels.get(e["label"], 0) + 1
    print(f"wrote {out}: {len(docs)} documents, {sum(labels.values())} entities ("
          + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Rebuild the full gold of the casualty check set from the corpus.

eval/checkset/casualties.jsonl holds no text: per paragraph, the corpus id, the paragraph
index (`text.split("\\n")[index]`, as draw_casualties.py splits), a sha256 of the paragraph
and the casualty records as offsets and values. This script reads ../shared/corpus/press_fr.jsonl,
takes each paragraph back, checks its sha256 and every offset, and writes gold JSONL in the
format of ../shared/gold/FORMAT.md (text = the paragraph, span texts added):

  build_casualties.py OUT.jsonl [--corpus PRESS_FR.jsonl]
  python3 ../shared/eval/score.py input OUT.jsonl IN.jsonl     # the input to run newsextract on
  python3 ../shared/eval/score.py score OUT.jsonl OUTDIR        # score its tables

Write OUT outside the repository (e.g. /tmp/checkset_cas_gold.jsonl): it holds corpus text.
"""
import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus" / "press_fr.jsonl"
ANNOTATIONS = HERE / "casualties.jsonl"
FIELDS = ("start", "end", "text", "category", "count_min", "count_max", "qualifier", "victims", "source")


def paragraph(text, index):
    """The paragraph as draw_casualties.py cuts it: line `index` of text.split("\\n")."""
    lines = (text or "").split("\n")
    return lines[index] if 0 <= index < len(lines) else None


def build(annotations=ANNOTATIONS, corpus=CORPUS):
    with open(annotations, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    wanted = {r["corpus_id"] for r in records}
    texts = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                doc = json.loads(line)
                if doc["id"] in wanted:
                    texts[doc["id"]] = doc["text"]
    out, errors = [], []
    for r in records:
        if "text" in r:
            errors.append(f"{r['id']}: the annotation file must not hold text")
        para = paragraph(texts.get(r["corpus_id"]), r["paragraph"])
        if para is None:
            errors.append(f"{r['id']}: {r['corpus_id']} or its paragraph {r['paragraph']} is not in {corpus}")
            continue
        if hashlib.sha256(para.encode("utf-8")).hexdigest() != r["sha256"]:
            errors.append(f"{r['id']}: sha256 differs (the corpus changed)")
            continue
        figures = []
        for c in r["casualties"]:
            if not (0 <= c["start"] < c["end"] <= len(para)):
                errors.append(f"{r['id']}: offsets {c['start']}-{c['end']} out of the paragraph")
                continue
            c = dict(c, text=para[c["start"]:c["end"]])
            figures.append({k: c[k] for k in FIELDS})
        out.append({"id": r["id"], "date": r.get("date"), "text": para,
                    "layers": r.get("layers", ["casualties"]), "casualties": figures})
    return out, errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="gold JSONL to write (outside the repository)")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--annotations", default=str(ANNOTATIONS))
    args = ap.parse_args(argv)
    docs, errors = build(args.annotations, args.corpus)
    if errors:
        sys.exit("build_casualties.py:\n  " + "\n  ".join(errors))
    with open(args.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_fig = sum(len(d["casualties"]) for d in docs)
    print(f"{args.out}: {len(docs)} paragraphs, {sum(bool(d['casualties']) for d in docs)} with figures, "
          f"{n_fig} figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())

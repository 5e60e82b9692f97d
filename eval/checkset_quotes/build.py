#!/usr/bin/env python3
"""Build the full quotes check-set gold (FORMAT.md) from the offsets-only articles.jsonl.

articles.jsonl holds no text: per document the id, the sha256 of the corpus text, the
publication date, the annotated layers (["quotes"]) and the quote records (start, end,
kind, speaker, verb). This script joins them with the shared corpus, checks that every
text still hashes to the recorded sha256 (so the offsets hold; this part is eval/checkset/build.py's, imported) and
that every span obeys the span rules that can be checked mechanically (no padding, no final
"." or ",", records neither overlap nor nest), adds "text" to each document and record, and writes a gold
JSONL usable by ../shared/eval/score.py (only the quotes layer is scored).

usage: python3 eval/checkset_quotes/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/cq_gold.jsonl: it contains text)
"""
import importlib.util, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "press_fr.jsonl"
KINDS = {"direct", "indirect", "mixed", "selon"}
PADDING = " \u00a0\u2009\u202f\n"  # spaces a span may not start or end with (QUOTES.md)


def first_check_set_builder():
    """eval/checkset/build.py: it joins offsets with the corpus and checks sha256, dates,
    offsets and overlaps for any layer, so this set reuses it rather than copying it."""
    spec = importlib.util.spec_from_file_location("checkset_build", HERE.parent / "checkset" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def span_rule_errors(doc):
    """Quote records of a built document that break the span rules checkable mechanically."""
    errors = []
    for r in doc["quotes"]:
        where = f"{doc['id']} quotes {r['start']}-{r['end']}"
        span = r["text"]
        if span != span.strip(PADDING):
            errors.append(f"{where}: span starts or ends with a space")
        if span[-1] in ".,":
            errors.append(f"{where}: span ends with final punctuation")
        if r.get("kind") not in KINDS:
            errors.append(f"{where}: unknown kind {r.get('kind')!r}")
    return errors


def main(argv, articles_path=HERE / "articles.jsonl"):
    """articles_path: the offsets-only file to build (eval/tuneset_quotes/build.py passes its own)."""
    if not argv or argv[0].startswith("-"):
        print(__doc__); return 2
    out = Path(argv[0]).resolve()
    corpus_path = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else CORPUS
    if REPO == out or REPO in out.parents:
        sys.exit("build.py: write the gold outside the repository (it contains article text)")
    with open(articles_path, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    first = first_check_set_builder()
    docs, errors = first.build(articles, first.load_corpus(corpus_path, {a["id"] for a in articles}))
    errors += [e for d in docs for e in span_rule_errors(d)]
    if errors:
        sys.exit("build.py:\n  " + "\n  ".join(errors))
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    kinds = {}
    for d in docs:
        for q in d["quotes"]:
            kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    print(f"wrote {out}: {len(docs)} documents, {sum(kinds.values())} quotes ("
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

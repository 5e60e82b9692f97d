#!/usr/bin/env python3
"""Build the full quotes check-set gold (FORMAT.md) from the offsets-only articles.jsonl.

articles.jsonl holds no text: per document the id, the sha256 of the corpus text, the
publication date, the annotated layers (["quotes"]) and the quote records (start, end,
kind, speaker, verb). This script joins them with the shared corpus, checks that every
text still hashes to the recorded sha256 (so the offsets hold) and that every span obeys
the span rules that can be checked mechanically (no padding, no final "." or ",", records
neither overlap nor nest), adds "text" to each document and record, and writes a gold
JSONL usable by ../shared/eval/score.py (only the quotes layer is scored).

usage: python3 eval/checkset_quotes/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/cq_gold.jsonl: it contains text)
"""
import hashlib, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "press_fr.jsonl"
KINDS = {"direct", "indirect", "mixed", "selon"}
PADDING = " \u00a0\u2009\u202f\n"  # spaces a span may not start or end with (QUOTES.md)


def load_corpus(path, ids):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in ids:
                out[d["id"]] = d
    return out


def record_errors(doc_id, text, r, previous):
    """Why a quote record breaks FORMAT.md / QUOTES.md, as messages (none when it is fine)."""
    where = f"{doc_id} quotes {r['start']}-{r['end']}"
    if not 0 <= r["start"] < r["end"] <= len(text):
        return [f"{where}: bad offsets"]
    span = text[r["start"]:r["end"]]
    errors = []
    if span != span.strip(PADDING):
        errors.append(f"{where}: span starts or ends with a space")
    if span[-1] in ".,":
        errors.append(f"{where}: span ends with final punctuation")
    if r.get("kind") not in KINDS:
        errors.append(f"{where}: unknown kind {r.get('kind')!r}")
    if previous and previous["end"] > r["start"]:
        errors.append(f"{where}: overlaps the record at {previous['start']}")
    return errors


def build(articles, corpus):
    docs, errors = [], []
    for a in articles:
        c = corpus.get(a["id"])
        if c is None:
            errors.append(f"{a['id']}: not in the corpus"); continue
        text = c["text"]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != a["sha256"]:
            errors.append(f"{a['id']}: sha256 mismatch, the corpus text changed; offsets are invalid"); continue
        if c.get("date") != a["date"]:
            errors.append(f"{a['id']}: date {a['date']} != corpus date {c.get('date')}")
        recs = []
        for r in sorted(a["quotes"], key=lambda r: (r["start"], r["end"])):
            found = record_errors(a["id"], text, r, recs[-1] if recs else None)
            errors += found
            if not found:
                recs.append({"start": r["start"], "end": r["end"], "text": text[r["start"]:r["end"]],
                             **{k: v for k, v in r.items() if k not in ("start", "end")}})
        docs.append({"id": a["id"], "date": a["date"], "text": text, "layers": a["layers"],
                     "entities": [], "quotes": recs, "dates": [], "casualties": []})
    return docs, errors


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__); return 2
    out = Path(argv[0]).resolve()
    corpus_path = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else CORPUS
    if REPO == out or REPO in out.parents:
        sys.exit("build.py: write the gold outside the repository (it contains article text)")
    with open(HERE / "articles.jsonl", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    docs, errors = build(articles, load_corpus(corpus_path, {a["id"] for a in articles}))
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

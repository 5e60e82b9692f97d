#!/usr/bin/env python3
"""Build the full check-set gold (FORMAT.md) from the offsets-only articles.jsonl.

articles.jsonl holds no text: per document the id, the sha256 of the corpus text, the
publication date, the annotated layers and the records (offsets, labels, values). This
script joins them with the shared corpus, checks that every text still hashes to the
recorded sha256 (so the offsets hold), adds "text" to each document and to each record,
and writes a gold JSONL usable by ../shared/eval/score.py.

usage: python3 eval/checkset/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/checkset_gold.jsonl: it contains text)
"""
import hashlib, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus" / "press_fr.jsonl"
LAYERS = ("entities", "quotes", "dates")


def load_corpus(path, ids):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in ids:
                out[d["id"]] = d
    return out


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
        doc = {"id": a["id"], "date": a["date"], "text": text, "layers": a["layers"]}
        for layer in LAYERS:
            recs = []
            for r in sorted(a.get(layer, []), key=lambda r: (r["start"], r["end"])):
                if not 0 <= r["start"] < r["end"] <= len(text):
                    errors.append(f"{a['id']} {layer}: bad offsets {r['start']}-{r['end']}"); continue
                if recs and recs[-1]["end"] > r["start"]:
                    errors.append(f"{a['id']} {layer}: overlapping records at {r['start']}")
                recs.append({"start": r["start"], "end": r["end"], "text": text[r["start"]:r["end"]],
                             **{k: v for k, v in r.items() if k not in ("start", "end")}})
            doc[layer] = recs
        doc["casualties"] = []
        docs.append(doc)
    return docs, errors


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__); return 2
    out = Path(argv[0]).resolve()
    corpus_path = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else CORPUS
    if HERE.parents[1] in out.parents:
        sys.exit("build.py: write the gold outside the repository (it contains article text)")
    with open(HERE / "articles.jsonl", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    docs, errors = build(articles, load_corpus(corpus_path, {a["id"] for a in articles}))
    if errors:
        sys.exit("build.py:\n  " + "\n  ".join(errors))
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = {layer: sum(len(d[layer]) for d in docs if layer in d["layers"]) for layer in LAYERS}
    print(f"wrote {out}: {len(docs)} documents, " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

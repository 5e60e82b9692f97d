#!/usr/bin/env python3
"""Build the full dates tuning-set gold (FORMAT.md) from the offsets-only articles.jsonl of
this folder: eval/checkset/build.py's build() (sha256 check, text added, offsets and overlaps
checked), not a copy of it.

usage: python3 eval/tuneset_dates/build.py OUT.jsonl
       (write OUT outside the repository, e.g. /tmp/td_gold.jsonl: it contains text)
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # its loader of sibling eval scripts
from sibling import load_script  # noqa: E402
REPO = HERE.parents[1]


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__); return 2
    out = Path(argv[0]).resolve()
    if REPO == out or REPO in out.parents:
        sys.exit("build.py: write the gold outside the repository (it contains article text)")
    builder = load_script("checkset/build.py")
    with open(HERE / "articles.jsonl", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    docs, errors = builder.build(articles, builder.load_corpus(builder.CORPUS, {a["id"] for a in articles}))
    if errors:
        sys.exit("build.py:\n  " + "\n  ".join(errors))
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {out}: {len(docs)} documents, {sum(len(d['dates']) for d in docs)} dates")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

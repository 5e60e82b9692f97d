#!/usr/bin/env python3
"""Build the full quotes check-set gold (FORMAT.md) from the offsets-only articles.jsonl.

articles.jsonl holds no text: per document the id, the sha256 of the corpus text, the
publication date, the annotated layers (["quotes"]) and the quote records (start, end,
kind, speaker, verb). This script joins them with the shared corpus, checks that every
text still hashes to the recorded sha256 (so the offsets hold; this part is eval/checkset/build.py's,
run through eval/tuneset_quotes/sibling.py's build_gold, as every tuning set's build.py) and
that every span obeys the span rules that can be checked mechanically (no padding, no final
"." or ",", records neither overlap nor nest), adds "text" to each document and record, and writes a gold
JSONL usable by ../shared/eval/score.py (only the quotes layer is scored).

usage: python3 eval/checkset_quotes/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/cq_gold.jsonl: it contains text)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # the eval scripts' shared helpers
from sibling import build_gold  # noqa: E402

KINDS = {"direct", "indirect", "mixed", "selon"}
PADDING = " \u00a0\u2009\u202f\n"  # spaces a span may not start or end with (QUOTES.md)


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
    return build_gold(argv, articles_path, __doc__, "quotes", span_rule_errors)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

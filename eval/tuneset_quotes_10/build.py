#!/usr/bin/env python3
"""Build the full gold (FORMAT.md) of the tenth quotes tuning set from this folder's
offsets-only articles.jsonl: eval/checkset_quotes/build.py run on it (sha256 check, text
added, span rules and overlaps checked), loaded through the first tuning set's loader, not copied.

usage: python3 eval/tuneset_quotes_10/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/tq10_gold.jsonl: it contains text)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import build_quotes_gold  # noqa: E402


if __name__ == "__main__":
    sys.exit(build_quotes_gold(sys.argv[1:], HERE / "articles.jsonl", __doc__))

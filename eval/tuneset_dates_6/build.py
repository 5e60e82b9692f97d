#!/usr/bin/env python3
"""Build the full gold (FORMAT.md) of the sixth dates tuning set from this folder's
offsets-only articles.jsonl, with the first dates set's builder (tuneset_quotes/sibling.py's
build_gold: eval/checkset/build.py's sha256, offset and overlap checks), not a copy of it.

usage: python3 eval/tuneset_dates_6/build.py OUT.jsonl
       (write OUT outside the repository, e.g. /tmp/td6_gold.jsonl: it contains text)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # its loader of sibling eval scripts
from sibling import build_gold  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_gold(sys.argv[1:], HERE / "articles.jsonl", __doc__, "dates"))

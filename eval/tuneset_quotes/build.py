#!/usr/bin/env python3
"""Build the full quotes tuning-set gold (FORMAT.md) from the offsets-only articles.jsonl
of this folder: eval/checkset_quotes/build.py run on this set's file (sha256 check, text
added, span rules and overlaps checked), not a copy of it.

usage: python3 eval/tuneset_quotes/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/tq_gold.jsonl: it contains text)
"""
import sys
from pathlib import Path

from sibling import load_script

HERE = Path(__file__).resolve().parent


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        print(__doc__); sys.exit(2)
    sys.exit(load_script("checkset_quotes/build.py").main(sys.argv[1:], articles_path=HERE / "articles.jsonl"))

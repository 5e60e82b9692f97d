#!/usr/bin/env python3
"""Build the full gold (FORMAT.md) of the third quotes tuning set from this folder's
offsets-only articles.jsonl: eval/checkset_quotes/build.py run on it (sha256 check, text
added, span rules and overlaps checked), loaded through the first tuning set's loader, not copied.

usage: python3 eval/tuneset_quotes_3/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/tq3_gold.jsonl: it contains text)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import load_script  # noqa: E402


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        print(__doc__); sys.exit(2)
    sys.exit(load_script("checkset_quotes/build.py").main(sys.argv[1:], articles_path=HERE / "articles.jsonl"))

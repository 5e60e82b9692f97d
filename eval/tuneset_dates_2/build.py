#!/usr/bin/env python3
"""Build the full gold of the second dates tuning set (FORMAT.md) from the offsets-only articles.jsonl of
this folder: eval/checkset/build.py's build() (sha256 check, text added, offsets and overlaps
checked), not a copy of it.

usage: python3 eval/tuneset_dates_2/build.py OUT.jsonl
       (write OUT outside the repository, e.g. /tmp/td2_gold.jsonl: it contains text)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))  # its loader of sibling eval scripts
from sibling import build_gold  # noqa: E402


def main(argv):
    return build_gold(argv, HERE / "articles.jsonl", __doc__, "dates")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Build the full gold of the sixth entities tuning set (FORMAT.md) from the offsets-only
articles.jsonl of this folder: the same build as eval/tuneset_entities/build.py (sha256
check, text added, offsets and overlaps checked, and that set's entity checks), loaded, not
copied, and run on this folder's file.

usage: python3 eval/tuneset_entities_6/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/te6_gold.jsonl: it contains text)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import build_gold, load_script  # noqa: E402

first = load_script("tuneset_entities/build.py")


def main(argv):
    return build_gold(argv, HERE / "articles.jsonl", __doc__, "entities", first.record_errors)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

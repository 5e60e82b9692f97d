#!/usr/bin/env python3
"""Build the full gold of the sixth casualty tuning set (FORMAT.md) from the offsets-only
casualties.jsonl of this folder: eval/tuneset_casualties/build.py's main (itself the check
set's build_casualties.py: sha256 and offset checks, text put back from the corpus) run on
this folder's file.

usage: python3 eval/tuneset_casualties_6/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/tc6_gold.jsonl: it contains text)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import load_script  # noqa: E402  (eval folders are no package)

if __name__ == "__main__":
    first = load_script("tuneset_casualties/build.py")
    sys.exit(first.main(sys.argv[1:], HERE / "casualties.jsonl", __doc__))

#!/usr/bin/env python3
"""Build the full casualty tuning-set gold (FORMAT.md) from the offsets-only casualties.jsonl
of this folder: eval/checkset/build_casualties.py run on this set's file (sha256 and offset
checks, text put back from the corpus), not a copy of it.

usage: python3 eval/tuneset_casualties/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/tc_gold.jsonl: it contains text)
"""
import sys

from draw import HERE, load_script

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        print(__doc__)
        sys.exit(2)
    builder = load_script("checkset/build_casualties.py")
    sys.exit(builder.main(sys.argv[1:] + ["--annotations", str(HERE / "casualties.jsonl")]))

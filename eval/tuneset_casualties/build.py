#!/usr/bin/env python3
"""Build the full casualty tuning-set gold (FORMAT.md) from the offsets-only casualties.jsonl
of this folder: eval/checkset/build_casualties.py run on this set's file (sha256 and offset
checks, text put back from the corpus), not a copy of it. Later casualty sets call main()
with their own annotation file.

usage: python3 eval/tuneset_casualties/build.py OUT.jsonl [--corpus PATH]
       (write OUT outside the repository, e.g. /tmp/tc_gold.jsonl: it contains text)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import load_script  # noqa: E402  (eval folders are no package)


def main(argv, annotations=HERE / "casualties.jsonl", usage=__doc__):
    if not argv or argv[0].startswith("-"):
        print(usage)
        return 2
    builder = load_script("checkset/build_casualties.py")
    return builder.main(list(argv) + ["--annotations", str(annotations)])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

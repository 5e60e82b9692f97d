#!/usr/bin/env python3
"""Draw the entities tuning-set articles from the shared press corpus (reproducible).

Same method as eval/tuneset_quotes/draw.py (the check set's French test, 8-word runs and
corpus loader are imported through tuneset_quotes/sibling.py, not copied), with its own seed
and these differences:
- 1,500-4,000 characters of `text`, French; no quotation-mark condition (every article
  names people, places or organisations); a null `date` is allowed (entities need none);
- excluded: the ids of every check set (eval/checkset*/*.jsonl, fields `id` / `corpus_id`;
  only the ids are read), of every dev gold set (../shared/gold/dev/*.jsonl), of every
  tuning set of this repository (eval/tuneset_*/*.jsonl) and the ids of the tuning sets
  other branches held when this set was drawn (excluded_ids.txt, ids only; a "#pN"
  paragraph suffix is dropped);
- near-duplicates (NEAR_DUPLICATE_SHARE of the 8-word runs found in a dev or check-set text,
  or in an article already kept) are skipped; at most MAX_PER_OUTLET articles per outlet.
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/tuneset_entities/draw.py [N]
"""
import glob, json, random, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tuneset_quotes"))
from sibling import load_script  # noqa: E402

SEED = 20261231  # tuneset_quotes uses 20261203, the check sets 20261202
N = 8
MIN_LENGTH, MAX_LENGTH = 1500, 4000  # long enough to name several entities, short enough to annotate
MAX_PER_OUTLET = 2  # the corpus is dominated by four outlets; the set should not be
SPARE = 30  # extra draws to replace near-duplicates and over-represented outlets

base = load_script("checkset_quotes/draw.py")  # French test, runs, corpus loader, used docs


def tuning_ids():
    ids = {line.strip().split("#")[0] for line in open(HERE / "excluded_ids.txt", encoding="utf-8") if line.strip()}
    for path in glob.glob(str(HERE.parent / "tuneset_*" / "*.jsonl")):
        if Path(path).parent == HERE:
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                doc = json.loads(line)
                ids |= {str(doc[k]).split("#")[0] for k in ("id", "corpus_id") if k in doc}
    quotes_draw = load_script("tuneset_quotes/draw.py")
    return ids | quotes_draw.ALREADY_USED


def draw(n=N):
    corpus = base.load_corpus()
    by_id = {d["id"]: d for d in corpus}
    docs = base.used_docs("checkset*")  # every check set; only their ids are read
    skip = base.used_ids(docs) | tuning_ids()
    known = set().union(*(base.runs(t) for t in base.used_texts(docs, {i: d["text"] for i, d in by_id.items()})))
    eligible = [d["id"] for d in corpus if MIN_LENGTH <= len(d["text"]) <= MAX_LENGTH
                and base.is_french(d["text"]) and d["id"] not in skip]
    out, per_outlet, kept = [], {}, 0
    for i in random.Random(SEED).sample(eligible, n + SPARE):
        own = base.runs(by_id[i]["text"])
        share = len(own & known) / max(1, len(own))
        outlet = by_id[i]["outlet"]
        status = ("near-duplicate" if share >= base.NEAR_DUPLICATE_SHARE
                  else "outlet-full" if per_outlet.get(outlet, 0) >= MAX_PER_OUTLET
                  else "kept" if kept < n else "spare")
        if status == "kept":
            kept += 1
            per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
            known |= own
        out.append((i, outlet, share, status))
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    for i, outlet, share, status in draw(int(args[0]) if args else N):
        if "--all" in sys.argv:
            print(f"{i}\t{outlet}\t{share:.2f}\t{status}")
        elif status == "kept":
            print(i)

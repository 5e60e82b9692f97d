#!/usr/bin/env python3
"""Draw the quotes check-set articles from the shared press corpus (reproducible).

Eligible: non-null `date`, 1,500-4,500 characters of `text`, French (stopword test),
at least two opening quotation marks (« or “, counted together), and in no development
gold set (../shared/gold/dev/*.jsonl) nor in the first check set (eval/checkset/*.jsonl;
fields `id` or `corpus_id`). The eligible articles are taken in corpus order and
random.Random(20261202).sample draws N + SPARE of them; the first N that are not
near-duplicates of a dev or check-set text (another outlet's copy of the same agency
dispatch: at least NEAR_DUPLICATE_SHARE of its 8-word runs found in those texts) are kept.
Prints the kept ids, one a line, in draw order (--all: every drawn id with its share).

usage: python3 eval/checkset_quotes/draw.py [N]
"""
import glob, importlib.util, json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "press_fr.jsonl"
SEED = 20261202
N = 10
MIN_OPENING_MARKS = 2  # at least two quoted pieces, so that an article brings more than one record
SPARE = 10  # extra draws to replace near-duplicates (random.sample keeps its prefix as k grows)
RUN_WORDS = 8  # a run this long shared with a dev text is copied prose, not common French
NEAR_DUPLICATE_SHARE = 0.10  # boilerplate ("Suivez toutes les infos ...") stays far below


def first_check_set_draw():
    """eval/checkset/draw.py, whose French test this draw reuses (same eligibility)."""
    spec = importlib.util.spec_from_file_location("checkset_draw", HERE.parent / "checkset" / "draw.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


is_french = first_check_set_draw().is_french


def used_docs(check_sets="checkset"):
    """The documents of the dev gold sets and of the check sets (a glob of eval/ folders:
    the first check set here; eval/tuneset_quotes/draw.py passes "checkset*")."""
    paths = glob.glob(str(SHARED / "gold" / "dev" / "*.jsonl"))
    paths += glob.glob(str(HERE.parent / check_sets / "*.jsonl"))
    docs = []
    for p in sorted(paths):
        for line in open(p, encoding="utf-8"):
            if line.strip():
                docs.append(json.loads(line))
    return docs


def used_ids(docs):
    return {d[k] for d in docs for k in ("id", "corpus_id") if k in d}


def runs(text):
    words = re.findall(r"\w+(?:['’-]\w+)*", text.lower())
    return {tuple(words[i:i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)}


def used_texts(docs, corpus):
    """Texts of the used documents: the dev gold carries its text, the check set only ids."""
    ids = used_ids(docs)
    texts = [d["text"] for d in docs if d.get("text")]
    texts += [corpus[i] for i in ids if i in corpus]
    return texts


def load_corpus():
    with open(CORPUS, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def eligible(corpus, skip):
    out = []
    for d in corpus:
        t = d["text"]
        if (d.get("date") and 1500 <= len(t) <= 4500
                and t.count("«") + t.count("“") >= MIN_OPENING_MARKS
                and is_french(t) and d["id"] not in skip):
            out.append(d["id"])
    return out


def draw(n=N):
    """[(id, share of its runs found in used texts, status)] in draw order; status is
    kept, near-duplicate or spare (not needed)."""
    corpus = load_corpus()
    by_id = {d["id"]: d["text"] for d in corpus}
    docs = used_docs()
    known = set().union(*(runs(t) for t in used_texts(docs, by_id)))
    out, kept = [], 0
    for i in random.Random(SEED).sample(eligible(corpus, used_ids(docs)), n + SPARE):
        own = runs(by_id[i])
        share = len(own & known) / max(1, len(own))
        status = ("near-duplicate" if share >= NEAR_DUPLICATE_SHARE
                  else "kept" if kept < n else "spare")
        kept += status == "kept"
        out.append((i, share, status))
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    for i, share, status in draw(int(args[0]) if args else N):
        if "--all" in sys.argv:
            print(f"{i}\t{share:.2f}\t{status}")
        elif status == "kept":
            print(i)

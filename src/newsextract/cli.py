"""The ``newsextract`` command line: ``run`` a folder of articles, ``show`` one article,
``report`` a processed folder as one HTML page.

Only typer is imported at start-up; spaCy, pandas and the model load inside the commands,
so ``newsextract --help`` and ``--version`` answer at once.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import typer

from newsextract.inputs.documents import DEFAULT_MAX_CHARS
from newsextract.version import __version__

app = typer.Typer(
    help="Extract entities, quotations, dates and casualty figures from French news articles.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsextract {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """newsextract: tidy tables of who, what, where, when, who said it and how many."""


def _fail(message: str) -> None:
    typer.echo(f"newsextract: error: {message}", err=True)
    raise typer.Exit(2)


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        _fail(f"--date {value!r} is not a date in the form YYYY-MM-DD")
    return None


@app.command()
def run(
    paths: list[Path] = typer.Argument(..., help="Files or folders (.txt, .jsonl, .json, .html)."),
    output: Path = typer.Option(Path("data/processed"), "--output", "-o",
                                help="Folder for the tables."),
    fmt: str = typer.Option("csv", "--format", "-f", help="csv or parquet."),
    date: str | None = typer.Option(None, "--date",
                                       help="Publication date (YYYY-MM-DD) for documents "
                                            "without one."),
    n_process: int = typer.Option(1, "--n-process", "-n", min=1,
                                  help="Worker processes (fork start method where available)."),
    batch_size: int = typer.Option(64, "--batch-size", min=1,
                                   help="Documents per batch (memory is bounded by the batch)."),
    patterns: Path | None = typer.Option(None, "--patterns",
                                            help="Extra entity patterns (spaCy EntityRuler "
                                                 "JSONL)."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1,
                                  help="Documents longer than this are reported, not "
                                       "processed."),
    excel: bool = typer.Option(False, "--excel",
                               help="Spreadsheet-safe CSV: text cells starting with = + - @ "
                                    "get a leading apostrophe."),
    force: bool = typer.Option(False, "--force",
                               help="Reprocess every document (ignore the results of earlier "
                                    "runs kept in the output folder)."),
    engine: str = typer.Option("local", "--engine", help="local or dask."),
    scheduler: str | None = typer.Option(None, "--scheduler",
                                            help="Dask scheduler address (tcp://host:8786); "
                                                 "default: a LocalCluster."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary."),
) -> None:
    """Extract every table from PATHS into the output folder."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")
    if fmt not in ("csv", "parquet"):
        _fail(f"--format must be csv or parquet, not {fmt!r}")
    if engine not in ("local", "dask"):
        _fail(f"--engine must be local or dask, not {engine!r}")
    if patterns is not None and not patterns.is_file():
        _fail(f"--patterns file not found: {patterns}")
    from newsextract.write import check_writable

    if (reason := check_writable(output)):
        _fail(reason)

    from newsextract.run import RunOptions
    from newsextract.run import run as run_all

    options = RunOptions(output=output, fmt=fmt, date=_check_date(date), n_process=n_process,
                         batch_size=batch_size, max_chars=max_chars, patterns=patterns,
                         excel=excel, force=force, engine=engine, scheduler=scheduler)
    show_progress = not quiet and sys.stderr.isatty()
    try:
        if show_progress:
            summary = _run_with_progress(paths, options, run_all)
        else:
            summary = run_all(paths, options)
    except KeyboardInterrupt:
        typer.echo("newsextract: interrupted: previous outputs left as they were", err=True)
        raise typer.Exit(130) from None
    except OSError as err:
        _fail(f"cannot write the outputs to {output}: {err.strerror or err}; "
              "previous outputs left as they were")
    except RuntimeError as err:  # a worker died, a Dask cluster failed, …
        _fail(str(err))
    if not quiet:
        _print_summary(summary, output)


def _run_with_progress(paths, options, run_all):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from newsextract.inputs import count_documents

    columns = [TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(),
               TextColumn("ETA"), TimeRemainingColumn()]
    # No refresh thread (auto_refresh=False): worker processes are forked during the run,
    # and forking while another thread runs can deadlock the child.
    with Progress(*columns, transient=True, auto_refresh=False) as progress:
        task = progress.add_task("extract", total=count_documents(paths, options.output),
                                 rate="–")

        def advance(n: int) -> None:
            progress.advance(task, n)
            state = progress.tasks[0]
            if state.elapsed:
                progress.update(task, rate=f"{state.completed / state.elapsed:.1f}")
            progress.refresh()

        return run_all(paths, options, on_document=advance)


def _print_summary(summary, output: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    table = Table(title=f"newsextract: {summary.n_documents} documents in "
                        f"{summary.seconds:.1f} s -> {output}")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents ok", str(summary.n_ok))
    table.add_row("documents failed", str(summary.n_error))
    if summary.n_skipped:
        table.add_row("documents skipped (not French)", str(summary.n_skipped))
    for name, count in summary.rows.items():
        table.add_row(f"rows in {name}", str(count))
    console.print(table)
    for error in summary.errors[:10]:
        console.print(f"  [yellow]{error['status']}[/] {error['doc_id']}: {error['message']}")
    if len(summary.errors) > 10:
        console.print(f"  … and {len(summary.errors) - 10} more (see {output}/manifest.json)")


@app.command()
def show(
    path: Path = typer.Argument(..., help="One article (.txt, .html) or a JSONL/JSON file."),
    doc_id: str | None = typer.Option(None, "--id", help="Which record of a JSONL/JSON "
                                                             "file (default: the first)."),
    date: str | None = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD)."),
    participants: bool = typer.Option(False, "--participants", help="Also list the "
                                      "article's participants (people, organisations, "
                                      "unnamed groups) with their names and descriptions."),
) -> None:
    """Print one article with its extractions highlighted."""
    if not path.exists():
        _fail(f"no such file: {path}")
    from newsextract.show import show_document

    if not show_document(path, doc_id, _check_date(date), participants=participants):
        _fail(f"no usable document {'with id ' + repr(doc_id) + ' ' if doc_id else ''}in {path}")


@app.command()
def report(
    processed: Path = typer.Argument(..., help="A folder written by newsextract run."),
    output: Path = typer.Option(Path("report.html"), "--output", "-o",
                                help="The HTML file to write."),
) -> None:
    """Write one self-contained HTML page (works offline) over a processed folder."""
    if not (processed / "manifest.json").is_file():
        _fail(f"{processed} is not a folder written by newsextract run (no manifest.json)")
    import time

    from newsextract.api import report as build_report
    from newsextract.write import MixedRunError

    started = time.perf_counter()
    try:
        written = build_report(processed, output)
    except MixedRunError as err:
        _fail(str(err))
    except OSError as err:
        _fail(f"cannot write {output}: {err.strerror or err}")
    typer.echo(f"newsextract: report of {processed} -> {written} "
               f"({written.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - started:.1f} s)",
               err=True)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()

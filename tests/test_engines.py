"""Engines: forked workers and a Dask cluster give the same tables as one process."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from newsextract import schema
from newsextract.run import RunOptions, run

REPO = Path(__file__).resolve().parents[1]


def sorted_tables(folder: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for name in schema.TABLES:
        frame = pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)
        out[name] = frame.sort_values(list(frame.columns)).reset_index(drop=True)
    return out


@pytest.fixture(scope="module")
def local_tables(nlp, tmp_path_factory) -> dict[str, pd.DataFrame]:
    out = tmp_path_factory.mktemp("local")
    run([REPO / "data" / "raw"], RunOptions(output=out, batch_size=2, force=True), nlp=nlp)
    tables = sorted_tables(out)
    # the comparisons below mean something only if every layer found records
    assert all(len(tables[t.name]) > 0 for t in schema.LAYER_TABLES)
    return tables


def test_two_forked_processes_match_one(nlp, local_tables, tmp_path):
    run([REPO / "data" / "raw"], RunOptions(output=tmp_path, n_process=2, batch_size=2,
                                            force=True), nlp=nlp)
    for name, frame in sorted_tables(tmp_path).items():
        pd.testing.assert_frame_equal(frame, local_tables[name])


def test_dask_local_cluster_matches_local_engine(local_tables, tmp_path):
    pytest.importorskip("dask.distributed")
    run([REPO / "data" / "raw"], RunOptions(output=tmp_path, engine="dask", batch_size=2,
                                            force=True))
    tables = sorted_tables(tmp_path)
    assert len(tables["entities"]) > 0
    for name, frame in tables.items():
        pd.testing.assert_frame_equal(frame, local_tables[name])


def test_model_is_reloaded_when_its_string_store_grows_too_big(nlp, local_tables, tmp_path,
                                                                monkeypatch):
    from newsextract.nlp import pipeline

    builds = []
    original_build = pipeline._build

    def counting_build(*args, **kwargs):
        builds.append(1)
        return original_build(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_build", counting_build)
    monkeypatch.setitem(pipeline._SHARED, ("", pipeline.MODEL), nlp)  # restored afterwards
    monkeypatch.setattr(pipeline, "MAX_STRINGS", len(nlp.vocab.strings) - 1)  # already past it
    run([REPO / "data" / "raw"], RunOptions(output=tmp_path, batch_size=2, force=True), nlp=nlp)
    assert builds, "the grown model was not replaced"
    assert pipeline.load() is not nlp, "the shared pipeline was not renewed"
    for name, frame in sorted_tables(tmp_path).items():
        pd.testing.assert_frame_equal(frame, local_tables[name])


def test_pipeline_fingerprint_covers_patterns_and_versions(tmp_path):
    from newsextract.cache import pipeline_fingerprint

    patterns = tmp_path / "p.jsonl"
    patterns.write_text('{"label": "ORG", "pattern": "Croix-Rouge"}\n', encoding="utf-8")
    base = pipeline_fingerprint(None, "3.8.0")
    with_patterns = pipeline_fingerprint(patterns, "3.8.0")
    assert base != with_patterns
    patterns.write_text('{"label": "ORG", "pattern": "Croissant-Rouge"}\n', encoding="utf-8")
    assert pipeline_fingerprint(patterns, "3.8.0") != with_patterns
    assert pipeline_fingerprint(None, "3.8.1") != base
    assert pipeline_fingerprint(None, "3.8.0") == base


def test_duplicate_ids_never_collide_with_renamed_ones():
    from newsextract.inputs import Document, mark_duplicates

    docs = [Document(doc_id, "texte", "f.jsonl", line)
            for line, doc_id in enumerate(["a", "a~2", "a", "a"], start=1)]
    assert [d.doc_id for d in mark_duplicates(docs)] == ["a", "a~2", "a~3", "a~4"]


def test_a_document_that_breaks_its_batch_is_redone_alone_and_only_it_fails(nlp, monkeypatch):
    import newsextract.engines as engines
    from newsextract.inputs import Document

    original = engines.doc_tables

    def breaks_on_b(document, doc, language=None):
        if "Brest" in doc.text:
            raise RuntimeError("boom")
        return original(document, doc, language)

    monkeypatch.setattr(engines, "doc_tables", breaks_on_b)
    documents = [Document(name, text, "f.jsonl", line) for line, (name, text) in enumerate(
        [("a", "Deux morts à Lyon."), ("b", "Trois morts à Brest."),
         ("c", "Quatre morts à Nice.")], start=1)]
    tables = engines.process_batch(nlp, documents)
    rows = [t.rows["articles"][0] for t in tables]
    assert [r["doc_id"] for r in rows] == ["a", "b", "c"]
    assert [r["status"] for r in rows] == ["ok", "error", "ok"]
    assert "extraction failed: RuntimeError: boom" in rows[1]["message"]
    assert [[c["text"] for c in t.rows["casualties"]] for t in tables] == \
        [["Deux morts"], [], ["Quatre morts"]]

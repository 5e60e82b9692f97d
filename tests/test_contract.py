"""The output contract: columns, dtypes and order from schema.py; offsets hold on every row."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from newsextract import schema

REPO = Path(__file__).resolve().parents[1]

TEXTS = [
    {"id": "kiev", "date": "2022-03-01", "title": "Frappes sur Kiev",
     "text": "International\n\nFrappes sur Kiev\n\n"
             "Le maire de Kiev, Vitali Klitschko, a déclaré mardi : « Nous tiendrons. »\n\n"
             "Selon le ministère ukrainien de l'Intérieur, au moins 15 civils ont été tués "
             "et 40 blessés le 28 février.\n\n"
             "Lire aussi : Moscou annonce 300 morts à Marioupol\n"},
    {"id": "lyon", "date": "2021-06-10",
     "text": "Un incendie a fait deux morts jeudi soir à Lyon, a indiqué la préfecture du Rhône. "
             "« Le feu est maîtrisé », a précisé le commandant des pompiers, Marc Dubois.\n"
             "L'enquête a été confiée à la police judiciaire depuis trois jours."},
]


@pytest.fixture(scope="module")
def extraction(nlp):
    import newsextract

    return newsextract.extract(TEXTS, nlp=nlp)


def test_schema_doc_is_generated_from_the_schema_module():
    assert (REPO / "docs" / "schema.md").read_text(encoding="utf-8") == schema.to_markdown(), \
        "docs/schema.md is stale: run `python -m newsextract.schema > docs/schema.md`"


def test_every_table_has_the_schema_columns_and_dtypes(extraction):
    for name, table in schema.TABLES.items():
        frame = extraction.tables[name]
        assert len(frame) > 0, f"{name}: no rows, so no value was checked against the dtypes"
        assert list(frame.columns) == table.column_names, name
        assert {c: str(t) for c, t in frame.dtypes.items()} == table.dtypes, name


def test_offsets_hold_on_every_row_of_every_layer(extraction):
    texts = {t["id"]: t["text"] for t in TEXTS}
    for table in schema.LAYER_TABLES:
        assert len(extraction.tables[table.name]) > 0, f"no {table.name} row to check"
        for row in extraction.tables[table.name].itertuples():
            assert texts[row.doc_id][row.start_char:row.end_char] == row.text, (table.name, row)


def test_nothing_is_extracted_from_boilerplate_or_across_lines(extraction):
    text = TEXTS[0]["text"]
    boiler_start = text.index("Lire aussi")
    found = {}
    for table in schema.LAYER_TABLES:
        frame = extraction.tables[table.name]
        found[table.name] = set(frame[frame.doc_id == "kiev"].text)
        for row in frame[frame.doc_id == "kiev"].itertuples():
            assert row.end_char <= boiler_start or row.start_char > boiler_start + 50, row
            assert "\n" not in row.text, row
    # the paragraphs before the boilerplate line are extracted
    assert "Vitali Klitschko" in found["entities"]
    assert "Nous tiendrons" in found["quotes"]
    assert "le 28 février" in found["dates"]
    assert "au moins 15 civils" in found["casualties"]


def test_articles_counts_match_the_layer_tables(extraction):
    articles = extraction.articles.set_index("doc_id")
    for table, column in (("entities", "n_entities"), ("quotes", "n_quotes"),
                          ("dates", "n_dates"), ("casualties", "n_casualties")):
        counts = extraction.tables[table].groupby("doc_id").size()
        for doc_id in articles.index:
            assert articles.loc[doc_id, column] == counts.get(doc_id, 0), (table, doc_id)
            assert counts.get(doc_id, 0) > 0, f"{doc_id}: no {table} row"
    assert set(articles["status"]) == {"ok"}
    assert articles.loc["kiev", "date"] == "2022-03-01"


def test_round_trip_through_csv_and_parquet(extraction, tmp_path):
    import newsextract

    assert all(len(extraction.tables[t.name]) > 0 for t in schema.LAYER_TABLES)
    extraction.to_csv(tmp_path / "csv")
    extraction.to_parquet(tmp_path / "pq")
    for folder in ("csv", "pq"):
        back = newsextract.read(tmp_path / folder)
        for name in schema.TABLES:
            pd.testing.assert_frame_equal(back.tables[name], extraction.tables[name],
                                          check_dtype=True)


def test_csv_quoting_round_trips_awkward_text(tmp_path):
    from newsextract.tables import DocTables
    from newsextract.write import TableWriter

    awkward = 'ligne 1\nligne 2, "guillemets" ; point-virgule\t=SOMME(A1)'
    tables = DocTables()
    tables.rows["quotes"] = [{"doc_id": "d", "quote_id": 1, "start_char": 0, "end_char": 3,
                              "text": awkward, "kind": "direct", "speaker": "@x"}]
    writer = TableWriter(tmp_path, "csv")
    writer.write(tables)
    writer.commit({})
    back = pd.read_csv(tmp_path / "quotes.csv", dtype=str, keep_default_na=False)
    assert back.loc[0, "text"] == awkward
    assert back.loc[0, "speaker"] == "@x"
    assert list(back.columns) == schema.QUOTES.column_names
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert set(manifest) == {"run_id", "files"}  # the caller's (empty) manifest, vouched for
    assert manifest["files"]["quotes"]["file"] == "quotes.csv"


def test_excel_flavour_neutralises_formulas(tmp_path):
    from newsextract.tables import DocTables
    from newsextract.write import TableWriter

    tables = DocTables()
    tables.rows["entities"] = [{"doc_id": "=HYPERLINK(\"x\")", "entity_id": 1, "start_char": 0,
                                "end_char": 1, "text": "-1", "label": "ORG"}]
    writer = TableWriter(tmp_path, "csv", excel=True)
    writer.write(tables)
    writer.commit({})
    back = pd.read_csv(tmp_path / "entities.csv", dtype=str)
    assert back.loc[0, "doc_id"] == "'=HYPERLINK(\"x\")"
    assert back.loc[0, "text"] == "'-1"


def test_no_layer_fails_on_the_sample_articles(nlp):
    """A layer that raises is left empty and only said on the article's row: on the sample
    articles no layer may fail (a NameError in one rule would otherwise pass unnoticed)."""
    import newsextract

    result = newsextract.extract_paths(REPO / "data" / "raw", nlp=nlp)
    assert len(result.articles) >= 5 and len(result.quotes) > 0
    messages = [m for m in result.articles["message"].dropna() if "failed" in m]
    assert not messages, messages


def test_no_layer_fails_on_corpus_articles(nlp, shared_dir):
    """The same on 60 real press articles (every construction a rule may meet)."""
    import json

    import newsextract

    lines = (shared_dir / "corpus" / "press_fr.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines[:60]]
    result = newsextract.extract(records, nlp=nlp)
    messages = [m for m in result.articles["message"].dropna() if "failed" in m]
    assert len(result.articles) == 60 and len(result.entities) > 0
    assert not messages, messages

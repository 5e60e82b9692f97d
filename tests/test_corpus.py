"""Tables over a whole run: casualty events across articles, people across articles, and a
run published whole (never the tables of two runs side by side)."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

from newsextract import schema
from newsextract.corpus.events import EVENT_SPAN_DAYS, MAX_UPDATE_RATIO, build_events
from newsextract.corpus.people import build_people
from newsextract.frames import to_frame

# Articles written for these tests: an evolving toll in one town over three dispatches, two
# road accidents in two towns on the same day, and two fires in one town months apart.
TOLL = [
    {"id": "toll-1", "date": "2025-03-04", "source": "Agence Un",
     "text": "Trois personnes ont été tuées mardi à Montbrison dans l'effondrement d'un "
             "entrepôt, selon la préfecture de la Loire."},
    {"id": "toll-2", "date": "2025-03-05", "source": "Agence Deux",
     "text": "Au moins sept personnes ont péri mardi à Montbrison lors de l'effondrement de "
             "l'entrepôt, a indiqué le maire de la commune."},
    {"id": "toll-3", "date": "2025-03-06", "source": "Agence Un",
     "text": "Le bilan de l'effondrement survenu mardi à Montbrison s'est alourdi à neuf "
             "morts, selon les pompiers."},
]
TWO_TOWNS = [
    {"id": "road-vierzon", "date": "2025-05-10",
     "text": "Deux cyclistes ont été tués samedi à Vierzon, percutés par une camionnette."},
    {"id": "road-issoudun", "date": "2025-05-10",
     "text": "Deux cyclistes ont été tués samedi à Issoudun, percutés par un tracteur."},
]
TWO_DAYS = [
    {"id": "fire-june", "date": "2025-06-02",
     "text": "Un incendie a fait quatre morts lundi à Vierzon, dans un immeuble du centre."},
    {"id": "fire-september", "date": "2025-09-15",
     "text": "Un incendie a fait cinq morts lundi à Vierzon, dans une maison du quartier de "
             "la gare."},
]


@pytest.fixture(scope="module")
def extraction(nlp):
    import newsextract

    return newsextract.extract(TOLL + TWO_TOWNS + TWO_DAYS, nlp=nlp)


def _event_of(extraction, doc_id: str) -> pd.Series:
    casualties = extraction.casualties
    event_ids = casualties.loc[casualties.doc_id == doc_id, "event_id"].unique()
    assert len(event_ids) == 1, casualties
    events = extraction.events
    return events[events.event_id == event_ids[0]].iloc[0]


def test_an_evolving_toll_is_one_event(extraction):
    event = _event_of(extraction, "toll-3")
    assert (event.category, event.place, event.place_key) == ("killed", "Montbrison",
                                                              "montbrison")
    assert (event.date_start, event.date_end) == ("2025-03-04", "2025-03-04")
    assert (event.figure_min, event.figure_max, event.latest_figure) == (3, 9, 9)
    assert event.latest_doc_id == "toll-3"
    assert (event.n_figures, event.n_articles) == (3, 3)
    assert event.doc_ids == "toll-1 | toll-2 | toll-3"
    assert event.outlets == "Agence Un | Agence Deux"
    assert "préfecture de la Loire" in event.sources.split(" | ")
    assert _event_of(extraction, "toll-1").event_id == event.event_id


def test_two_towns_on_the_same_day_are_two_events(extraction):
    vierzon, issoudun = _event_of(extraction, "road-vierzon"), _event_of(extraction,
                                                                          "road-issoudun")
    assert (vierzon.place, vierzon.date_start, vierzon.figure_max) == ("Vierzon", "2025-05-10", 2)
    assert (issoudun.place, issoudun.date_start, issoudun.figure_max) == ("Issoudun",
                                                                          "2025-05-10", 2)
    assert vierzon.event_id != issoudun.event_id


def test_one_town_on_two_distant_days_is_two_events(extraction):
    june, september = _event_of(extraction, "fire-june"), _event_of(extraction,
                                                                    "fire-september")
    assert (june.place, june.date_start, june.figure_max) == ("Vierzon", "2025-06-02", 4)
    assert (september.place, september.date_start, september.figure_max) == (
        "Vierzon", "2025-09-15", 5)
    assert june.event_id != september.event_id


def test_every_figure_has_an_event_and_every_event_a_figure(extraction):
    assert extraction.casualties.event_id.notna().all()
    assert set(extraction.casualties.event_id) == set(extraction.events.event_id)
    assert list(extraction.events.event_id) == list(range(1, len(extraction.events) + 1))


# -- the merge rule on hand-made rows ------------------------------------------------------

def _casualties(*figures: tuple) -> pd.DataFrame:
    """Rows (doc_id, category, count_min, location, date) of a casualties table."""
    rows = [{"doc_id": doc_id, "casualty_id": i, "category": category, "count_min": count,
             "count_max": count, "qualifier": "exact", "location": place, "date": date}
            for i, (doc_id, category, count, place, date) in enumerate(figures, start=1)]
    return to_frame(schema.CASUALTIES, rows)


def _articles(*doc_ids: str, date: str | None = None) -> pd.DataFrame:
    return to_frame(schema.ARTICLES, [{"doc_id": d, "date": date, "status": "ok"}
                                      for d in doc_ids])


def test_days_one_apart_merge_but_an_event_never_spans_more_than_the_window():
    assert EVENT_SPAN_DAYS == 1
    casualties = _casualties(("a", "killed", 2, "Lorient", "2025-01-10"),
                             ("b", "killed", 3, "Lorient", "2025-01-11T23:00"),
                             ("c", "killed", 3, "Lorient", "2025-01-12"))
    events, event_ids = build_events(casualties, _articles("a", "b", "c"))
    assert list(event_ids) == [1, 1, 2]
    assert events[["date_start", "date_end", "figure_min", "figure_max"]].values.tolist() == [
        ["2025-01-10", "2025-01-11", 2, 3], ["2025-01-12", "2025-01-12", 3, 3]]


def test_figures_too_far_apart_to_be_updates_stay_two_events():
    casualties = _casualties(("a", "killed", 2, "Lorient", "2025-01-10"),
                             ("b", "killed", 2 * MAX_UPDATE_RATIO + 1, "Lorient", "2025-01-10"),
                             ("c", "injured", 2, "Lorient", "2025-01-10"))
    events, event_ids = build_events(casualties, _articles("a", "b", "c"))
    assert list(event_ids) == [1, 2, 3]
    assert events[["category", "figure_max"]].values.tolist() == [
        ["killed", 2], ["killed", 2 * MAX_UPDATE_RATIO + 1], ["injured", 2]]


def test_a_figure_without_place_or_day_is_an_event_of_its_own():
    casualties = _casualties(("a", "killed", 4, "Lorient", "2025-01-10"),
                             ("b", "killed", 4, None, "2025-01-10"),
                             ("c", "killed", 4, "Lorient", "XXXX-01-10"),
                             ("d", "killed", 4, "Lorient", "2025-01-10"))
    events, event_ids = build_events(casualties, _articles("a", "b", "c", "d"))
    assert list(event_ids) == [1, 2, 3, 1]
    assert pd.isna(events.loc[1, "place"]) and events.loc[1, "date_start"] == "2025-01-10"
    assert pd.isna(events.loc[2, "date_start"]) and events.loc[2, "place"] == "Lorient"
    assert events.loc[0, "doc_ids"] == "a | d"


def test_a_figure_placed_only_in_a_country_is_an_event_of_its_own():
    casualties = _casualties(("a", "killed", 2, "Belgique", "2025-01-10"),
                             ("b", "killed", 2, "Belgique", "2025-01-10"),
                             ("c", "killed", 2, "Moyen-Orient", "2025-01-10"),
                             ("d", "killed", 2, "Moyen-Orient", "2025-01-10"),
                             ("e", "killed", 2, "Namur", "2025-01-10"),
                             ("f", "killed", 2, "Namur", "2025-01-10"))
    events, event_ids = build_events(casualties, _articles(*"abcdef"))
    assert list(event_ids) == [1, 2, 3, 4, 5, 5]
    assert events.place.tolist() == ["Belgique", "Belgique", "Moyen-Orient", "Moyen-Orient",
                                     "Namur"]


def test_an_article_counts_its_largest_figure_of_the_event():
    # "neuf morts, dont trois enfants": the article reports nine, not three
    casualties = _casualties(("a", "killed", 9, "Lorient", "2025-01-10"),
                             ("a", "killed", 3, "Lorient", "2025-01-10"),
                             ("b", "killed", 11, "Lorient", "2025-01-10"))
    events, _ = build_events(casualties, _articles("a", "b"))
    assert events.loc[0, ["figure_min", "figure_max", "n_figures", "n_articles"]].tolist() == [
        9, 11, 3, 2]


# -- people -----------------------------------------------------------------------------------

def _entities(*mentions: tuple) -> pd.DataFrame:
    """Rows (doc_id, entity_id, text, label, canonical, role)."""
    from newsextract.nlp.entities.canonical import entity_key

    return to_frame(schema.ENTITIES, [
        {"doc_id": d, "entity_id": e, "text": t, "label": label, "canonical": c,
         "entity_key": entity_key(c), "role": r} for d, e, t, label, c, r in mentions])


PEOPLE_ENTITIES = [("a", 1, "Hélène Marchal", "PER", "Hélène Marchal", "juge"),
                   ("a", 1, "Marchal", "PER", "Hélène Marchal", None),
                   ("b", 3, "Helene Marchal", "PER", "Helene Marchal", "juge d'instruction"),
                   ("b", 4, "Brest", "LOC", "Brest", None),
                   ("b", 5, "Paul Kerbrat", "PER", "Paul Kerbrat", None)]


def test_people_are_grouped_by_key_across_articles():
    articles = to_frame(schema.ARTICLES, [{"doc_id": "a", "date": "2025-02-01"},
                                          {"doc_id": "b", "date": "2025-01-15"}])
    quotes = to_frame(schema.QUOTES, [
        {"doc_id": "a", "quote_id": 1, "speaker": "Hélène Marchal", "speaker_label": "PER"},
        {"doc_id": "b", "quote_id": 1, "speaker": "Helene Marchal", "speaker_label": "PER"},
        {"doc_id": "b", "quote_id": 2, "speaker": "la défense", "speaker_label": "NP"}])
    people = build_people(_entities(*PEOPLE_ENTITIES), quotes, articles)
    assert people.entity_key.tolist() == ["helene marchal", "paul kerbrat"]
    first = people.iloc[0]
    # a tie between two spellings (one article each): the first seen wins
    assert first.canonical == "Hélène Marchal"
    assert first.names == "Hélène Marchal | Helene Marchal | Marchal"  # ties: longest first
    assert first.roles == "juge d'instruction | juge"  # tie: the longest first
    assert (first.n_articles, first.n_mentions, first.n_quotes) == (2, 3, 2)
    assert (first.first_date, first.last_date) == ("2025-01-15", "2025-02-01")
    assert people.iloc[1][["canonical", "n_mentions", "n_quotes"]].tolist() == [
        "Paul Kerbrat", 1, 0]


def test_people_count_quotes_by_speaker_entity_when_the_quotes_have_it():
    articles = to_frame(schema.ARTICLES, [{"doc_id": "a"}, {"doc_id": "b"}])
    # the speaker names differ from the canonical name: only the entity id links them
    quotes = pd.DataFrame({"doc_id": ["a", "b", "b"], "speaker": ["la juge", "il", "Paul"],
                           "speaker_label": ["NP", "NP", "PER"],
                           "speaker_entity_id": pd.array([1, 5, None], dtype="Int64")})
    people = build_people(_entities(*PEOPLE_ENTITIES), quotes, articles).set_index("entity_key")
    assert people.loc["helene marchal", "n_quotes"] == 1
    assert people.loc["paul kerbrat", "n_quotes"] == 1


# -- through a run: cached rows count, files are published whole ------------------------------

def _write_jsonl(path, records) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def test_events_are_recomputed_over_cached_and_new_articles(nlp, tmp_path):
    import newsextract
    from newsextract.run import RunOptions, run

    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    _write_jsonl(inputs / "first.jsonl", TOLL[:2])
    run([inputs], RunOptions(output=out), nlp=nlp)
    _write_jsonl(inputs / "second.jsonl", TOLL[2:])  # the first two now come from the cache
    run([inputs], RunOptions(output=out), nlp=nlp)
    result = newsextract.read(out)
    event = result.events.iloc[0]
    assert (event.place, event.figure_min, event.figure_max, event.n_articles) == (
        "Montbrison", 3, 9, 3)
    assert result.casualties.event_id.tolist() == [1, 1, 1]
    assert result.people.empty or set(result.people.columns) == set(schema.PEOPLE.column_names)
    assert json.loads((out / "manifest.json").read_text())["rows"]["events"] == 1


def test_a_run_killed_between_two_renames_is_refused_not_mixed(nlp, tmp_path, monkeypatch):
    import newsextract
    from newsextract import write
    from newsextract.run import RunOptions, run

    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    _write_jsonl(inputs / "wire.jsonl", TOLL)
    run([inputs], RunOptions(output=out), nlp=nlp)
    before = newsextract.read(out)
    assert len(before.articles) == 3

    _write_jsonl(inputs / "wire.jsonl", TWO_TOWNS)
    renames = []

    def replace_then_die(src, dst):
        if renames:
            raise KeyboardInterrupt("killed between two renames")
        renames.append(dst)
        os.rename(src, dst)

    monkeypatch.setattr(write.os, "replace", replace_then_die)
    with pytest.raises(KeyboardInterrupt):
        run([inputs], RunOptions(output=out, force=True), nlp=nlp)
    monkeypatch.undo()
    assert renames == [out / "articles.csv"]  # the new articles beside the old other tables
    with pytest.raises(write.MixedRunError, match="articles.csv"):
        newsextract.read(out)
    with pytest.raises(write.MixedRunError):
        newsextract.report(out, tmp_path / "report.html")
    # the next complete run publishes a consistent folder again
    run([inputs], RunOptions(output=out), nlp=nlp)
    after = newsextract.read(out)
    assert sorted(after.articles.doc_id) == ["road-issoudun", "road-vierzon"]
    assert sorted(after.events.place) == ["Issoudun", "Vierzon"]


def test_a_folder_written_before_the_corpus_tables_gets_them_on_reading(nlp, tmp_path):
    import newsextract
    from newsextract.run import RunOptions, run

    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    _write_jsonl(inputs / "wire.jsonl", TOLL)
    run([inputs], RunOptions(output=out), nlp=nlp)
    # as schema 1.0 wrote it: no corpus tables, no event_id, a manifest without files
    (out / "events.csv").unlink()
    (out / "people.csv").unlink()
    casualties = pd.read_csv(out / "casualties.csv", dtype=str, keep_default_na=False) \
        .drop(columns=["event_id"])
    casualties.to_csv(out / "casualties.csv", index=False)
    manifest = json.loads((out / "manifest.json").read_text())
    del manifest["files"], manifest["run_id"]
    (out / "manifest.json").write_text(json.dumps(manifest))
    result = newsextract.read(out)
    assert result.events[["place", "figure_min", "figure_max", "n_articles"]].values.tolist() \
        == [["Montbrison", 3, 9, 3]]
    assert result.casualties.event_id.tolist() == [1, 1, 1]

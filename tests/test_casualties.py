"""Casualty figures: one test per construction, on sentences written for the tests."""

from __future__ import annotations

import json

import pytest

from newsextract.nlp.number_words import NumberFinder
from newsextract.schema import CASUALTIES, span_attribute_names


def figures(annotate, text: str, date: str | None = None) -> list[dict]:
    doc = annotate(text, date)
    out = []
    for span in doc.spans["casualties"]:
        assert span.text == doc.text[span.start_char:span.end_char]
        out.append({"text": span.text, **span._.casualty})
    return out


def one(rows: list[dict], text: str) -> dict:
    found = [r for r in rows if r["text"] == text]
    assert len(found) == 1, (text, rows)
    return found[0]


# -- numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("1 200", 1200), ("1\u202f200", 1200), ("10.000", 10000), ("3,5 millions", 3500000),
    ("vingt-quatre", 24), ("trois cent mille", 300000), ("Treize", 13),
])
def test_numbers_in_digits_and_words(text, value):
    (q,) = list(NumberFinder().finditer(text))
    assert (q.count_min, q.count_max) == (value, value)


@pytest.mark.parametrize("text, bounds, qualifier", [
    ("une dizaine", (10, 10), "about"), ("des dizaines", (20, None), "at_least"),
    ("des centaines", (200, None), "at_least"), ("plusieurs", (2, None), "at_least"),
])
def test_approximate_nouns(text, bounds, qualifier):
    (q,) = list(NumberFinder().finditer(text))
    assert ((q.count_min, q.count_max), q.qualifier) == (bounds, qualifier)


# -- casualty nouns and qualifiers ---------------------------------------------------------

def test_casualty_nouns_with_scoped_qualifiers(annotate):
    rows = figures(annotate, "L'explosion a fait au moins 25 morts et 30 blessés dans le port.")
    dead, hurt = one(rows, "au moins 25 morts"), one(rows, "30 blessés")
    assert (dead["category"], dead["count_min"], dead["count_max"], dead["qualifier"]) == \
        ("killed", 25, None, "at_least")
    assert (hurt["category"], hurt["count_min"], hurt["count_max"], hurt["qualifier"]) == \
        ("injured", 30, 30, "exact")


def test_about_more_than_range_and_words(annotate):
    rows = figures(annotate, "Le séisme a fait quelque 1\u202f200 morts, plus de cinquante "
                             "blessés et entre 10 et 20 disparus.")
    assert (one(rows, "quelque 1\u202f200 morts")["count_min"],
            one(rows, "quelque 1\u202f200 morts")["qualifier"]) == (1200, "about")
    assert one(rows, "plus de cinquante blessés")["qualifier"] == "more_than"
    missing = one(rows, "entre 10 et 20 disparus")
    assert (missing["category"], missing["count_min"], missing["count_max"],
            missing["qualifier"]) == ("missing", 10, 20, "range")


def test_approximate_noun_with_victims(annotate):
    rows = figures(annotate, "Une vingtaine de mineurs ont été blessés lors de l'effondrement.")
    row = one(rows, "Une vingtaine de mineurs")
    assert (row["category"], row["count_min"], row["qualifier"], row["victims"]) == \
        ("injured", 20, "about", "mineurs")


def test_threshold_is_more_than(annotate):
    rows = figures(annotate, "Le conflit a franchi hier la barre des mille morts.")
    row = one(rows, "mille morts")
    assert (row["count_min"], row["count_max"], row["qualifier"]) == (1000, None, "more_than")


# -- victims --------------------------------------------------------------------------------

def test_coordinated_groups_with_passive_verb(annotate):
    rows = figures(annotate, "Quatre ouvriers et deux passants ont été tués par l'effondrement.")
    assert {(r["text"], r["category"], r["victims"]) for r in rows} == {
        ("Quatre ouvriers", "killed", "ouvriers"), ("deux passants", "killed", "passants")}


def test_active_verb_and_elliptical_others(annotate):
    rows = figures(annotate, "Le camion a tué 12 personnes et en a blessé 40 autres.")
    assert one(rows, "12 personnes")["category"] == "killed"
    others = one(rows, "40 autres")
    assert (others["category"], others["victims"]) == ("injured", "personnes")


def test_perpetrators_are_not_victims(annotate):
    rows = figures(annotate, "Trois hommes armés ont tué cinq villageois.")
    assert [r["text"] for r in rows] == ["cinq villageois"]


def test_death_of_indefinite_victim(annotate):
    rows = figures(annotate, "La tempête a provoqué la mort d'au moins 8 pêcheurs.")
    row = one(rows, "au moins 8 pêcheurs")
    assert (row["category"], row["qualifier"], row["victims"]) == ("killed", "at_least", "pêcheurs")


def test_total_and_breakdown(annotate):
    rows = figures(annotate, "L'incendie a fait 14 blessés, dont trois pompiers et deux graves.")
    assert one(rows, "14 blessés")["victims"] is None
    assert (one(rows, "trois pompiers")["category"], one(rows, "trois pompiers")["victims"]) == \
        ("injured", "pompiers")
    assert one(rows, "deux graves")["count_min"] == 2


def test_one_of_the_injured_died(annotate):
    rows = figures(annotate, "L'un des blessés est décédé dans la nuit.")
    row = one(rows, "L'un des blessés")
    assert (row["category"], row["count_min"]) == ("killed", 1)


def test_list_of_groups_continues_a_figure(annotate):
    rows = figures(annotate, "Le bilan fait état de 25 blessés parmi les forces de l'ordre, "
                             "12 gendarmes, 13 policiers, une dizaine de barrages.")
    assert one(rows, "25 blessés")["victims"] == "forces de l'ordre"
    assert one(rows, "12 gendarmes")["category"] == "injured"
    assert not [r for r in rows if "barrages" in r["text"]]


# -- not casualties ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Huit manifestants ont été interpellés samedi.",
    "Jeanne, 73 ans, a reçu des menaces de mort.",
    "La route a fait 3 200 morts par an en moyenne.",
    "On compte cette année 150 tués de moins sur les routes.",
    "S'il y avait dix morts, le gouvernement tomberait.",
    "Il n'y a eu aucun blessé, ni aucune personne tuée.",
    "Le préfet n'a signalé aucune indication d'un mort dans la zone.",
    "Les travaux ont coûté 40 millions d'euros en 2019.",
])
def test_not_casualties(annotate, text):
    assert figures(annotate, text) == []


# -- source, location, date, contract -------------------------------------------------------

def test_selon_source_without_article(annotate):
    rows = figures(annotate, "Les bombardements ont fait 31 morts, selon l'Observatoire "
                             "des droits de l'homme.")
    assert one(rows, "31 morts")["source"] == "Observatoire des droits de l'homme"


def test_inverted_reporting_verb_and_other_sentences(annotate):
    rows = figures(annotate, "Deux policiers ont été blessés, a indiqué la préfecture du Nord. "
                             "Un troisième policier a été blessé plus tard.")
    assert one(rows, "Deux policiers")["source"] == "préfecture du Nord"
    # an ordinal is not a count (CASUALTIES.md): no figure for the third policeman
    assert [r["text"] for r in rows] == ["Deux policiers"]


def test_subject_reporting_verb(annotate):
    rows = figures(annotate, "Le ministère de la Santé a recensé 57 morts dans la région.")
    assert one(rows, "57 morts")["source"] == "ministère de la Santé"


def test_boilerplate_line_yields_nothing(annotate):
    text = "Le bilan est lourd.\n\nLire aussi : Explosion au port, 60 morts et 200 blessés"
    assert figures(annotate, text) == []


def test_attribute_dict_has_the_contract_keys(annotate):
    doc = annotate("A Lyon, le 3 mars 2019, cinq personnes ont été blessées.", "2019-03-04")
    (span,) = doc.spans["casualties"]
    assert list(span._.casualty) == span_attribute_names(CASUALTIES)
    json.dumps(span._.casualty)


# -- the shared dev gold (skipped without ../shared) ----------------------------------------

def test_seed_figures(annotate, shared_dir):
    text = next(iter((shared_dir / "seed").glob("*.txt"))).read_text(encoding="utf-8")
    rows = figures(annotate, text, "2016-10-28")
    got = {(r["category"], r["count_min"], r["qualifier"], r["victims"]) for r in rows}
    assert ("killed", 43, "exact", None) in got
    assert ("injured", 96, "about", None) in got
    assert ("killed", 15, "at_least", "civils") in got
    assert len(rows) == 5


# -- generalisation fixes (unseen press articles) --------------------------------------------

def test_approximate_breakdown_with_an_adverb(annotate):
    rows = figures(annotate, "Plus de 700 manifestants ont été blessés, dont une vingtaine "
                            "grièvement.")
    r = one(rows, "une vingtaine grièvement")
    assert (r["category"], r["count_min"], r["qualifier"]) == ("injured", 20, "about")


def test_bare_breakdown_with_a_group(annotate):
    rows = figures(annotate, "Les heurts ont fait 60 blessés, dont 9 parmi les forces de l'ordre.")
    r = one(rows, "9")
    assert (r["category"], r["count_min"], r["victims"]) == ("injured", 9, "forces de l'ordre")


def test_elliptical_approximate_figure_with_its_own_verb(annotate):
    rows = figures(annotate, "Trois personnes sont mortes et des dizaines ont été blessées "
                            "pendant la tempête.")
    r = one(rows, "des dizaines")
    assert (r["category"], r["count_min"], r["count_max"]) == ("injured", 20, None)
    assert one(rows, "Trois personnes")["category"] == "killed"


def test_still_missing(annotate):
    rows = figures(annotate, "Deux pêcheurs sont toujours portés disparus au large de l'île.")
    assert one(rows, "Deux pêcheurs")["category"] == "missing"


def test_counted_among_the_casualties(annotate):
    rows = figures(annotate, "Le maire a précisé que 6 pompiers figuraient parmi les blessés.")
    assert one(rows, "6 pompiers")["category"] == "injured"
    rows = figures(annotate, "Parmi les morts figurent 3 enfants, selon la mairie.")
    assert one(rows, "3 enfants")["category"] == "killed"


def test_maiming_verbs(annotate):
    rows = figures(annotate, "Les tirs de balles en caoutchouc ont éborgné plusieurs lycéens.")
    r = one(rows, "plusieurs lycéens")
    assert (r["category"], r["count_min"], r["victims"]) == ("injured", 2, "lycéens")


def test_two_word_person_nouns(annotate):
    rows = figures(annotate, "Une enquête a été ouverte après la mort d'un jeune homme à Rennes.")
    r = one(rows, "un jeune homme")
    assert (r["category"], r["victims"]) == ("killed", "jeune homme")


@pytest.mark.parametrize("text", [
    "Le médecin a confirmé que le patient est mort d'une rupture d'anévrisme.",
    "Le syndicat veut redonner du poids à un corps intermédiaire, tué par la réforme.",
    "Le débat réveille un corps social que l'on disait mort.",
])
def test_not_figures(annotate, text):
    assert figures(annotate, text) == []


def test_latest_toll_is_not_a_source(annotate):
    rows = figures(annotate, "Au moins 9 personnes ont été tuées, selon un nouveau bilan.")
    assert one(rows, "Au moins 9 personnes")["source"] is None


def test_source_subject_with_a_relative_clause_and_object_is_not_a_source(annotate):
    doc = annotate("Un responsable local, qui a requis l'anonymat, a évoqué un bilan plus lourd, "
                   "d'au moins 30 morts.\nLe préfet, qui s'est rendu sur place, a annoncé "
                   "quatre blessés légers.", "2024-05-02")
    sources = {s.text: s._.casualty["source"] for s in doc.spans["casualties"]}
    assert sources["au moins 30 morts"] == "responsable local"
    assert sources["quatre blessés"] == "préfet"

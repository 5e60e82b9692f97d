"""The dates layer (TIMEX3): detection, values, bounds and anchors on sentences of our own."""

from __future__ import annotations

import json

import pytest

from newsextract.schema import DATES, span_attribute_names

PUB = "2021-03-12"  # a Friday


def timexes(doc) -> dict[str, dict]:
    return {span.text: span._.timex for span in doc.spans["dates"]}


def values(doc) -> dict[str, str]:
    return {text: t["value"] for text, t in timexes(doc).items()}


def test_attribute_dict_matches_schema_and_offsets(annotate):
    doc = annotate("Le ministre a démissionné hier soir à Lyon.", PUB)
    assert doc.spans["dates"]
    for span in doc.spans["dates"]:
        assert sorted(span._.timex) == sorted(span_attribute_names(DATES))
        assert span.text == doc.text[span.start_char:span.end_char]
        assert all(v is None or isinstance(v, str) for v in span._.timex.values())


def test_absolute_day_month_with_article(annotate):
    doc = annotate("Le 4 mars, la commission a rendu son rapport.", PUB)
    t = timexes(doc)["Le 4 mars"]
    assert (t["type"], t["value"], t["anchor"]) == ("DATE", "2021-03-04", "publication")
    assert (t["start"], t["end"]) == ("2021-03-04T00:00:00", "2021-03-05T00:00:00")


def test_full_date_with_weekday_and_year_is_absolute(annotate):
    t = timexes(annotate("Le procès s'ouvrira le mardi 14 septembre 2021.", PUB))
    assert t["le mardi 14 septembre 2021"]["value"] == "2021-09-14"
    assert t["le mardi 14 septembre 2021"]["anchor"] == "none"


def test_year_alone(annotate):
    assert values(annotate("La loi avait été votée en 1998 par l'Assemblée.", PUB)) == {
        "1998": "1998"}


def test_coordinated_days_give_two_dates(annotate):
    v = values(annotate("Les combats ont repris les 8 et 9 mars derniers.", PUB))
    assert v == {"8": "2021-03-08", "9 mars derniers": "2021-03-09"}


def test_deictic_days(annotate):
    v = values(annotate("Il est arrivé hier et repartira demain.", PUB))
    assert v == {"hier": "2021-03-11", "demain": "2021-03-13"}


def test_bare_weekday_direction_follows_tense(annotate):
    past = values(annotate("Le maire a inauguré mardi la nouvelle école.", PUB))
    future = values(annotate("Le maire inaugurera mardi la nouvelle école.", PUB))
    assert past == {"mardi": "2021-03-09"}
    assert future == {"mardi": "2021-03-16"}


def test_weekday_with_cue(annotate):
    v = values(annotate("La réunion de lundi prochain remplace celle de jeudi dernier.", PUB))
    assert v == {"lundi prochain": "2021-03-15", "jeudi dernier": "2021-03-11"}


def test_day_month_direction_follows_tense(annotate):
    past = values(annotate("Les deux pays avaient signé un accord le 20 novembre.", PUB))
    future = values(annotate("Les deux pays signeront un accord le 2 février.", PUB))
    assert past == {"le 20 novembre": "2020-11-20"}
    assert future == {"le 2 février": "2022-02-02"}


def test_relative_units(annotate):
    v = values(annotate("La semaine dernière, les ventes ont chuté ; l'an prochain, elles "
                        "devraient remonter.", PUB))
    assert v["La semaine dernière"] == "2021-W09"
    assert v["l'an prochain"] == "2022"


def test_ago_is_a_date(annotate):
    t = timexes(annotate("Le navire a coulé il y a trois jours.", PUB))
    assert t["il y a trois jours"]["value"] == "2021-03-09"


def test_anchored_on_the_story_day(annotate):
    doc = annotate("Le 2 mars, il a été arrêté. Le lendemain, il a été libéré.", PUB)
    t = timexes(doc)["Le lendemain"]
    assert (t["value"], t["anchor"]) == ("2021-03-03", "previous")


def test_earlier_in_the_day(annotate):
    assert values(annotate("Plus tôt dans la journée, la police avait bouclé le quartier.",
                           PUB)) == {"Plus tôt dans la journée": PUB}


def test_clock_time_on_the_current_day(annotate):
    v = values(annotate("Le drame s'est produit samedi vers 21 h 30 près de la gare.", PUB))
    assert v["samedi"] == "2021-03-06"
    assert v["21 h 30"] == "2021-03-06T21:30"


def test_parts_of_day(annotate):
    v = values(annotate("Le président s'exprimera ce soir. Les secours sont intervenus "
                        "dans la nuit.", PUB))
    assert v["ce soir"] == "2021-03-12TEV"
    assert v["la nuit"] == "2021-03-12TNI"


def test_durations(annotate):
    v = values(annotate("Après dix jours de grève et une pause de 48 heures, le conflit "
                        "dure depuis trois mois.", PUB))
    assert v == {"dix jours": "P10D", "48 heures": "PT48H", "trois mois": "P3M"}


def test_last_hours_is_an_interval_before_publication(annotate):
    t = timexes(annotate("Dans les dernières 72 heures, la situation s'est dégradée.", PUB))
    t = t["les dernières 72 heures"]
    assert (t["type"], t["value"], t["anchor"]) == ("DURATION", "PT72H", "publication")
    assert (t["start"], t["end"]) == ("2021-03-10T00:00:00", "2021-03-13T00:00:00")


def test_vague_durations(annotate):
    v = values(annotate("Ces derniers jours, les prix ont flambé après plusieurs semaines "
                        "de calme.", PUB))
    assert v == {"Ces derniers jours": "PXD", "plusieurs semaines": "PXW"}


def test_ages_are_not_durations(annotate):
    doc = annotate("Marc Dupont, 45 ans, et une fillette de 6 ans ont été blessés. "
                   "Il a été condamné à 2 ans de prison.", PUB)
    assert values(doc) == {"2 ans": "P2Y"}


def test_sets(annotate):
    v = values(annotate("Le marché a lieu chaque lundi et le service est assuré 24 heures "
                        "sur 24, trois fois par semaine.", PUB))
    assert v["chaque lundi"] == "XXXX-WXX-1"
    assert v["24 heures sur 24"] == "P1D"
    assert v["semaine"] == "P1W"


def test_present_reference(annotate):
    assert values(annotate("La ville compte désormais 20.000 habitants.", PUB)) == {
        "désormais": "PRESENT_REF"}


def test_numbers_in_words(annotate):
    assert values(annotate("Il a passé vingt-deux ans en exil.", PUB)) == {
        "vingt-deux ans": "P22Y"}


def test_without_publication_date_parts_are_unknown(annotate):
    v = values(annotate("Le 18 octobre, il est parti. Hier, il a appelé. Mardi, il rentrera.",
                        None))
    assert v == {"Le 18 octobre": "XXXX-10-18", "Hier": "XXXX-XX-XX", "Mardi": "XXXX-WXX-2"}
    assert not any("MINUS" in value or "PLUS" in value for value in v.values())


def test_not_dates(annotate):
    doc = annotate("Le bilan a été revu : 2500 personnes ont été évacuées lors des Jeux "
                   "d'hiver.", PUB)
    assert values(doc) == {}


def test_seed_expectations(annotate, shared_dir):
    """The done-when examples of issue 5 on the seed article (skips without ../shared)."""
    path = shared_dir / "gold" / "dev" / "seed.jsonl"
    if not path.exists():
        pytest.skip("seed gold absent")
    gold = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    v = values(annotate(gold["text"], "2016-10-28"))
    assert v["Le 18 octobre"] == "2016-10-18"
    assert v["26"] == "2016-10-26"
    assert v["27 octobre derniers"] == "2016-10-27"
    assert v["dix jours"] == "P10D"
    assert v["les dernières 72 heures"] == "PT72H"


# -- generalisation fixes (unseen press articles) --------------------------------------------

def test_weekday_of_the_publication_day_is_that_day(annotate):
    # PUB is a Friday: a bare "vendredi" in a Friday's paper is that very day, whatever the tense
    v = values(annotate("Le préfet a annoncé vendredi la fermeture du pont.", PUB))
    assert v["vendredi"] == "2021-03-12"
    v = values(annotate("Ce vendredi, les syndicats défilent dans la ville.", PUB))
    assert v["Ce vendredi"] == "2021-03-12"
    v = values(annotate("Le conseil avait voté vendredi dernier.", PUB))
    assert v["vendredi dernier"] == "2021-03-05"


def test_explicit_cue_beats_the_story_day(annotate):
    text = ("Le 10 mars, le maire a reçu les riverains. Le vote, attendu mercredi dernier, "
            "aura lieu mercredi prochain.")
    v = values(annotate(text, PUB))
    assert v["Le 10 mars"] == "2021-03-10"
    assert v["mercredi dernier"] == "2021-03-10"
    assert v["mercredi prochain"] == "2021-03-17"


def test_weekday_before_or_after_the_story_day(annotate):
    text = "Mardi 9 mars, 300 élèves ont défilé, contre 500 le mardi précédent."
    assert values(annotate(text, PUB))["mardi précédent"] == "2021-03-02"


def test_day_month_across_the_new_year(annotate):
    # a past verb, but the day a few weeks ahead is meant, not the one eleven months back
    v = values(annotate("Le gouvernement a confirmé la hausse des tarifs au 1er janvier.",
                        "2020-12-10"))
    assert v["1er janvier"] == "2021-01-01"
    v = values(annotate("Le gouvernement a confirmé la hausse des tarifs le 15 mars.",
                        "2020-12-10"))
    assert v["le 15 mars"] == "2020-03-15"


def test_month_alone_across_the_new_year(annotate):
    v = values(annotate("Les commerçants espèrent que tout va repartir en janvier.",
                        "2020-12-28"))
    assert v["janvier"] == "2021-01"
    v = values(annotate("Les contrôles se sont renforcés à partir de la mi-décembre.",
                        "2021-01-14"))
    assert v["la mi-décembre"] == "2020-12"


def test_this_season_and_this_weekend_with_a_past_verb(annotate):
    v = values(annotate("Tout a changé cet été pour les saisonniers.", "2021-01-20"))
    assert v["cet été"] == "2020-SU"
    # 2021-03-15 is a Monday: the weekend just gone is in ISO week 10
    v = values(annotate("La ville a été le théâtre de violences ce week-end.", "2021-03-15"))
    assert v["ce week-end"] == "2021-W10-WE"

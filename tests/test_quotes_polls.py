"""Poll write-ups: a share of a population saying what it thinks, reported by a poll
("N % des X pensent que …, selon un sondage Y"); sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes


@pytest.mark.parametrize("text, statement, source", [
    # a fraction of a population thinking, then the poll
    ("Sept électeurs sur dix estiment que la réforme ne servira à rien, selon le sondage "
     "Ipsos pour Le Monde.", "Sept électeurs sur dix estiment que la réforme ne servira à rien",
     "Ipsos"),
    # a majority, and an institute named with a hyphen
    ("La majorité des parents jugent que la rentrée a été mal préparée, selon un sondage "
     "Ipsos-Sopra Steria pour une radio locale.",
     "La majorité des parents jugent que la rentrée a été mal préparée", "Ipsos-Sopra Steria"),
    # a percentage thinking after a concessive clause: one record, the clause included
    ("Si 60 % des électeurs connaissent la loi, 40 % d'entre eux pensent qu'elle est "
     "injuste, selon une enquête Ifop.", "Si 60 % des électeurs connaissent la loi, 40 % "
     "d'entre eux pensent qu'elle est injuste", "Ifop"),
    # a rubric label before the poll's lede is left out
    ("Les familles inquiètes\nSONDAGE - Six parents sur dix pensent que la réforme des "
     "rythmes scolaires a échoué, selon une enquête Ifop.\nLa suite de l'article commence "
     "ici.", "Six parents sur dix pensent que la réforme des rythmes scolaires a échoué",
     "Ifop"),
    # the source runs over the poll's maker and its client, the selon phrase first or last
    ("Une majorité de salariés jugent la réforme injuste, selon un sondage Ipsos pour le "
     "journal Sud Matin publié dimanche.", "Une majorité de salariés jugent la réforme "
     "injuste", "Ipsos"),
    ("Selon une enquête Odoxa-Dentsu Consulting pour France Bleu et le Télégramme, la moitié "
     "des jeunes veulent quitter la ville.", "la moitié des jeunes veulent quitter la ville",
     "Odoxa-Dentsu Consulting"),
    ("Selon une étude réalisée par l'institut Harris pour la mairie, les commerces ont perdu "
     "un tiers de leur chiffre d'affaires.", "les commerces ont perdu un tiers de leur "
     "chiffre d'affaires", "Harris"),  # lowercase "institut" classifies the name
])
def test_a_shares_opinion_is_the_polls_finding_named_by_its_source(annotate, text,
                                                                   statement, source):
    assert _quotes(annotate(text)) == [(statement, "selon", source)]


def test_share_judging_with_a_study_as_source(annotate):
    doc = annotate("Deux tiers des salariés jugent que leur charge de travail a augmenté, "
                   "selon une étude de l'Insee publiée mardi.")
    assert _quotes(doc)[0][:2] == (
        "Deux tiers des salariés jugent que leur charge de travail a augmenté", "selon")


def test_a_person_saying_before_a_relaying_agency_keeps_the_indirect(annotate):
    doc = annotate("Le maire de Vierzon a affirmé que la piscine rouvrira en mai, "
                   "selon l'AFP.")
    assert ("que la piscine rouvrira en mai", "indirect", "maire de Vierzon") in _quotes(doc)


def test_share_after_a_detached_adjective_phrase_speaks(annotate):
    doc = annotate("Le sondage Ifop a été publié mardi. Peu convaincus par le projet, 80 % des "
                   "habitants pensent qu'il «ne changera rien» au quartier.")
    assert [(t, k) for t, k, s in _quotes(doc) if "habitants" in s] == [
        ("qu'il «ne changera rien» au quartier", "mixed")]


def test_lowercase_word_of_a_pollsters_name_is_no_statement(annotate):
    # "Harris interactive", "Dentsu consulting": the lowercase word still names the maker
    doc = annotate("Le projet de loi divise les Français, selon un sondage Harris interactive "
                   "publié mardi.")
    assert _quotes(doc) == [("Le projet de loi divise les Français", "selon", "Harris")]

"""Poll write-ups: a share of a population saying what it thinks, reported by a poll
("N % des X pensent que …, selon un sondage Y"); sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes


@pytest.mark.parametrize("text, statement, institute", [
    # a fraction of a population thinking, then the poll
    ("Sept électeurs sur dix estiment que la réforme ne servira à rien, selon le sondage "
     "Ipsos pour Le Monde.", "Sept électeurs sur dix estiment que la réforme ne servira à rien",
     "Ipsos"),
    # a majority, and an institute named with a hyphen
    ("La majorité des parents jugent que la rentrée a été mal préparée, selon un sondage "
     "Ipsos-Sopra Steria pour une radio locale.",
     "La majorité des parents jugent que la rentrée a été mal préparée", "Ipsos-Sopra Steria"),
])
def test_a_shares_opinion_is_the_polls_finding_named_by_its_institute(annotate, text,
                                                                      statement, institute):
    assert _quotes(annotate(text)) == [(statement, "selon", institute)]


def test_percentage_thinking_after_a_concessive_clause_is_one_selon_record(annotate):
    doc = annotate("Si 60 % des électeurs connaissent la loi, 40 % d'entre eux pensent "
                   "qu'elle est injuste, selon une enquête Ifop.")
    ((text, kind, speaker),) = _quotes(doc)
    assert kind == "selon" and speaker == "Ifop"
    assert text == ("Si 60 % des électeurs connaissent la loi, 40 % d'entre eux pensent "
                    "qu'elle est injuste")


def test_share_judging_with_a_study_as_source(annotate):
    doc = annotate("Deux tiers des salariés jugent que leur charge de travail a augmenté, "
                   "selon une étude de l'Insee publiée mardi.")
    assert _quotes(doc)[0][:2] == (
        "Deux tiers des salariés jugent que leur charge de travail a augmenté", "selon")


def test_a_person_saying_before_a_relaying_agency_keeps_the_indirect(annotate):
    doc = annotate("Le maire de Vierzon a affirmé que la piscine rouvrira en mai, "
                   "selon l'AFP.")
    assert ("que la piscine rouvrira en mai", "indirect", "maire de Vierzon") in _quotes(doc)


def test_rubric_label_before_a_poll_lede_is_left_out(annotate):
    doc = annotate("Les familles inquiètes\nSONDAGE - Six parents sur dix pensent que la "
                   "réforme des rythmes scolaires a échoué, selon une enquête Ifop.\n"
                   "La suite de l'article commence ici.")
    assert ("Six parents sur dix pensent que la réforme des rythmes scolaires a échoué",
            "selon", "Ifop") in _quotes(doc)


def test_share_after_a_detached_adjective_phrase_speaks(annotate):
    doc = annotate("Le sondage Ifop a été publié mardi. Peu convaincus par le projet, 80 % des "
                   "habitants pensent qu'il «ne changera rien» au quartier.")
    assert [(t, k) for t, k, s in _quotes(doc) if "habitants" in s] == [
        ("qu'il «ne changera rien» au quartier", "mixed")]

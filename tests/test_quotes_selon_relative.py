"""A selon phrase whose source is the relative pronoun "qui" ("X, selon qui …"): the
statement is the person's, the person the one named or described right before the phrase.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes


@pytest.mark.parametrize("text, record", [
    ("Hier, Paul Durand a condamné ces actes, tout comme son mentor, Jean Martin, selon qui "
     "ces tags « expriment la bêtise des préjugés ».",
     ("ces tags « expriment la bêtise des préjugés »", "selon", "Jean Martin")),
    ("La pression est venue de Laurent Moreau, le secrétaire général du syndicat, selon "
     "qui le défilé devrait être reporté.",
     ("le défilé devrait être reporté", "selon", "Laurent Moreau")),
    ("Le maire de Dijon, Lucien Dupuis – issu de la droite –, selon qui la gare serait "
     "trop petite, a réclamé des travaux.",
     ("la gare serait trop petite", "selon", "Lucien Dupuis")),
    ("Giuseppe Rossi a démenti les affirmations du président français selon qui les "
     "centres devaient être créés en Italie.",
     ("les centres devaient être créés en Italie", "selon", "président français")),
])
def test_the_statement_of_the_person_before_selon_qui(annotate, text, record):
    assert record in _quotes(annotate(text))


def test_a_person_in_the_complement_of_a_speaker_noun_is_no_antecedent(annotate):
    doc = annotate("La sœur de Jean Morel, selon qui la police a menti, a porté plainte.")
    assert _quotes(doc) == [("la police a menti", "selon", "sœur de Jean Morel")]


def test_the_statement_runs_past_a_phrase_inserted_in_its_subject(annotate):
    doc = annotate("Le préfet, selon qui le pont, rénové en 1980, reste fragile, a fermé "
                   "la route.")
    assert _quotes(doc) == [("le pont, rénové en 1980, reste fragile", "selon", "préfet")]


def test_a_relative_of_a_description_not_its_complement(annotate):
    doc = annotate("«Il n'est pas question de freiner», tranche un proche du premier "
                   "ministre, selon qui un tel scénario «laisserait penser que rien "
                   "n'est urgent».")
    assert _quotes(doc)[1] == (
        "un tel scénario «laisserait penser que rien n'est urgent»", "selon", "proche")


def test_a_statement_all_in_marks_is_direct(annotate):
    doc = annotate("« Nous voulons agir », a déclaré Anne Roy, selon qui « il est temps de "
                   "changer la fiscalité ».")
    assert _quotes(doc)[1] == ("il est temps de changer la fiscalité", "direct", "Anne Roy")


@pytest.mark.negative
def test_a_thesis_selon_laquelle_names_no_source(annotate):
    assert _quotes(annotate("L'idée selon laquelle le monde serait plat se répand.")) == []

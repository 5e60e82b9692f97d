"""The word-vector back-off for person nouns no lexicon lists (participants/vectors.py), and
the speakers it gives in positions that already say "speaker"; invented sentences."""

from __future__ import annotations

import pytest
import spacy
from quote_rows import quote_rows as _quotes

from newsextract.nlp.participants.lexicon import names_person
from newsextract.nlp.participants.vectors import (
    PERSON_THRESHOLD,
    looks_like_person,
    person_likeness,
    seed_words,
)

# Person nouns the lexicons do not list, which the model's vectors place among people
# (noble titles); the tests check they are unknown first, so that they test the back-off.
UNLISTED_PERSON_NOUNS = ("vicomte", "marquis", "baron")


def test_seeds_come_from_the_lexicons():
    seeds = seed_words()
    assert seeds["ministre"] == "person" and seeds["communiqué"] == "other"
    assert seeds["centaine"] == "other"  # a quantity is never a person


def test_unlisted_noble_titles_look_like_people(nlp):
    for noun in UNLISTED_PERSON_NOUNS:
        assert not names_person(noun)
        assert person_likeness(nlp.vocab, noun) >= PERSON_THRESHOLD, noun


def test_things_and_places_do_not(nlp):
    for noun in ("réforme", "taxe", "sondage", "barrage", "retour"):
        assert person_likeness(nlp.vocab, noun) < PERSON_THRESHOLD, noun


@pytest.mark.negative
def test_a_model_without_vectors_answers_unknown():
    assert looks_like_person(spacy.blank("fr").vocab, "vicomte") is None


def test_inverted_subject_after_the_closing_mark(annotate):
    doc = annotate("«Cette vente du domaine est une erreur», a déclaré le vicomte.")
    assert _quotes(doc) == [("Cette vente du domaine est une erreur", "direct", "vicomte")]


def test_a_present_reporting_verb_inverted_after_the_mark(annotate):
    doc = annotate("«On ne nous a rien demandé», raconte le marquis, assis près du perron.")
    assert _quotes(doc) == [("On ne nous a rien demandé", "direct", "marquis")]


def test_subject_before_que(annotate):
    doc = annotate("Le baron a affirmé que le château resterait ouvert au public.")
    assert _quotes(doc) == [("que le château resterait ouvert au public", "indirect", "baron")]


def test_clause_before_a_present_inverted_cue(annotate):
    doc = annotate("Le moulin rouvrira au printemps, estime le vicomte.")
    assert [(t, s) for t, _, s in _quotes(doc)] == [("Le moulin rouvrira au printemps",
                                                    "vicomte")]


def test_apposition_to_a_named_person_is_a_description(annotate):
    doc = annotate("Hugues Varlin, baron du canton, a reçu les visiteurs dimanche. «Nous "
                   "voulons garder la chapelle», a expliqué le baron.")
    assert _quotes(doc) == [("Nous voulons garder la chapelle", "direct", "Hugues Varlin")]


@pytest.mark.negative
def test_abstract_nouns_stay_no_speakers(annotate):
    doc = annotate("«Le prix du pain va encore monter», affirme la réforme.")
    assert _quotes(doc) == []


def test_curated_person_nouns_speak(annotate):
    doc = annotate("«La farine coûte deux fois plus cher», explique un boulanger. «Je ne "
                   "sais plus quoi faire», confie sa sœur. «Tout augmente», soupire une "
                   "dame de 70 ans.")  # "cette dame" would point back to the sister
    assert [s for _, _, s in _quotes(doc)] == ["boulanger", "sœur", "dame"]


def test_a_speaker_of_a_link_line_is_no_antecedent(annotate):
    # the link to another story names its own people: the description after it goes back
    # to the person of the body
    doc = annotate("Le comte Hugues de Valmont a publié une lettre ouverte samedi.\n» LIRE "
                   "AUSSI - «Bonnets verts»: Paul Lemaire propose de devenir leur porte-voix\n"
                   "«Nous pensons à toutes les familles du canton», déclare l’aîné des Valmont.")
    assert ("Nous pensons à toutes les familles du canton", "direct",
            "Hugues de Valmont") in _quotes(doc)


def test_a_participle_after_an_object_is_the_main_subject(annotate):
    doc = annotate("Jeudi, la Fédération a dit qu’elle rappelait ses employés de Nantes, "
                   "accusant le repreneur de «manœuvres déloyales».")
    assert ("manœuvres déloyales", "direct", "Fédération") in _quotes(doc)

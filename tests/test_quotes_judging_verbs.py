"""Verbs of praise and blame whose quoted object is the subject's own wording ("a félicité
les grévistes pour leur «courage»": QUOTES.md, Fragments), on sentences written for these
tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize("text, words, speaker, verb", [
    ("La syndicaliste Anne Morel a félicité les grévistes pour leur « courage exemplaire ».",
     "courage exemplaire", "Anne Morel", "féliciter"),
    ("Le député Marc Vial a étrillé un budget « bâclé et injuste ».",
     "bâclé et injuste", "Marc Vial", "étriller"),
    ("L'élue Claire Noiret a épinglé les « mensonges répétés » de la majorité.",
     "mensonges répétés", "Claire Noiret", "épingler"),
])
def test_a_quoted_object_of_praise_or_blame_is_the_subjects_words(annotate, text, words,
                                                                  speaker, verb):
    assert (words, "direct", speaker, verb) in quote_rows(
        annotate(text), ("kind", "speaker", "verb"))


@pytest.mark.negative
def test_the_plain_senses_of_those_verbs_report_nothing(annotate):
    # "louer" an appartment, "remercier" an employee: no quoted words, no record
    doc = annotate("La famille Roux a loué un appartement à Brest. L'entreprise a remercié "
                   "trois salariés en mars.")
    assert quote_rows(doc) == []


def test_the_name_of_a_work_or_event_in_marks_is_no_quote(annotate):
    doc = annotate("La ministre a remercié les organisateurs du festival « Rock en Seine ». "
                   "Le maire a dénoncé l'émission « Quotidien » hier.")
    assert quote_rows(doc) == []
    # the same verbs still quote an evaluative word
    doc = annotate("Le maire Paul Roux a dénoncé une émission « honteuse » hier.")
    assert ("honteuse", "direct", "Paul Roux") in quote_rows(doc)

"""A selon source written as a title in quotation marks ("Selon «Le Courrier», …"): the
newspaper or site inside the marks is the source; sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes


@pytest.mark.parametrize("text, statement, speaker", [
    ("Selon «La Gazette», le maire a démissionné mardi soir.",
     "le maire a démissionné mardi soir", "La Gazette"),
    ("Selon le « Courrier du Nord », trois entrepôts ont été fermés.",
     "trois entrepôts ont été fermés", "Courrier du Nord"),
    ("D'après \"The Herald\", les négociations reprendront lundi.",
     "les négociations reprendront lundi", "The Herald"),
    ("Le ministre Paul Verdier a été entendu par les juges, selon «La Gazette».",
     "Le ministre Paul Verdier a été entendu par les juges", "La Gazette"),
])
def test_quoted_title_is_the_source(annotate, text, statement, speaker):
    assert _quotes(annotate(text)) == [(statement, "selon", speaker)]


@pytest.mark.negative
def test_quoted_words_after_selon_are_no_title(annotate):
    doc = annotate("Selon «nous irons jusqu'au bout», la foule avançait vers la mairie.")
    assert all(speaker != "nous irons jusqu'au bout" for _, _, speaker in _quotes(doc))


@pytest.mark.negative
def test_title_followed_by_its_complement_leaves_no_words_in_the_statement(annotate):
    # "le «Times» de Londres": the source phrase goes on past the closing mark
    doc = annotate("Selon le «Herald» de Glasgow, le ministre a démissionné.")
    assert all(not statement.startswith("de Glasgow") for statement, _, _ in _quotes(doc))

"""The one age check (nlp/entities/ages.py) that the entity rules and the participant
registry share: a name, an opener or none, a number and an age unit."""

from __future__ import annotations

import pytest

from newsextract.nlp.entities.ages import age_after
from newsextract.nlp.participants.coreference import AGE_OPENERS, age_near


def _index(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_age_after_a_comma_or_in_brackets(annotate):
    doc = annotate("Ysolde, 27 ans, tient la buvette. Gaëtan (54 ans) arrive ensuite.")
    assert age_after(doc, _index(doc, "Ysolde") + 1).text == "27"
    assert age_after(doc, _index(doc, "Gaëtan") + 1).text == "54"


def test_age_after_over_no_break_spaces(annotate):
    doc = annotate("Ysolde,\u00a027\u00a0ans, tient la buvette du stade.")
    assert age_after(doc, _index(doc, "Ysolde") + 1, opener_required=True).text == "27"


@pytest.mark.negative
def test_a_duration_is_no_age_when_asked(annotate):
    doc = annotate("Ensuite, 12 ans après la fermeture, la buvette a rouvert.")
    assert age_after(doc, _index(doc, "Ensuite") + 1, duration_checked=True) is None


@pytest.mark.negative
def test_a_required_opener_is_required(annotate):
    doc = annotate("Voilà 12 ans que la buvette du stade est fermée.")
    assert age_after(doc, _index(doc, "Voilà") + 1) is not None
    assert age_after(doc, _index(doc, "Voilà") + 1, opener_required=True) is None


def test_registry_age_after_a_description_with_de(annotate):
    doc = annotate("Un maraîcher de 61 ans a vendu ses dernières courges au marché.")
    noun = _index(doc, "maraîcher")
    assert "de" in AGE_OPENERS
    assert age_near(doc, noun - 1, noun + 1) == 61

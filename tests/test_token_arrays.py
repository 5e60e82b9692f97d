"""Tokens picked off the Doc's arrays (nlp/token_arrays.py) are those a loop would test."""

from __future__ import annotations

import pytest

from newsextract.nlp.pipeline import annotate, load
from newsextract.nlp.token_arrays import tokens_tagged


def test_tokens_tagged_are_the_tokens_of_that_tag_and_dependency():
    doc = annotate(load(), "Les pompiers de Lorient sont arrivés vite. Le maire a salué leur "
                           "courage et la préfète a été prévenue.")
    picked = [t.i for t in tokens_tagged(doc, "NOUN", ("nsubj", "nsubj:pass"))]
    looped = [t.i for t in doc if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubj:pass")]
    assert picked == looped
    assert "pompiers" in [doc[i].text for i in picked]
    auxiliaries = [t.text for t in tokens_tagged(doc, "AUX", ("aux", "aux:tense"))]
    assert auxiliaries == [t.text for t in doc
                           if t.pos_ == "AUX" and t.dep_ in ("aux", "aux:tense")]
    assert auxiliaries


@pytest.mark.negative
def test_no_dependency_label_wanted_tags_no_token(nlp):
    from newsextract.nlp.token_arrays import tokens_tagged
    assert list(tokens_tagged(nlp("Le chat dort."), "NOUN", [])) == []

"""The words of a speaker's mention: no time adverbial after a description, a compound
surname with its first name, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_records as _quotes


def _speaker(doc, words: str) -> str:
    return next(q for q in _quotes(doc) if q["text"] == words)["speaker"]


@pytest.mark.parametrize("text, words, speaker", [
    # an inverted subject followed by a bare date
    ("«Nous ne céderons pas», a déclaré le ministre de l'Intérieur ce matin sur France "
     "Inter.", "Nous ne céderons pas", "ministre de l'Intérieur"),
    ("La victime est décédée, a-t-on appris de source judiciaire lundi soir.",
     "La victime est décédée", "source judiciaire"),
    ("«Nous irons jusqu'au bout», ont scandé les manifestants ce 12 mars à Lyon.",
     "Nous irons jusqu'au bout", "manifestants"),
    # a date the phrase governs stays in it
    ("«Nous resterons», ont crié les manifestants de samedi devant la mairie.",
     "Nous resterons", "manifestants de samedi"),
])
def test_time_adverbial_is_no_part_of_the_speaker(annotate, text, words, speaker):
    assert _speaker(annotate(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # the parser takes the particle for the determiner of a subject "Le Goff"
    ("Lors de son discours à Lyon, Marine Le Goff a parlé au sujet de la crise «d'une "
     "révolution du bon sens».", "d'une révolution du bon sens", "Marine Le Goff"),
    ("Selon un proche, Rose Le Bihan a demandé à être reçue par le préfet avec les autres "
     "élus.", "à être reçue par le préfet avec les autres élus", "Rose Le Bihan"),
])
def test_surname_particle_keeps_the_first_name(annotate, text, words, speaker):
    assert _speaker(annotate(text), words) == speaker

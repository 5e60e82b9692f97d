"""A selon or "Pour X," source described by a bare apposition: the statement starts after
the description; sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes


@pytest.mark.parametrize("text, statement, speaker", [
    ("Selon Paul Verdier, agronome, la récolte de cette année sera médiocre.",
     "la récolte de cette année sera médiocre", "Paul Verdier"),
    ("Selon Marc Dubois, directeur de la coopérative, les prix vont encore baisser.",
     "les prix vont encore baisser", "Marc Dubois"),
    ("D'après Léa Martin, économiste à l'université de Tours, la croissance ralentira.",
     "la croissance ralentira", "Léa Martin"),
    ("Pour Anne Morel, experte et consultante en viticulture, la saison est déjà compromise.",
     "la saison est déjà compromise", "Anne Morel"),
])
def test_statement_starts_after_the_sources_description(annotate, text, statement, speaker):
    assert _quotes(annotate(text)) == [(statement, "selon", speaker)]


def test_a_date_after_the_source_stays_in_the_statement(annotate):
    doc = annotate("Selon la police, lundi, trois cents personnes ont défilé.")
    assert _quotes(doc) == [("lundi, trois cents personnes ont défilé", "selon", "police")]

"""A description of an organisation refers back only to an organisation of its kind ("la
compagnie" is no television channel, "le quotidien" no ministry), on sentences written for
these tests."""

from __future__ import annotations

from quote_rows import quote_records


def _speaker(doc, start: str) -> str:
    return next(q for q in quote_records(doc) if q["text"].startswith(start))["speaker"]


def test_a_company_description_skips_the_channel_cited_last(annotate):
    doc = annotate("Les salariés de Renault sont inquiets, selon la chaîne de télévision "
                   "France 3. « L'enquête interne se poursuit », a répété la compagnie mardi.")
    assert _speaker(doc, "L'enquête interne") == "Renault"


def test_a_newspaper_description_is_no_ministry(annotate):
    doc = annotate("Des manifestants sont entrés dans le ministère de la Culture samedi. Les "
                   "journalistes ont interrogé les occupants. Le quotidien a écrit que le "
                   "rond-point était devenu « leur foyer ».")
    assert _speaker(doc, "que le rond-point") == "quotidien"


def test_an_organisation_of_the_same_kind_is_still_the_antecedent(annotate):
    doc = annotate("Le Syndicat national des cheminots appelle à la grève jeudi. « Nous ne "
                   "céderons pas », a prévenu le syndicat.")
    assert _speaker(doc, "Nous ne céderons pas") == "Syndicat national des cheminots"


def test_a_name_completing_a_place_noun_keeps_its_kind_open(annotate):
    # "le site de Lubrizol" is the company's plant: Lubrizol is no website
    doc = annotate("Un incendie a ravagé le site de Lubrizol à Rouen. « Aucun produit toxique "
                   "n'a été relâché », a assuré l'entreprise.")
    assert _speaker(doc, "Aucun produit toxique") == "Lubrizol"

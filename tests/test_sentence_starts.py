"""A sentence glued to the word before it (a lost line break) starts a sentence for the parser."""

import pytest


def test_glued_sentence_starts_a_sentence(annotate):
    doc = annotate("La salle des fêtes est restée vide tout le weekendLe maire a reconnu "
                   "son erreur devant le conseil.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["La", "Le"]


def test_glued_subhead_is_not_part_of_the_speaker(annotate):
    doc = annotate("Un hangar désertL’ouvrière a raconté que les machines étaient «arrêtées "
                   "depuis des mois».")
    (quote,) = doc.spans["quotes"]
    assert quote._.quote["speaker"] == "ouvrière"
    assert quote._.quote["verb"] == "raconter"


def test_glued_sentence_start_before_a_function_word(annotate):
    doc = annotate("Le marché couvert restera fermé jusqu'à nouvel ordreLa directrice a déclaré : "
                   "«Nous rouvrirons au printemps.»")
    (quote,) = doc.spans["quotes"]
    assert quote._.quote["speaker"] == "directrice"


@pytest.mark.negative
def test_camel_case_name_is_no_sentence_start(annotate):
    doc = annotate("Les joueurs de PlayStation ont attendu la mise à jour toute la soirée.")
    assert len(list(doc.sents)) == 1


def test_spaced_subhead_starts_a_sentence(annotate):
    doc = annotate("Le conseil votera le budget en avril. Riverains inquiets Pour Me Lucie Fabre, "
                   "l'avocate des riverains, «ce projet ne devrait jamais voir le jour».")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["Le", "Riverains", "Pour"]
    (quote,) = doc.spans["quotes"]
    assert quote.text == "ce projet ne devrait jamais voir le jour"
    assert quote._.quote["speaker"] == "Lucie Fabre"


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Le quotidien Le Courrier a publié la lettre du maire mardi.",
    "Selon le journal La Gazette, le maire partira en mai.",
    "La candidate Marine Le Bris a tenu meeting à Rennes.",
    # a capitalised article after "de" belongs to a name: a subhead never ends on "de"
    "Conseillère de La Courtine, Hélène Brunet a voté contre le projet.",
    "Odile de La Varenne a affirmé que la digue tiendrait.",
    "Les élus du Mans ont voté contre le projet.",
])
def test_title_or_name_after_a_noun_is_no_subhead(annotate, text):
    assert len(list(annotate(text).sents)) == 1


def test_capital_glued_to_a_closing_mark_starts_a_sentence(annotate):
    doc = annotate("Les voisins dénoncent une «impasse»Le maire Paul Roux a promis une réunion.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["Les", "Le"]


def test_particle_name_keeps_its_article_as_speaker(annotate):
    doc = annotate("Odile de La Varenne a affirmé que «la digue tiendra jusqu'à l'hiver».")
    (quote,) = doc.spans["quotes"]
    assert quote._.quote["speaker"] == "Odile de La Varenne"


def test_spaced_subhead_that_opens_a_paragraph_starts_a_sentence(annotate):
    doc = annotate("Le conseil votera le budget en avril\nRiverains inquiets Pour Me Lucie Fabre, "
                   "l'avocate des riverains, «ce projet ne devrait jamais voir le jour».")
    assert "Pour" in [s[0].text for s in doc.sents]
    (quote,) = doc.spans["quotes"]
    assert quote._.quote["speaker"] == "Lucie Fabre"


def test_capital_glued_to_a_closing_curly_mark_starts_a_sentence(annotate):
    doc = annotate("Les voisins dénoncent une “impasse”Le maire Paul Roux a promis une réunion.")
    assert [s[0].text for s in doc.sents] == ["Les", "Le"]


@pytest.mark.negative
def test_curly_mark_opening_a_quotation_starts_no_sentence(annotate):
    doc = annotate("Le maire a lancé ”Nous rouvrirons la piscine en juin” devant le conseil.")
    assert len(list(doc.sents)) == 1

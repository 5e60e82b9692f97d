"""Headline, subhead and lede quotes that repeat, in other forms, words a quote of the
body attributes (`quotes/echoes.py`), on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


def _by_text(doc) -> dict[str, tuple[str, str | None]]:
    """The speaker and verb of each quote, by its words."""
    return {text: (speaker, verb) for text, speaker, verb in quote_rows(doc, ("speaker", "verb"))}


def test_a_lede_noun_phrase_inflected_in_the_body_is_that_speakers(annotate):
    # plural in the lede, singular and split by a relative clause in the body
    doc = annotate("Un cycliste qui avait des «problèmes cardiaques sérieux» a chuté mardi "
                   "dans la descente du col.\nLe coureur a été transporté à l'hôpital de Gap. "
                   "Il avait «un problème cardiaque qui paraît sérieux», a déclaré le médecin "
                   "de l'équipe, Paul Ravel.")
    assert _by_text(doc)["problèmes cardiaques sérieux"] == ("Paul Ravel", None)


def test_a_subhead_shortening_a_body_quote_is_that_speakers(annotate):
    doc = annotate("Le maire de Brest a reçu les commerçants du centre lundi soir.\n«Mesures "
                   "rapides»\n«Nous prendrons des mesures très rapides pour le stationnement», "
                   "a promis Yves Le Goff devant une salle comble.")
    assert _by_text(doc)["Mesures rapides"] == ("Yves Le Goff", None)


def test_a_headline_with_one_word_changed_is_that_speakers(annotate):
    # three of the headline's four content words come back ("restera" is "sera")
    doc = annotate("«Le pont restera fermé tout l'hiver»\nLa préfecture a réuni les maires de "
                   "la vallée jeudi. «Le pont de la Loire sera fermé jusqu'à la fin de "
                   "l'hiver, nous n'avons pas le choix», a expliqué le préfet Alain Roussel.")
    assert _by_text(doc)["Le pont restera fermé tout l'hiver"] == ("Alain Roussel", None)


@pytest.mark.negative
@pytest.mark.parametrize("text, piece", [
    # a charge: after a preposition, the quoted words name an offence the body's speakers
    # share
    ("Un homme soupçonné de «vol avec violence aggravé» a été arrêté dimanche à Rennes.\n"
     "L'enquête se poursuit. «Il s'agit d'un vol aggravé avec violence sur une personne "
     "âgée», a indiqué le procureur Jean Morin.", "vol avec violence aggravé"),
    # the headline's words lie far apart in the quote
    ("«Retour au calme»\nLe quartier a connu deux nuits agitées. «Le retour des habitants "
     "dans leurs logements dépendra des experts, qui passeront lundi, mardi et mercredi, et "
     "nous ferons tout pour que la situation revienne au calme», a déclaré la maire Sylvie "
     "Garnier.", "Retour au calme"),
    # the title of a work
    ("Le film «La Nuit des rois» sort mercredi dans toutes les salles du pays.\nLe "
     "réalisateur a tourné pendant un an. «La nuit des rois est le film de ma vie», confie "
     "le réalisateur Hugo Marchand.", "La Nuit des rois"),
    # "la «…»" refers to a thing known by that name, whoever uses the name later
    ("Des milliers de cyclistes ont célébré dimanche la «journée nationale du vélo» à Lyon."
     "\nLe cortège a traversé la ville. «Nous voulons une journée nationale du vélo chaque "
     "année», a dit Paul Roux, président du club.", "journée nationale du vélo"),
    # once the movement's name is set aside, one word is left: a name, not a statement
    ("Un «collectif bonnets rouges» est né jeudi à Quimper.\nLe mouvement compte déjà cent "
     "membres. «Notre collectif bonnets rouges défendra les fermes du Finistère», a dit "
     "Yann Le Bris.", "collectif bonnets rouges"),
])
def test_terms_and_names_echo_no_speaker(annotate, text, piece):
    assert piece not in _by_text(annotate(text))


def test_lemma_echo_needs_the_words_said_together():
    from newsextract.nlp.quotes.echoes import _said_together

    wanted = [frozenset({"retour"}), frozenset({"calme"})]
    close = [(3, frozenset({"retour"})), (6, frozenset({"calme"}))]
    far = [(3, frozenset({"retour"})), (40, frozenset({"calme"}))]
    assert _said_together(wanted, close, 2)
    assert not _said_together(wanted, far, 2)

"""The quotes layer's speaker search: a quoted adverb splitting an auxiliary from its
participle, an inverted subject ending before a participial clause, and "Pour X" phrases
whose X is whom something is for, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_records as _quotes


def _quote(doc, words: str) -> dict:
    return next(q for q in _quotes(doc) if q["text"] == words)


@pytest.mark.parametrize("text, words, speaker", [
    # the object after the participle is no inverted subject; the floor stays with X
    ("Paul Martin, porte-parole de l'association dans le département, a «catégoriquement» "
     "rejeté la pétition diffusée. «Je discute avec plusieurs élus. Nous déciderons la "
     "semaine prochaine.»", "Je discute avec plusieurs élus. Nous déciderons la "
     "semaine prochaine", "Paul Martin"),
    ("Paul Martin, porte-parole de l'association dans le département, a «catégoriquement» "
     "rejeté la pétition diffusée.", "catégoriquement", "Paul Martin"),
    ("La ministre Claire Vidal a «fermement» appelé lundi le président Jean Dupont à "
     "retirer ses troupes.", "fermement", "Claire Vidal"),
    # the name in apposition to the description before the auxiliary
    ("La ministre des Armées, Claire Vidal, a «fermement» appelé lundi le président Jean "
     "Dupont à retirer ses troupes.", "fermement", "Claire Vidal"),
])
def test_quoted_adverb_between_auxiliary_and_participle(annotate, text, words, speaker):
    assert _quote(annotate(text), words)["speaker"] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("«Tout se joue cette semaine», s'alarme La Gazette de l'Est en une, soulignant "
     "qu'Anne Morel et Paul Girard se sont enfin décidés à voter le budget.",
     "Tout se joue cette semaine", "La Gazette de l'Est"),
    ("«Rien ne bouge», s'agace Le Courrier du Nord, notant qu'Anne Morel n'a rien proposé.",
     "Rien ne bouge", "Courrier du Nord"),
    # "qu'" elided ends the subject too ("alors qu'X …")
    ("«Je ne vois pas d'issue», soupire un autre élu, alors qu'Anne Morel prépare un "
     "nouveau plan.", "Je ne vois pas d'issue", "autre élu"),
])
def test_inverted_subject_stops_at_participial_clause(annotate, text, words, speaker):
    assert _quote(annotate(text), words)["speaker"] == speaker


def test_participial_clause_takes_the_inverted_subject(annotate):
    doc = annotate("«Rien ne bouge», s'agace Le Courrier du Nord, notant qu'Anne Morel n'a "
                   "rien proposé.")
    indirect = next(q for q in _quotes(doc) if q["kind"] == "indirect")
    # the outlet's article is left out of the name the entity layer gives it
    assert indirect["speaker"] == "Courrier du Nord"


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Pour toutes ces victimes, dont sept adolescents, la mairie a ouvert une cellule "
    "d'écoute.",
    "Pour les blessés, aucune aide n'a été prévue par la préfecture.",
])
def test_pour_casualties_is_no_view(annotate, text):
    assert _quotes(annotate(text)) == []


@pytest.mark.parametrize("text, words, speaker", [
    ("Pour les deux élus régionaux, cette réforme marque un recul.",
     "cette réforme marque un recul", "deux élus régionaux"),
    # a name in apposition to the description is the view holder
    ("Pour son collègue, Marc Petit, la réforme est une erreur.",
     "la réforme est une erreur", "Marc Petit"),
])
def test_pour_view_holder(annotate, text, words, speaker):
    q = _quote(annotate(text), words)
    assert q["kind"] == "selon" and q["speaker"] == speaker


def test_collegue_can_speak(annotate):
    doc = annotate("«On ne peut plus travailler ainsi», déplore une collègue de "
                   "l'infirmière.")
    assert _quote(doc, "On ne peut plus travailler ainsi")["speaker"] \
        == "collègue de l'infirmière"


def test_pour_view_ends_at_a_colon_before_a_quote(annotate):
    doc = annotate("Pour Paul Lenoir, la colère sociale atteint son comble : «Quand on voit "
                   "les prix grimper chaque semaine, on se dit qu'il faut agir.»")
    view = _quote(doc, "la colère sociale atteint son comble")
    assert view["kind"] == "selon" and view["speaker"] == "Paul Lenoir"
    own = _quote(doc, "Quand on voit les prix grimper chaque semaine, on se dit qu'il faut "
                      "agir")
    assert own["kind"] == "direct" and own["speaker"] == "Paul Lenoir"


def test_climbing_the_same_token_twice_gives_the_same_governors(nlp):
    # a cache once sat on this generator: the second climb found nothing
    from newsextract.nlp.quotes.mentions import heads_above

    doc = nlp.make_doc("La voisine du maire a confié son inquiétude aux enquêteurs.")
    for name in ("tok2vec", "morphologizer", "parser"):  # a parse only: no layer of ours
        doc = nlp.get_pipe(name)(doc)
    noun = next(t for t in doc if t.text == "maire")
    first = [t.i for t in heads_above(noun, 4)]
    assert first and first == [t.i for t in heads_above(noun, 4)]
    assert len(first) == len(set(first))  # the root is not yielded again


@pytest.mark.parametrize("text, words, speaker", [
    # a person after a complement of the inverted verb, then a bare profession in
    # apposition: the person named under a title in the adverbial after it is no subject
    ("«Nous ne lâcherons rien», glisse à son tour Marie-Claude Bertin, boulangère, dans une "
     "allusion aux mots du président Hervé Delorme sur la taxe foncière.",
     "Nous ne lâcherons rien", "Marie-Claude Bertin"),
])
def test_a_person_named_in_an_adverbial_after_the_subject_does_not_speak(annotate, text,
                                                                         words, speaker):
    speakers = {s.text: s._.quote["speaker"] for s in annotate(text).spans["quotes"]}
    assert speakers[words] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Ces vieux vélos ont été assimilés par le brocanteur - vu leur solidité - au «tank des "
     "chemins».", "tank des chemins", "brocanteur"),
])
def test_a_dashed_aside_after_the_speaker_is_no_part_of_its_name(annotate, text, words,
                                                                speaker):
    speakers = {s.text: s._.quote["speaker"] for s in annotate(text).spans["quotes"]}
    assert speakers[words] == speaker


def test_a_title_opening_the_source_phrase_keeps_its_person(annotate):
    doc = annotate("La mesure, selon le ministre Paul Mercier, «allégera la facture des "
                   "locataires».")
    (q,) = doc.spans["quotes"]
    assert (q.text, q._.quote["speaker"]) == ("allégera la facture des locataires",
                                              "Paul Mercier")


@pytest.mark.parametrize("text, words, speaker", [
    # a bare office description after the article named the institution by its seat
    ("«Le calendrier est tenu», a assuré l'Élysée. «Les élus seront reçus jeudi», a ajouté "
     "la présidence.", "Les élus seront reçus jeudi", "Élysée"),
    ("Le sommet s'est tenu à la Maison Blanche. Les deux dirigeants se reverront en juin, a "
     "indiqué la présidence.", "Les deux dirigeants se reverront en juin", "Maison Blanche"),
])
def test_presidency_is_the_seat_named_before(annotate, text, words, speaker):
    assert _quote(annotate(text), words)["speaker"] == speaker


@pytest.mark.negative
def test_a_qualified_presidency_is_not_the_seat_named_before(annotate):
    doc = annotate("L'Élysée a salué l'accord. Les deux dirigeants se reverront en juin, a "
                   "indiqué la présidence ivoirienne.")
    assert _quote(doc, "Les deux dirigeants se reverront en juin")["speaker"] != "Élysée"

"""Quotation marks that are no speech verb's quote or that are typed the wrong way round:
the label after a naming participle ("la taxe dite «…»") and wire copy that reverses its
guillemets ("»…«"); and an inverted cue's subject "un des X"; sentences written for these
tests."""

from __future__ import annotations

from quote_rows import quote_rows as _quotes


def test_label_after_a_naming_participle_is_no_quote(annotate):
    # "dite/dits/dites" after a noun means "so-called": the quoted word is a label
    doc = annotate("«Nous resterons mobilisés tout l'hiver», a déclaré Paul Girard. Le maire "
                   "veut aider la France dite «oubliée», loin des métropoles.")
    assert _quotes(doc) == [("Nous resterons mobilisés tout l'hiver", "direct", "Paul Girard")]


def test_reflexive_dite_with_its_auxiliary_still_quotes(annotate):
    doc = annotate("La sénatrice Claire Vidal s'est dite «profondément choquée» par les images.")
    assert _quotes(doc) == [("profondément choquée", "direct", "Claire Vidal")]


def test_reversed_guillemets_give_the_quote_and_its_speaker(annotate):
    doc = annotate("La chanteuse Lise Morel sort un nouveau titre. »Je chante pour ceux qui "
                   "ne sont jamais écoutés«, explique-t-elle. Son album »Les oubliés« sort "
                   "en mars.")
    assert _quotes(doc) == [("Je chante pour ceux qui ne sont jamais écoutés", "direct",
                             "Lise Morel")]


def test_inverted_subject_one_of_a_group_without_article(annotate):
    # "un des X" (no "l'") after an inverted verb is the speaker, as "l'un des X" is
    doc = annotate("La préfecture ferme le pont. «Nous reviendrons chaque samedi», promet un "
                   "des organisateurs.")
    assert _quotes(doc) == [("Nous reviendrons chaque samedi", "direct", "un des organisateurs")]

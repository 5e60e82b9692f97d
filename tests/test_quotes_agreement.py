"""Quote speakers agree with the pronoun of their cue, and an office nobody named holds
speaks as itself: sentences written for these tests."""

from __future__ import annotations


def _speakers(doc) -> dict[str, str]:
    return {s.text: s._.quote["speaker"] for s in doc.spans["quotes"]}


def test_elle_goes_to_the_woman_not_the_man_she_addresses(annotate):
    doc = annotate(
        "Paul Verdier, le chef du parti, a dénoncé lundi une «manœuvre grossière».\n"
        "Dimanche, Claire Fontaine, la ministre de la Santé, avait critiqué le fait que le chef "
        "du parti «se taise» sur les violences.\n«C'est une faute, Paul Verdier», "
        "avait-elle lancé.")
    assert _speakers(doc)["C'est une faute, Paul Verdier"] == "Claire Fontaine"


def test_il_after_a_group_goes_to_the_man_just_described(annotate):
    doc = annotate(
        "Plusieurs dizaines de retraités se sont rassemblés devant la mairie de Vierzon. "
        "«Nous voulons être entendus», ont-ils lancé. Un peu à l'écart, un homme observe "
        "la scène depuis le trottoir. «Je suis venu pour mes petits-enfants», dit-il.")
    assert _speakers(doc)["Je suis venu pour mes petits-enfants"] == "homme"


def test_impersonal_il_keeps_the_feminine_floor_holder(annotate):
    doc = annotate(
        "Trois routes restent fermées, a indiqué la préfecture du Cher dans la soirée. "
        "«La circulation reprendra demain matin», est-il précisé dans son communiqué.")
    assert _speakers(doc)["La circulation reprendra demain matin"] == "préfecture du Cher"


def test_an_office_nobody_named_holds_speaks_as_itself(annotate):
    doc = annotate(
        "«On ne lâchera rien», a expliqué Julien Morel à la presse. «Nous resterons "
        "pacifiques», a indiqué une manifestante. Le préfet du Gard avait demandé aux "
        "manifestants de «quitter les lieux».")
    speakers = _speakers(doc)
    assert speakers["On ne lâchera rien"] == "Julien Morel"
    assert speakers["quitter les lieux"] == "préfet du Gard"


def test_the_office_of_the_man_who_just_spoke_refers_back_to_him(annotate):
    doc = annotate(
        "«Nous tiendrons nos engagements», a déclaré lundi Marc Olivier devant les "
        "éleveurs. Le ministre de l'Agriculture a ensuite précisé : «Les aides arriveront "
        "en mars».")
    assert _speakers(doc)["Les aides arriveront en mars"] == "Marc Olivier"


def test_words_of_a_mocked_group_are_the_mockers(annotate):
    doc = annotate(
        "La sénatrice Odile Perrin a visité une usine du Jura. Devant les ouvriers, elle se "
        "moque de ces grévistes qui «ne sortent jamais de leurs bureaux».")
    assert _speakers(doc)["ne sortent jamais de leurs bureaux"] == "Odile Perrin"


def test_words_of_a_group_met_are_the_groups(annotate):
    doc = annotate(
        "Le maire Paul Roux a reçu des riverains qui «ne supportent plus le bruit» "
        "du chantier de la rocade.")
    assert _speakers(doc)["ne supportent plus le bruit"] == "riverains"

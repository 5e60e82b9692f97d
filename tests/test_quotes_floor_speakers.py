"""Who holds the floor across a run of quotes, and whom a description, a pronoun or a
pair of first names stands for; sentences written for these tests."""

from __future__ import annotations

import pytest

from newsextract.nlp.participants.lexicon import can_speak
from newsextract.nlp.participants.registry import abbreviates


def _speakers(doc) -> dict[str, str]:
    return {s.text: s._.quote["speaker"] for s in doc.spans["quotes"]}


def test_a_reply_leaves_the_question_to_its_asker(annotate):
    doc = annotate("Au juge Paul Mercier qui lui demande : « Aviez-vous bu ce soir-là ? » "
                   "« Non, jamais avant de conduire », répond le prévenu, Marc Lenoir.")
    speakers = _speakers(doc)
    assert speakers["Aviez-vous bu ce soir-là ?"] == "Paul Mercier"
    assert speakers["Non, jamais avant de conduire"] == "Marc Lenoir"


def test_a_contrasting_cue_leaves_the_quote_before_with_the_floor_holder(annotate):
    doc = annotate("«Nous avons tout essayé», a confié Anne Vidal, la directrice de l'école. "
                   "«Les parents sont inquiets.» «La sécurité des élèves reste notre "
                   "priorité», a de son côté assuré le maire, Louis Perrin.")
    speakers = _speakers(doc)
    assert speakers["Les parents sont inquiets"] == "Anne Vidal"
    assert speakers["La sécurité des élèves reste notre priorité"] == "Louis Perrin"


def test_the_parsers_lost_subject_is_what_a_demonstrative_points_back_to(annotate):
    # the parser hangs "Julien" on the fronted adverbial, the verb has no subject
    doc = annotate("Parmi les premiers arrivés, Julien, bonnet sur la tête, ne voit pas d’un "
                   "bon œil les élus. Cet intérimaire chez Michelin avoue ne plus voter. "
                   "« Voter ne change rien », tranche-t-il.")
    assert _speakers(doc)["Voter ne change rien"] == "Julien"


def test_a_first_name_the_model_calls_misc_pairs_with_a_person(annotate):
    doc = annotate("Sur la place, peu avant la dispersion, Nicolas et Jean-Pierre "
                   "confient leur fatigue. Artisans en difficulté, ils disent ne plus voter, "
                   "mais racontent leur rancœur. « Plus rien ne va ! Tout coûte trop cher. »")
    assert _speakers(doc)["Plus rien ne va ! Tout coûte trop cher"] == "Nicolas et Jean-Pierre"


def test_a_party_named_after_the_function_complement_is_no_speaker(annotate):
    doc = annotate("Le chef de la gauche, Paul Mercier, a estimé jeudi que la réforme était "
                   "«injuste». «Nous ne lâcherons rien», a lancé le président du parti Les "
                   "Verts (LV) devant ses militants.")
    assert _speakers(doc)["Nous ne lâcherons rien"] == "Paul Mercier"


@pytest.mark.negative
def test_a_list_or_a_track_is_no_person_whatever_its_ending():
    # "-iste" ends agent nouns ("cycliste"), not "liste" nor "piste"
    assert not can_speak("listes", "liste") and not can_speak("piste", "piste")
    assert can_speak("cyclistes", "cycliste")


def test_an_ordinal_subject_names_a_member_of_the_pair_named_before(annotate):
    doc = annotate("Lina Morel et Marc Aubel ont défilé ensemble. La première a confié : "
                   "«Nous ne lâcherons rien.» Le second a ajouté : «Il faut tenir.»")
    speakers = _speakers(doc)
    assert speakers["Nous ne lâcherons rien"] == "Lina Morel"
    assert speakers["Il faut tenir"] == "Marc Aubel"


def test_a_feminine_ordinal_passes_over_the_man_a_speaker_addressed(annotate):
    doc = annotate("Deux voix ont dominé le débat : celle de Paul Mercier, chef des députés "
                   "verts, et celle d'Anne Vidal, présidente du groupe centriste. «Le texte est "
                   "bâclé», a lancé Paul Mercier à l'adresse de Louis Perrin. La seconde, "
                   "privée de temps de parole, a critiqué «une réforme sans cap».")
    assert _speakers(doc)["une réforme sans cap"] == "Anne Vidal"


def test_an_authored_study_speaks_through_its_author(annotate):
    doc = annotate("Le nombre de faillites a doublé en un an, selon une étude réalisée par le "
                   "cabinet Altares pour la chambre de commerce. Les salaires ont stagné, "
                   "d'après une enquête menée par la CGT auprès de 3000 salariés.")
    speakers = _speakers(doc)
    assert speakers["Le nombre de faillites a doublé en un an"] == "cabinet Altares"
    assert speakers["Les salaires ont stagné"] == "CGT"


def test_a_person_the_reportage_brings_on_scene_takes_the_floor(annotate):
    doc = annotate("«Il faut se battre», dit Pierre, 80 ans. Il veut davantage de démocratie. "
                   "Un jeune militant s'approche de la table. Le ton change. «Ce sont des "
                   "pourris. Il faut attaquer.»")
    speakers = _speakers(doc)
    assert speakers["Il faut se battre"] == "Pierre"
    assert speakers["Ce sont des pourris. Il faut attaquer"] == "jeune militant"


def test_a_newcomer_keeps_the_floor_over_the_next_cueless_quote(annotate):
    doc = annotate("«Il faut se battre», dit Pierre, 80 ans. Une retraitée prend la parole à "
                   "son tour. Elle a froid. «On ne peut plus se chauffer.»")
    assert _speakers(doc)["On ne peut plus se chauffer"] == "retraitée"


def test_the_inverted_subject_after_ce_que_speaks(annotate):
    doc = annotate("La réforme pénalise les plus modestes, dénonce Paul Mercier. C'est en tout "
                   "cas ce qu'affirment les économistes de l'OFCE, qui ont étudié le texte : "
                   "«Les 10 % les plus pauvres perdent le plus.»")
    assert _speakers(doc)["Les 10 % les plus pauvres perdent le plus"] \
        == "économistes de l'OFCE"


def test_a_lede_source_description_is_the_person_named_after_it(annotate):
    doc = annotate("Un homme de 30 ans sera jugé lundi pour vol avec violence à Albi, a-t-on "
                   "appris jeudi auprès de la procureure.Le suspect, arrêté mardi, avait agressé "
                   "une passante.\nSelon la procureure de la République d'Albi, Claire "
                   "Fontaine, il a avoué son geste.")
    assert _speakers(doc)["Un homme de 30 ans sera jugé lundi pour vol avec violence à Albi"] \
        == "Claire Fontaine"


def test_an_office_of_a_body_refers_back_when_the_article_later_ties_them(annotate):
    # the party leader is described by another function first; the article ties him to
    # the party's name only further on
    doc = annotate("Le chef de la droite, Paul Mercier, a estimé dimanche que la réforme était "
                   "«injuste». «Il faut refuser ce texte», a lancé le président du parti Les "
                   "Modérés (LM) devant ses militants. «Nous gagnerons», a encore promis "
                   "M. Mercier, dont le parti LM vise la mairie.")
    assert _speakers(doc)["Il faut refuser ce texte"] == "Paul Mercier"


def test_an_acronym_may_take_the_letter_of_its_article():
    # the registry's rule joining an acronym to the organisation it abbreviates
    assert abbreviates("LM", "Les Modérés") and abbreviates("LFV", "La France verte")
    assert abbreviates("CGT", "Confédération générale du travail")


def test_a_pronoun_form_tells_its_gender_over_the_tagger(nlp):
    # "Celui qui …" tagged feminine (the tagger does so at some sentence starts) is still
    # the man who spoke, not a person of unknown gender named before him
    from newsextract.nlp.quotes.speaker_context import Speaker, SpeakerContext
    from newsextract.nlp.quotes.speakers import pronoun_speaker

    doc = nlp.make_doc("Pierre Morin parle. Luc Perrin répond. Celui qui hésite confirme.")
    celui = next(t for t in doc if t.text == "Celui")
    celui.set_morph("Gender=Fem|Number=Sing")
    ctx = SpeakerContext(doc)
    ctx.add(0, Speaker("Pierre Morin", "PER", 0, 12), False, True)
    ctx.add(20, Speaker("Luc Perrin", "PER", 20, 30), True, True, "Masc", "Sing")
    found = pronoun_speaker(celui, ctx)
    assert found is not None and found.name == "Luc Perrin"


def test_people_listed_in_a_verbless_sentence_do_not_take_the_next_pronoun(annotate):
    doc = annotate("Le député Marc Aubry a publié mercredi une vidéo sur sa chaîne. À ses "
                   "côtés sur la photo comme dans le film, Paul Girard, monteur, et Julie "
                   "Caron, scripte. Dans son message, il rappelle que la scène reste «sa seule "
                   "maison».")
    (q,) = [s for s in doc.spans["quotes"] if "maison" in s.text]
    assert q._.quote["speaker"] == "Marc Aubry"


@pytest.mark.parametrize("text, speaker", [
    ("À Lille, des dizaines de cheminots ont bloqué les voies, selon une journaliste de la "
     "radio locale. «Nous ne reculerons pas devant la direction», a prévenu l'un d'entre "
     "eux.", "cheminot"),
    ("Le maire Paul Dufour a reçu lundi des centaines d'infirmières en colère. «On nous a "
     "oubliées depuis trop longtemps», a lancé l'une d'elles.", "infirmière"),
])
def test_one_of_them_is_a_member_of_the_last_group(annotate, text, speaker):
    (q,) = [s for s in annotate(text).spans["quotes"] if s._.quote["kind"] == "direct"]
    assert q._.quote["speaker"] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # "le pouvoir" / "le régime" name the authorities: an unnamed source, not the minister
    # quoted before
    ("Le ministre de l'Intérieur, Paul Mercier, a annoncé des renforts. «Tout est calme», "
     "a-t-il assuré. Le pouvoir dénonce pourtant un «complot venu de l'étranger».",
     "complot venu de l'étranger", "pouvoir"),
    ("«Nous resterons fermes», a martelé le porte-parole Marc Aubry. Le régime birman "
     "soutient pour sa part que «pas un pouce ne sera lâché».", "pas un pouce ne sera lâché",
     "régime birman"),
])
def test_the_bare_power_is_the_authorities(annotate, text, words, speaker):
    assert _speakers(annotate(text))[words] == speaker


@pytest.mark.negative
def test_the_power_of_a_complement_is_a_thing(nlp):
    from newsextract.nlp.participants.descriptions import names_authorities
    doc = nlp("Le pouvoir d'achat des ménages baisse et le régime de retraite aussi.")
    assert not any(names_authorities(t) for t in doc if t.lower_ in ("pouvoir", "régime"))


@pytest.mark.parametrize("text, words, speaker", [
    # a list of names in apposition to a plural noun: that noun, before or after the list,
    # names the group of them
    ("Trois médecins de l'hôpital ont écrit au ministre. Les urgentistes – Paul Girard, "
     "Anne Roux et Marc Lenoir – réclament des moyens. Les urgentistes ont aussi annoncé "
     "qu'ils porteraient plainte.", "qu'ils porteraient plainte",
     "Paul Girard, Anne Roux et Marc Lenoir"),
    ("Plusieurs syndicalistes demandent au préfet de renoncer au projet. Ce collectif de "
     "trois syndicalistes (Louis Perrin, Julie Caron et Marc Aubry) s'est constitué lundi.",
     "de renoncer au projet", "Louis Perrin, Julie Caron et Marc Aubry"),
])
def test_a_plural_noun_names_the_list_of_people_apposed_to_it(annotate, text, words,
                                                              speaker):
    assert _speakers(annotate(text))[words] == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a plural noun governed by a preposition before a comma is no list's apposition: the
    # list after it is the sentence's subject, the noun speaks for itself later
    ("Devant les grévistes, Luc Morel et Inès Vidal ont promis une réponse. «Nous "
     "reviendrons avec des chiffres», ont assuré les grévistes.",
     "Nous reviendrons avec des chiffres", "grévistes"),
    # a comma apposition closed by a comma names the group
    ("Les deux chirurgiens, Luc Morel et Inès Vidal, ont signé la lettre. «Nous ne "
     "pouvons plus opérer», ont expliqué les chirurgiens.",
     "Nous ne pouvons plus opérer", "Luc Morel et Inès Vidal"),
])
def test_a_comma_list_after_a_complement_is_no_apposition(annotate, text, words, speaker):
    assert _speakers(annotate(text))[words] == speaker

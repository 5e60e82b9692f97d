"""Who holds the floor across a run of quotes, and whom a description, a pronoun or a
pair of first names stands for; sentences written for these tests."""

from __future__ import annotations

import pytest

from newsextract.nlp.participants.lexicon import can_speak


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
                   "bon œil ces candidats. Cet intérimaire chez Renault avoue ne pas voter. "
                   "« Ça ne sert à rien », juge-t-il.")
    assert _speakers(doc)["Ça ne sert à rien"] == "Julien"


def test_a_first_name_the_model_calls_misc_pairs_with_a_person(annotate):
    doc = annotate("Dans le cortège, quelques minutes avant la fin, Nicolas et Jean-Pierre "
                   "expriment leur lassitude. Commerçants en difficulté, ils disent ne pas "
                   "voter, mais témoignent de leur colère. « Rien ne va ! Tout est trop cher. »")
    assert _speakers(doc)["Rien ne va ! Tout est trop cher"] == "Nicolas et Jean-Pierre"


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

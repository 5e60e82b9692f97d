"""The quotes layer's cue forms: multiword cues, attitude nouns before a que-clause, a
misspelt auxiliary, a banner's bearer, a closing mark lost before an inserted cue and the
writer's impersonal generalisations, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_records as _quotes


@pytest.mark.parametrize("text, words, speaker, verb", [
    ("Le ministre Paul Dumas a laissé entendre que la réforme serait reportée.",
     "que la réforme serait reportée", "Paul Dumas", "laisser entendre"),
    # "laisse" left as its own lemma by the lemmatiser
    ("La députée Anne Morel a quitté la réunion. Elle laisse entendre qu'elle votera "
     "contre le texte.", "qu'elle votera contre le texte", "Anne Morel", "laisser entendre"),
    # a stressed pronoun subject the tagger reads as a noun
    ("Le maçon Pierre Lenoir a perdu son emploi en mars. Lui aussi laisse entendre que "
     "sa patience touche à sa fin.", "que sa patience touche à sa fin",
     "Pierre Lenoir", "laisser entendre"),
    # an attitude noun between the speech verb and its que-clause
    ("Le syndicaliste Paul Girard a parlé aux grévistes. Il nous a dit sa crainte que les "
     "adhérents ne se lassent avant l'automne.", "que les adhérents ne se lassent avant l'automne",
     "Paul Girard", "dire"),
    ("Le maire Luc Bernard a confié son inquiétude que l'usine ferme avant Noël.",
     "que l'usine ferme avant Noël", "Luc Bernard", "confier"),
])
def test_indirect_cue_forms(annotate, text, words, speaker, verb):
    (q,) = _quotes(annotate(text))
    assert q["kind"] == "indirect" and q["text"] == words
    assert q["speaker"] == speaker and q["verb"] == verb


@pytest.mark.negative
def test_laisser_entendre_with_a_noun_object_is_no_cue(annotate):
    doc = annotate("Le chanteur Marc Oury a laissé entendre sa voix dans la cathédrale.")
    assert _quotes(doc) == []


def test_accented_auxiliary_before_an_inverted_subject(annotate):
    doc = annotate("Le pont sera fermé pendant deux mois à partir de lundi, à précisé la "
                   "préfète Anne Roux.")
    (q,) = _quotes(doc)
    assert q["kind"] == "indirect"
    assert q["text"] == "Le pont sera fermé pendant deux mois à partir de lundi"
    assert q["speaker"] == "Anne Roux" and q["verb"] == "préciser"


@pytest.mark.negative
def test_preposition_a_before_a_noun_is_no_cue(annotate):
    doc = annotate("Les élèves sont rentrés à pied, à cause de la grève des chauffeurs.")
    assert _quotes(doc) == []


@pytest.mark.parametrize("text, words, speaker", [
    ("Des centaines de personnes ont marché dans Grenoble. «Nos salaires avant leurs "
     "profits», peut-on lire sur une grande affiche brandie par un infirmier près de la gare.",
     "Nos salaires avant leurs profits", "infirmier"),
    # the banner as the inverted subject, after an adverbial
    ("Le cortège est parti à midi. «Je marche moins vite qu'avant, mais je crie plus "
     "fort», proclamait non sans malice une banderole brandie par une institutrice "
     "retraitée.", "Je marche moins vite qu'avant, mais je crie plus fort",
     "institutrice retraitée"),
])
def test_banner_bearer_in_the_agent_of_its_participle(annotate, text, words, speaker):
    (q,) = _quotes(annotate(text))
    assert q["text"] == words and q["speaker"] == speaker


# A lowercase cue right after "!" or "?" inside one pair of marks (no closing mark before
# it) is inserted: it splits the words in two records of one speaker.
@pytest.mark.parametrize("text, first, second, speaker, verb", [
    ("Le député Marc Olivier a réagi. « C'est dérisoire ! estime Marc Olivier. Ce sont des "
     "milliards qui manquent. »", "C'est dérisoire !", "Ce sont des milliards qui manquent",
     "Marc Olivier", "estimer"),
    ("«Pourquoi tant de haine ? s'interroge Anne Roux, infirmière. Nous ne demandons rien.»",
     "Pourquoi tant de haine ?", "Nous ne demandons rien", "Anne Roux", "s'interroger"),
    ("La grève continue. «Tout augmente! On n'en peut plus! lance une vendeuse. Le soir "
     "je ne mange plus de viande».", "Tout augmente! On n'en peut plus!",
     "Le soir je ne mange plus de viande", "vendeuse", "lancer"),
    ("Les députés ont débattu toute la nuit. «Ce texte est une honte ! s'indigne la "
     "sénatrice Claire Vidal, devant le palais. Nous voterons contre le budget de la "
     "ville.»", "Ce texte est une honte !", "Nous voterons contre le budget de la ville",
     "Claire Vidal", "s'indigner"),
])
def test_inserted_cue_after_an_exclamation_or_a_question_mark(annotate, text, first,
                                                              second, speaker, verb):
    quotes = _quotes(annotate(text))
    assert [q["text"] for q in quotes] == [first, second]
    assert {q["speaker"] for q in quotes} == {speaker}
    assert quotes[0]["verb"] == verb


@pytest.mark.negative
def test_impersonal_modal_over_an_opinion_verb_is_no_quote(annotate):
    doc = annotate("Les bénévoles sont nombreux. Il ne faut pas croire qu'ils sont tous "
                   "étudiants. Le port a rouvert. Il convient de souligner que le chantier a "
                   "pris deux ans de retard.")
    assert _quotes(doc) == []


@pytest.mark.parametrize("text, words, speaker, verb", [
    # an object clitic between the closing mark and the inverted verb: whom the words
    # address, not part of the subject
    ("Les riverains hésitent encore. «Passez donc samedi soir», l'interpelle un voisin.",
     "Passez donc samedi soir", "voisin", "interpeller"),
    ("La fillette refuse de rentrer. «Ne reste pas dehors sous la pluie», la supplie sa "
     "grand-mère.", "Ne reste pas dehors sous la pluie", "grand-mère", "supplier"),
    ("Les bénévoles tardent à repartir. «Il faut rentrer avant la nuit», les exhorte "
     "ainsi Lucien Marchal.", "Il faut rentrer avant la nuit", "Lucien Marchal", "exhorter"),
    # the verb read as a noun by the tagger ("coupe"), a name as subject
    ("Le débat s'envenime vite. «Vous mélangez tout», le coupe Odile Ferrand.",
     "Vous mélangez tout", "Odile Ferrand", "couper"),
    # the clitic before an imperfect, with no comma after a question mark
    ("La séance reprend à midi. «Et ensuite, vous êtes partie ?» l'interrogeait le "
     "procureur.", "Et ensuite, vous êtes partie ?", "procureur", "interroger"),
    # the clitic before the verb and its inverted subject clitic
    ("L'élue Maryse Tallec reçoit un collègue en retard. «Asseyez-vous au premier rang», "
     "l'invite-t-elle aussitôt. Le conseil municipal s'ouvre.",
     "Asseyez-vous au premier rang", "Maryse Tallec", "inviter"),
    # before an infinitive inside the quote ("…, les prévenir des dangers") the quote goes
    # on: no inserted cue cuts it
    ("«Il faut parler aux familles, les prévenir des dangers de la route et les écouter», "
     "a expliqué le commandant Paul Roux.",
     "Il faut parler aux familles, les prévenir des dangers de la route et les écouter",
     "Paul Roux", "expliquer"),
])
def test_object_clitic_before_an_inverted_verb(annotate, text, words, speaker, verb):
    (q,) = _quotes(annotate(text))
    assert q["kind"] == "direct" and q["text"] == words
    assert q["speaker"] == speaker and q["verb"] == verb


@pytest.mark.negative
def test_article_before_a_person_noun_read_as_a_verb_is_no_cue(annotate):
    # "juge" could be the present of "juger": after "la" it is the noun of a person
    doc = annotate("Le dossier revient au tribunal. «Rien n'a changé», la juge Anne Bréval "
                   "l'a refermé sans un mot.")
    assert all(q["verb"] != "juger" for q in _quotes(doc))



@pytest.mark.parametrize("text, words, speaker, verb", [
    # "-t-on à/au <place or institution>": the people working there speak
    ("Le conseil des ministres a été avancé à mardi, a-t-on indiqué à l'Élysée.",
     "Le conseil des ministres a été avancé à mardi", "Élysée", "indiquer"),
    ("Le préfet Jean Garnier a réuni les maires. «Nous ne lâcherons rien», explique-t-on "
     "à Matignon.", "Nous ne lâcherons rien", "Matignon", "expliquer"),
    ("«La croissance tiendra cette année», se félicite-t-on au ministère de l'Économie.",
     "La croissance tiendra cette année", "ministère de l'Économie", "se féliciter"),
])
def test_impersonal_cue_at_a_place(annotate, text, words, speaker, verb):
    (q,) = _quotes(annotate(text))
    assert (q["text"], q["speaker"], q["verb"]) == (words, speaker, verb)


@pytest.mark.negative
def test_impersonal_cue_to_a_news_agency_names_no_source(annotate):
    doc = annotate("«Le pont restera fermé jusqu'à lundi», a-t-on indiqué à l'AFP.")
    assert not any(q["speaker_label"] in ("ORG", "PER", "LOC", "MISC") for q in _quotes(doc))


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "«L'usine fermera en mars», a-t-on annoncé aux salariés.",
    "«Le dossier est clos», a-t-on expliqué à Marie Dupont, la veuve du pompier.",
])
def test_impersonal_cue_to_people_names_no_source(annotate, text):
    # the people after "à"/"aux" are whom the words were told to, not who said them
    assert not any(q["speaker"] in ("salariés", "Marie Dupont") for q in _quotes(annotate(text)))

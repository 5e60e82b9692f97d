"""Quote cues the corpus uses that the lexicon once missed (found with
`eval/cue_coverage.py`), and the clause shapes around them, on sentences written for these
tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


def _quotes(doc) -> list[tuple[str, str, str | None, str | None]]:
    return quote_rows(doc, ("kind", "speaker", "verb"))


@pytest.mark.parametrize("sentence, verb, speaker", [
    ("«Les comptes seront justes», traduit Hélène Roussel, adjointe aux finances.",
     "traduire", "Hélène Roussel"),
    ("«La facture va doubler», évalue Odile Perrin, la trésorière.",
     "évaluer", "Odile Perrin"),
    ("«Personne ne lit les rapports», avait osé le sénateur.", "oser", "sénateur"),
    ("«Reprenons depuis le début», reprend la présidente du jury.",
     "reprendre", "présidente du jury"),
    ("«J'ai menti aux enquêteurs», a confessé le témoin.", "confesser", "témoin"),
    ("«On garde la coupe», exulte Bastien Morel.", "exulter", "Bastien Morel"),
])
def test_inverted_cue_verbs_found_by_the_coverage_scan(annotate, sentence, verb, speaker):
    (quote,) = _quotes(annotate(sentence))
    assert quote[1] == "direct" and quote[2] == speaker and quote[3] == verb


def test_pronoun_cue_verb_found_by_the_coverage_scan(annotate):
    doc = annotate("Yvette Carron attend devant la mairie. «Ils finiront par céder», "
                   "essaie-t-elle.")
    assert _quotes(doc) == [("Ils finiront par céder", "direct", "Yvette Carron", "essayer")]


def test_colon_cue_verb_found_by_the_coverage_scan(annotate):
    doc = annotate("Le préfet Armand Vidal cingle ensuite : «Ces barrages sont illégaux.»")
    assert _quotes(doc) == [("Ces barrages sont illégaux", "direct", "Armand Vidal",
                             "cingler")]


@pytest.mark.parametrize("sentence, speaker", [
    ("«Le chantier prendra du retard», explique au Courrier Anne Roy, juriste.", "Anne Roy"),
    ("«Le chantier prendra du retard», a confié dans un entretien Anne Roy, juriste.",
     "Anne Roy"),
    ("Le chantier «prendra du retard» explique au Courrier Anne Roy, juriste.", "Anne Roy"),
    ("Le chantier «prendra du retard» confie au Courrier Anne Roy, juriste.", "Anne Roy"),
])
def test_complement_between_cue_verb_and_inverted_subject(annotate, sentence, speaker):
    (quote,) = _quotes(annotate(sentence))
    assert quote[2] == speaker and "prendra du retard" in quote[0]


@pytest.mark.parametrize("sentence, text", [
    ("Les cours commenceront jeudi, «sans délai», promet la directrice.",
     "Les cours commenceront jeudi, «sans délai»"),
    ("Les fouilles continueront «tout l'été», assure l'archéologue.",
     "Les fouilles continueront «tout l'été»"),
])
def test_inverted_only_verb_of_the_clause_is_its_predicate(annotate, sentence, text):
    (quote,) = _quotes(annotate(sentence))
    assert quote[0] == text and quote[1] == "mixed"


@pytest.mark.parametrize("sentence, speaker", [
    ("«La digue ne tiendra pas l'hiver», nous assure l'ingénieur.", "ingénieur"),
    ("«La digue ne tiendra pas l'hiver», m'a confié Lucien Favre.", "Lucien Favre"),
])
def test_journalist_addressee_before_inverted_cue(annotate, sentence, speaker):
    (quote,) = _quotes(annotate(sentence))
    assert quote[0] == "La digue ne tiendra pas l'hiver" and quote[2] == speaker


def test_ne_que_restriction_keeps_the_real_report(annotate):
    doc = annotate("Le préfet, qui n'a pour l'heure concédé que des broutilles, a déclaré "
                   "qu'il reviendrait jeudi.")
    assert _quotes(doc) == [("qu'il reviendrait jeudi", "indirect", "préfet", "déclarer")]


@pytest.mark.negative
@pytest.mark.parametrize("sentence", [
    "La direction n'a annoncé que des mesures symboliques aux grévistes.",
    "L'élu ne réclame que des garanties écrites depuis mars.",
])
def test_ne_que_restriction_opens_no_content_clause(annotate, sentence):
    assert _quotes(annotate(sentence)) == []


def test_participle_before_complement_and_initials_is_no_cue(annotate):
    doc = annotate("La victime, répondant aux initiales P. G., a été retrouvée mardi. "
                   "«Elle sortait peu», a raconté Lucien Favre.")
    assert _quotes(doc) == [("Elle sortait peu", "direct", "Lucien Favre", "raconter")]


def test_name_run_into_the_outlet_before_it_is_the_speaker(annotate):
    doc = annotate("Le budget «devra être revu» explique au Figaro Jean Dumas, notaire.")
    (quote,) = _quotes(doc)
    assert quote[1] == "mixed" and quote[2] == "Jean Dumas" and quote[3] == "expliquer"

"""Quotes the layer used to miss or cut on unseen articles: a stressed pronoun between the
verb and its clause, a content noun's que-clause before an infinitive the parse hung on the
verb, a predicate read as the main clause after a title, an adverbial after an inserted
cue, pieces linked by a preposition, self-descriptions. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _quotes(doc) -> list[tuple[str, str, str]]:
    return [(s._.quote["kind"], s.text, s._.quote["speaker"]) for s in doc.spans["quotes"]]


@pytest.mark.parametrize("text, record", [
    ("Le chanteur Paul Dumas a déclaré lui aussi qu'il soutenait les agriculteurs.",
     ("indirect", "qu'il soutenait les agriculteurs", "Paul Dumas")),
    ("La maire Anne Roux affirme elle aussi être favorable au projet.",
     ("indirect", "être favorable au projet", "Anne Roux")),
    ("Le boulanger Marc Lenoir, 52 ans, affirme lui aussi être venu par « conviction ».",
     ("mixed", "être venu par « conviction »", "Marc Lenoir")),
])
def test_stressed_pronoun_after_the_verb(annotate, text, record):
    assert _quotes(annotate(text)) == [record]


def test_content_noun_clause_before_a_misattached_infinitive(annotate):
    doc = annotate("Me Pascale Durand a rappelé que le tribunal avait été saisi. Elle a "
                   "insisté sur le fait que la ville était « la seule commune du canton » à "
                   "refuser ce projet, contrairement à ce qu'a affirmé le préfet.")
    assert _quotes(doc)[1] == (
        "mixed", "que la ville était « la seule commune du canton » à refuser ce projet",
        "Pascale Durand")


def test_clause_runs_over_a_predicate_read_as_its_head(annotate):
    doc = annotate("Sur son blog, la réalisatrice Lise Morel a annoncé que son film J'veux "
                   "la mer sera projeté dès le 5 mai.")
    assert _quotes(doc) == [
        ("indirect", "que son film J'veux la mer sera projeté dès le 5 mai", "Lise Morel")]


@pytest.mark.parametrize("cue", ["a-t-il avoué bien humblement.", "a-t-il dit à la radio.",
                                 "a-t-il ajouté un peu plus tard,"])
def test_inserted_cue_with_an_adverbial(annotate, cue):
    doc = annotate("Paul Durand est arrivé lundi. « Samedi dernier, j'ai raté mon train, "
                   f"{cue} C'était ma pire journée. »")
    assert [(k, t) for k, t, _ in _quotes(doc)] == [
        ("direct", "Samedi dernier, j'ai raté mon train"),
        ("direct", "C'était ma pire journée")]
    assert {s for _, _, s in _quotes(doc)} == {"Paul Durand"}


def test_pieces_linked_by_a_preposition_share_the_verb(annotate):
    doc = annotate("Le maire Paul Durand se dit «critique» sur «les solutions avancées» et "
                   "surtout sur «cette obsession du chiffre».")
    assert _quotes(doc) == [("direct", "critique", "Paul Durand"),
                            ("direct", "les solutions avancées", "Paul Durand"),
                            ("direct", "cette obsession du chiffre", "Paul Durand")]


@pytest.mark.parametrize("text, words", [
    ("Paul Durand se définit comme «un vieux militant».", "un vieux militant"),
    ("La romancière Claire Martin se revendique «indépendante».", "indépendante"),
    ("Les deux députés se présentent comme «des élus de terrain».", "des élus de terrain"),
])
def test_self_description(annotate, text, words):
    ((kind, quoted, speaker),) = _quotes(annotate(text))
    assert (kind, quoted) == ("direct", words) and speaker != ""


def test_demander_a_ce_que(annotate):
    doc = annotate("Les syndicats ont demandé à ce que les salaires soient revalorisés dès "
                   "janvier.")
    assert _quotes(doc) == [
        ("indirect", "à ce que les salaires soient revalorisés dès janvier", "syndicats")]


def test_selon_information_relayed_by_a_source(annotate):
    doc = annotate("Mardi, selon les informations relayées par une source policière, un "
                   "cycliste est mort près de Lyon.")
    assert _quotes(doc) == [("selon", "un cycliste est mort près de Lyon", "source policière")]


def test_fragment_after_a_quoted_name(annotate):
    doc = annotate("Le maire Paul Durand a qualifié le discours des «bonnets rouges» "
                   "d’«anti-écologie» et «anti-taxe».")
    assert _quotes(doc) == [("direct", "anti-écologie", "Paul Durand"),
                            ("direct", "anti-taxe", "Paul Durand")]


def test_clause_stops_before_but_and_a_subject_with_a_quoted_label(annotate):
    doc = annotate("Le président a promis d'écouter les demandes exprimées lors des réunions "
                   "mais beaucoup de «bonnets rouges» restent méfiants.")
    assert _quotes(doc) == [
        ("indirect", "d'écouter les demandes exprimées lors des réunions", "président")]


@pytest.mark.parametrize("text, record", [
    ("La ministre Anne Roux a appelé les élus à « ouvrir le débat » sur les salaires des "
     "soignants.", ("mixed", "à « ouvrir le débat » sur les salaires des soignants", "Anne Roux")),
    ("La ministre Anne Roux a demandé au gouvernement de «débloquer la situation» avant Noël.",
     ("mixed", "de «débloquer la situation» avant Noël", "Anne Roux")),
    ("La ministre Anne Roux a appelé les élus à « ouvrir le débat ».",
     ("direct", "ouvrir le débat", "Anne Roux")),
])
def test_infinitive_opened_by_a_mark(annotate, text, record):
    assert _quotes(annotate(text)) == [record]

"""Pure parts of the casualties layer, without spaCy: numbers, the cue filter, sources."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsextract.nlp.casualties.categories import ParsedVerbs, Predicates
from newsextract.nlp.casualties.cues import CueFilter
from newsextract.nlp.casualties.figure import GROUP, Figure
from newsextract.nlp.casualties.lexicon import lexicon
from newsextract.nlp.casualties.source_phrases import before_url
from newsextract.nlp.casualties.sources import SourceFinder
from newsextract.nlp.number_words import INDEFINITE, NumberFinder, Quantity
from newsextract.resources import read_tsv


@pytest.mark.parametrize("text, value", [
    ("1 200", 1200), ("1\u202f200", 1200), ("10.000", 10000), ("3,5 millions", 3500000),
    ("360'000", 360000), ("136’000", 136000),  # the apostrophe of Swiss outlets
    ("vingt-quatre", 24), ("trois cent mille", 300000), ("Treize", 13),
])
def test_numbers_in_digits_and_words(text, value):
    (q,) = list(NumberFinder().finditer(text))
    assert (q.count_min, q.count_max) == (value, value)


@pytest.mark.parametrize("text, bounds, qualifier", [
    ("une dizaine", (10, 10), "about"), ("des dizaines", (20, None), "at_least"),
    ("des centaines", (200, None), "at_least"), ("plusieurs", (2, None), "at_least"),
])
def test_approximate_nouns(text, bounds, qualifier):
    (q,) = list(NumberFinder().finditer(text))
    assert ((q.count_min, q.count_max), q.qualifier) == (bounds, qualifier)


# Inflected and pronominal forms of every verb of casualties_verbs.tsv: the cue filter
# must let each through, or the parse fallback never sees the sentence.
FORMS = {
    "tuer": ["tue", "tués", "tuèrent", "tuaient"],
    "abattre": ["abat", "abattus", "abattirent"],
    "assassiner": ["assassinée", "assassinaient"],
    "massacrer": ["massacrent", "massacrés"],
    "exécuter": ["exécutent", "exécutées"],
    "mourir": ["meurt", "meurent", "mourut", "moururent", "mourra", "mortes"],
    "mort": ["morts"],
    "décéder": ["décède", "décèdent", "décédait", "décédés"],
    "périr": ["périt", "périssent", "périrent"],
    "succomber": ["succombe", "succombent", "succombèrent"],
    "blesser": ["blesse", "blessèrent", "blessées"],
    "intoxiquer": ["intoxiquent", "intoxiqués"],
    "éborgner": ["éborgne", "éborgnées"],
    "disparaître": ["disparaît", "disparaissent", "disparues"],
    "amputer": ["ampute", "amputés"],
}


def test_every_verb_of_the_data_has_its_forms_listed_here():
    assert {lemma for lemma, *_ in read_tsv("casualties_verbs.tsv")} == set(FORMS)


@pytest.mark.parametrize("lemma", sorted(FORMS))
def test_cue_filter_passes_every_form_of_a_casualty_verb(lemma):
    cues = CueFilter(lexicon())
    for form in FORMS[lemma]:
        text = f"Hier, trois d'entre eux {form} près du port."
        assert cues.any_in(text, 0, len(text)), form


def test_cue_filter_skips_text_without_casualty_words():
    text = "Le conseil municipal a voté le budget de la piscine."
    assert not CueFilter(lexicon()).any_in(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "Deux motards ont été Mortellement blessés.", "Elle a DÉCÉDÉ hier.",
    "Un CRS a été touché à l'œil par un tir.", "Ils ont eu la main arrachée.",
    "Le cycliste souffre de fractures.", "Le camion a fauché trois passants.",
])
def test_cue_factors_are_found_whatever_the_case(text):
    # each cue is searched only when the text holds one of its factors: case folded on both
    # sides, since the cues ignore case ("Mortellement", "DÉCÉDÉ")
    cues = CueFilter(lexicon())
    assert all(f is None or f == {x.casefold() for x in f} for f in cues.factors)
    assert any(f is not None for f in cues.factors)
    assert cues.any_in(text, 0, len(text))
    assert any(cue.search(text) for cue in cues.cues)


@pytest.mark.parametrize("text, source", [
    ("Quatre blessés, selon la préfecture du Var depuis Toulon.", "préfecture du Var"),
    ("Quatre blessés, selon un bilan provisoire de la mairie.", "mairie"),
    ("Quatre blessés, selon un comptage transmis hier soir par les pompiers.", "pompiers"),
    ("Quatre blessés, a indiqué la porte-parole des douanes Anne Martin.", "Anne Martin"),
    ("Quatre blessés, selon un décompte le juriste Paul Roux.", "Paul Roux"),
])
def test_source_offsets_index_the_text(text, source):
    (a,) = SourceFinder(lexicon()).attributions(text, 0, len(text))
    assert a.source == source
    assert text[a.np_start:a.np_end] == source


@pytest.mark.parametrize("text", [
    "Quatre blessés, selon un bilan provisoire.",
    "Quatre blessés, selon https://www.exemple.fr/article.",
])
def test_counts_without_giver_and_urls_are_not_sources(text):
    assert SourceFinder(lexicon()).attributions(text, 0, len(text)) == []


def test_demonstrative_count_is_an_anaphor():
    text = "Selon ce dernier bilan, quatre blessés."
    (a,) = SourceFinder(lexicon()).attributions(text, 0, len(text))
    assert a.anaphoric and text[a.np_start:a.np_end] == "ce dernier bilan"


@pytest.mark.parametrize("after, category", [
    (" a lui aussi été grièvement blessé au genou.", "injured"),
    (" a quant à lui été tué sur le coup.", "killed"),
    (" sont de leur côté hospitalisés.", "injured"),
    (" est pour sa part décédée dimanche.", "killed"),
])
def test_adverbial_phrases_between_auxiliary_and_participle(after, category):
    found = Predicates().match(after, 0, len(after))
    assert (found.category, found.finite, found.living) == (category, True, True)


@pytest.mark.parametrize("after, category, living", [
    (" était dans le coma depuis lundi.", "injured", False),  # "un pays dans le coma"
    (" est mort dans la nuit.", "killed", False),  # "un village est mort"
    (" a été hospitalisée.", "injured", True),
])
def test_predicates_said_of_the_living_only(after, category, living):
    found = Predicates().match(after, 0, len(after))
    assert (found.category, found.living) == (category, living)


@pytest.mark.parametrize("after", [
    " ont été évacués vers plusieurs hôpitaux de la région.",
    " ont été transportés dans deux hôpitaux voisins.",
    " ont été conduits dans des centres hospitaliers de Lyon.",
])
def test_taken_to_several_hospitals_is_injured(after):
    found = Predicates().match(after, 0, len(after))
    assert (found.category, found.living) == ("injured", True)


def test_elided_article_before_a_killing_noun_is_a_trigger():
    # "l'" glues to its noun; "le", "un" need a space ("unmeurtre" is no phrase)
    rows = [r for r in read_tsv("casualties_triggers.tsv") if "assassinat" in r[0]]
    (pattern,) = [re.compile(r[0]) for r in rows]
    assert pattern.search("après l'assassinat de trois gardiens")
    assert pattern.search("depuis le meurtre de deux passants")
    assert not pattern.search("unmeurtre de deux passants")


def _clause_on_a_noun(auxiliaries: list[tuple[str, str, str]]) -> tuple[Doc, Figure]:
    """A hand-made parse of "un combattant <auxiliaries> tué trois personnes" with "tué"
    hung on "combattant" as a participial clause (acl), as the parser sometimes does."""
    words = ["un", "combattant", *[w for w, _, _ in auxiliaries], "tué", "trois", "personnes"]
    verb = 2 + len(auxiliaries)
    heads = [1, 1, *[verb] * len(auxiliaries), 1, verb + 2, verb]
    deps = ["det", "ROOT", *[d for _, d, _ in auxiliaries], "acl", "nummod", "obj"]
    lemmas = ["un", "combattant", *[lemma for _, _, lemma in auxiliaries], "tuer", "trois",
              "personne"]
    morphs = [""] * len(words)
    morphs[verb] = "VerbForm=Part"
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas, morphs=morphs)
    one = Quantity(0, 2, INDEFINITE, 1, 1, "exact", False)
    end = doc[1].idx + len("combattant")
    return doc, Figure(0, end, one, 1, 1, "exact", GROUP, end, victims="combattant",
                       noun="combattant")


def test_active_compound_past_on_a_noun_is_no_harm_to_it():
    doc, figure = _clause_on_a_noun([("a", "aux:tense", "avoir")])
    assert ParsedVerbs().category(doc, figure) is None


def test_passive_participle_on_a_noun_is_its_harm():
    doc, figure = _clause_on_a_noun([("a", "aux:tense", "avoir"), ("été", "aux:pass", "être")])
    assert ParsedVerbs().category(doc, figure) == "killed"


@pytest.mark.parametrize("name, kept", [
    ("la direction des douanes pic.twitter.com/Ab12Un badaud", "la direction des douanes"),
    ("https://www.exemple.fr/article", None),
    ("la préfecture du Var", "la préfecture du Var"),
])
def test_source_words_before_a_link(name, kept):
    assert before_url(name) == kept

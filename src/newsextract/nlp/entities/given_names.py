"""Which capitalised words are given names, and which constructions make one a person?

Reports name ordinary people by a first name alone ("«…», raconte Michaël", "Maria, une
aide-soignante", "auprès de l'AFP Delia X., une retraitée"), and the model, trained on
fuller names, tags such a word MISC or a place, or misses it. ``persons.py`` finds the
constructions that make any capitalised word a person (an age in apposition, an inverted
speech verb); the lexicon of given names (``given_names.txt``, from Faker's person
providers) lets weaker constructions count for a word that is a known first name:

- an indefinite description in apposition: "Stéphanie, une mère de famille, estime";
- the note that the first name was changed: "Maria (le prénom a été modifié)";
- the subject of a verb where the model said MISC or nothing: "pour que Marie-France
  pointe le bout de son nez";
- a first name and a surname the model missed after a speech verb and its medium: "»,
  a déploré auprès de l'AFP Delia Ferrand, une retraitée".

Guards: a first name that is also a French noun or adjective ("Rose", "Pierre", "Marine")
counts only with the note; the gazetteer's places, a word the article uses as a place
elsewhere ("à Nancy"), a name after a preposition or a determiner ("la France, un pays")
and a description by a place's head noun ("Nancy, une ville") never count.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.tokens import is_french_word, next_word
from newsextract.nlp.grammar_words import DEFINITE_ARTICLE, INDEFINITE_SINGULAR, grammar_words
from newsextract.resources import read_lines

# Dependency relations of a verb's subject in the model's parse.
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
# Heads of a subject that make it the doer of an action, not a copula's name ("X est ...").
SUBJECT_HEAD_POS = frozenset({"VERB"})
# Words between a first name and the note that it was changed: "Maria (le prénom a été
# modifié)", "Ahmed* (son prénom)".
MAX_NOTE_DISTANCE = 4
# What may open the note: a parenthesis, a comma, the asterisk of a footnote.
NOTE_OPENERS = frozenset({"(", ",", "*", "[", "-", "–"})


@cache
def given_names() -> frozenset[str]:
    """The given names of ``given_names.txt``, as written (capitalised)."""
    return frozenset(read_lines("given_names.txt"))


@cache
def note_nouns() -> frozenset[str]:
    return frozenset(read_lines("entities_given_name_notes.txt"))


def is_given_name(word: str) -> bool:
    """A first name of the lexicon, or a compound of two ("Marie-Lou", "Jean-Baptiste")."""
    if word in given_names():
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(p in given_names() for p in parts)


def plain_given_name(word: str, lex: Lexicons) -> bool:
    """A given name that is not also a French noun or adjective ("Rose", "Olive")."""
    return is_given_name(word) and not is_french_word(word, lex)


def has_name_note(doc: Doc, i: int) -> bool:
    """"Maria (le prénom a été modifié)", "Maria*, ... *prénom": the note noun within a few
    words after token i, opened by a parenthesis, a comma or an asterisk."""
    k = next_word(doc, i + 1)
    if k >= len(doc) or doc[k].text not in NOTE_OPENERS:
        return False
    end = min(len(doc), k + 1 + MAX_NOTE_DISTANCE)
    return any(doc[j].lower_ in note_nouns() for j in range(k + 1, end))


def article_places(doc: Doc) -> frozenset[str]:
    """Words the model tags a place after a preposition somewhere in the article ("à Nancy",
    "en Lorraine"): there the article uses them as places, not as first names."""
    return frozenset(e.text for e in doc.ents if e.label_ == "LOC" and e.start > 0
                     and doc[e.start - 1].pos_ == "ADP")


def described_as_person(doc: Doc, i: int, lex: Lexicons) -> bool:
    """"Stéphanie, une mère de famille": token i, a comma, an indefinite article and a
    lowercase noun that is no head noun of a place or a body ("Nancy, une ville")."""
    comma = next_word(doc, i + 1)
    article = next_word(doc, comma + 1)
    noun = next_word(doc, article + 1)
    return noun < len(doc) and doc[comma].text == "," \
        and doc[article].lower_ in grammar_words(INDEFINITE_SINGULAR) and doc[noun].is_lower \
        and doc[noun].is_alpha and doc[noun].lower_ not in lex.triggers


def after_determiner(doc: Doc, i: int) -> bool:
    """"la France, un pays": a name after a determiner is no person's first name (the
    prepositions and conjunctions of ``Lexicons.determiners`` are no such mark)."""
    return i > 0 and (doc[i - 1].pos_ == "DET"
                      or doc[i - 1].lower_ in grammar_words(DEFINITE_ARTICLE))


def is_verb_subject(doc: Doc, i: int) -> bool:
    """Token i is the subject of a full verb in the model's parse ("Marie-France pointe")."""
    tok = doc[i]
    return tok.dep_ in SUBJECT_DEPS and tok.head.pos_ in SUBJECT_HEAD_POS \
        and tok.head.i > i

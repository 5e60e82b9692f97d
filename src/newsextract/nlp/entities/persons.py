"""Which single capitalised words does the article use as a person the model missed?

Reports name ordinary people by their first name alone, and the model, trained on fuller
names, often misses such a word or calls it a thing or a place. Two constructions make it a
person whatever the model said:

- an age in apposition: "Ludovic, 41 ans, livre des colis" (not a duration: "Ensuite, 10
  ans après": ``ages.age_after``);
- the inverted subject of a speech verb after a quotation or a comma: "« On tient bon »,
  lâche Ludovic.", "comme l'explique Ludovic," (verbs of ``reporting_verbs.tsv``), where
  the model's MISC is wrong, and so is its place when an indefinite description of the
  speaker follows ("», lâche Ludovic, un ambulancier").

Where the model already said PER, the construction still counts as a person's mark, so that
the word's other mentions in the article follow it (``labels.harmonise_labels``). A word
inside a longer mention of the model, or one the model read as an organisation or (for the
speech verb) a place, is left as it is: "», affirme Moscou" may be
the government's seat.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.ages import age_after
from newsextract.nlp.entities.canonical import entity_key
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import next_word
from newsextract.nlp.grammar_words import (
    DEFINITE_ARTICLE,
    INDEFINITE_SINGULAR,
    elided,
    grammar_words,
)
from newsextract.nlp.reporting_verbs import single_verb_lemmas

# Parts of speech that a person's first name is never tagged with ("Puis, 3 ans plus tard").
NOT_NAME_POS = frozenset({"ADV", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "VERB", "AUX", "NUM"})
# Labels of a model mention on the word that the age or the speech verb corrects.
AGE_CORRECTS = frozenset({"MISC", "LOC"})
SPEECH_CORRECTS = frozenset({"MISC"})
# ... and where an indefinite description of the speaker follows (", lâche Ludovic, un
# ambulancier"): a place is never introduced so, so the model's place is corrected too.
DESCRIBED_SPEECH_CORRECTS = frozenset({"MISC", "LOC"})
# What may stand right before an inverted speech verb: a comma or a closing quote.
BEFORE_INVERSION = frozenset({",", "»", "”", '"'})
# The mark of an age in apposition after a first name ("Ludovic, 41 ans").
APPOSITION_COMMA = frozenset({","})
# "comme l'explique Ludovic": the elided object of a "comme" clause before the verb.
ELIDED_OBJECTS = elided(grammar_words(DEFINITE_ARTICLE))
# What closes an inverted subject: "..., lâche Ludovic." / "lâche Ludovic, la voix basse".
AFTER_SUBJECT = frozenset({",", ".", ";", "!", "?", "…"})


def could_be_first_name(doc: Doc, i: int, lex: Lexicons) -> bool:
    tok = doc[i]
    return tok.is_title and tok.is_alpha and len(tok) > 1 and tok.pos_ not in NOT_NAME_POS \
        and entity_key(tok.text) not in lex.stoplist and tok.lower_ not in lex.determiners


def has_age_after(doc: Doc, i: int) -> bool:
    """"Ludovic, 41 ans," (an age, not "10 ans après"): the comma is needed, for a
    capitalised word before a bare "10 ans" opens a sentence ("Voilà 10 ans")."""
    return age_after(doc, i + 1, APPOSITION_COMMA, opener_required=True,
                     duration_checked=True) is not None


def is_inverted_speech_subject(doc: Doc, i: int) -> bool:
    """"», lâche Ludovic." / ", explique Ludovic,"."""
    if i < 2 or i + 1 >= len(doc) or doc[i + 1].text not in AFTER_SUBJECT:
        return False
    verb = doc[i - 1]
    before = doc[i - 2]
    comme = before.lower_ in ELIDED_OBJECTS and i >= 3 and doc[i - 3].lower_ == "comme"
    return verb.lemma_ in single_verb_lemmas() and (before.text in BEFORE_INVERSION or comme)


def has_indefinite_description(doc: Doc, i: int) -> bool:
    """"Ludovic, un ambulancier" / "Ludovic, une mère de famille": token i, a comma, an
    indefinite article and a lowercase word."""
    comma = next_word(doc, i + 1)
    article = next_word(doc, comma + 1)
    noun = next_word(doc, article + 1)
    return noun < len(doc) and doc[comma].text == "," \
        and doc[article].lower_ in grammar_words(INDEFINITE_SINGULAR) and doc[noun].is_lower \
        and doc[noun].text[:1].isalpha()


def first_name_persons(doc: Doc, lex: Lexicons, model: list[Mention]) -> list[Mention]:
    """One-word persons marked by an age apposition or a speech verb (module doc)."""
    covering = {k: m for m in model for k in range(m.start, m.end)}
    found = []
    for i in range(len(doc)):
        if not could_be_first_name(doc, i, lex):
            continue
        m = covering.get(i)
        if m is not None and (m.gazetteer or m.end - m.start > 1):
            continue
        if has_age_after(doc, i):
            corrects = AGE_CORRECTS
        elif is_inverted_speech_subject(doc, i):
            corrects = DESCRIBED_SPEECH_CORRECTS if has_indefinite_description(doc, i) \
                else SPEECH_CORRECTS
        else:
            continue
        if m is None or m.label in corrects or m.label == "PER":
            # also where the model said PER: the construction then outweighs its other
            # label for the same word elsewhere ("Luc" MISC in a list, PER after "dit")
            found.append(Mention(i, i + 1, "PER", trigger_label="PER"))
    return found

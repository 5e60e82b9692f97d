"""Which single capitalised words does the article use as a person the model missed?

Reports name ordinary people by their first name alone, and the model, trained on fuller
names, often misses such a word or calls it a thing or a place. Two constructions make it a
person whatever the model said:

- an age in apposition: "Ludovic, 41 ans, livre des colis" (not a duration: "Ensuite, 10
  ans après": ``ages.age_after``);
- the inverted subject of a speech verb after a quotation or a comma: "« On tient bon »,
  lâche Ludovic.", "comme l'explique Ludovic," (verbs of ``reporting_verbs.tsv``), also
  with the medium the words were given to between verb and name ("», a confié à l'AFP
  Ludovic," / "», dit au Courrier Ludovic,"), where the model's MISC is wrong, and so is
  its place when an indefinite description of the speaker follows ("», lâche Ludovic, un
  ambulancier");
- a description with an age in apposition ("Ludovic, un ambulancier de 41 ans",
  "Ludovic Marchal, une Lyonnaise de 41 ans"), which also makes a name of two or three
  capitalised words a person, where the model missed it or called it a thing; a place the
  model found there stays one after a preposition ("à Lyon, une femme de 41 ans").

Where the model already said PER, the construction still counts as a person's mark, so that
the word's other mentions in the article follow it (``labels.harmonise_labels``). A word
inside a longer mention of the model, or one the model read as an organisation or (for the
speech verb) a place, is left as it is: "», affirme Moscou" may be
the government's seat.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.ages import age_after
from newsextract.nlp.entities.canonical import entity_key, folded
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import next_word
from newsextract.nlp.grammar_words import (
    BARE_DE,
    DEFINITE_ARTICLE,
    INDEFINITE_SINGULAR,
    OBJECT_CLITIC,
    PREPOSITION_A,
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
# Object clitics between the comma and an inverted speech verb ("», nous a confié Ludovic",
# "», le lui a dit Ludovic"): two at most in French.
MAX_CLITICS_BEFORE_VERB = 2
# "comme l'explique Ludovic": the elided object of a "comme" clause before the verb.
ELIDED_OBJECTS = elided(grammar_words(DEFINITE_ARTICLE))
# What closes an inverted subject: "..., lâche Ludovic." / "lâche Ludovic, la voix basse".
AFTER_SUBJECT = frozenset({",", ".", ";", "!", "?", "…"})
# Words between the indefinite article and the "de" of an age in a description ("une
# infirmière libérale de 41 ans"); more is a clause, not an apposition.
MAX_DESCRIPTION_WORDS = 3
# Longest name without a model mention that a described age makes a person ("Anne Marie
# Durand, une ..."): longer capitalised runs are titles or lists.
MAX_DESCRIBED_NAME_WORDS = 3


def could_be_first_name(doc: Doc, i: int, lex: Lexicons) -> bool:
    tok = doc[i]
    return tok.is_title and tok.is_alpha and len(tok) > 1 and tok.pos_ not in NOT_NAME_POS \
        and entity_key(tok.text) not in lex.stoplist and tok.lower_ not in lex.determiners


def has_age_after(doc: Doc, i: int) -> bool:
    """"Ludovic, 41 ans," (an age, not "10 ans après"): the comma is needed, for a
    capitalised word before a bare "10 ans" opens a sentence ("Voilà 10 ans")."""
    return age_after(doc, i + 1, APPOSITION_COMMA, opener_required=True,
                     duration_checked=True) is not None


def medium_start(doc: Doc, i: int, model_ends: dict[int, int]) -> int:
    """Index of "à" in "à l'AFP" / "au Courrier" when such a dative complement, a model
    mention, ends right before token i; i otherwise (no medium between verb and name)."""
    start = model_ends.get(i)
    if start is None:
        return i
    k = start - 1
    if k >= 1 and doc[k].lower_ in grammar_words(DEFINITE_ARTICLE) \
            and doc[k - 1].lower_ in grammar_words(PREPOSITION_A):
        return k - 1
    return k if k >= 0 and doc[k].lower_ in grammar_words(PREPOSITION_A) else i


def is_inverted_speech_subject(doc: Doc, i: int, model_ends: dict[int, int]) -> bool:
    """"», lâche Ludovic." / ", a expliqué Ludovic," / "», dit à l'AFP Ludovic,"."""
    if i < 2 or i + 1 >= len(doc) or doc[i + 1].text not in AFTER_SUBJECT:
        return False
    v = medium_start(doc, i, model_ends) - 1
    if v < 1:
        return False
    verb = doc[v]
    if v >= 2 and doc[v - 1].pos_ == "AUX":  # "», a confié Ludovic": a compound tense
        v -= 1
    before = doc[v - 1]
    comme = before.lower_ in ELIDED_OBJECTS and v >= 2 and doc[v - 2].lower_ == "comme"
    k = v - 1
    while k >= 1 and v - k <= MAX_CLITICS_BEFORE_VERB \
            and doc[k].lower_ in grammar_words(OBJECT_CLITIC):
        k -= 1  # "», y a déclaré Ludovic": the clitics belong to the verb
    return verb.lemma_ in single_verb_lemmas() \
        and (before.text in BEFORE_INVERSION or doc[k].text in BEFORE_INVERSION or comme)


def has_indefinite_description(doc: Doc, i: int) -> bool:
    """"Ludovic, un ambulancier" / "Ludovic, une mère de famille": token i, a comma, an
    indefinite article and a lowercase word."""
    comma = next_word(doc, i + 1)
    article = next_word(doc, comma + 1)
    noun = next_word(doc, article + 1)
    return noun < len(doc) and doc[comma].text == "," \
        and doc[article].lower_ in grammar_words(INDEFINITE_SINGULAR) and doc[noun].is_lower \
        and doc[noun].text[:1].isalpha()


def has_aged_description(doc: Doc, end: int, lex: Lexicons) -> bool:
    """", un ambulancier de 41 ans" / ", étudiant de 23 ans" right after token end - 1; not
    a place's or an organisation's head noun (``entities_triggers.tsv``)."""
    comma = next_word(doc, end)
    k = next_word(doc, comma + 1)
    if k >= len(doc) or doc[comma].text != ",":
        return False
    if doc[k].lower_ in grammar_words(INDEFINITE_SINGULAR):
        k = next_word(doc, k + 1)
    if k >= len(doc) or doc[k].lower_ in lex.triggers:
        return False  # "X, une ville de 800 ans", "un club de 40 ans": a place or a body
    words = 0
    while k < len(doc) and doc[k].is_alpha and doc[k].lower_ not in grammar_words(BARE_DE) \
            and words < MAX_DESCRIPTION_WORDS:
        k, words = next_word(doc, k + 1), words + 1
    return words > 0 and age_after(doc, k, grammar_words(BARE_DE), opener_required=True) is not None


def after_preposition(doc: Doc, start: int) -> bool:
    """"à Lyon, une femme de 41 ans": the name is a place the description does not name
    (also "A Lyon": a capital "à" often loses its accent and its tag)."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.pos_ == "ADP" or entity_key(before.text) in folded(grammar_words(PREPOSITION_A))


def described_names(doc: Doc, lex: Lexicons, covering: dict[int, Mention],
                    first_name: list[bool]) -> list[Mention]:
    """Names of two or more words followed by an aged description: the model's MISC or
    place (not after a preposition), or a run of capitalised words it did not tag
    (`first_name[i]`: `could_be_first_name` of token i)."""
    found = []
    for m in {id(m): m for m in covering.values()}.values():
        if m.end - m.start > 1 and not m.gazetteer and m.label in DESCRIBED_SPEECH_CORRECTS \
                and not after_preposition(doc, m.start) and has_aged_description(doc, m.end, lex):
            found.append(Mention(m.start, m.end, "PER", trigger_label="PER"))
    for end in range(2, len(doc)):
        start = end
        while start > 0 and end - start < MAX_DESCRIBED_NAME_WORDS \
                and start - 1 not in covering and first_name[start - 1]:
            start -= 1
        if end - start >= 2 and (start == 0 or not first_name[start - 1]) \
                and not after_preposition(doc, start) and has_aged_description(doc, end, lex):
            found.append(Mention(start, end, "PER", trigger_label="PER"))
    return found


def first_name_persons(doc: Doc, lex: Lexicons, model: list[Mention]) -> list[Mention]:
    """Persons marked by an age apposition, an aged description or a speech verb (module
    doc)."""
    covering = {k: m for m in model for k in range(m.start, m.end)}
    model_ends = {m.end: m.start for m in model}
    first_name = [could_be_first_name(doc, i, lex) for i in range(len(doc))]  # once a token
    found = described_names(doc, lex, covering, first_name)
    for i in range(len(doc)):
        if not first_name[i]:
            continue
        m = covering.get(i)
        if m is not None and (m.gazetteer or m.end - m.start > 1):
            continue
        if has_age_after(doc, i):
            corrects = AGE_CORRECTS
        elif has_aged_description(doc, i + 1, lex) and not after_preposition(doc, i):
            corrects = DESCRIBED_SPEECH_CORRECTS
        elif is_inverted_speech_subject(doc, i, model_ends):
            corrects = DESCRIBED_SPEECH_CORRECTS if has_indefinite_description(doc, i) \
                else SPEECH_CORRECTS
        else:
            continue
        if m is None or m.label in corrects or m.label == "PER":
            # also where the model said PER: the construction then outweighs its other
            # label for the same word elsewhere ("Luc" MISC in a list, PER after "dit")
            found.append(Mention(i, i + 1, "PER", trigger_label="PER"))
    return found

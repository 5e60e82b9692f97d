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

from functools import cache

from spacy.tokens import Doc

from newsextract.nlp.entities.ages import age_after
from newsextract.nlp.entities.canonical import entity_key, folded
from newsextract.nlp.entities.given_names import (
    after_determiner,
    article_places,
    described_as_person,
    has_name_note,
    is_given_name,
    is_verb_subject,
    plain_given_name,
)
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import next_word
from newsextract.nlp.grammar_words import (
    BARE_DE,
    CONTRACTED_DETERMINER,
    DEFINITE_ARTICLE,
    INDEFINITE_SINGULAR,
    OBJECT_CLITIC,
    PREPOSITION_A,
    PREPOSITION_DE,
    elided,
    grammar_words,
)
from newsextract.nlp.reporting_verbs import single_verb_lemmas
from newsextract.resources import read_lines

# Parts of speech that a person's first name is never tagged with ("Puis, 3 ans plus tard").
NOT_NAME_POS = frozenset({"ADV", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "VERB", "AUX", "NUM"})
# Labels of a model mention on the word that the age or the speech verb corrects.
AGE_CORRECTS = frozenset({"MISC", "LOC"})
SPEECH_CORRECTS = frozenset({"MISC"})
# ... and where an indefinite description of the speaker follows (", lâche Ludovic, un
# ambulancier"): a place is never introduced so, so the model's place is corrected too.
DESCRIBED_SPEECH_CORRECTS = frozenset({"MISC", "LOC"})
# ... and where the note that a first name was changed follows it ("Aïcha (le prénom a été
# modifié)"): only a person's name is so annotated, whatever label the model chose.
NOTE_CORRECTS = frozenset({"MISC", "LOC", "ORG"})
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


@cache
def medium_locutions() -> frozenset[str]:
    return frozenset(read_lines("entities_medium_locutions.txt"))


def could_be_first_name(doc: Doc, i: int, lex: Lexicons) -> bool:
    tok = doc[i]
    return tok.is_title and (tok.is_alpha or is_given_name(tok.text)) and len(tok) > 1 \
        and tok.pos_ not in NOT_NAME_POS \
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
    if k >= 0 and doc[k].lower_ in grammar_words(PREPOSITION_A):
        return k
    return medium_locution_start(doc, k, i)


def medium_locution_start(doc: Doc, k: int, i: int) -> int:
    """Index of "auprès" in "auprès de l'AFP" / "auprès du Parisien" when token k ends such a
    locution before the medium (``entities_medium_locutions.txt``); i otherwise."""
    if k >= 1 and doc[k].lower_ in grammar_words(DEFINITE_ARTICLE) \
            and doc[k - 1].lower_ in grammar_words(BARE_DE):
        k -= 1  # "auprès de l'AFP"
    elif k < 0 or doc[k].lower_ not in grammar_words(CONTRACTED_DETERMINER) \
            or doc[k].lower_ not in grammar_words(PREPOSITION_DE):
        return i  # neither "de l'" nor "du"
    return k - 1 if k >= 1 and doc[k - 1].lower_ in medium_locutions() else i


def is_inverted_speech_subject(doc: Doc, i: int, model_ends: dict[int, int],
                               length: int = 1) -> bool:
    """"», lâche Ludovic." / ", a expliqué Ludovic," / "», dit à l'AFP Ludovic,"; the
    subject is `length` words long from token i."""
    if i < 2 or i + length >= len(doc) or doc[i + length].text not in AFTER_SUBJECT:
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


def position_corrects(doc: Doc, i: int, lex: Lexicons, model_ends: dict[int, int],
                      places: frozenset[str]) -> frozenset[str] | None:
    """The model labels that the construction around token i corrects to a person: an age,
    an aged description, a speech verb, or, for a known given name not used as a place in
    the article (`places`), a weaker mark (``given_names.py``); None when none marks it."""
    if has_age_after(doc, i):
        return AGE_CORRECTS
    if has_aged_description(doc, i + 1, lex) and not after_preposition(doc, i):
        return DESCRIBED_SPEECH_CORRECTS
    given = is_given_name(doc[i].text) and doc[i].text not in places \
        and not after_determiner(doc, i)
    if given and has_name_note(doc, i):
        return NOTE_CORRECTS
    plain = given and plain_given_name(doc[i].text, lex)
    if is_inverted_speech_subject(doc, i, model_ends):
        return DESCRIBED_SPEECH_CORRECTS if has_indefinite_description(doc, i) or plain \
            else SPEECH_CORRECTS
    if not plain or after_preposition(doc, i):
        return None
    if described_as_person(doc, i, lex):
        return DESCRIBED_SPEECH_CORRECTS  # "Stéphanie, une mère de famille, estime"
    return SPEECH_CORRECTS if is_verb_subject(doc, i) else None


def spoken_full_names(doc: Doc, lex: Lexicons, covering: dict[int, Mention],
                      model_ends: dict[int, int]) -> list[Mention]:
    """"», a déploré auprès de l'AFP Delia Ferrand, une retraitée": a given name and a
    capitalised word, the inverted subject of a speech verb, that the model missed or cut
    (the surname alone a person)."""
    found = []
    for i in range(2, len(doc) - 2):
        inside = [covering[k] for k in (i, i + 1) if k in covering]
        if any(m.start < i or m.end > i + 2 for m in inside) \
                or not plain_given_name(doc[i].text, lex):
            continue
        surname = doc[i + 1]
        if surname.is_title and surname.is_alpha and surname.pos_ == "PROPN" \
                and is_inverted_speech_subject(doc, i, model_ends, length=2):
            found.append(Mention(i, i + 2, "PER", trigger_label="PER"))
    return found


def first_name_persons(doc: Doc, lex: Lexicons, model: list[Mention]) -> list[Mention]:
    """Persons marked by an age apposition, an aged description or a speech verb (module
    doc)."""
    covering = {k: m for m in model for k in range(m.start, m.end)}
    model_ends = {m.end: m.start for m in model}
    first_name = [could_be_first_name(doc, i, lex) for i in range(len(doc))]  # once a token
    places = article_places(doc)
    found = described_names(doc, lex, covering, first_name) \
        + spoken_full_names(doc, lex, covering, model_ends)
    for i in range(len(doc)):
        if not first_name[i]:
            continue
        m = covering.get(i)
        if m is not None and (m.gazetteer or m.end - m.start > 1):
            continue
        corrects = position_corrects(doc, i, lex, model_ends, places)
        if corrects is None:
            continue
        if m is None or m.label in corrects or m.label == "PER":
            # also where the model said PER: the construction then outweighs its other
            # label for the same word elsewhere ("Luc" MISC in a list, PER after "dit")
            found.append(Mention(i, surname_end(doc, i, covering), "PER", trigger_label="PER"))
    return found


def surname_end(doc: Doc, i: int, covering: dict[int, Mention]) -> int:
    """End of the person's name that first name i opens: the capitalised words the parse
    attaches to it as parts of one name ("Aude Mirkovic: «…»"), which no model mention
    covers; i + 1 when there are none."""
    j = i + 1
    while j < len(doc) and j not in covering and doc[j].dep_ == "flat:name" \
            and doc[j].head.i == i and doc[j].is_title and doc[j].is_alpha:
        j += 1
    return j

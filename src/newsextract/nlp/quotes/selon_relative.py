"""A selon phrase whose source is a relative pronoun: "X, selon qui <statement>" ("…, a
déclaré Marine Dupont, selon qui le projet «ne tient pas»", "Pour le maire, selon qui …").
The pronoun points back to the person named or described right before the phrase, who
is the source; the statement is the rest of the clause. "qui" after a preposition stands
for a person, so, unlike "l'idée selon laquelle …" (a thesis, no source), it always names
one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import PREPOSITION_DE, grammar_words
from newsextract.nlp.participants.descriptions import head_can_speak_here
from newsextract.nlp.quotes.candidates import trim
from newsextract.nlp.quotes.lexicon import finite_verb, word_set
from newsextract.nlp.quotes.speakable import is_speaker_like
from newsextract.nlp.segment import Segmentation

# The relative pronoun after "selon"/"d'après" that stands for a person.
PERSON_RELATIVE = "qui"
# Punctuation that ends the noun phrase a relative pronoun points back to.
PHRASE_BOUNDARIES = frozenset(",.;:!?()«»“”\"") | frozenset("–—")
# Punctuation that ends the statement of "selon qui" before the sentence does.
STATEMENT_BREAKS = frozenset(";:")


def is_person_relative(doc: Doc, i: int) -> bool:
    """Token `i` (right after a selon cue) is the pronoun "qui"."""
    return i < len(doc) and doc[i].lower_ == PERSON_RELATIVE


def _segment_start(doc: Doc, last: int) -> int:
    """First token of the comma-free run of words ending at token `last`."""
    k = last
    while k > 0 and doc[k - 1].text not in PHRASE_BOUNDARIES and not doc[k].is_sent_start:
        k -= 1
    return k


def _person_ending_at(doc: Doc, last: int) -> tuple[int, int]:
    """The person name whose last token is `last` (a complement too: "la pression est
    venue de Jean Roy, selon qui" points back to him)."""
    first = last
    while first > 0 and doc[first - 1].ent_type_ == "PER" and not doc[first - 1].is_punct:
        first -= 1
    return first, last + 1


def _names_speaker_word(doc: Doc, first: int, last: int) -> bool:
    """The phrase opens with a word that names a speaker the tagger may read as an
    adjective or the lexicons miss ("un proche"; `quotes_speaker_nouns.txt`)."""
    k = first
    while k < last and doc[k].pos_ == "DET":
        k += 1
    return k < last and doc[k].pos_ in ("ADJ", "NOUN") \
        and doc[k].lower_ in word_set("quotes_speaker_nouns.txt")


def _before_aside(doc: Doc, last: int) -> int:
    """ "Jean Roy – issu de la droite –, selon qui": the word before a dashed or
    bracketed aside that ends at token `last` (and the comma before the aside); `last`
    when no aside ends there."""
    closing = doc[last].text
    opening = {")": "(", "–": "–", "—": "—"}.get(closing)
    if opening is None:
        return last
    k = last - 1
    while k > 0 and doc[k].text != opening and doc[k].text not in ".;:":
        k -= 1
    if k <= 0 or doc[k].text != opening:
        return last
    k -= 1
    return k - 1 if k > 0 and doc[k].text == "," else k


def _phrase_after_verb(doc: Doc, start: int, last: int) -> int:
    """ "prévient un ministre": the noun phrase starts after the run's last verb."""
    for k in range(last, start - 1, -1):
        if doc[k].pos_ in ("VERB", "AUX"):
            return k + 1
    return start


def _complements_noun(doc: Doc, last: int) -> bool:
    """The person name ending at token `last` is the de-complement of a noun that can speak
    ("L'avocat de Paul Martin, selon qui"): "qui" points back to the whole noun phrase,
    whose head is the source, not to the person it is about ("les propos de Paul Martin,
    selon qui" still point to him: words do not speak)."""
    first = _person_ending_at(doc, last)[0]
    return first >= 2 and doc[first - 1].lower_ in grammar_words(PREPOSITION_DE) \
        and doc[first - 2].pos_ == "NOUN" and head_can_speak_here(doc[first - 2], False)


def antecedent(doc: Doc, cue: int) -> tuple[int, int] | None:
    """Token range of the person "qui" points back to, for the selon cue at token `cue`:
    a person named right before ("Jean Roy, selon qui"), the person a description in
    apposition follows ("Jean Roy, le maire, selon qui"), else the noun phrase before the
    cue, or its de-complement when the phrase itself cannot speak ("les propos du maire
    selon qui": the mayor); None when nothing before can speak."""
    last = cue - 1
    if last >= 0 and doc[last].text == ",":
        last -= 1
    if last < 0:
        return None
    last = _before_aside(doc, last)
    if doc[last].ent_type_ == "PER" and not _complements_noun(doc, last):
        return _person_ending_at(doc, last)
    start = _segment_start(doc, last)
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "PER" \
            and not _complements_noun(doc, start - 2):
        return _person_ending_at(doc, start - 2)
    first = _phrase_after_verb(doc, start, last)
    # where the noun phrase may start: the run's start, a determiner (a verb the tagger
    # read as a noun may come first: "tranche un proche"), after each "de"
    starts = [first] + [k for k in range(first + 1, last + 1) if doc[k].pos_ == "DET"
                        and doc[k - 1].pos_ != "ADP"] \
        + [k + 1 for k in range(first, last) if doc[k].lower_ in grammar_words(PREPOSITION_DE)]
    for part in sorted(set(starts)):
        if _names_speaker_word(doc, part, last) or is_speaker_like(doc, part, last + 1):
            return part, last + 1
    return None


def _main_clause_resumes(doc: Doc, first: int, i: int) -> bool:
    """ "Le maire, selon qui la gare est trop petite, a réclamé …": a comma at token `i`
    followed by a finite verb or its auxiliary closes the relative clause, once the clause
    from token `first` has its own finite verb: before it, the comma closes a phrase
    inserted in its subject ("selon qui la gare, construite en 1900, est trop petite")."""
    if doc[i].text != "," or i + 1 >= len(doc) or not finite_verb(doc[i + 1]):
        return False
    return any(finite_verb(tok) for tok in doc[first:i])


def relative_statement_span(doc: Doc, qt: Segmentation, pronoun: int
                            ) -> tuple[int, int] | None:
    """Char range of what "selon qui" attributes: from the word after the pronoun to the
    end of its sentence (or a semicolon or colon before it)."""
    first = pronoun + 1
    if first < len(doc) and doc[first].text == ",":
        first += 1
    if first >= len(doc):
        return None
    s_end = qt.sentence(doc[first].idx)[1]
    end = s_end
    for tok in doc[first:qt.token_at(s_end)]:
        if qt.in_quote(tok.idx):
            continue
        if tok.text in STATEMENT_BREAKS or _main_clause_resumes(doc, first, tok.i):
            end = tok.idx
            break
    span = trim(qt.text, doc[first].idx, end)
    return span if span[1] > span[0] else None

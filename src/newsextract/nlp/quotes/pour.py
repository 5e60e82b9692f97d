"""Whose view does a sentence opened by "Pour X," give, and where does it end? "Pour
l'avocate, ce dossier ne tient pas." is the avocate's view (a selon record) unless X is whom
something is for ("Pour les blessés, …") or a share, past an apposition naming or describing X,
up to a colon before X's own quote or a coordinated clause saying what X does.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import COORDINATOR, SUBJECT_PRONOUN, grammar_words
from newsextract.nlp.participants.descriptions import head_noun
from newsextract.nlp.quotes.candidates import (
    SELON,
    SELON_OVER_QUOTES,
    Candidate,
    trim,
)
from newsextract.nlp.quotes.lexicon import (
    casualty_nouns,
    finite_verb,
    is_bare_past_participle,
)
from newsextract.nlp.quotes.selon_sources import in_date
from newsextract.nlp.quotes.selon_statements import quotes_in_journalist_clause
from newsextract.nlp.quotes.speakable import is_speaker_like
from newsextract.nlp.segment import Segmentation


def _detached_full_quote(qt: Segmentation, rest) -> bool:
    """After "Pour X,", the words outside the quote are only a topic detached by a comma
    ("la réforme annoncée mardi, «c'est une erreur»"): the quote holds the clause's core
    and is a direct record, not X's view in the journalist's words."""
    pieces = [p for p in qt.pieces if rest.start_char <= p.outer_start < rest.end_char]
    if not pieces or not qt.text[rest.start_char:pieces[0].outer_start].rstrip().endswith(","):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and not qt.in_quote(t.idx)
                   and t.dep_ not in ("acl", "acl:relcl") for t in rest)


def _is_apposition(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) between two commas describe the noun before them: a noun phrase
    or a bare participle's phrase, with no verb of a clause of their own."""
    first = doc[start]
    # a bare noun too ("Pour Anne X, experte en vins, …"), not a date ("Pour lui, lundi, …")
    if first.pos_ not in ("DET", "ADJ", "NOUN") and not is_bare_past_participle(first) \
            or in_date(doc, start):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.i != start for t in doc[start:end])


def _before_colon_quote(qt: Segmentation, start: int, end: int) -> int:
    """ "Pour X, la crise atteint son comble : «…»": a quote after a colon is X's own
    words, a direct record; the view in the journalist's words ends at the colon (char
    offset; `end` when no quote follows a colon)."""
    piece = next((p for p in qt.pieces if start <= p.outer_start < end), None)
    if piece is None or not qt.text[start:piece.outer_start].rstrip().endswith(":"):
        return end
    return trim(qt.text, start, qt.text.rindex(":", start, piece.outer_start))[1]


def _names_person(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) between two commas are one person's name ("Anne X")."""
    return end > start and all(t.ent_type_ == "PER" for t in doc[start:end])


def _before_source_action(doc: Doc, qt: Segmentation, source: tuple[int, int], start: int,
                          end: int) -> int:
    """ "Pour les riverains, ce parc est trop petit et ils réclament un jardin": a
    coordinator then a subject pronoun agreeing in number with the source opens the
    journalist's account of what the source does; the view ends before it (char offset;
    `end` when there is none). "Pour X, les élus ont tort, mais ils …" (a singular X):
    the pronoun is someone else, the view goes on."""
    head = next((t for t in doc[source[0]:source[1]] if t.pos_ in ("NOUN", "PROPN")), None)
    number = head.morph.get("Number") if head is not None else []
    if not number:
        return end
    for tok in doc.char_span(start, end, alignment_mode="expand") or []:
        if tok.lower_ not in grammar_words(COORDINATOR) or qt.in_quote(tok.idx) \
                or tok.i + 2 >= len(doc):
            continue
        pronoun, verb = doc[tok.i + 1], doc[tok.i + 2]
        if pronoun.lower_ in grammar_words(SUBJECT_PRONOUN) \
                and pronoun.morph.get("Number") == number and finite_verb(verb):
            return trim(qt.text, start, tok.idx)[1]
    return end


def _whom_it_is_for(doc: Doc, start: int, end: int) -> bool:
    """ "Pour les blessés, aucune aide n'est prévue", "Pour toutes ces victimes, dont
    sept enfants, une cellule est ouverte", "Pour 40 %, …": casualties or a bare
    quantity after "Pour" are whom something is for (or a share), not who holds a view."""
    head = head_noun(doc[start:end])
    if head is not None and (head.lower_ in casualty_nouns()
                             or head.lemma_.lower() in casualty_nouns()):
        return True
    words = [t for t in doc[start:end] if not t.is_punct and t.pos_ != "DET"]
    return bool(words) and all(t.like_num or t.pos_ == "NUM" or t.text == "%" for t in words)


# Appositions skipped after "Pour X": a name, then a description of it ("Pour sa
# collègue, Anne X, élue au comité, …").
MAX_POUR_APPOSITIONS = 2


def pour_candidates(doc: Doc, qt: Segmentation) -> list[Candidate]:
    """ "Pour l'avocate, ce dossier ne tient pas.": a sentence opened by "Pour" + someone
    who can speak + a comma gives that person's view (QUOTES.md: a selon record), the rest
    of the sentence, when it is a clause of its own (a verb) and no quote of theirs."""
    out: list[Candidate] = []
    for s_start, s_end in qt.sentences:
        first = qt.token_at(s_start)
        if first >= len(doc) or doc[first].lower_ != "pour" or qt.in_quote(doc[first].idx):
            continue
        last = qt.token_at(s_end)
        comma = next((k for k in range(first + 1, last) if doc[k].text == ","), None)
        if comma is None or not is_speaker_like(doc, first + 1, comma) \
                or _whom_it_is_for(doc, first + 1, comma):
            continue
        speaker_end = comma
        # "Pour Claire X, la directrice de l'école, le projet …", "Pour les riverains de
        # ce quartier, né dans les années 1960, le projet …": skip the apposition.
        for _ in range(MAX_POUR_APPOSITIONS):
            nxt = next((k for k in range(comma + 1, last) if doc[k].text == ","), None)
            if nxt is not None and _names_person(doc, comma + 1, nxt):
                # "Pour sa collègue, Anne X, élue au comité, …": the name of the person
                # described
                comma = speaker_end = nxt
            elif nxt is not None and _is_apposition(doc, comma + 1, nxt):
                comma = nxt
            else:
                break
        start, end = trim(qt.text, doc[comma].idx + 1, s_end)
        end = _before_source_action(doc, qt, (first + 1, speaker_end), start, end)
        end = _before_colon_quote(qt, start, end)
        rest = doc.char_span(start, end, alignment_mode="expand")
        if rest is None or not any(t.pos_ in ("VERB", "AUX") for t in rest):
            continue
        if _detached_full_quote(qt, rest):
            continue  # "Pour elle, le projet, «c'est une erreur»": a full quote, direct
        cand = Candidate(start, end, SELON, None, doc[first + 1].idx,
                         subject=(first + 1, speaker_end))
        if quotes_in_journalist_clause(doc, qt, (start, end), cues_allowed=True):
            cand.priority = SELON_OVER_QUOTES
        out.append(cand)
    return out

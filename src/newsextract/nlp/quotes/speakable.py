"""Can this subject be a speaker, and which subject of a clause can?

A subject counts only when it can be a speaker: a person or organisation named, a
pronoun (il, elle, ils, elles), or a noun phrase whose head can speak by the one lexicon
the participant registry also reads (`participants.lexicon.can_speak`: person, group,
organisation and document nouns, agent endings, movement labels such as "les gilets
verts"; for the subject of an unambiguous reporting verb, also a noun the word vectors
find person-like: `participants.vectors`). "Le bilan est lourd : «…»" gives no speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.nlp.participants.descriptions import head_can_speak_here
from newsextract.nlp.quotes.lexicon import pronoun_roles
from newsextract.nlp.quotes.mentions import entities_in, name_inside_outlet
from newsextract.nlp.quotes.subjects import subject_tokens
from newsextract.nlp.quotes.there import writers_there

# Heads climbed from a token to the verb of its clause.
MAX_CLAUSE_CLIMB = 8
# Tokens a speaker-like subject may span at most (longer ranges are whole clauses).
MAX_SUBJECT_TOKENS = 12
# How many words of a noun phrase are read for its head noun.
HEAD_WINDOW = 4


def is_speaker_like(doc: Doc, start: int, end: int, speaker_position: bool = False) -> bool:
    """The subject in tokens [start, end) can be a speaker (see the module docstring);
    `speaker_position`: it is the subject of an unambiguous reporting verb, so an unknown
    head noun the word vectors find person-like counts too."""
    if start >= end or end - start > MAX_SUBJECT_TOKENS:
        return False
    first = doc[start]
    if writers_there(doc, start, end) is not None:
        return True  # "ceux qui s'y expriment": the writers of a document
    if first.pos_ == "PRON":
        return pronoun_roles().get(first.lower_.lstrip("-")) in ("resolve", "group")
    if any(e.label_ in ("PER", "ORG") for e in entities_in(doc, start, end)) \
            or name_inside_outlet(first):
        return True
    for tok in doc[start:min(end, start + HEAD_WINDOW)]:
        if tok.pos_ in ("NOUN", "PROPN"):
            return head_can_speak_here(tok, speaker_position)
    return False


def clause_verb(doc: Doc, tok: Token, first: int) -> Token | None:
    """The verb heading the clause `tok` belongs to, within the sentence from `first`."""
    seen = 0
    while seen < MAX_CLAUSE_CLIMB:
        if tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") in (["Fin"], ["Part"]):
            if tok.dep_ in ("aux", "aux:tense", "aux:pass", "cop"):
                tok = tok.head
            return tok
        if tok.head is tok or tok.head.i < first:
            return None
        tok = tok.head
        seen += 1
    return None


def speaker_subject(doc: Doc, verb: Token | None) -> tuple[int, int] | None:
    """The subject of `verb` (token range), when it can be a speaker."""
    if verb is None:
        return None
    subject = subject_tokens(verb)
    if subject is None or not is_speaker_like(doc, *subject):
        return None
    return subject

"""Does a reporting verb before the opening mark govern the quote?

"X a affirmé : «…»", "a estimé que «…»", "a dénoncé des «…»": a speech verb within a few
tokens before the mark, in the same sentence, not negated; a quoted noun phrase after an
ambiguous or opinion verb only when short (a source's wording, not a title). Pieces glued
to the previous one ("la «A» du «B»") share its verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.participants.descriptions import head_can_speak
from newsextract.nlp.participants.mentions import noun_phrase_end
from newsextract.nlp.quotes.candidates import FRAGMENT_WORD, SPACES, after_mention_marker, is_label
from newsextract.nlp.quotes.cues import Cue, present_tense_lemma
from newsextract.nlp.quotes.lexicon import (
    finite_verb,
    is_bare_past_participle,
    is_negated,
    opinion_lemma,
    reporting_lemma,
    reporting_lexicon,
    word_set,
)
from newsextract.nlp.quotes.narrative import verb_subject
from newsextract.nlp.quotes.speakable import is_speaker_like
from newsextract.nlp.segment import QuotedSpan, Segmentation

# Words of the longest quoted fragment an ambiguous verb governs as its object.
MAX_AMBIGUOUS_FRAGMENT_WORDS = 6


# The furthest (in tokens) a reporting verb may stand before a quoted fragment it governs.
MAX_FRAGMENT_GAP = 12

# The furthest a clear (not ambiguous) speech verb may stand before a piece of its own
# clause, past its object and adverbials ("a requis dix ans de prison, soit le maximum,
# en raison «de …»"): no finite verb may come in between (the loop stops there).
MAX_SPEECH_CLAUSE_GAP = 24


# Words joining two quoted pieces of one noun phrase ("la «A» du «B»", "une «A» et une
# «B»"): no comma, so no new clause or cue in between.
FRAGMENT_GLUE = re.compile(r"[\s\xa0\u202f]*(?:du|des|de(?: la| l['’])?|d['’]|et"
                            r"(?: (?:un|une|des|la|le|les|l['’]))?)[\s\xa0\u202f]*",
                            re.IGNORECASE)

# A list of pieces of one clause: "a dénoncé «A», «B» et «C»", "en raison «de A», «de B»".
LIST_GLUE = re.compile(r"[\s\xa0\u202f]*,[\s\xa0\u202f]*(?:(?:et|ou)[\s\xa0\u202f]+)?"
                       r"(?:(?:du|des|de(?: la| l['’])?|d['’]|un|une|la|le|les|l['’])"
                       r"[\s\xa0\u202f]*)?", re.IGNORECASE)


def named_or_pronoun(doc: Doc, start: int, end: int) -> bool:
    """The subject in tokens [start, end) names a person or organisation, or is a
    pronoun: an opinion verb's fragment is a quote only of someone identified."""
    if start >= end:
        return False
    if doc[start].pos_ == "PRON":
        return is_speaker_like(doc, start, end)
    return any(t.ent_type_ in ("PER", "ORG") for t in doc[start:end])


# Tokens between an utterance noun's preposition and the colon: the author's noun phrase.
MAX_AUTHOR_TOKENS = 8

AUTHOR_PREPOSITIONS = ("par", "de", "d'", "d’", "du", "des")


def utterance_author(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> tuple[int, int] | None:
    """ "la phrase lancée par la ministre : «…»", "les propos de l'écrivain : «…»": a
    noun naming someone's words (`quotes_utterance_nouns.txt`), then its author, then a
    colon right before the quote; the author's noun phrase (a determiner or a name), or
    None."""
    if piece.open_char is None:
        return None
    colon = qt.token_at(piece.open_char) - 1
    if colon < 2 or doc[colon].text != ":":
        return None
    nouns = word_set("quotes_utterance_nouns.txt")
    for prep in range(colon - 1, max(colon - MAX_AUTHOR_TOKENS, 0) - 1, -1):
        tok = doc[prep]
        if tok.is_punct:
            return None
        if tok.lower_ not in AUTHOR_PREPOSITIONS or prep + 1 >= colon:
            continue
        noun = prep - 1
        if noun > 0 and doc[noun].morph.get("VerbForm") == ["Part"]:
            noun -= 1  # "prononcée par", "lancée par"
        first = doc[prep + 1] if tok.lower_ in ("par", "de", "d'", "d’") else tok
        if doc[noun].lower_ in nouns and (first.pos_ in ("DET", "PROPN") or first is tok):
            return prep + 1, colon
    return None


def ambiguous_fragment(lex, lemma: str, text: str, piece: QuotedSpan,
                        opinion: bool = False) -> bool:
    """A quoted noun phrase after an ambiguous or opinion verb ("a annoncé des
    «mesures»", "y voit le «péché capital»") is a source's wording only when short: a
    few evaluative words ("a défendu un budget «équilibré»", "a noté un «taux
    inédit»"), not a long title or programme."""
    return (opinion or lex.ambiguous(lemma)) \
        and len(FRAGMENT_WORD.findall(text[piece.start:piece.end])) \
        > MAX_AMBIGUOUS_FRAGMENT_WORDS


# Object clitics before a present participle the tagger may read as a noun ("leur
# reprochant", "lui demandant").
OBJECT_CLITICS = frozenset({"leur", "lui", "les", "nous", "vous"})


def pre_cue(doc: Doc, qt: Segmentation, piece: QuotedSpan, labels: set[str]
            ) -> Cue | None:
    """A reporting verb before the opening mark in the same sentence that governs the
    quote: "X a affirmé : «…»", "a estimé que «…»", "a dénoncé des «…»"."""
    if piece.open_char is None:
        return None
    author = utterance_author(doc, qt, piece)
    if author is not None:
        verb = doc[author[0] - 1]
        return Cue(verb, None, verb.i, verb.i + 1, author, None)
    s_start, _ = qt.sentence(piece.open_char)
    first = qt.token_at(s_start)
    mark = qt.token_at(piece.open_char)
    lex = reporting_lexicon()
    # After a colon the quote is the verb's whole object, however long the clause
    # before it ("X a réagi à … avant sa rencontre de mercredi : «…»").
    after_colon = qt.text[s_start:piece.open_char].rstrip(SPACES).endswith(":")
    reach = first if after_colon else max(first, mark - MAX_SPEECH_CLAUSE_GAP)
    for v in range(mark - 1, reach - 1, -1):
        tok = doc[v]
        if qt.in_quote(tok.idx):
            return None
        lemma = reporting_lemma(tok)
        named_subject = None
        if lemma is None and (named_subject := person_before(doc, v)) is not None:
            lemma = present_tense_lemma(tok)  # "X juge «…»": the tagger read a noun
        if lemma is None and tok.pos_ in ("NOUN", "ADJ") and v > 0 \
                and doc[v - 1].lower_ in ("s'", "s’", "se"):
            lemma = present_tense_lemma(tok)  # "le maire s'inquiète : «…»", an adjective
        if lemma is None and tok.pos_ == "NOUN" and tok.lower_.endswith("ant") and v > 0 \
                and doc[v - 1].lower_ in OBJECT_CLITICS:
            lemma = present_tense_lemma(tok)  # ", leur reprochant d'avoir «…»": a noun
        opinion = lemma is None and (lemma := opinion_lemma(tok)) is not None
        if tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Fin"] and lemma is None:
            return None
        if lemma is None:
            continue
        far = not after_colon and v < mark - MAX_FRAGMENT_GAP
        if far and (opinion or lex.ambiguous(lemma)
                                            or clause_break(doc, v + 1, mark)):
            return None  # only a clear speech verb governs pieces that far, in its clause
        if is_negated(tok):
            return None
        if in_inverted_subject_apposition(doc, v, mark):
            return None  # "», explique Léa X, une «gilet jaune» de Lens": her label
        between = doc[v + 1:mark]
        if addressee(between, lemma):
            return None  # "a répondu à un «internaute»": whom the words go to
        fragment = any(t.pos_ in ("NOUN", "DET") for t in between) \
            and not any(t.text == ":" or t.lower_ in ("que", "qu'", "qu’") for t in between)
        if opinion and (ambiguous_fragment(lex, lemma, qt.text, piece, opinion)
                        or any(t.text == ":" or t.lower_ in ("que", "qu'", "qu’")
                               for t in between)):
            return None  # an opinion verb quotes only a short noun phrase it governs
        agent = agent_before_piece(doc, v, mark)
        if fragment and lex.ambiguous(lemma) and is_bare_past_participle(tok) \
                and agent is None:
            return None  # "condamné pour une «faute»": a passive, no one's words
        if fragment and (ambiguous_fragment(lex, lemma, qt.text, piece, opinion)
                         or is_label(qt.text, piece, labels)
                         or after_mention_marker(doc, mark)):
            return None
        subject = agent or named_subject or verb_subject(doc, qt, tok)
        if far and (subject is None or not is_speaker_like(doc, *subject)):
            return None  # that far, only the words of a subject that can speak
        if opinion and (is_bare_past_participle(tok)
                        or any(c.dep_ == "aux:pass" for c in tok.children)):
            subject = passive_agent(doc, qt, piece) or subject
        if opinion and (subject is None or not named_or_pronoun(doc, *subject)):
            return None  # "les manifestants espèrent une «marée jaune»": a theme
        return Cue(tok, lemma, v, v + 1, subject, None)
    return None


def clause_break(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) open another clause: a finite verb or auxiliary, a conjunction
    or relative pronoun ("a souligné que 133 enquêtes étaient menées, allant «de …»"),
    a colon or semicolon."""
    return any(finite_verb(t) or t.pos_ == "SCONJ" or t.morph.get("PronType") == ["Rel"]
               or t.text in (":", ";") for t in doc[start:end])


def in_inverted_subject_apposition(doc: Doc, v: int, mark: int) -> bool:
    """The verb at token v opens an inverted clause after a closing mark, and a
    name then a comma lie between it and the mark at token `mark`: the piece sits in the
    apposition describing the inverted subject ("», raconte Paul X, 31 ans, un «gilet
    jaune» du Nord"), a label, not the verb's object."""
    k = v - 1
    while k >= 0 and (doc[k].pos_ == "AUX" or doc[k].lower_ in ("s'", "s’", "se")
                      or doc[k].text.startswith("-")):
        k -= 1
    if k > 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or not doc[k].is_quote:
        return False  # the clause must follow a quote: "«…», raconte X, …"
    name = next((n for n in range(v + 1, mark) if doc[n].ent_type_ in ("PER", "ORG")), None)
    return name is not None and any(doc[n].text == "," for n in range(name + 1, mark))


# Prepositions that introduce whom a speech verb's words go to.
_TO = ("à", "au", "aux")


def addressee(between, lemma: str) -> bool:
    """The tokens between a speech verb and a quoted piece end in its "à" complement
    ("a répondu à un «…»", "s'adresse aux «…»"): the piece names the addressee
    (`quotes_addressee_verbs.txt`)."""
    preps = [t for t in between if t.pos_ == "ADP" or t.lower_ in _TO]
    return bool(preps) and preps[-1].lower_ in _TO \
        and lemma.lower() in word_set("quotes_addressee_verbs.txt") \
        and all(t.pos_ in ("DET", "ADJ", "NUM") for t in between[preps[-1].i - between.start + 1:])


def passive_agent(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> tuple[int, int] | None:
    """ "qualifié de «faute» par Anne X": the agent right after the closing mark of a
    passive opinion verb's fragment is whose wording it is."""
    if piece.close_char is None:
        return None
    par = qt.token_at(piece.close_char + 1)
    if par >= len(doc) or doc[par].lower_ != "par" or par + 1 >= len(doc):
        return None
    end = max(par + 2, noun_phrase_end(doc, par + 1, len(doc)))
    return par + 1, end


# Words between a passive participle's agent and the quoted words it judges ("jugée par
# X comme «…»", "qualifiée par X de «…»"): the attribute's markers.
AGENT_TO_WORDS = frozenset({"comme", "de", "d'", "d’"})


def agent_before_piece(doc: Doc, v: int, mark: int) -> tuple[int, int] | None:
    """ "une tenue jugée par la direction comme «…»", "qualifiée par le maire de «…»": the
    agent between a bare past participle (token `v`) and the opening mark (token `mark`)
    of the words it judges, when it can speak; None otherwise."""
    tok = doc[v]
    if not is_bare_past_participle(tok) or v + 2 >= mark or doc[v + 1].lower_ != "par":
        return None
    end = noun_phrase_end(doc, v + 2, mark)
    if end <= v + 2 or any(t.lower_ not in AGENT_TO_WORDS for t in doc[end:mark]) \
            or not is_speaker_like(doc, v + 2, end):
        return None
    return v + 2, end


def person_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """The person named right before token `i` (with a title or description before the
    name: "la sénatrice Anne X"), as the subject of a present-tense verb the tagger read as
    a noun ("Anne X pointe des «…»"); None when token i is no such word."""
    if i == 0 or doc[i].pos_ not in ("NOUN", "ADJ", "PROPN") or doc[i].ent_type_:
        return None
    if doc[i - 1].ent_type_ != "PER":
        return _speaking_noun_before(doc, i)
    start = i - 1
    while start > 0 and doc[start - 1].ent_type_ == "PER":
        start -= 1
    while start > 0 and doc[start - 1].pos_ in ("NOUN", "ADJ") \
            and doc[start - 1].text[:1].islower():
        start -= 1
    if start > 0 and doc[start - 1].pos_ == "DET":
        start -= 1
    return start, i


def _speaking_noun_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """ "un riverain soupire : «…»": a noun phrase that can speak (a determiner, then its
    head noun: participants/lexicon.py) right before token `i`."""
    head = doc[i - 1]
    if head.pos_ != "NOUN" or not head.text[:1].islower() \
            or not head_can_speak(head):
        return None
    start = i - 1
    while start > 0 and doc[start - 1].pos_ == "ADJ":
        start -= 1
    if start == 0 or doc[start - 1].pos_ != "DET":
        return None
    return start - 1, i


def glued_fragment_cue(qt: Segmentation, n: int, fragment_cues: dict[int, Cue],
                       labels: set[str]) -> Cue | None:
    """ "y voit le «péché capital» du «pouvoir central»": a piece joined to the
    previous one by a complement or a coordination, or listed after a comma ("a dénoncé
    «A», «B» et «C»"), continues the same clause and shares the previous piece's verb;
    short unless that verb is a clear speech verb."""
    previous = fragment_cues.get(n - 1)
    piece = qt.pieces[n]
    if previous is None or piece.open_char is None or is_label(qt.text, piece, labels) \
            or qt.pieces[n - 1].block != piece.block:
        return None
    glue = qt.text[qt.pieces[n - 1].outer_end:piece.outer_start]
    clear = previous.lemma is not None and not reporting_lexicon().ambiguous(previous.lemma) \
        and opinion_lemma(previous.verb) is None
    # a list after an ambiguous verb is often names ("ce qu'on appelle les «A», les «B»")
    listed = clear and LIST_GLUE.fullmatch(glue) is not None
    if not (listed or FRAGMENT_GLUE.fullmatch(glue)):
        return None
    if not clear and len(FRAGMENT_WORD.findall(qt.text[piece.start:piece.end])) \
            > MAX_AMBIGUOUS_FRAGMENT_WORDS:
        return None
    return previous

"""Quotes with no reporting verb: are they speech, and who holds them?

A quote with no cue is speech (not a term or a name) when it reads as speech: long enough
with a verb, or a question or an exclamation. Its speaker is then named in a clause of the
journalist's (a colon, an apposition, a relative clause: `narrative`), by a chant noun
("aux cris de «…»"), by a title pattern ("«…» : le maire X s'explique"), or it is the
floor's holder (`floor`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.extensions import block_index, blocks
from newsextract.nlp.grammar_words import REPORTED_OPENER, grammar_words
from newsextract.nlp.quotes.banners import banner_before, banner_holder
from newsextract.nlp.quotes.candidates import (
    SPACES,
    WORD,
    after_mention_marker,
    inside_noun_phrase,
    is_label,
)
from newsextract.nlp.quotes.cues import Cue, inverted_cue
from newsextract.nlp.quotes.introductions import introduced_person, names_someone
from newsextract.nlp.quotes.lexicon import finite_verb, reporting_lemma, titles
from newsextract.nlp.quotes.mentions import entities_in
from newsextract.nlp.quotes.narrative import (
    apposition_subject,
    colon_subject,
    lead_in_subject,
    pour_subject,
    relative_subject,
)
from newsextract.nlp.quotes.speakable import is_speaker_like
from newsextract.nlp.quotes.there import writers_in
from newsextract.nlp.segment import QuotedSpan, Segmentation

# Characters after a closing mark searched for the colon of a "«…» : X …" title.
HEADLINE_COLON_CHARS = 3




# A quote this short (in words) and verbless is a quoted term unless a cue governs it.
MIN_STANDALONE_WORDS = 4


# How many tokens after the colon of a "«…» : X …" title the subject may start.
HEADLINE_SUBJECT_WINDOW = 4


def headline_subject(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> tuple[int, int] | None:
    """The speaker of a quote that opens its paragraph and is followed by a colon, the
    press title or lead pattern "«Je ne partirai pas» : le maire X s'explique": the person
    named as the subject right after the colon (token range), or None."""
    if piece.close_char is None or piece.open_char is None \
            or piece.open_char != blocks(doc)[piece.block][0]:
        return None
    after = qt.text[piece.outer_end:piece.outer_end + HEADLINE_COLON_CHARS].strip(" \xa0\u202f")
    if not after.startswith(":"):
        return None
    first = qt.token_at(qt.text.index(":", piece.outer_end)) + 1
    for ent in doc.spans.get("entities", []):
        if first <= ent.start < first + HEADLINE_SUBJECT_WINDOW and ent.label_ == "PER" \
                and ent.root.dep_.startswith("nsubj"):
            return ent.start, ent.end
    return None


# The thin spaces typography puts inside quotation marks.
THIN_SPACES = "\u2009\u200a"


def named_title_subject(doc: Doc, qt: Segmentation, piece: QuotedSpan
                        ) -> tuple[int, int] | None:
    """The speaker of an interview title that is only a name and the quote ("Paul X «Nous
    ne lâcherons rien»", with no colon): the person or organisation named, when the quote
    fills the rest of its block and opens a sentence of its own (a capital letter). A
    quote that starts in lower case continues a clause about the name ("Paul X «est
    épuisé»") and is someone else's."""
    if piece.close_char is None or piece.open_char is None:
        return None
    start, end = blocks(doc)[piece.block][0], blocks(doc)[piece.block][1]
    content = qt.text[piece.open_char + 1:piece.close_char].lstrip(SPACES + THIN_SPACES)
    if qt.text[piece.outer_end:end].strip(SPACES) or not content[:1].isupper():
        return None
    for ent in doc.spans.get("entities", []):
        if ent.label_ in ("PER", "ORG") and start <= ent.start_char < piece.outer_start \
                and not qt.text[start:ent.start_char].strip(SPACES) \
                and not qt.text[ent.end_char:piece.outer_start].strip(SPACES):
            return ent.start, ent.end
    return None


# A caption line under a pull quote is at most this many characters: a name and a role
# ("Anne X, porte-parole du syndicat"), never a sentence of the article.
CAPTION_MAX_CHARS = 160


def caption_subject(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> tuple[int, int] | None:
    """The speaker of a pull quote: a paragraph that is only a quotation, followed by a
    short verbless line naming who said it (token range): a person's name, alone or with
    a role ("Paul X", "Anne Y, maire de Z", "Me Paul X, avocat", "Le maire de Z, Anne
    Y"), or an unnamed source ("Un policier de la BAC", "une infirmière", "la mairie")."""
    if piece.close_char is None or piece.open_char is None:
        return None
    bl = blocks(doc)
    start, end = bl[piece.block][0], bl[piece.block][1]
    if qt.text[start:piece.outer_start].strip(SPACES) \
            or qt.text[piece.outer_end:end].strip(SPACES + THIN_SPACES + ".") \
            or piece.block + 1 >= len(bl):
        return None
    c_start, c_end = bl[piece.block + 1][0], bl[piece.block + 1][1]
    if len(qt.text[c_start:c_end].strip()) > CAPTION_MAX_CHARS:
        return None
    caption = doc.char_span(c_start, c_end, alignment_mode="expand")
    if caption is None or any(finite_verb(t)
                              for t in caption) or qt.in_quote(caption[0].idx):
        return None
    first = caption.start
    while first < caption.end and (caption.doc[first].is_punct or caption.doc[first].is_space
                                   or caption.doc[first].lower_ in titles()):
        first += 1  # "- Paul X", "Me Paul X": a dash or an honorific before the name
    return _caption_name(doc, first, caption.end) \
        or _caption_source(doc, first, caption.end)


def _caption_name(doc: Doc, first: int, end: int) -> tuple[int, int] | None:
    """The person a caption names: at its head ("Paul X, maire de Z") or right after the
    comma closing a description ("Le maire de Z, Paul X")."""
    for ent in doc.spans.get("entities", []):
        if ent.label_ != "PER" or not first <= ent.start < end \
                or not (ent.start == first or doc[ent.start - 1].text == ","):
            continue
        rest = doc[ent.end:end]
        # the name ends the line or a role follows it: "Paul X en campagne" is a subhead
        if not rest or rest[0].text in (",", "(") or all(t.is_punct or t.is_space
                                                         for t in rest):
            return ent.start, ent.end
    return None


def _caption_source(doc: Doc, first: int, end: int) -> tuple[int, int] | None:
    """An unnamed source a caption gives: a noun phrase that can speak and reads as a
    caption, not as a subhead: opened by an indefinite article ("Un policier"), in lower
    case ("une habitante", "la préfecture"), or by an organisation's name."""
    while end > first and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if first >= end:
        return None
    head = doc[first]
    opens_like_caption = (head.pos_ == "DET" and head.morph.get("Definite") == ["Ind"]) \
        or head.text[:1].islower() \
        or any(e.label_ == "ORG" and e.start == first for e in doc.spans.get("entities", []))
    if not opens_like_caption or not is_speaker_like(doc, first, end):
        return None
    return first, end


def narrative_subject(doc: Doc, qt: Segmentation, piece: QuotedSpan,
                      labels: set[str]) -> tuple[int, int] | None:
    """The speaker of a quote with no reporting verb, named in a clause of the
    journalist's: after a colon ("une manifestante brandissait une pancarte : «…»") or
    around a self-description in apposition ("X, 40 ans, «…», a expliqué"). See
    narrative.py."""
    if piece.open_char is None or piece.close_char is None \
            or is_label(qt.text, piece, labels):
        return None
    open_tok = qt.token_at(piece.open_char)
    if after_mention_marker(doc, open_tok):
        return None
    s_start = qt.sentence(piece.open_char)[0]
    before = qt.text[s_start:piece.open_char].rstrip(SPACES)
    if before.endswith(":") and not qt.in_quote(s_start + len(before) - 1):
        colon = qt.token_at(s_start + len(before) - 1)
        subject = colon_subject(doc, colon, qt.token_at(s_start),
                                lambda verb: reporting_lemma(verb) is not None)
        if not names_someone(doc, subject):
            # "certains étaient venus, comme Léa, 24 ans, de Brest : «…»"
            subject = introduced_person(doc, qt.token_at(s_start), colon, qt.in_quote) \
                or subject
        return subject \
            or banner_holder(doc, qt.token_at(s_start), open_tok, after_colon=True)
    return apposition_subject(doc, open_tok, qt.token_at(piece.close_char)) \
        or relative_subject(doc, open_tok) \
        or pour_subject(doc, qt.token_at(s_start), open_tok) \
        or banner_holder(doc, qt.token_at(s_start), open_tok, after_colon=False)


def on_unheld_banner(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> bool:
    """The quote is read on a banner named before it in its sentence ("On pouvait lire sur
    une pancarte : «…»") whose carriers `narrative_subject` did not find: the words are
    nobody's named, not the floor holder's."""
    if piece.open_char is None:
        return False
    s_start = qt.sentence(piece.open_char)[0]
    after_colon = qt.text[s_start:piece.open_char].rstrip(SPACES).endswith(":")
    return banner_before(doc, qt.token_at(s_start), qt.token_at(piece.open_char),
                         after_colon) is not None


def lead_in(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> tuple[int, int] | None:
    """The subject of the sentence just before a quote that opens its sentence, in
    the same or the previous block, when that sentence quotes nobody (see
    narrative.lead_in_subject)."""
    s_start, _ = qt.sentence(piece.outer_start)
    if qt.text[s_start:piece.outer_start].strip() or s_start == 0:
        return None
    p_start, p_end = qt.sentence(s_start - 1)
    p_block = block_index(doc, p_start)
    if p_end > s_start or p_block is None or piece.block - p_block > 1:
        return None

    def has_quote(first: int, last: int) -> bool:
        return any(qt.in_quote(t.idx) for t in doc[first:last])

    first, last = qt.token_at(p_start), qt.token_at(p_end)
    subject = lead_in_subject(doc, first, last, has_quote) or (
        None if has_quote(first, last) else writers_in(doc, first, last))
    if not names_someone(doc, subject) and not has_quote(first, last):
        # "C'est le cas de Léa, 25 ans. «…»": the person the lead-in brings in
        subject = introduced_person(doc, first, last, qt.in_quote) or subject
    return None if subject is None or named_inside(doc, qt, piece, subject) else subject


def clause_subject(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> tuple[int, int] | None:
    """The subject of the clause a quote with no reporting verb continues inside its own
    sentence ("la cheffe de rayon décrit des caissières lasses et «qui ne dorment
    plus»", "la mairie priait les riverains de «rentrer les poubelles»"): the root verb's subject
    before the opening mark, when it can speak and the sentence quotes nothing before.
    That person, not the previous speaker, is who the words belong to."""
    if piece.open_char is None:
        return None
    s_start, _ = qt.sentence(piece.outer_start)
    if not qt.text[s_start:piece.outer_start].strip(SPACES):
        return None  # the quote opens its sentence: `lead_in`

    def has_quote(first: int, last: int) -> bool:
        return any(qt.in_quote(t.idx) for t in doc[first:last])

    first = qt.token_at(s_start)
    subject = lead_in_subject(doc, first, qt.token_at(piece.open_char), has_quote)
    if subject is None or _reported_clause_subject(doc, first, subject[0]) \
            or any(t.dep_ == "nsubj:pass" for t in doc[subject[0]:subject[1]]) \
            or named_inside(doc, qt, piece, subject):
        return None  # a passive subject undergoes ("X a été arrêté pour «…»"): not a source
    return subject


def named_inside(doc: Doc, qt: Segmentation, piece: QuotedSpan,
                 subject: tuple[int, int]) -> bool:
    """The quote names the person of the subject ("X a de nouveau parlé. «Il ne faut rien
    attendre de X»"): words about X, not X's own."""
    if piece.open_char is None or piece.close_char is None:
        return False
    content = qt.text[piece.open_char:piece.close_char]
    return any(e.label_ == "PER" and re.search(rf"\b{re.escape(doc[e.end - 1].text)}\b",
                                                 content)
               for e in entities_in(doc, *subject))


def _reported_clause_subject(doc: Doc, first: int, subject_start: int) -> bool:
    """The subject found is that of a content clause ("que …") reported by an earlier
    verb ("le journal a révélé que le maire avait fermé l'école, avant de «…»", a
    misparse making the content clause the root), or of a selon statement ("Selon X, les
    riverains demandent «…»"): the words are the reporter's."""
    return any(t.lower_ in grammar_words(REPORTED_OPENER) for t in doc[first:subject_start + 1])


def is_standalone_quote(doc: Doc, qt: Segmentation, piece: QuotedSpan, start: int,
                        end: int, labels: set[str]) -> bool:
    """A quote with no cue is a quote (not a term or a name) when it reads as speech:
    long enough with a verb, or a question or exclamation."""
    content = qt.text[start:end]
    if is_label(qt.text, piece, labels):
        return False
    if piece.open_char is not None and after_mention_marker(
            doc, qt.token_at(piece.open_char)):
        return False
    words = len(WORD.findall(content))
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in doc.char_span(
        start, end, alignment_mode="expand") or [])
    if content.rstrip()[-1:] in "?!" and words >= 2:
        return True
    if inside_noun_phrase(doc, qt, piece) \
            and doc[qt.token_at(piece.open_char) - 1].pos_ == "NOUN":
        return False  # "un communiqué «destiné à la préfecture», signé…": a modifier
    return words >= MIN_STANDALONE_WORDS and has_verb


# Tokens an inserted reporting clause before a quote may span between its commas
# ("…, explique-t-il dans sa chronique du Courrier, «…»").
MAX_INCISE_TOKENS = 14


def incise_cue(doc: Doc, qt: Segmentation, piece: QuotedSpan,
               dates: frozenset[int]) -> Cue | None:
    """An inverted reporting clause inserted between commas right before the opening
    mark ("Mais, dit-il, «…»", "Sporadiquement, écrit-elle dans sa chronique, «…»",
    "Même si, a-t-il concédé, «…»"): the quote's cue, with its clitic or noun subject."""
    if piece.open_char is None:
        return None
    mark = qt.token_at(piece.open_char)
    comma = mark - 1
    while comma >= 0 and doc[comma].is_space:
        comma -= 1
    if comma < 1 or doc[comma].text != ",":
        return None
    for start in range(comma - 1, max(-1, comma - MAX_INCISE_TOKENS - 1), -1):
        tok = doc[start]
        if qt.in_quote(tok.idx) or (tok.is_punct and tok.text not in ("-", ",")):
            return None
        if tok.text != ",":
            continue
        cue = inverted_cue(doc, start + 1, comma, dates, require_inversion=True)
        if cue is None or cue.start != start + 1 or (cue.pronoun is None and cue.subject is None):
            return None
        return cue
    return None

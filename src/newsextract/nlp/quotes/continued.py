"""Which sentences with no cue go on with the floor holder's words in a clause of the
journalist's?

"«Le chantier avance», a dit la ministre. Le pont «sera ouvert avant l'été»." The second
sentence has no reporting verb; its subject is the journalist's and its verb is inside
the marks: the speaker's words, paraphrased around their subject (QUOTES.md: a clause whose
core is the journalist's and holds quoted pieces is one mixed record). Its speaker is the
one who spoke in the sentence before (the floor, `floor`); it has no verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import BARE_DE, grammar_words
from newsextract.nlp.negation import VERB, negation_words
from newsextract.nlp.quotes.candidates import MIXED, Candidate, holds_cue, is_label, trim
from newsextract.nlp.quotes.lexicon import finite_verb, is_negated, reporting_lemma, word_set
from newsextract.nlp.quotes.mentions import is_clitic
from newsextract.nlp.quotes.relatives import relative_holds_record, subject_relative
from newsextract.nlp.quotes.selon_sources import selon_cue_at
from newsextract.nlp.segment import QuotedSpan, Segmentation

# The plural indefinite article before an adjective, tagged as a preposition ("de
# telles discussions", "d'autres élus").
PARTITIVE = grammar_words(BARE_DE)
# Tokens of the subject before the opening mark ("les travaux du pont", "Cette mesure").
MAX_SUBJECT_TOKENS = 8
# Tokens read after the opening mark for the clause's verb: a clitic or negation may come
# first ("«ne seront pas", "«s'arrêtera", "«n'y a").
VERB_REACH = 3


def continued_clauses(doc: Doc, qt: Segmentation, labels: set[str]) -> list[Candidate]:
    """Mixed records for the cueless sentences whose subject stands before the marks and
    whose verb is inside them, right after a sentence where someone spoke."""
    out = []
    for n, (s_start, s_end) in enumerate(qt.sentences):
        if n == 0 or not _someone_spoke(doc, qt, *qt.sentences[n - 1]):
            continue
        piece = _first_piece(qt, s_start, s_end)
        if piece is None or is_label(qt.text, piece, labels):
            continue
        first = _subject_start(doc, qt, s_start, piece)
        cue_from = s_start
        if first is None:
            # "Le pont, qui selon X date de 1900, «sera ouvert …»": a subject and its
            # relative clause, whose selon or quote is a record of its own (then the words
            # of the floor holder start at the mark) and whose verb is no cue
            relative = subject_relative(doc, qt, _first_word(doc, qt, s_start),
                                        qt.token_at(piece.open_char) + 1)
            if relative is None or relative.main != qt.token_at(piece.open_char):
                continue
            first = relative.main if relative_holds_record(doc, qt, relative, labels) \
                else _first_word(doc, qt, s_start)
            cue_from = piece.outer_start
        if not _verb_inside(doc, qt, piece) or _holds_cue(doc, qt, cue_from, s_end):
            continue
        start, end = trim(qt.text, doc[first].idx, s_end)
        if end > piece.outer_start:
            out.append(Candidate(start, end, MIXED, None, start, inherit=True,
                                 block=piece.block))
    return out


def _first_word(doc: Doc, qt: Segmentation, s_start: int) -> int:
    first = qt.token_at(s_start)
    while first < len(doc) - 1 and (doc[first].is_space or doc[first].is_punct):
        first += 1
    return first


def _first_piece(qt: Segmentation, s_start: int, s_end: int) -> QuotedSpan | None:
    return next((p for p in qt.pieces_opening_in(s_start + 1, s_end) if p.closed), None)


def _subject_start(doc: Doc, qt: Segmentation, s_start: int, piece: QuotedSpan) -> int | None:
    """First token of the noun phrase between the sentence start (past a connective:
    "Et ces travaux «…»") and the opening mark, or None when that stretch is no bare
    subject: a verb, a comma (a topic or an adverbial: "Ici, «…»", direct), too long."""
    first = qt.token_at(s_start)
    mark = qt.token_at(piece.open_char)
    while first < mark and (doc[first].is_space or doc[first].is_punct):
        first += 1
    if first < mark and doc[first].lower_ in word_set("quotes_connectives.txt"):
        first += 1
    lead = [t for t in doc[first:mark] if not t.is_space]
    if not lead or len(lead) > MAX_SUBJECT_TOKENS or not (lead[0].pos_ in (
            "DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM") or lead[0].lower_ in PARTITIVE):
        return None
    if any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in ("'", "’", "-"))
           for t in lead):
        return None
    return first


def _verb_inside(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> bool:
    """The piece opens with the clause's finite verb, after its clitics or negation ("«sera
    signé", "«n'y a pas", "«se seraient"); not a noun phrase ("«très gros chèque»")."""
    i = qt.token_at(piece.start)
    words = [t for t in doc[i:qt.token_at(piece.end)] if not t.is_space][:VERB_REACH]
    for t in words:
        if finite_verb(t):
            return True
        if not (t.pos_ == "PRON" or t.lower_ in negation_words(VERB)):
            return False
    return False


def _holds_cue(doc: Doc, qt: Segmentation, s_start: int, s_end: int) -> bool:
    """A reporting verb or a selon phrase outside the marks: the sentence has a cue of its
    own, the other layers attribute it."""
    first, end = qt.token_at(s_start), qt.token_at(s_end)
    return holds_cue(doc, qt, first, end) or any(
        not qt.in_quote(t.idx) and (is_clitic(t) or selon_cue_at(doc, t.i) or t.text == ":")
        for t in doc[first:end])


def _someone_spoke(doc: Doc, qt: Segmentation, s_start: int, s_end: int) -> bool:
    """The sentence quotes someone: a quoted piece and a reporting verb outside the marks
    that is not negated ("«…», a dit X", "X a estimé que «…»")."""
    if not qt.pieces_opening_in(s_start, s_end):
        return False
    return any(_reports(qt, t) for t in doc[qt.token_at(s_start):qt.token_at(s_end)])


def _reports(qt: Segmentation, tok: Token) -> bool:
    return tok.pos_ == "VERB" and not qt.in_quote(tok.idx) \
        and reporting_lemma(tok) is not None and not is_negated(tok)

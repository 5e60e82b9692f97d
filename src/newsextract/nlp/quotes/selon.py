"""Selon records: "selon X" / "d'après X" / "cité par X" found in the text, each turned into
a record of its source (or of the previous source for "selon la même source") and its
statement: a direct record when the statement is all in quotation marks.

Who the phrase names is `selon_sources`; where its statement lies is `selon_statements`
(with `selon_figures` when it attests a figure, `selon_embedded` when the phrase sits inside
a relative or participial clause). "Pour X, …" views are `pour`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.quotes.candidates import (
    DIRECT,
    PRIORITY,
    SELON,
    SELON_OVER_QUOTES,
    Candidate,
    trim,
)
from newsextract.nlp.quotes.lexicon import word_set
from newsextract.nlp.quotes.mentions import points_to_last_source
from newsextract.nlp.quotes.selon_embedded import (
    governing_subject,
    participle_before,
    participle_scope,
    quoted_relative,
    relative_statement,
)
from newsextract.nlp.quotes.selon_relative import (
    antecedent,
    is_person_relative,
    relative_statement_span,
)
from newsextract.nlp.quotes.selon_sources import (
    relative_before,
    selon_cue_match,
    selon_cue_positions,
    selon_source,
    source_phrase_end,
)
from newsextract.nlp.quotes.selon_statements import (
    holds_selon_cue,
    quotes_in_journalist_clause,
    selon_statement,
)
from newsextract.nlp.quotes.selon_titles import quoted_title_source
from newsextract.nlp.quotes.shares import opinion_of_share
from newsextract.nlp.segment import QuotedSpan, Segmentation

# A direct quote whose source is a selon phrase before it wins over the same piece read
# without a cue (a standalone quote inheriting the floor), not over a mixed clause.
SELON_DIRECT = PRIORITY[DIRECT] - 0.5


def whole_quote(qt: Segmentation, span: tuple[int, int]) -> QuotedSpan | None:
    """The quoted piece that is the whole of a statement (marks included), or None."""
    return next((p for p in qt.pieces if p.close_char is not None
                 and trim(qt.text, p.outer_start, p.outer_end) == span), None)


def phrase_end_char(doc: Doc, phrase: tuple[int, int]) -> int:
    return doc[phrase[1] - 1].idx + len(doc[phrase[1] - 1])


def is_anaphoric_source(doc: Doc, src: tuple[int, int]) -> bool:
    """ "selon la même source": the phrase points back to the previous selon source
    (`quotes_selon_anaphors.txt`)."""
    words = [t.lower_ for t in doc[src[0]:src[1]] if t.pos_ != "DET"]
    return " ".join(words) in word_set("quotes_selon_anaphors.txt") \
        or points_to_last_source(list(doc[src[0]:src[1]]))  # "selon cette source"


def after_earlier_selon(doc: Doc, qt: Segmentation, s_start: int, earlier_end: int | None
                        ) -> int:
    """Where the statement of a second selon phrase of the sentence may start: after the
    first phrase ("A, selon X, contre B, selon Y": Y's statement is B, not A) and after a
    word of contrast opening the run (`quotes_selon_contrasts.txt`); `s_start` when the
    sentence holds no earlier selon phrase."""
    if earlier_end is None or earlier_end <= qt.token_at(s_start):
        return s_start
    k = earlier_end
    while k < len(doc) and (doc[k].is_punct or doc[k].lower_
                            in word_set("quotes_selon_contrasts.txt")):
        k += 1
    return doc[k].idx if k < len(doc) else s_start


def person_relative_candidates(doc: Doc, qt: Segmentation, cue: int, pronoun: int
                               ) -> list[Candidate]:
    """ "Jean Roy, le maire, selon qui <statement>": the statement is the person's (a
    direct record when it is all in marks, a selon record over any quoted pieces in it
    otherwise); nothing when no one before the cue can speak."""
    source = antecedent(doc, cue)
    span = relative_statement_span(doc, qt, pronoun) if source is not None else None
    if source is None or span is None:
        return []
    anchor = doc[source[0]].idx
    whole = whole_quote(qt, span)
    if whole is not None:
        return [Candidate(whole.start, whole.end, DIRECT, None, anchor, subject=source,
                          priority=SELON_DIRECT)]
    # "A a condamné …, comme B, selon qui …": B is named in an aside, A keeps the floor.
    # The relative clause is B's whole statement: it wins over any quoted piece in it
    # (QUOTES.md: selon takes priority over mixed) and over a clause read around it.
    cand = Candidate(span[0], span[1], SELON, None, anchor, subject=source,
                     holds_floor=False, priority=SELON_OVER_QUOTES)
    return [cand]


# What one selon cue yields: its candidates, the token the next cue is searched from, and
# the source "selon la même source" points back to afterwards.
CueResult = tuple[list[Candidate], int, "tuple[int, int] | None"]


def selon_candidates(doc: Doc, qt: Segmentation) -> list[Candidate]:
    """Every selon/d'après statement of `doc`, with its source as the subject."""
    out: list[Candidate] = []
    resume = 0  # a cue's source is not searched for further cues
    last_source: tuple[int, int] | None = None  # for "selon la même source"
    for i in selon_cue_positions(doc):
        if i < resume:
            continue
        match = selon_cue_match(doc, i)
        # "cité par X" attributes the quote next to it (direct.py), not a statement of its own
        if match is None or match[1] == "cited" or qt.in_quote(doc[i].idx):
            continue
        n = match[0]
        if is_person_relative(doc, i + n):
            out += person_relative_candidates(doc, qt, i, i + n)
            resume = i + n + 1
            continue
        found = _cue_candidates(doc, qt, i, n, resume, last_source)
        if found is not None:
            cands, resume, last_source = found
            out += cands
    return out


def _cue_candidates(doc: Doc, qt: Segmentation, i: int, n: int, resume: int,
                    last_source: tuple[int, int] | None) -> CueResult | None:
    """What the selon cue at token `i` (`n` tokens long) attributes, and to whom; None when
    it names no source."""
    tok = doc[i]
    s_start, s_end = qt.sentence(tok.idx)
    limit = qt.token_at(s_end)
    relative = relative_before(doc, i)
    # "Selon «Le Parisien», …": the title in marks is the source
    title = quoted_title_source(doc, qt, i + n, limit)
    src = title[0] if title else selon_source(doc, i + n, limit, relative is not None)
    if src is None:
        return None
    if relative is not None and (piece := quoted_relative(qt, doc, src[1], limit)):
        return [Candidate(piece.start, piece.end, DIRECT, None, doc[src[0]].idx,
                          subject=src, priority=SELON_DIRECT)], src[1], last_source
    phrase = (src[0], title[1] if title else source_phrase_end(doc, src, limit))
    if relative is not None:
        span = relative_statement(doc, qt, relative, src[1], limit)
    else:
        s_first = after_earlier_selon(doc, qt, s_start, resume or None)
        participial = _participial_candidate(doc, qt, i, s_end, src)
        if participial is not None:
            return [participial], phrase[1], last_source
        shared = s_first != s_start or holds_selon_cue(doc, qt, (phrase_end_char(
            doc, phrase), s_end))
        span = selon_statement(doc, qt, i, phrase, s_first, s_end, shared)
    # "selon la même source": the previous selon source of the article, else the
    # source of the attribution just before ("a précisé la préfecture"): inherited
    anaphoric = is_anaphoric_source(doc, src)
    speaker = last_source if anaphoric else src
    if not anaphoric:
        last_source = src
    if span is None:
        return [], phrase[1], last_source
    cands = _statement_candidates(doc, qt, i, src, speaker, span, relative is not None)
    return cands, phrase[1], last_source


def _participial_candidate(doc: Doc, qt: Segmentation, i: int, s_end: int,
                           src: tuple[int, int]) -> Candidate | None:
    """ "…, estimant, selon lui, que …": a pronoun source inside a participial clause
    attributes the clause to the subject that governs the participle."""
    inner = participle_scope(doc, qt, i, s_end)
    if inner is None or doc[src[0]].pos_ != "PRON":
        return None
    subject = governing_subject(doc, participle_before(doc, i))
    if subject is None:
        return None
    cand = Candidate(inner[0], inner[1], SELON, None, doc[subject[0]].idx, subject=subject)
    if quotes_in_journalist_clause(doc, qt, inner):
        cand.priority = SELON_OVER_QUOTES
    return cand


def _statement_candidates(doc: Doc, qt: Segmentation, i: int, src: tuple[int, int],
                          speaker: tuple[int, int] | None, span: tuple[int, int],
                          after_relative: bool) -> list[Candidate]:
    """The record of a selon statement: direct when all of it is in marks, else a selon
    record ranked over the quotes it holds when it reports a clause or a poll's finding."""
    whole = whole_quote(qt, span) if speaker is not None else None
    if whole is not None:
        # "Selon X, «…».": the statement is all in marks, X's own words (a direct
        # record, which a cueless reading of the same piece must not take)
        return [Candidate(whole.start, whole.end, DIRECT, None, doc[src[0]].idx,
                          subject=speaker, priority=SELON_DIRECT)]
    cand = Candidate(span[0], span[1], SELON, None, doc[src[0]].idx,
                     subject=speaker, inherit=speaker is None,
                     # "Le pont, qui selon X date de 1900, «…»": an aside on a
                     # description; whoever spoke before keeps the floor
                     holds_floor=not after_relative)
    # "Selon X, Y avait écrit que «…»": what Y wrote is X's account, one record;
    # not an incise opening the statement ("Selon lui, affirme Y, «…»": direct)
    first = doc[qt.token_at(span[0])]
    poll = span[1] < doc[i].idx and opinion_of_share(doc, qt.token_at(span[0]), i)
    if quotes_in_journalist_clause(doc, qt, span, cues_allowed=span[0] > doc[i].idx
                                   and first.pos_ not in ("VERB", "AUX")) or poll:
        # "40 % des électeurs pensent que …, selon un sondage X": the poll's
        # finding, one selon record over the indirect it holds
        cand.priority = SELON_OVER_QUOTES
        # the poll reports its respondents' views: a later share's quote with
        # no cue is theirs, not the poll's
        cand.holds_floor = cand.holds_floor and not opinion_of_share(
            doc, qt.token_at(span[0]), i)
    return [cand]

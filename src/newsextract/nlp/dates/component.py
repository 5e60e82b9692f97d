"""``newsextract_dates``: temporal expressions (TIMEX3) in doc.spans["dates"].

The grammar (``rules``: regexes over a folded copy of each paragraph, vocabulary in
``data/dates_lexicon.json``, rules in ``data/dates_rules.tsv``) finds the expressions; the
normalisers (``values``) compute type, value, interval bounds and anchor, walking the article
in text order so that "le lendemain" and clock times resolve against the story's current day
(``timeline``). The spaCy parse is only read for the tense of the verb governing an
expression (``tense``), which gives the direction of "samedi" or "le 30 juin". See docs/dates.md.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsextract.layout import BOILERPLATE
from newsextract.nlp.dates.action_days import date_action_days, verb_of_another_subject
from newsextract.nlp.dates.calendar_math import PAST, parse_date
from newsextract.nlp.dates.in_names import inside_a_name, name_spans
from newsextract.nlp.dates.nowadays import speaks_of_nowadays
from newsextract.nlp.dates.rules import find_matches, fold, rules
from newsextract.nlp.dates.tense import governing_verb, is_simple_imperfect, verb_tense
from newsextract.nlp.dates.timeline import (
    Context,
    Timex,
    advance,
    attach_clocks_to_days,
    carry_back_to_story_day,
    count_from_following_dates,
)
from newsextract.nlp.dates.values import normalise
from newsextract.nlp.extensions import blocks, is_extractable, register_extensions
from newsextract.nlp.segment import article_text

SPAN_KEY = "dates"
# rules whose matches count inside boilerplate lines: an agency footer's "© 2019 AFP" dates
# the dispatch (every other rule skips boilerplate, as every layer does)
BOILERPLATE_RULES = frozenset({"copyright_year"})


class DatesComponent:
    """Finds and normalises the temporal expressions of an article."""

    def __init__(self) -> None:
        register_extensions()
        rules()  # compile the grammar once, at pipeline construction

    def __call__(self, doc: Doc) -> Doc:
        raw = article_text(doc)  # Doc.text joins every token: read it once per article
        folded = fold(raw)
        ctx = Context(text=folded, pub=parse_date(doc._.pub_date), raw=raw,
                      tense=lambda s, e: self._tense(doc, s, e),
                      pos=lambda s, e: self._pos(doc, s, e),
                      nowadays=lambda s, e: self._nowadays(doc, s, e),
                      verb_lemma=lambda s, e: self._verb_lemma(doc, s, e),
                      simple_imperfect=lambda s, e: self._simple_imperfect(doc, s, e))
        found: list[tuple[Span, Timex]] = []
        seen: set[tuple[int, int]] = set()
        names = name_spans(doc)
        for start, end, kind in blocks(doc):
            for match in find_matches(folded[start:end], offset=start):
                if kind == BOILERPLATE and match.rule.name not in BOILERPLATE_RULES:
                    continue
                if inside_a_name(raw, match.start, match.end, names):
                    continue
                for timex in normalise(match, ctx):
                    span = self._span(doc, timex, in_boilerplate=kind == BOILERPLATE)
                    if span is not None and (span.start, span.end) not in seen:
                        seen.add((span.start, span.end))
                        found.append((span, timex))
                        if kind != BOILERPLATE:  # a credit line is not the story's time
                            advance(ctx, timex)
        timexes = date_action_days([timex for _, timex in found], raw,
                                   lambda *offsets: verb_of_another_subject(doc, *offsets))
        kept = {id(timex) for timex in timexes}
        found = [(span, timex) for span, timex in found if id(timex) in kept]
        attach_clocks_to_days(timexes, raw)
        count_from_following_dates(timexes, raw, lambda s, e: opens_clause(doc, s, e))
        carry_back_to_story_day(timexes, ctx.pub, lambda t: ctx.tense(t.start, t.end) == PAST)
        for span, timex in found:
            span._.timex = timex.as_dict()
        doc.spans[SPAN_KEY] = [span for span, _ in found]
        return doc

    @staticmethod
    def _span(doc: Doc, timex: Timex, in_boilerplate: bool = False) -> Span | None:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            return None
        if not (in_boilerplate or is_extractable(doc, span.start_char, span.end_char)):
            return None
        return span

    @staticmethod
    def _pos(doc: Doc, start: int, end: int) -> str | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span.root.pos_ if span is not None and len(span) else None

    @staticmethod
    def _nowadays(doc: Doc, start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        return doc.has_annotation("DEP") and span is not None and len(span) > 0 \
            and speaks_of_nowadays(span)

    @staticmethod
    def _verb_lemma(doc: Doc, start: int, end: int) -> str | None:
        if not doc.has_annotation("DEP"):
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        verb = governing_verb(span) if span is not None and len(span) else None
        return verb.lemma_ if verb is not None else None

    @staticmethod
    def _simple_imperfect(doc: Doc, start: int, end: int) -> bool:
        if not doc.has_annotation("DEP"):
            return False
        span = doc.char_span(start, end, alignment_mode="expand")
        verb = governing_verb(span) if span is not None and len(span) else None
        return verb is not None and is_simple_imperfect(verb)

    @staticmethod
    def _tense(doc: Doc, start: int, end: int) -> str | None:
        if not doc.has_annotation("DEP"):
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        verb = governing_verb(span)
        return verb_tense(verb) if verb is not None else None


def opens_clause(doc: Doc, start: int, end: int) -> bool:
    """A finite verb, or a determiner that no preposition governs (a new subject: "de son
    élection le maire"), between two offsets."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not doc.has_annotation("TAG"):
        return False
    for tok in span:
        if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
            return True
        if tok.pos_ == "DET" and tok.i > span.start and doc[tok.i - 1].pos_ not in ("ADP", "DET"):
            return True
    return False


@Language.factory("newsextract_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent()

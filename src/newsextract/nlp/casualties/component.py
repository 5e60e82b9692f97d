"""The spaCy component `newsextract_casualties`: orchestrates the layer, sentence by
sentence in the extractable blocks (see docs/casualties.md), and writes
doc.spans["casualties"] with span._.casualty."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsextract.layout import LINK
from newsextract.nlp.casualties.cues import CueFilter
from newsextract.nlp.casualties.figure import Figure
from newsextract.nlp.casualties.figures import FigureFinder
from newsextract.nlp.casualties.lexicon import lexicon
from newsextract.nlp.casualties.place_and_date import nearest_date, nearest_location
from newsextract.nlp.casualties.sources import (
    SourceFinder,
    carried_source,
    nearest_source,
    not_figures,
    quote_speaker,
    source_name,
)
from newsextract.nlp.extensions import extractable_blocks, is_extractable, register_extensions
from newsextract.nlp.segment import article_text
from newsextract.nlp.segment import sentences as article_sentences
from newsextract.resources import read_json

SPAN_KEY = "casualties"
_TRAILING_SPACES = " \u00a0\u202f\u2009"


class CasualtiesComponent:
    """The spaCy component: figures -> doc.spans["casualties"] with span._.casualty."""

    def __init__(self) -> None:
        register_extensions()
        lex = lexicon()
        self.cues = CueFilter(lex)
        self.figures = FigureFinder(lex)
        self.sources = SourceFinder(lex)
        settings = read_json("casualties_settings.json")
        self.max_count = int(settings["max_count"])

    def _plausible(self, figure: Figure) -> bool:
        """Counts beyond any real event ("10^100 morts", a 23-digit number) are not figures."""
        return all(c is None or 0 <= c <= self.max_count
                   for c in (figure.count_min, figure.count_max))

    def __call__(self, doc: Doc) -> Doc:
        text = article_text(doc)  # Doc.text joins every token: read it once per document
        spans: list[Span] = []
        quotes = list(doc.spans["quotes"]) if "quotes" in doc.spans else []
        entities = list(doc.spans["entities"]) if "entities" in doc.spans else []
        locations = [s for s in entities if s.label_ == "LOC"]
        persons = [s for s in entities if s.label_ == "PER"]
        dates = list(doc.spans["dates"]) if "dates" in doc.spans else []
        for b_start, b_end, kind in extractable_blocks(doc):
            # a link to another story ("» LIRE AUSSI - Deux morts à …") counts its victims
            if kind == LINK or not self.cues.any_in(text, b_start, b_end):
                continue
            previous_source: str | None = None
            for s_start, s_end in block_sentences(doc, b_start, b_end):
                figures = (self.figures.sentence_figures(doc, text, s_start, s_end)
                           if self.cues.any_in(text, s_start, s_end) else [])
                attributions = not_figures(self.sources.attributions(text, s_start, s_end),
                                           figures)
                names = {id(a): source_name(doc, a, previous_source, persons)
                         for a in attributions}
                for f in figures:
                    span = self._span(doc, text, f) if self._plausible(f) else None
                    if span is None:
                        continue
                    attribution = nearest_source(attributions, f.start, f.end)
                    source = (quote_speaker(text, quotes, f.start, f.end, self.sources.anaphors,
                                            previous_source, attribution,
                                            self.sources.phrases)
                              or (names[id(attribution)] if attribution else None))
                    span._.casualty = {
                        "category": f.category,
                        "count_min": f.count_min,
                        "count_max": f.count_max,
                        "qualifier": f.qualifier,
                        "victims": f.victims,
                        "source": source,
                        "location": nearest_location(locations, s_start, s_end, f.start),
                        "date": nearest_date(dates, s_start, s_end, f.start),
                    }
                    spans.append(span)
                previous_source = carried_source(attributions, names, previous_source)
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start_char, s.end_char))
        return doc

    @staticmethod
    def _span(doc: Doc, text: str, f: Figure) -> Span | None:
        start, end = f.start, f.end
        while end > start and text[end - 1] in _TRAILING_SPACES:
            end -= 1
        if not is_extractable(doc, start, end):
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not is_extractable(doc, span.start_char, span.end_char):
            return None
        return span


def block_sentences(doc: Doc, b_start: int, b_end: int) -> list[tuple[int, int]]:
    """The article's one segmentation (nlp/segment.py) inside a block."""
    return [(s, e) for s, e in article_sentences(doc) if b_start <= s and e <= b_end]


@Language.factory("newsextract_casualties")
def make_casualties(nlp: Language, name: str) -> CasualtiesComponent:
    return CasualtiesComponent()

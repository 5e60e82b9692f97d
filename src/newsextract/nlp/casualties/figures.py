"""Which casualty figures does a sentence state? Quantities, their qualifiers and heads
(numbers.py, heads.py), their category (figure_categories.py), and the contexts that
cancel them (exclusions.py). Regular expressions over the text do most of the work: the
tagger mislabels numerals and participles in exactly these phrases ("sept adultes", "civils"
as ADJ, "1 200" split); the parse extends a victim noun with its adjectives and is the
category's last resort."""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.casualties.appositions import describes_previous, named_after
from newsextract.nlp.casualties.breakdowns import Breakdowns, number_runs
from newsextract.nlp.casualties.categories import Predicates
from newsextract.nlp.casualties.conditions import is_hypothesis
from newsextract.nlp.casualties.exclusions import Exclusions
from newsextract.nlp.casualties.figure import (
    BARE,
    CASUALTY,
    CATEGORIES,
    GROUP,
    OTHERS,
    SEVERITY,
    TOLL,
    Figure,
    Head,
)
from newsextract.nlp.casualties.figure_categories import FigureCategories
from newsextract.nlp.casualties.heads import HeadReader, noun_end
from newsextract.nlp.casualties.lexicon import Lexicon
from newsextract.nlp.casualties.numbers import Qualifiers, merge_ranges
from newsextract.nlp.casualties.things import counts_things
from newsextract.nlp.casualties.tolls import Tolls
from newsextract.nlp.casualties.victim_groups import VictimGroups
from newsextract.nlp.number_words import INDEFINITE, ONE_OF, NumberFinder, Quantity
from newsextract.resources import read_json


class FigureFinder:
    """Compiles the patterns once; `sentence_figures` does the work on one sentence."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.numbers = NumberFinder()
        self.qualifiers = Qualifiers()
        self.predicates = Predicates()
        groups = VictimGroups(lex, self.predicates)
        self.heads = HeadReader(lex, self.predicates, groups)
        self.tolls = Tolls(lex, self.predicates, groups)
        self.exclusions = Exclusions()
        settings = read_json("casualties_settings.json")
        self.categories = FigureCategories(
            lex, self.predicates, Breakdowns(lex, settings["elliptic_default_victims"]))

    def sentence_figures(self, doc: Doc, text: str, start: int, end: int) -> list[Figure]:
        sentence = text[start:end]
        if self.exclusions.cancels_sentence(sentence) or (
                self.exclusions.opens_condition(sentence)
                and is_hypothesis(doc, text, start, end)):
            return []
        quantities = merge_ranges(text, list(self.numbers.finditer(text, start, end)))
        figures = [f for q in quantities
                   if (f := self.figure(doc, text, q, start, end)) is not None]
        number_runs(text, figures)
        self.categories.categorise(doc, text, start, end, figures)
        self.exclusions.negate(text, start, figures)
        persons = [e for e in doc.spans.get("entities", []) if e.label_ == "PER"]
        return [f for i, f in enumerate(figures) if f.category in CATEGORIES and not f.negated
                and not (f.ranked and not continues_a_count(figures[:i]))
                and not counts_things(self.lex, doc.vocab, f)
                and not describes_previous(doc, text, start, end, f, persons)
                and not named_after(doc, text, end, f, persons)]

    def figure(self, doc: Doc, text: str, q: Quantity, s_start: int, s_end: int
               ) -> Figure | None:
        """The figure that quantity `q` starts, before its category is known."""
        before = text[s_start:q.start]
        if self.exclusions.cancels_before(before):
            return None
        qualified = self.qualifiers.before(q, before, s_start)
        qualifier, count_max = qualified.qualifier, qualified.count_max
        head = self.heads.head(doc, text, q, s_end)
        if head.kind == BARE and head.victims is None:
            head = self.tolls.after(doc, text, q.end, s_end) or head
        if head.kind is None or head.kind == BARE and self.exclusions.names_a_day(before):
            return None
        if q.kind == INDEFINITE and self.exclusions.cancels_article(text[q.start:q.end],
                                                                    head.noun):
            return None
        head_end = head.end
        if self.exclusions.cancels_after(text[head_end:s_end], head.noun):
            return None
        if head.kind in (BARE, OTHERS) and head.noun is None or head.kind == TOLL:
            span_end = q.end
        else:
            span_end = max(q.end, noun_end(head_end, head.noun, text, q.end))
        if head.kind in (BARE, SEVERITY, OTHERS):
            span_end = head_end if head.kind != BARE else q.end
        post = self.qualifiers.after(text, span_end, s_end)  # "deux au moins"
        if post and qualifier == "exact":
            qualifier = post[0]
            count_max = None if qualifier == "at_least" else count_max
            span_end = post[1]
            head_end = max(head_end, post[1])
        category = head.category or (self.lex.casualty_nouns.get(head.noun.lower())
                                     if head.kind == CASUALTY and head.noun else None)
        if category is None and head.kind in (BARE, GROUP):
            category = self.tolls.category_before(text, s_start, qualified.start)
            if category is not None and head.kind == BARE:
                head = Head(TOLL, head.end, head.noun, head.victims, category=category)
        figure = Figure(qualified.start, span_end, q, qualified.count_min, count_max, qualifier,
                        head.kind, head_end, category=category, victims=head.victims,
                        noun=head.noun, partitive=q.kind == ONE_OF or head.partitive,
                        counts_things=head.counts_things, ranked=head.ranked)
        if q.kind == ONE_OF:
            figure.category = None  # "l'un des rescapés a succombé": the verb decides
            if head.kind == CASUALTY:
                figure.victims = None
        return figure

def continues_a_count(previous: list[Figure]) -> bool:
    """Whether an ordinal person ("une troisième personne") adds one to a count of the
    same sentence ("deux morts, une 3e personne en état de mort cérébrale"); alone it is
    the rank of a casualty in a series ("une dixième personne est décédée": guidelines
    rule 5), no count."""
    return any(p.category in CATEGORIES and not p.negated for p in previous)

"""``newsextract_dates``: temporal expressions (TIMEX3) in doc.spans["dates"].

The grammar (``timex_rules``: regexes over a folded copy of each paragraph, vocabulary in
``data/dates_lexicon.json``, rules in ``data/dates_rules.tsv``) finds the expressions; the
normalisers (``timex``) compute type, value, interval bounds and anchor, walking the article
in text order so that "le lendemain" and clock times resolve against the story's last day.
The spaCy parse is only read for the tense of the verb governing an expression, which gives
the direction of "samedi" or "le 30 juin". See docs/dates.md.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsextract.nlp.extensions import extractable_blocks, is_extractable, register_extensions
from newsextract.nlp.timex import FUTURE, PAST, PRESENT, Context, Timex, normalise, parse_date
from newsextract.nlp.timex_rules import find_matches, fold, lexicon, rules
from newsextract.resources import read_lines

SPAN_KEY = "dates"
ETRE_VERBS_FILE = "dates_etre_verbs.txt"
_VERBS = ("VERB", "AUX")


def _governing_verb(span: Span) -> Token | None:
    """The closest verb above the expression's root in the parse, within its sentence."""
    tok = span.root
    for _ in range(5):
        if tok.pos_ in _VERBS:
            return tok
        cop = [c for c in tok.children if c.dep_ == "cop"]
        if cop:  # "X sont incertains pour samedi": the copula carries the tense
            return cop[0]
        if tok.head is tok:
            break
        tok = tok.head
    root = span.sent.root if span.doc.has_annotation("SENT_START") else None
    return root if root is not None and root.pos_ in _VERBS else None


def _tense_of(morph_tense: list[str]) -> str | None:
    if "Fut" in morph_tense:
        return FUTURE
    if "Imp" in morph_tense or "Past" in morph_tense:
        return PAST
    if "Pres" in morph_tense:
        return PRESENT
    return None


def verb_tense(verb: Token, depth: int = 0) -> str | None:
    """past / future / present of a verb group, compound tenses and modals included."""
    aux = [c for c in verb.children if c.dep_ in ("aux:tense", "aux")]
    passive = [c for c in verb.children if c.dep_ == "aux:pass"]
    if aux:  # "a été condamné", "avait annoncé": a compound past; "aura fini": future
        return FUTURE if "Fut" in aux[0].morph.get("Tense") else PAST
    if passive:  # "est prévu", "sera fermée"; but "est rentré", "s'est noyée" are pasts
        tense = _tense_of(passive[0].morph.get("Tense"))
        if tense == PRESENT and "Part" in verb.morph.get("VerbForm") and (
                verb.lemma_ in read_lines(ETRE_VERBS_FILE)
                or any(c.dep_.startswith("expl") for c in verb.children)):
            return PAST
        return tense
    if "Cnd" in verb.morph.get("Mood"):
        return FUTURE
    forms = verb.morph.get("VerbForm")
    if "Part" in forms:  # "les modifications annoncées mercredi"
        return PAST
    if "Inf" in forms and depth < 3 and verb.head.i != verb.i and verb.head.pos_ in _VERBS:
        head = verb.head
        if head.lemma_ in lexicon().raw["future_auxiliaries"]:  # "va signer"
            return FUTURE
        return verb_tense(head, depth + 1)
    tense = _tense_of(verb.morph.get("Tense"))
    if tense == PRESENT and "Fin" in forms and verb.lower_.endswith(_future_endings()):
        return FUTURE  # the tagger often reads "signeront", "sera" as presents
    return tense


def _future_endings() -> tuple[str, ...]:
    return tuple(lexicon().raw["future_endings"])


class DatesComponent:
    """Finds and normalises the temporal expressions of an article."""

    def __init__(self) -> None:
        register_extensions()
        rules()  # compile the grammar once, at pipeline construction

    def __call__(self, doc: Doc) -> Doc:
        folded = fold(doc.text)
        ctx = Context(text=folded, pub=parse_date(doc._.pub_date),
                      tense=lambda s, e: self._tense(doc, s, e),
                      pos=lambda s, e: self._pos(doc, s, e))
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for start, end, _kind in extractable_blocks(doc):
            for match in find_matches(folded[start:end], offset=start):
                for timex in normalise(match, ctx):
                    span = self._span(doc, timex)
                    if span is not None and (span.start, span.end) not in seen:
                        seen.add((span.start, span.end))
                        span._.timex = timex.as_dict()
                        spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc

    @staticmethod
    def _span(doc: Doc, timex: Timex) -> Span | None:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or not is_extractable(doc, span.start_char, span.end_char):
            return None
        return span

    @staticmethod
    def _pos(doc: Doc, start: int, end: int) -> str | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span.root.pos_ if span is not None and len(span) else None

    @staticmethod
    def _tense(doc: Doc, start: int, end: int) -> str | None:
        if not doc.has_annotation("DEP"):
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        verb = _governing_verb(span)
        return verb_tense(verb) if verb is not None else None


@Language.factory("newsextract_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent()

"""``newsextract.casualties``: casualty figures (killed, injured, missing) with their bounds,
victims, source, place and date.

How a figure is found (sentence by sentence, in the extractable blocks; see
docs/casualties.md for the decisions):

1. Quantities: every number in the sentence (`number_words.NumberFinder`), with the qualifier
   just before or after it ("au moins 15", "deux au moins") and ranges ("entre 10 et 20").
2. Head: what follows the quantity. A casualty noun ("43 morts", "des dizaines de
   blessés") gives the category at once; a victim noun ("six élèves") or an elliptical
   head ("137 autres", "dont cinq graves", "200 du côté de…") needs one from its context.
3. Context, in order: a trigger just before ("a tué 15 personnes", "la mort d'au moins 15
   civils"), a predicate after the run of coordinated figures it belongs to ("six élèves et
   neuf adultes avaient été tués"), a breakdown ("…, dont un policier") or a list ("30
   blessés parmi les forces de l'ordre, 16 policiers") inheriting its antecedent's category.
4. Cancelled: routine statistics and hypotheticals (whole sentence), differences ("193
   tués de moins"), negated figures, perpetrators (active "ont tué").
5. Source: the quotes layer's speaker when the figure is inside a quote, else the nearest
   "selon X" / "a indiqué X" / "X a dénombré" of the sentence ("ce dernier" resolved to the
   previous sentence's source). Place and date: LOC entity and date of the sentence.

Regular expressions over the text do the work: the tagger mislabels numerals and
participles in exactly these phrases ("neuf adultes", "civils" as ADJ, "1 200" split);
the part-of-speech tags only extend a victim noun with its adjectives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsextract.nlp.extensions import extractable_blocks, is_extractable, register_extensions
from newsextract.nlp.number_words import (
    APPROX,
    INDEFINITE,
    NUMBER,
    ONE_OF,
    SPACE_CHAR,
    NumberFinder,
    Quantity,
    words_alternation,
)
from newsextract.resources import read_json, read_lines, read_tsv

SPAN_KEY = "casualties"
CATEGORIES = ("killed", "injured", "missing")
VICTIM = "victim"  # the ambiguous noun "victimes": killed only next to an injured count
TRUSTED_LABELS = ("PER", "ORG", "LOC")  # quote speakers taken as sources for indirect quotes

# Head kinds
CASUALTY = "casualty"    # 43 morts
GROUP = "group"          # six élèves
OTHERS = "others"        # 137 autres
SEVERITY = "severity"    # (dont) cinq graves
BARE = "bare"            # (dont) six, 200 du côté de…
ORDINAL = "ordinal"      # un troisième

_WS = SPACE_CHAR
_DE = rf"(?:de{_WS}+|d['’]{_WS}*)"
_WORD = re.compile(r"[^\W\d_][\w'’\-]*|CRS|%", re.UNICODE)
_SPACES = re.compile(rf"{_WS}*")
_LINK_DE = re.compile(rf"{_WS}*{_DE}", re.IGNORECASE)  # "une dizaine de", "3,5 millions de"
_LINK = re.compile(rf"{_WS}+(?:{_DE})?", re.IGNORECASE)
_NEXT_LIST_ITEM = re.compile(rf"(?:{_WS}*,{_WS}*|{_WS}+et{_WS}+)([^\W\d_][\w'’\-]*)")
_NEXT_WORD = re.compile(rf"{_WS}+([^\W\d_][\w'’\-]*)")
_ORDINAL = re.compile(r"(?:\w+ième|second|seconde|premier|première)s?$", re.IGNORECASE)
_ARTICLE_AFTER_GROUP = (
    rf"(?:les{_WS}+|des{_WS}+|du{_WS}+|de{_WS}+la{_WS}+|de{_WS}+l['’]|d['’]"
    rf"|la{_WS}+|le{_WS}+|l['’]|ses{_WS}+|leurs{_WS}+)?"
)
_GROUP_INTRO = re.compile(
    rf"{_WS}+(?:parmi|chez|du{_WS}+côté|dans{_WS}+les{_WS}+rangs)(?:{_WS}+|(?={_DE}))"
    rf"(?:{_DE})?{_ARTICLE_AFTER_GROUP}", re.IGNORECASE)
# Separators inside a run of coordinated figures ("six élèves et neuf adultes",
# "Deux personnes (un Français et un touriste thaïlandais)").
_COORDINATION = re.compile(rf"^(?:{_WS}|,|\(|\)|\bet\b|\bou\b|\bni\b|\bainsi{_WS}+que\b)*$",
                           re.IGNORECASE)
_DONT = re.compile(rf"\bdont{_WS}*[«\"“]?{_WS}*$", re.IGNORECASE)
_COORDINATOR = re.compile(rf"[()]|\b(?:et|ou|ni|ainsi{_WS}+que)\b", re.IGNORECASE)
# A figure followed by its own auxiliary has its own verb: it inherits no category.
_OWN_VERB = re.compile(rf"{_WS}+(?:ont|sont|avaient|étaient|a|est|avait|était|seraient|"
                       rf"auraient|serait|aurait)\b", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(rf"{_WS}*(?:,{_WS}*(?:et{_WS}+)?|et{_WS}+)$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]")
_SENTENCE_END = re.compile(rf"[.!?…]+[»\"”)]*(?:{_WS}+|(?=[A-ZÀ-ÖØ-Ý«\"“]))")


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the layer, read once from newsextract/data."""

    casualty_nouns: dict[str, str]
    victims: frozenset[str]
    not_victims: frozenset[str]
    severity: frozenset[str]
    function_words: frozenset[str]
    abbreviations: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(
        casualty_nouns={form.lower(): cat for form, cat in read_tsv("casualties_nouns.tsv")},
        victims=frozenset(read_lines("casualties_victims.txt")),
        not_victims=frozenset(w.lower() for w in read_lines("casualties_not_victims.txt")),
        severity=frozenset(w.lower() for w in read_lines("casualties_severity.txt")),
        function_words=frozenset(w.lower() for w in read_lines("french_function_words.txt")),
        abbreviations=frozenset(read_lines("casualties_abbreviations.txt")),
    )


_NEVER = r"(?!)"  # matches nothing: an empty list of patterns excludes nothing


def _any_of(patterns: list[str], flags: int) -> re.Pattern[str]:
    """One regex that matches where any of `patterns` does."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or _NEVER, flags)


@dataclass
class Figure:
    """One casualty figure being built; offsets index the document text."""

    start: int
    end: int
    quantity: Quantity
    count_min: int | None
    count_max: int | None
    qualifier: str
    head: str
    head_end: int  # end of the noun phrase (victims and "parmi …" included): context starts here
    category: str | None = None
    victims: str | None = None
    noun: str | None = None  # the casualty or group noun as written
    negated: bool = False
    chain: int = -1
    source: str | None = None


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    source: str
    anaphoric: bool = False


class CasualtyExtractor:
    """Compiles the patterns once; `sentence_figures` does the work on one sentence."""

    def __init__(self) -> None:
        self.lex = lexicon()
        self.numbers = NumberFinder()
        quals = read_tsv("casualties_qualifiers.tsv")
        # a pre-qualifier opens the sentence or follows a space, quote, bracket or apostrophe
        pre_start = r"(?:^|(?<=[\s\u00a0\u202f\u2009«\"“('’]))"
        self.pre_qualifiers = [(re.compile(rf"{pre_start}(?:{p}){_WS}*$", re.IGNORECASE), q)
                               for p, q, pos in quals if pos == "pre"]
        self.post_qualifiers = [(re.compile(rf"{_WS}*[»\"”]?{_WS}*(?:{p})\b", re.IGNORECASE), q)
                                for p, q, pos in quals if pos == "post"]
        self.context_qualifiers = [(re.compile(rf"\b(?:{p}){_WS}*$", re.IGNORECASE), q)
                                   for p, q, pos in quals if pos == "context"]
        self.triggers = [(re.compile(rf"(?:{p})$", re.IGNORECASE), cat)
                         for p, cat in read_tsv("casualties_triggers.tsv")]
        gap = words_alternation(read_lines("casualties_gap_words.txt"))
        # A gap word, or any single word before "été" (passive with any auxiliary form).
        self.gap = rf"(?:(?:{gap})(?:{_WS}+|(?<=['’]))|[\w'’]+{_WS}+(?=été\b))*"
        self.predicates = [
            (re.compile(rf"^[\s\u00a0\u202f\u2009,)»\"”]*(?:\([^)]*\)[\s,]*)?(?P<gap>{self.gap})"
                        rf"(?:{p})\b", re.IGNORECASE), cat, voice)
            for p, cat, voice in read_tsv("casualties_predicates.tsv")]
        self.active_aux = re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient|avoir|ayant)\b",
                                     re.IGNORECASE)
        multi = [v for v in self.lex.victims if " " in v]
        self.multiword_victims = re.compile(rf"(?:{words_alternation(multi)})\b", re.IGNORECASE)
        exclusions = read_tsv("casualties_exclusions.tsv")
        # one alternation per scope: "does any pattern match" in a single scan
        self.sentence_exclusion = _any_of(
            [p for p, scope in exclusions if scope == "sentence"], re.IGNORECASE | re.MULTILINE)
        # (pattern, head noun or None for any head)
        self.after_exclusions = [(re.compile(p, re.IGNORECASE), scope.partition(":")[2] or None)
                                 for p, scope in exclusions if scope.startswith("after")]
        self.before_exclusion = _any_of([p for p, scope in exclusions if scope == "before"],
                                        re.IGNORECASE)
        self.negation = re.compile("|".join(read_lines("casualties_negation.txt")), re.IGNORECASE)
        self.verbs = {lemma: (cat, voice) for lemma, cat, voice in read_tsv("casualties_verbs.tsv")}
        self.sources = SourceFinder()
        # Every figure needs one of these words (a casualty noun, predicate or trigger):
        # sentences without any are skipped, which keeps the component cheap.
        # One regex per kind of cue, cheapest first: a single alternation of all of them
        # scanned twice as slowly (Python's re tries every branch at every position).
        self.cues = [re.compile("|".join(patterns), re.IGNORECASE) for patterns in (
            [rf"\b{re.escape(lemma[:5])}" for lemma in self.verbs],
            [rf"\b(?:{words_alternation(self.lex.casualty_nouns)})\b"],
            [rf"\b(?:{p})" for p, _, _ in read_tsv("casualties_predicates.tsv")],
            [p for p, _ in read_tsv("casualties_triggers.tsv")],
        ) if patterns]
        settings = read_json("casualties_settings.json")
        self.default_victims: str = settings["elliptic_default_victims"]

    # -- sentences ---------------------------------------------------------------------

    def sentences(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence bounds inside [start, end): a cut after . ! ? … followed by a capital,
        also without a space ("blessés.Sept"), but not after an initial or abbreviation."""
        out, begin = [], start
        for m in _SENTENCE_END.finditer(text, start, end):
            before = text[begin:m.start()].split()
            last = before[-1] if before else ""
            if len(last) == 1 and last.isupper() or last in self.lex.abbreviations:
                continue
            if m.end() < end and not text[m.end()].isupper() and text[m.end()] not in "«\"“":
                continue
            out.append((begin, m.end()))
            begin = m.end()
        if begin < end:
            out.append((begin, end))
        return out

    # -- figures -----------------------------------------------------------------------

    def has_cue(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] holds any casualty word: the cheap test that skips most
        paragraphs and sentences of an article."""
        return any(cue.search(text, start, end) for cue in self.cues)

    def sentence_figures(self, doc: Doc, text: str, start: int, end: int) -> list[Figure]:
        if not self.has_cue(text, start, end):
            return []
        sentence = text[start:end]
        if self.sentence_exclusion.search(sentence):
            return []
        quantities = self._merge_ranges(text, list(self.numbers.finditer(text, start, end)))
        figures = [f for q in quantities
                   if (f := self._figure(doc, text, q, start, end)) is not None]
        self._chain(text, figures)
        self._resolve(doc, text, start, end, figures)
        self._negate(text, start, figures)
        return [f for f in figures if f.category in CATEGORIES and not f.negated]

    def _merge_ranges(self, text: str, quantities: list[Quantity]) -> list[Quantity]:
        """"entre 10 et 20", "de 10 à 20", "10 à 20" -> one range quantity."""
        out: list[Quantity] = []
        i = 0
        while i < len(quantities):
            q = quantities[i]
            if i + 1 < len(quantities) and q.kind == NUMBER and quantities[i + 1].kind == NUMBER:
                r = quantities[i + 1]
                between = text[q.end:r.start]
                before = text[max(0, q.start - 8):q.start]
                is_entre = re.fullmatch(rf"{_WS}+et{_WS}+", between) and re.search(
                    rf"\bentre{_WS}+$", before, re.IGNORECASE)
                is_a = re.fullmatch(rf"{_WS}+(?:à|a){_WS}+", between) and r.count_min > q.count_min
                if is_entre or is_a:
                    s = q.start - len(re.search(rf"(?:entre|de|d['’]){_WS}*$|$", before,
                                                re.IGNORECASE).group(0))
                    out.append(Quantity(s, r.end, "range", q.count_min, r.count_max,
                                        "range", False))
                    i += 2
                    continue
            out.append(q)
            i += 1
        return out

    def _figure(self, doc: Doc, text: str, q: Quantity, s_start: int, s_end: int) -> Figure | None:
        start, qualifier = q.start, q.qualifier
        count_min, count_max = q.count_min, q.count_max
        before = text[s_start:q.start]
        if self.before_exclusion.search(before):
            return None
        if q.kind != "range":
            for pattern, qual in self.pre_qualifiers:
                m = pattern.search(before)
                if m:
                    start, qualifier = s_start + m.start(), qual
                    if qual in ("at_most",):
                        count_min, count_max = None, q.count_max
                    elif qual in ("at_least", "more_than"):
                        count_max = None
                    break
            else:
                for pattern, qual in self.context_qualifiers:
                    if pattern.search(before):
                        qualifier, count_max = qual, None
                        break
        end = q.end
        head, head_end, noun, victims = self._head(doc, text, q, s_end)
        if head is None:
            return None
        after = text[head_end:s_end]
        if any(p.search(after) for p, noun_only in self.after_exclusions
               if noun_only is None or (noun or "").lower() == noun_only):
            return None
        if head in (BARE, OTHERS) and noun is None:
            span_end = end
        else:
            span_end = max(end, _noun_end(head_end, noun, text, q.end))
        if head in (BARE, SEVERITY, OTHERS):
            span_end = head_end if head != BARE else end
        # A postposed qualifier: "deux au moins".
        for pattern, qual in self.post_qualifiers:
            m = pattern.match(text, span_end, s_end)
            if m and qualifier == "exact":
                qualifier, count_max = qual, (None if qual == "at_least" else count_max)
                span_end = m.end()
                head_end = max(head_end, m.end())
                break
        category = self.lex.casualty_nouns.get(noun.lower()) if head == CASUALTY and noun else None
        figure = Figure(start, span_end, q, count_min, count_max, qualifier, head, head_end,
                        category=category, victims=victims, noun=noun)
        if q.kind == ONE_OF:
            figure.category = None  # "L'un des blessés est décédé": the predicate decides
            if head == CASUALTY:
                figure.victims = None
        return figure

    def _head(self, doc: Doc, text: str, q: Quantity, s_end: int
              ) -> tuple[str | None, int, str | None, str | None]:
        """(head kind, end of the noun phrase, head noun, victims) after quantity `q`."""
        pos = q.end
        m = (_SPACES if q.kind == ONE_OF else _LINK_DE).match(text, pos, s_end)
        if q.kind not in (ONE_OF,) and not m:
            m = _LINK.match(text, pos, s_end)
            if m is None:
                return self._bare(doc, text, pos, s_end, q)
        elif q.kind != ONE_OF and m is None:
            return None, pos, None, None
        word_start = m.end() if m else pos
        multi = self.multiword_victims.match(text, word_start, s_end)
        if multi:
            return GROUP, multi.end(), multi.group(0), multi.group(0)
        w = _WORD.match(text, word_start, s_end)
        if w is None:
            return self._bare(doc, text, pos, s_end, q)
        word = w.group(0)
        low = word.lower()
        if _GROUP_INTRO.match(text, pos, s_end):
            return self._bare(doc, text, pos, s_end, q)  # "dont 23 parmi les forces de l'ordre"
        if q.kind in (APPROX, "plural", "vague") and not text[pos:word_start].strip():
            if low in self.lex.severity:
                return SEVERITY, w.end(), None, None  # "dont une cinquantaine gravement"
            if q.kind in (APPROX, "plural") and self._predicate(text, pos, s_end, plural=True):
                return BARE, pos, None, None  # "et des centaines ont été blessées"
            return None, pos, None, None  # "une dizaine" needs "de": a bare dizaine is no figure
        if low in self.lex.casualty_nouns:
            victims, end = self._group_after(doc, text, w.end(), s_end)
            return CASUALTY, end, word, victims
        if low in self.lex.severity:
            return SEVERITY, w.end(), None, None
        if low == "autres":
            nxt = _WORD.match(text, w.end() + 1, s_end) if w.end() < s_end else None
            if nxt and nxt.group(0).lower() in self.lex.casualty_nouns:
                return CASUALTY, nxt.end(), nxt.group(0), None
            if (nxt and text[w.end():nxt.start()].strip() == ""
                    and _is_noun_like(nxt.group(0), self.lex)):
                noun = nxt.group(0)
                victims = None if noun.lower() in self.lex.not_victims else noun
                return GROUP, nxt.end(), noun, victims
            return OTHERS, w.end(), None, None
        if _ORDINAL.match(low):
            return ORDINAL, w.end(), None, None
        if low in self.lex.not_victims or low in self.lex.function_words:
            return self._bare(doc, text, pos, s_end, q)
        if q.kind != ONE_OF and not _is_noun_like(word, self.lex):
            return self._bare(doc, text, pos, s_end, q)
        end = self._extend_group(doc, text, w.end(), s_end)
        victims = text[word_start:end]
        return GROUP, end, word, victims

    def _bare(self, doc: Doc, text: str, pos: int, s_end: int, q: Quantity
              ) -> tuple[str | None, int, str | None, str | None]:
        """A number standing alone ("dont six", "et 200 du côté de…")."""
        if q.kind not in (NUMBER, "range", INDEFINITE):
            return None, pos, None, None
        victims, end = self._group_after(doc, text, pos, s_end)
        return BARE, end, None, victims

    def _group_after(self, doc: Doc, text: str, pos: int, s_end: int) -> tuple[str | None, int]:
        """The victims given after a casualty noun: "118 blessés parmi les manifestants"."""
        m = _GROUP_INTRO.match(text, pos, s_end)
        if not m:
            return None, pos
        multi = self.multiword_victims.match(text, m.end(), s_end)
        if multi:
            return multi.group(0), multi.end()
        w = _WORD.match(text, m.end(), s_end)
        if w is None:
            return None, pos
        end = self._extend_group(doc, text, w.end(), s_end)
        return text[m.end():end], end

    def _extend_group(self, doc: Doc, text: str, pos: int, s_end: int) -> int:
        """Adjectives after a victim noun ("touristes étrangers") and a list of group nouns
        ("policiers, gendarmes, motards, pompiers")."""
        end = pos
        for _ in range(3):
            m = _NEXT_LIST_ITEM.match(text, end, s_end)
            if m and m.group(1) in self.lex.victims and \
                    m.group(1).lower() not in self.lex.casualty_nouns:
                after = text[m.end():m.end() + 3]
                if not re.match(rf"{_WS}*(?:\d|de\b)", after):
                    end = m.end()
                    continue
            m = _NEXT_WORD.match(text, end, s_end)
            if m and self._is_adjective(doc, text, m.start(1), m.end(1)):
                end = m.end()
                continue
            break
        return end

    def _is_adjective(self, doc: Doc, text: str, start: int, end: int) -> bool:
        word = text[start:end].lower()
        if (word in self.lex.severity or word in self.lex.casualty_nouns
                or word in self.lex.function_words or word in self.lex.not_victims):
            return False
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) == 1 and span[0].pos_ == "ADJ" and not any(
            pat.match(" " + word) for pat, _, _ in self.predicates)

    # -- context -----------------------------------------------------------------------

    def _chain(self, text: str, figures: list[Figure]) -> None:
        """Number the runs of coordinated figures: "six élèves et neuf adultes", "Deux
        personnes (un Français et un touriste thaïlandais)". A bare comma does not
        coordinate: in "287 710 manifestants, 1 personne tuée" the verb is the last item's."""
        chain = 0
        for i, f in enumerate(figures):
            between = text[figures[i - 1].head_end:f.start] if i else ""
            if i and _COORDINATION.match(between) and _COORDINATOR.search(between):
                f.chain = figures[i - 1].chain
            else:
                chain += 1
                f.chain = chain

    def _predicate(self, text: str, pos: int, s_end: int, plural: bool = False) -> str | None:
        """Category of the casualty verb right after a noun phrase ("ont été tués").
        With `plural`, a singular participle belongs to another noun ("un policier … avec
        plusieurs collègues avait été blessé")."""
        for pattern, category, voice in self.predicates:
            m = pattern.match(text[pos:s_end])
            if m:
                gap = m.group("gap")
                if voice == "passive" and self.active_aux.search(gap) and "été" not in gap.lower():
                    return None  # "ont tué": the noun phrase is the perpetrator
                if plural and voice == "passive" and not m.group(0).endswith("s"):
                    return None
                return category
        return None

    def _trigger(self, text: str, s_start: int, f: Figure) -> str | None:
        """Category of the casualty verb or noun right before a figure ("a tué 15 …")."""
        before = text[max(s_start, f.start - 60):f.start]
        for pattern, category in self.triggers:
            if pattern.search(before):
                return category
        return None

    def _resolve(self, doc: Doc, text: str, s_start: int, s_end: int,
                 figures: list[Figure]) -> None:
        chains: dict[int, list[Figure]] = {}
        for f in figures:
            chains.setdefault(f.chain, []).append(f)
        # 1. own context: a predicate after the figure or after its run, a trigger before it
        #    or before its run ("a blessé deux policiers et trois manifestants")
        for members in chains.values():
            run_trigger = self._trigger(text, s_start, members[0])
            run_predicate = self._predicate(text, members[-1].head_end, s_end,
                                            plural=len(members) > 1 or _plural(members[-1]))
            for f in members:
                if f.category is not None and f.quantity.kind != ONE_OF:
                    continue
                own = self._predicate(text, f.head_end, s_end, plural=_plural(f))
                trigger = None
                if f.quantity.kind != ONE_OF:
                    trigger = self._trigger(text, s_start, f) or run_trigger
                f.category = own or run_predicate or trigger
        # 1b. the parse, when the words between are more than auxiliaries and adverbs
        #     ("Ses deux enfants Sami, 9 ans, et Waïl, 13 ans, gravement blessés")
        parsed = doc.has_annotation("DEP")
        for f in figures:
            if f.category is None and f.head == GROUP and parsed:
                f.category = self._parse_category(doc, f)
        # 2. "victimes" are killed only next to injured counts
        has_injured = any(f.category == "injured" for f in figures)
        for f in figures:
            if f.category == VICTIM:
                f.category = "killed" if has_injured else None
        # 3. breakdowns and lists inherit from their antecedent; elliptical heads take its
        #    victims ("Douze autres …, dont six" -> personnes)
        for i, f in enumerate(figures):
            antecedent = self._antecedent(text, figures, i)
            # a figure with its own (non-casualty) verb inherits nothing: "…, et près de 2000
            # personnes avaient été placées en détention"
            if (antecedent is not None and f.category is None
                    and not _OWN_VERB.match(text, f.head_end)):
                f.category = antecedent.category
            if f.head == OTHERS and f.category in CATEGORIES:
                f.victims = self._others_victims(figures[:i])
            elif f.head in (SEVERITY, BARE, ORDINAL) and f.victims is None and antecedent:
                f.victims = antecedent.victims if antecedent.head in (GROUP, OTHERS) else None
            if f.head in (BARE, SEVERITY) and antecedent is None and not (
                    f.quantity.kind in (APPROX, "plural") and f.category in CATEGORIES
                    and any(p.category in CATEGORIES for p in figures[:i])):
                f.category = None  # a bare number needs an antecedent
            elif f.head == BARE and f.quantity.kind in (APPROX, "plural") and f.victims is None:
                f.victims = self._others_victims(figures[:i])  # "…, et des centaines ont été…"

    def _parse_category(self, doc: Doc, f: Figure) -> str | None:
        """Category from the dependency parse: the noun is the (passive) subject of a
        casualty verb, or carries a casualty participle (acl, amod, or conj of its own
        conjuncts)."""
        span = doc.char_span(f.head_end - len(f.victims or ""), f.head_end, alignment_mode="expand")
        if span is None:
            return None
        noun = span.root
        head = noun.head if noun.dep_ == "conj" else noun
        verb = head.head
        entry = self.verbs.get(verb.lemma_.lower())
        if entry and head.dep_ in ("nsubj:pass", "nsubj") and verb.i != head.i:
            category, voice = entry
            if voice == "any" or head.dep_ == "nsubj:pass":
                return category
        for token in [noun, *noun.conjuncts]:
            for child in token.children:
                entry = self.verbs.get(child.lemma_.lower())
                if entry and child.dep_ in ("acl", "amod", "conj") and child.i > token.i \
                        and "Part" in child.morph.get("VerbForm"):
                    return entry[0]
        return None

    def _antecedent(self, text: str, figures: list[Figure], i: int) -> Figure | None:
        """The figure that `figures[i]` breaks down ("…, dont un policier") or continues
        (", 16 policiers", "et 200 du côté de…")."""
        f = figures[i]
        if f.head == GROUP and not self._is_victim(f.noun):
            return None  # "dont un pneu a été endommagé"
        if _DONT.search(text[max(0, f.start - 12):f.start]):
            for prev in reversed(figures[:i]):
                if prev.category in CATEGORIES:
                    return prev
            return None
        if not i or figures[i - 1].category not in CATEGORIES:
            return None
        prev = figures[i - 1]
        if not _LIST_SEPARATOR.match(text[prev.head_end:f.start]):
            return None
        continues = ((f.head == BARE and f.victims is not None)
                     or f.head in (CASUALTY, GROUP, SEVERITY))
        return prev if continues else None

    def _is_victim(self, noun: str | None) -> bool:
        return noun is not None and (noun in self.lex.victims or noun.lower() in self.lex.victims)

    def _others_victims(self, previous: list[Figure]) -> str:
        """"137 autres" stands for the last group noun ("15 personnes"), else personnes."""
        for prev in reversed(previous):
            if prev.head == GROUP and prev.victims:
                return prev.victims
        return self.default_victims

    def _negate(self, text: str, s_start: int, figures: list[Figure]) -> None:
        for f in figures:
            clause = text[s_start:f.start]
            cut = max(clause.rfind(c) for c in ",;:")
            clause = clause[cut + 1:] if cut >= 0 else clause
            clause = re.split(r"\bmais\b", clause)[-1]
            if self.negation.search(clause):
                f.negated = True
        by_chain: dict[int, bool] = {}
        for f in figures:
            by_chain[f.chain] = by_chain.get(f.chain, False) or f.negated
        for f in figures:
            f.negated = by_chain[f.chain]


def _plural(f: Figure) -> bool:
    return f.count_min is None or f.count_min > 1 or f.count_max is None or f.count_max > 1


def _is_noun_like(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return ((word.isalpha() or "-" in word or word in lex.victims)
            and low not in lex.function_words and low not in lex.not_victims and len(word) > 1)


def _noun_end(head_end: int, noun: str | None, text: str, default: int) -> int:
    """End of the noun itself (a "parmi …" group after it stays outside the span)."""
    if noun is None:
        return default
    i = text.rfind(noun, 0, head_end)
    return i + len(noun) if i >= 0 else head_end


class SourceFinder:
    """Attributions of a sentence: "selon X", "a indiqué X", "X a dénombré"."""

    def __init__(self) -> None:
        data = read_json("casualties_sources.json")
        verbs = "|".join(data["report_verbs"])
        aux = "|".join(data["auxiliaries"])
        selon = words_alternation(data["selon"]).replace(r"sources\?", "sources?")
        stop = (r"(?=[,;:()«»\"“”]|(?<!\b[A-Z])\.(?:\s|$)"
                r"|\s(?:qui|que|qu['’]|et|mais|lors|dans|pour|sur)\b|$)")
        self.selon = re.compile(rf"\b(?:{selon}){_WS}+(?P<np>[^,;:()«»“”]+?){stop}", re.IGNORECASE)
        # a time word between the verb and its subject (", a indiqué jeudi le ministère")
        when = (r"(?:ce|cet|cette|hier|aujourd['’]hui"
                r"|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche)")
        self.inverted = re.compile(
            rf"[,»\"”]{_WS}*(?:(?:{aux}){_WS}*(?:-t-)?{_WS}*)?(?:{verbs})(?:-t-\w+|-\w+)?{_WS}+"
            rf"(?:(?:à|au|aux){_WS}+(?:l['’]|la{_WS}+|le{_WS}+|les{_WS}+)?\S+{_WS}+)?"
            rf"(?:{when}\b[\w\s]*?{_WS}+(?=(?:le|la|les|l['’]|un|une)\b))?"
            rf"(?P<np>[^,;:()«»\"“”.]+?)(?P<appos>,{_WS}*[A-ZÉ][\w\-]+{_WS}+[A-ZÉ][\w\-]+)?{stop}",
            re.IGNORECASE)
        # the subject may carry an inserted word or a relative clause between commas
        # ("Une source, qui a requis l'anonymat, a évoqué …")
        inserted = rf"{_WS}*,{_WS}*(?:\w+|(?:qui|dont)\b[^,;:«»\"“”]{{1,80}}){_WS}*,"
        self.subject = re.compile(
            rf"(?:^|[,;]{_WS}*)(?P<np>[^,;:«»\"“”]{{2,90}}?)(?:{inserted})?{_WS}+"
            rf"(?:(?:{aux}){_WS}+)?(?:\w+ment{_WS}+)?(?:{verbs})\b")
        self.not_sources = [s.lower() for s in data["not_sources"]]
        self.subject_starts = {w.lower() for w in data["subject_determiners"]}
        self.function_words = lexicon().function_words
        source_nouns = "|".join(data["source_nouns"])
        self.source_nouns = re.compile(
            rf"\b(?:de|selon){_WS}+(?P<np>(?:{source_nouns})(?:{_WS}+[\w\-]+){{0,3}}?){stop}",
            re.IGNORECASE)
        self.anaphors = {a.lower() for a in data["anaphors"]}
        articles = words_alternation(data["articles"])
        self.articles = re.compile(rf"^(?:{articles})(?:{_WS}+|(?<=['’]))", re.IGNORECASE)
        self.name_at_end = re.compile(r"(?:^|\s)((?:[A-ZÉ][\w\-]+\s+)+[A-ZÉ][\w\-]+)$")

    def attributions(self, text: str, start: int, end: int) -> list[Attribution]:
        out: list[Attribution] = []
        for pattern, kind in ((self.selon, "selon"), (self.source_nouns, "selon"),
                              (self.inverted, "inverted"), (self.subject, "subject")):
            for m in pattern.finditer(text[start:end]):
                source = self._clean(m.group("np"))
                appos = m.groupdict().get("appos")
                if appos:
                    source = appos.strip(", ").strip()
                if source is None:
                    continue
                anaphoric = source.lower() in self.anaphors
                if kind == "subject" and not anaphoric and \
                        not self._looks_like_source(m.group("np").strip()):
                    continue
                # "X a dénombré 409 blessés": the figure comes after the subject
                a_start = m.start("np") if kind != "subject" else m.end()
                out.append(Attribution(start + a_start, start + m.end(), source, anaphoric))
        return out

    def _looks_like_source(self, np: str) -> bool:
        """A subject counts as a source when it starts with a determiner or a name (not a
        preposition: "Dans un communiqué, …") and is short."""
        first = np.split()[0].lower() if np.split() else ""
        return np[:1].isupper() and len(np.split()) <= 9 and (
            first in self.subject_starts or first not in self.function_words)

    def _clean(self, np: str) -> str | None:
        np = np.strip().strip(",").strip()
        low = np.lower()
        if not np or any(low == s or low.startswith(s + " ") for s in self.not_sources):
            return None
        if low in self.anaphors:
            return np
        if len(np.split()) > 12:
            return None
        name = self.name_at_end.search(np)
        if name and name.start(1) > 0 and np[:name.start(1)].strip() and \
                np[:name.start(1)].strip().split()[-1][:1].islower():
            return name.group(1)
        stripped = self.articles.sub("", np, count=1)
        # keep a capitalised article that belongs to a name ("Le Parisien")
        if stripped != np and np[:1].isupper() and stripped[:1].isupper():
            return np
        return stripped or None


class CasualtiesComponent:
    """The spaCy component: figures -> doc.spans["casualties"] with span._.casualty."""

    def __init__(self) -> None:
        register_extensions()
        self.extractor = CasualtyExtractor()
        self.max_count = int(read_json("casualties_settings.json")["max_count"])

    def _plausible(self, figure: Figure) -> bool:
        """Counts beyond any real event ("10^100 morts", a 23-digit number) are not figures."""
        return all(c is None or 0 <= c <= self.max_count
                   for c in (figure.count_min, figure.count_max))

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text joins every token: read it once per document
        spans: list[Span] = []
        quotes = list(doc.spans["quotes"]) if "quotes" in doc.spans else []
        locations = [s for s in doc.spans["entities"] if s.label_ == "LOC"] \
            if "entities" in doc.spans else []
        dates = list(doc.spans["dates"]) if "dates" in doc.spans else []
        for b_start, b_end, _kind in extractable_blocks(doc):
            if not self.extractor.has_cue(text, b_start, b_end):
                continue
            previous_source: str | None = None
            for s_start, s_end in self.extractor.sentences(text, b_start, b_end):
                figures = self.extractor.sentence_figures(doc, text, s_start, s_end)
                attributions = self.extractor.sources.attributions(text, s_start, s_end)
                for f in figures:
                    if not self._plausible(f):
                        continue
                    span = self._span(doc, text, f)
                    if span is None:
                        continue
                    source = (_quote_speaker(text, quotes, f, self.extractor.sources.anaphors,
                                             previous_source)
                              or _nearest_source(attributions, f, previous_source))
                    span._.casualty = {
                        "category": f.category,
                        "count_min": f.count_min,
                        "count_max": f.count_max,
                        "qualifier": f.qualifier,
                        "victims": f.victims,
                        "source": source,
                        "location": _nearest_location(locations, s_start, s_end, f),
                        "date": _nearest_date(dates, s_start, s_end, f),
                    }
                    spans.append(span)
                resolved = [a for a in attributions if not a.anaphoric]
                if resolved:
                    previous_source = resolved[-1].source
                elif attributions and previous_source:
                    pass
                else:
                    previous_source = None if not attributions else previous_source
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start_char, s.end_char))
        return doc

    @staticmethod
    def _span(doc: Doc, text: str, f: Figure) -> Span | None:
        start, end = f.start, f.end
        while end > start and text[end - 1] in " \u00a0\u202f\u2009":
            end -= 1
        if not is_extractable(doc, start, end):
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not is_extractable(doc, span.start_char, span.end_char):
            return None
        return span


def _quote_speaker(text: str, quotes: list[Span], f: Figure, anaphors: set[str],
                   previous_source: str | None) -> str | None:
    """The speaker of the quote holding the figure. Unnamed speakers of indirect quotes are
    only trusted as names or organisations, and a speaker given by an anaphor ("Ce dernier
    a confirmé que …") is the previous sentence's source when there is one."""
    for q in quotes:
        attrs = q._.quote or {}
        speaker = attrs.get("speaker")
        if not speaker or not (q.start_char <= f.start and f.end <= q.end_char):
            continue
        if attrs.get("kind") == "indirect" and attrs.get("speaker_label") not in TRUSTED_LABELS:
            continue
        s, e = attrs.get("speaker_start_char"), attrs.get("speaker_end_char")
        mention = text[s:e].strip().lower() if s is not None and e is not None else ""
        if mention in anaphors and previous_source:
            return previous_source
        return speaker
    return None


def _nearest_source(attributions: list[Attribution], f: Figure,
                    previous_source: str | None) -> str | None:
    def distance(a: Attribution) -> int:
        return a.start - f.end if a.start >= f.end else f.start - a.end if a.end <= f.start else 0
    # an attribution whose noun phrase holds the figure is its object, not its source
    # (", a évoqué trois blessés légers")
    candidates = [a for a in attributions if not (a.start < f.end and f.start < a.end)]
    if not candidates:
        return None
    best = min(candidates, key=distance)
    if best.anaphoric:
        return previous_source
    return best.source


def _nearest_location(locations: list[Span], s_start: int, s_end: int, f: Figure) -> str | None:
    inside = [s for s in locations if s_start <= s.start_char and s.end_char <= s_end]
    if not inside:
        return None
    best = min(inside, key=lambda s: abs(s.start_char - f.start))
    attrs = best._.entity or {}
    return attrs.get("canonical") or best.text


def _nearest_date(dates: list[Span], s_start: int, s_end: int, f: Figure) -> str | None:
    inside = [s for s in dates if s_start <= s.start_char and s.end_char <= s_end
              and s._.timex and s._.timex.get("value")]
    if not inside:
        return None
    # a point in time only: a duration ("en dix jours") or a set is not when it happened
    typed = [s for s in inside if s._.timex.get("type") == "DATE"] or \
        [s for s in inside if s._.timex.get("type") == "TIME"]
    if not typed:
        return None
    best = min(typed, key=lambda s: abs(s.start_char - f.start))
    return best._.timex["value"]


@Language.factory("newsextract_casualties")
def make_casualties(nlp: Language, name: str) -> CasualtiesComponent:
    return CasualtiesComponent()

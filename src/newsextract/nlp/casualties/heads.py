"""What a quantity counts: the words after it. A casualty noun ("43 morts"), a victim group
("six élèves", "118 blessés parmi les manifestants"), "autres", a severity word ("dont cinq
graves"), an ordinal, or nothing (a bare number: "dont six")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from newsextract.nlp.auxiliaries import auxiliary_alternation
from newsextract.nlp.casualties.breakdowns import follows_dont
from newsextract.nlp.casualties.categories import Predicates
from newsextract.nlp.casualties.figure import (
    BARE,
    CASUALTY,
    GROUP,
    ORDINAL,
    OTHERS,
    SEVERITY,
    Head,
)
from newsextract.nlp.casualties.lexicon import DE, WORD, WS, Lexicon
from newsextract.nlp.casualties.numbers import RANGE
from newsextract.nlp.grammar_words import OTHER, grammar_words
from newsextract.nlp.number_words import (
    APPROX,
    APPROX_PLURAL,
    INDEFINITE,
    NUMBER,
    NUMBERS_FILE,
    ONE_OF,
    VAGUE,
    Quantity,
    words_alternation,
)
from newsextract.resources import read_json, read_lines

# Words that may extend a victim noun: adjectives ("touristes étrangers") and group nouns of
# a list ("policiers, gendarmes, motards"); three covers every list of the guidelines.
MAX_GROUP_EXTENSIONS = 3
# Characters after a list item that show it starts a new figure ("…, 16 policiers")
LIST_ITEM_LOOKAHEAD = 3
# Auxiliaries before a counted participle: "ont été recensés" is a compound passive.
MAX_COUNTED_AUXILIARIES = 2

_SPACES = re.compile(rf"{WS}*")
# a victim noun may be written in quotation marks: 'un "gilet jaune"', "une dizaine de « casseurs »"
_OPENING_QUOTE_MARKS = "«\"“"
_OPENING_QUOTE = rf"(?:[{_OPENING_QUOTE_MARKS}]{WS}*)?"


def _opens_quote(before: str) -> bool:
    """Whether `before` ends with an opening quotation mark (spaces aside)."""
    stripped = before.rstrip()
    return bool(stripped) and stripped[-1] in _OPENING_QUOTE_MARKS


# "une dizaine de", "3,5 millions de"
_LINK_DE = re.compile(rf"{WS}*{DE}{_OPENING_QUOTE}", re.IGNORECASE)
_LINK = re.compile(rf"{WS}+(?:{DE})?{_OPENING_QUOTE}", re.IGNORECASE)
_CLOSING_QUOTE = re.compile(rf"{WS}*[»\"”]")

# the next group noun of a list: ", gendarmes", " et pompiers", " et de policiers"
_NEXT_LIST_ITEM = re.compile(
    rf"(?:{WS}*,{WS}*|{WS}+et{WS}+)(?:de{WS}+|d['’]{WS}*)?([^\W\d_][\w'’\-]*)")
_NEXT_WORD = re.compile(rf"{WS}+([^\W\d_][\w'’\-]*)")
_BEFORE_ETE = re.compile(rf"{WS}+été\b", re.IGNORECASE)
_NEW_FIGURE = re.compile(rf"{WS}*(?:\d|de\b)")
# Tags of a word after a number that is never the counted group: "dont 40 rien qu'à
# Lille", "dont 3 seulement" (the tagger is reliable on these, unlike on numerals).
_NEVER_NOUNS = ("ADV", "PRON", "AUX")
# "137 autres", "un autre policier": more people of the kind counted before
_OTHERS = grammar_words(OTHER)
_ORDINAL = re.compile(r"(?:\w+ième|second|seconde|premier|première)s?$", re.IGNORECASE)
_DIGIT_ORDINAL = re.compile(r"\d+(?:e|è|ème|eme|ième)\b", re.IGNORECASE)
_ARTICLE_AFTER_GROUP = (
    rf"(?:les{WS}+|des{WS}+|du{WS}+|de{WS}+la{WS}+|de{WS}+l['’]|d['’]"
    rf"|la{WS}+|le{WS}+|l['’]|ses{WS}+|leurs{WS}+)?"
)
# "deux des blessés", "trois de ses collègues", "deux des quatre blessés": a part of a group
_PARTITIVE = re.compile(
    rf"{WS}+(?:des|de{WS}+(?:ses|leurs|ces|nos|vos)|d['’]entre{WS}+les){WS}+", re.IGNORECASE)
# "l'un d'eux", "deux d'entre elles": a part of people named before
_PARTITIVE_PRONOUN = re.compile(rf"{WS}*d['’]{WS}*(?:entre{WS}+)?(?:eux|elles)\b", re.IGNORECASE)
GROUP_INTRO = re.compile(
    rf"{WS}+(?:parmi|chez|du{WS}+côté|dans{WS}+les{WS}+rangs)(?:{WS}+|(?={DE}))"
    rf"(?:{DE})?{_ARTICLE_AFTER_GROUP}", re.IGNORECASE)


def _number_words() -> str:
    return words_alternation(read_json(NUMBERS_FILE)["number_words"])


class HeadReader:
    """Reads the head of a quantity; the victim word lists are compiled once."""

    def __init__(self, lex: Lexicon, predicates: Predicates) -> None:
        self.lex = lex
        self.numbers = re.compile(rf"(?:\d+|{_number_words()}){WS}+", re.IGNORECASE)
        self.predicates = predicates
        participles = words_alternation(read_lines("casualties_counted_participles.txt"))
        self.counted = re.compile(
            rf"(?:{WS}+{auxiliary_alternation()}){{0,{MAX_COUNTED_AUXILIARIES}}}"
            rf"{WS}+(?:{participles})\b", re.IGNORECASE)
        multi = [v for v in lex.victims if " " in v]
        self.multiword_victims = re.compile(rf"(?:{words_alternation(multi)})\b", re.IGNORECASE)

    def head(self, doc: Doc, text: str, q: Quantity, s_end: int) -> Head:
        """The head after quantity `q`."""
        pos = q.end
        pronoun = _PARTITIVE_PRONOUN.match(text, pos, s_end)
        if pronoun and q.kind in (NUMBER, INDEFINITE, ONE_OF):
            return Head(OTHERS, pronoun.end(), partitive=True)
        if q.kind in (NUMBER, INDEFINITE):
            partitive = _PARTITIVE.match(text, pos, s_end)
            if partitive:
                return self._partitive(doc, text, partitive.end(), s_end)
        m = (_SPACES if q.kind == ONE_OF else _LINK_DE).match(text, pos, s_end)
        if q.kind != ONE_OF and not m:
            m = _LINK.match(text, pos, s_end)
            if m is None:
                return self.bare(doc, text, pos, s_end, q)
        word_start = m.end() if m else pos
        multi = self.multiword_victims.match(text, word_start, s_end)
        if multi:
            return Head(GROUP, multi.end(), multi.group(0), multi.group(0))
        digits = _DIGIT_ORDINAL.match(text, word_start, s_end)
        if digits and q.kind == INDEFINITE:  # "une 3e personne", "un 2ème policier"
            return ranked_head(self, doc, text, digits.end(), s_end)
        w = WORD.match(text, word_start, s_end)
        if w is None:
            return self.bare(doc, text, pos, s_end, q)
        word = w.group(0)
        low = word.lower()
        if m and _opens_quote(m.group(0)) and low not in self.lex.victims:
            return self.bare(doc, text, pos, s_end, q)  # 'une « vengeance »': not people
        if GROUP_INTRO.match(text, pos, s_end):
            return self.bare(doc, text, pos, s_end, q)  # "dont 8 chez les pompiers"
        if q.kind in (APPROX, APPROX_PLURAL, VAGUE) and not text[pos:word_start].strip():
            return self._approximate_alone(text, q, pos, s_end, low, w.end())
        if low in self.lex.casualty_nouns:
            # a severity word may come between: "deux blessés légers parmi les grévistes"
            severity = _NEXT_WORD.match(text, w.end(), s_end)
            after = severity.end() if severity and severity.group(1).lower() \
                in self.lex.severity else w.end()
            victims, end = self.group_after(doc, text, after, s_end)
            return Head(CASUALTY, end if victims else w.end(), word, victims)
        if low in self.lex.severity:
            return Head(SEVERITY, w.end())
        if low in _OTHERS:
            return self._others(text, w.end(), s_end)
        if _ORDINAL.match(low):
            # "une dixième mort", "un troisième décès": the rank of a death in a series, no
            # count (guidelines rule 5); "un troisième a été blessé", "a blessé une
            # troisième personne" count one more person
            if q.kind == INDEFINITE:
                return ranked_head(self, doc, text, w.end(), s_end)
            return Head(ORDINAL, w.end())
        if low in self.lex.not_victims:
            # "7 000 interpellations", "2019": a count of things, never of casualties
            return replace(self.bare(doc, text, pos, s_end, q), counts_things=True)
        if low in self.lex.function_words:
            return self.bare(doc, text, pos, s_end, q)
        if follows_dont(text, q.start) and (_is_participle(doc, w.start(), w.end())
                                            or self.predicates.names_a_casualty(word)):
            # "…, dont trois hospitalisés": the participle is the elliptical part's predicate
            return self.bare(doc, text, pos, s_end, q)
        if q.kind != ONE_OF and not self.lex.is_noun_like(word):
            return self.bare(doc, text, pos, s_end, q)
        if _tagged(doc, w.start(), w.end()) in _NEVER_NOUNS:
            return self.bare(doc, text, pos, s_end, q)  # "dont 40 rien qu'à Lille"
        end = self.extend_group(doc, text, w.end(), s_end)
        return Head(GROUP, end, word, text[word_start:end])

    def _partitive(self, doc: Doc, text: str, pos: int, s_end: int) -> Head:
        """The noun of "deux des [quatre] blessés", "trois de ses collègues"."""
        inner = self.numbers.match(text, pos, s_end)
        if inner:
            pos = _SPACES.match(text, inner.end(), s_end).end()
        w = WORD.match(text, pos, s_end)
        if w is None:
            return Head(None, pos)
        word = w.group(0)
        if word.lower() in self.lex.casualty_nouns:
            return Head(CASUALTY, w.end(), word, None, partitive=True)
        if not self.lex.is_noun_like(word):
            return Head(None, pos)
        end = self.extend_group(doc, text, w.end(), s_end)
        return Head(GROUP, end, word, text[pos:end], partitive=True)

    def _approximate_alone(self, text: str, q: Quantity, pos: int, s_end: int, low: str,
                           word_end: int) -> Head:
        """"une dizaine" without "de": a severity ("dont une cinquantaine gravement"), an
        elliptical subject with its own verb ("et des dizaines furent blessés"), or no
        figure."""
        if low in self.lex.severity:
            return Head(SEVERITY, word_end)
        if q.kind in (APPROX, APPROX_PLURAL) and self.predicates.category(
                text, pos, s_end, plural=True):
            return Head(BARE, pos)
        return Head(None, pos)

    def _others(self, text: str, pos: int, s_end: int) -> Head:
        """"137 autres", "deux autres blessés", "trois autres personnes"."""
        nxt = WORD.match(text, pos + 1, s_end) if pos < s_end else None
        if nxt and nxt.group(0).lower() in self.lex.casualty_nouns:
            return Head(CASUALTY, nxt.end(), nxt.group(0))
        if nxt and text[pos:nxt.start()].strip() == "" and self.lex.is_noun_like(nxt.group(0)):
            noun = nxt.group(0)
            victims = None if noun.lower() in self.lex.not_victims else noun
            return Head(GROUP, nxt.end(), noun, victims)
        return Head(OTHERS, pos)

    def bare(self, doc: Doc, text: str, pos: int, s_end: int, q: Quantity) -> Head:
        """A number standing alone ("dont six", "et 200 du côté de…", "et un millier chez
        les manifestants")."""
        victims, end = self.group_after(doc, text, pos, s_end)
        if q.kind not in (NUMBER, RANGE, INDEFINITE) and not (
                victims and q.kind in (APPROX, APPROX_PLURAL)):
            return Head(None, pos)
        return Head(BARE, end, None, victims)

    def group_after(self, doc: Doc, text: str, pos: int, s_end: int) -> tuple[str | None, int]:
        """The victims given after a casualty noun: "118 blessés parmi les manifestants",
        also after the count's own "être" + participle ("trente blessés ont été recensés
        chez les secouristes", "deux blessés sont à déplorer dans les rangs des pompiers")."""
        counted = self.counted.match(text, pos, s_end)
        m = GROUP_INTRO.match(text, counted.end() if counted else pos, s_end)
        if not m and counted:
            m = GROUP_INTRO.match(text, pos, s_end)
        if not m:
            return None, pos
        multi = self.multiword_victims.match(text, m.end(), s_end)
        if multi:
            return multi.group(0), multi.end()
        w = WORD.match(text, m.end(), s_end)
        if w is None:
            return None, pos
        end = self.extend_group(doc, text, w.end(), s_end)
        return text[m.end():end], end

    def extend_group(self, doc: Doc, text: str, pos: int, s_end: int) -> int:
        """Adjectives after a victim noun ("touristes étrangers") and a list of group nouns
        ("policiers, gendarmes, motards, pompiers")."""
        end = pos
        for _ in range(MAX_GROUP_EXTENSIONS):
            m = _NEXT_LIST_ITEM.match(text, end, s_end)
            if (m and m.group(1) in self.lex.victims
                    and m.group(1).lower() not in self.lex.casualty_nouns
                    and not _NEW_FIGURE.match(text[m.end():m.end() + LIST_ITEM_LOOKAHEAD])):
                end = m.end()
                continue
            m = _NEXT_WORD.match(text, end, s_end)
            # a word right before "été" is an auxiliary, even misspelt ("avaien été")
            if m and self._is_adjective(doc, text, m.start(1), m.end(1)) \
                    and not _BEFORE_ETE.match(text, m.end(), s_end):
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
        return span is not None and len(span) == 1 and span[0].pos_ == "ADJ" \
            and not self.predicates.names_a_casualty(word)


def ranked_head(reader: HeadReader, doc: Doc, text: str, pos: int, s_end: int) -> Head:
    """The head after "un/une" and an ordinal ending at `pos`: a casualty noun makes it the
    rank of a death ("une dixième mort": no count); a person noun is one more person ("une
    troisième personne a été blessée": its noun is the victims, see figures.py for when it
    counts); else the ordinal stands alone ("un troisième a été blessé")."""
    ranked = _NEXT_WORD.match(text, pos, s_end)
    if ranked is None:
        return Head(ORDINAL, pos)
    noun = ranked.group(1)
    if noun.lower() in reader.lex.casualty_nouns:
        return Head(None, pos)
    if reader.lex.is_victim(noun):
        end = reader.extend_group(doc, text, ranked.end(), s_end)
        return Head(GROUP, end, noun, text[ranked.start(1):end], ranked=True)
    return Head(ORDINAL, pos)


def _is_participle(doc: Doc, start: int, end: int) -> bool:
    """Whether the one token at [start, end) is a past participle ("hospitalisés")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and "Part" in span[0].morph.get("VerbForm") \
        and "Past" in span[0].morph.get("Tense")


def _tagged(doc: Doc, start: int, end: int) -> str | None:
    """The part of speech of the one token at [start, end), if it is one token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[0].pos_ if span is not None and len(span) == 1 else None


def noun_end(head_end: int, noun: str | None, text: str, default: int) -> int:
    """End of the noun itself (a "parmi …" group after it stays outside the span)."""
    if noun is None:
        return default
    i = text.rfind(noun, 0, head_end)
    if i < 0:
        return head_end
    end = i + len(noun)
    # a noun in quotation marks keeps its closing mark ('un "gilet jaune"')
    closing = _CLOSING_QUOTE.match(text, end)
    if closing and _opens_quote(text[:i]):
        return closing.end()
    return end

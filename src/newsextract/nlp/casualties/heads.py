"""What a quantity counts: the words after it. A casualty noun ("43 morts"), a victim group
("six élèves", "118 blessés parmi les manifestants"), "autres", a severity word ("dont cinq
graves"), an ordinal, or nothing (a bare number: "dont six"). Which victims follow a noun is
victim_groups.py's question, which group a quantity is a part of partitives.py's."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

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
from newsextract.nlp.casualties.partitives import Partitives
from newsextract.nlp.casualties.victim_groups import GROUP_INTRO, NEXT_WORD, VictimGroups
from newsextract.nlp.casualties.wounds import INJURED, wound_noun_end
from newsextract.nlp.grammar_words import OTHER, grammar_words
from newsextract.nlp.number_words import (
    APPROX,
    APPROX_PLURAL,
    INDEFINITE,
    NUMBER,
    ONE_OF,
    VAGUE,
    Quantity,
)

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

# Tags of a word after a number that is never the counted group: "dont 40 rien qu'à
# Lille", "dont 3 seulement" (the tagger is reliable on these, unlike on numerals).
_NEVER_NOUNS = ("ADV", "PRON", "AUX")
# "137 autres", "un autre policier": more people of the kind counted before
_OTHERS = grammar_words(OTHER)
_ORDINAL = re.compile(r"(?:\w+ième|second|seconde|premier|première)s?$", re.IGNORECASE)
_DIGIT_ORDINAL = re.compile(r"\d+(?:e|è|ème|eme|ième)\b", re.IGNORECASE)


class HeadReader:
    """Reads the head of a quantity: where its counted word starts (a partitive, a link
    word), and what that word makes of the quantity."""

    def __init__(self, lex: Lexicon, predicates: Predicates, groups: VictimGroups) -> None:
        self.lex = lex
        self.predicates = predicates
        self.groups = groups
        self.partitives = Partitives(lex, groups)

    def head(self, doc: Doc, text: str, q: Quantity, s_end: int) -> Head:
        """The head after quantity `q`."""
        partitive = self.partitives.head(doc, text, q, s_end)
        if partitive is not None:
            return partitive
        link = _link(text, q, s_end)
        if q.kind != ONE_OF and link is None:
            return self.bare(doc, text, q.end, s_end, q)
        return self._head_at(doc, text, q, link, link.end() if link else q.end, s_end)

    def _head_at(self, doc: Doc, text: str, q: Quantity, link: re.Match[str] | None,
                 word_start: int, s_end: int) -> Head:
        """The head whose counted word starts at `word_start`, after the `link` words."""
        pos = q.end
        multi = self.groups.multiword_at(text, word_start, s_end)
        if multi:
            return Head(GROUP, multi.end(), multi.group(0), multi.group(0))
        digits = _DIGIT_ORDINAL.match(text, word_start, s_end)
        if digits and q.kind == INDEFINITE:  # "une 3e personne", "un 2ème policier"
            return ranked_head(self, doc, text, digits.end(), s_end)
        w = WORD.match(text, word_start, s_end)
        if w is None:
            return self.bare(doc, text, pos, s_end, q)
        low = w.group(0).lower()
        if link and _opens_quote(link.group(0)) and low not in self.lex.victims:
            return self.bare(doc, text, pos, s_end, q)  # 'une « vengeance »': not people
        if GROUP_INTRO.match(text, pos, s_end):
            return self.bare(doc, text, pos, s_end, q)  # "dont 8 chez les pompiers"
        if q.kind in (APPROX, APPROX_PLURAL, VAGUE) and not text[pos:word_start].strip():
            return self._approximate_alone(text, q, pos, s_end, low, w.end())
        listed = self._listed_word_head(doc, text, q, w, s_end)
        if listed is not None:
            return listed
        return self._group_head(doc, text, q, w, word_start, s_end)

    def _listed_word_head(self, doc: Doc, text: str, q: Quantity, w: re.Match[str],
                          s_end: int) -> Head | None:
        """The head a word of the casualty lexicon makes (a casualty noun, a severity word,
        "autres", an ordinal, a noun of things, a counted injury); None for any other word."""
        word = w.group(0)
        low = word.lower()
        wound_end = wound_noun_end(text, w.start(), s_end) if q.kind != INDEFINITE else None
        if wound_end is not None:
            # "quatre mains arrachées": one injured person per counted injury; "un manifestant
            # a eu une main arrachée" counts the person, not the hand
            return Head(CASUALTY, wound_end, text[w.start():wound_end], category=INJURED)
        if low in self.lex.casualty_nouns:
            return self._casualty_head(doc, text, word, w.end(), s_end)
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
            return replace(self.bare(doc, text, q.end, s_end, q), counts_things=True)
        return None

    def _casualty_head(self, doc: Doc, text: str, word: str, word_end: int,
                       s_end: int) -> Head:
        """"43 morts", "118 blessés parmi les manifestants"."""
        # a severity word may come between: "deux blessés légers parmi les grévistes"
        severity = NEXT_WORD.match(text, word_end, s_end)
        after = severity.end() if severity and severity.group(1).lower() \
            in self.lex.severity else word_end
        victims, end = self.groups.group_after(doc, text, after, s_end)
        return Head(CASUALTY, end if victims else word_end, word, victims)

    def _group_head(self, doc: Doc, text: str, q: Quantity, w: re.Match[str],
                    word_start: int, s_end: int) -> Head:
        """A word outside the casualty lexicon: the victim group counted ("six élèves"), or,
        when the word is no noun, a number standing alone."""
        word = w.group(0)
        pos = q.end
        if word.lower() in self.lex.function_words:
            return self.bare(doc, text, pos, s_end, q)
        if follows_dont(text, q.start) and (_is_participle(doc, w.start(), w.end())
                                            or self.predicates.names_a_casualty(word)):
            # "…, dont trois hospitalisés": the participle is the elliptical part's predicate
            return self.bare(doc, text, pos, s_end, q)
        if q.kind != ONE_OF and not self.lex.is_noun_like(word):
            return self.bare(doc, text, pos, s_end, q)
        if _tagged(doc, w.start(), w.end()) in _NEVER_NOUNS:
            return self.bare(doc, text, pos, s_end, q)  # "dont 40 rien qu'à Lille"
        end = self.groups.extend_group(doc, text, w.end(), s_end)
        return Head(GROUP, end, word, text[word_start:end])

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
        victims, end = self.groups.group_after(doc, text, pos, s_end)
        if q.kind not in (NUMBER, RANGE, INDEFINITE) and not (
                victims and q.kind in (APPROX, APPROX_PLURAL)):
            return Head(None, pos)
        return Head(BARE, end, None, victims)


def _link(text: str, q: Quantity, s_end: int) -> re.Match[str] | None:
    """What joins a quantity to its counted word: spaces after "l'un", else "de" ("une
    dizaine de"), else spaces and an optional "de"; None when no word follows."""
    if q.kind == ONE_OF:
        return _SPACES.match(text, q.end, s_end)
    return _LINK_DE.match(text, q.end, s_end) or _LINK.match(text, q.end, s_end)


def ranked_head(reader: HeadReader, doc: Doc, text: str, pos: int, s_end: int) -> Head:
    """The head after "un/une" and an ordinal ending at `pos`: a casualty noun makes it the
    rank of a death ("une dixième mort": no count); a person noun is one more person ("une
    troisième personne a été blessée": its noun is the victims, see figures.py for when it
    counts); else the ordinal stands alone ("un troisième a été blessé")."""
    ranked = NEXT_WORD.match(text, pos, s_end)
    if ranked is None:
        return Head(ORDINAL, pos)
    noun = ranked.group(1)
    if noun.lower() in reader.lex.casualty_nouns:
        return Head(None, pos)
    if reader.lex.is_victim(noun):
        end = reader.groups.extend_group(doc, text, ranked.end(), s_end)
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

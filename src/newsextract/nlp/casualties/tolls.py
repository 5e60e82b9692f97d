"""What does a toll phrase count? A number given as the value of "le nombre de X" or "le
bilan de X": after it ("estime à 300 le nombre de passagers disparus") or before it ("le
nombre de morts a grimpé à sept", "porte le bilan des décès à huit personnes"). The
category comes from the toll's noun, or from the predicate of its victim noun."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.casualties.categories import Predicates
from newsextract.nlp.casualties.figure import TOLL, Head
from newsextract.nlp.casualties.lexicon import WORD, WS, Lexicon
from newsextract.nlp.casualties.victim_groups import VictimGroups
from newsextract.nlp.number_words import words_alternation

# Words between the toll's noun and its number ("le nombre de morts liés au mouvement a
# grimpé à sept"): a participial complement and a verb, within one clause.
TOLL_GAP_CHARS = 80
# Words after a victim noun searched for its predicate ("le nombre de marins du chalutier
# portés disparus"): a short complement of the noun.
TOLL_PREDICATE_WORDS = 4
_TOLL_NOUNS = r"(?:nombre|bilan|total)"
_OF = rf"d(?:e{WS}+|es{WS}+|u{WS}+|['’]{WS}*)"
# an aside may come between ("estiment à 700 (sur 900 disparus) le nombre de …")
# an adjective may qualify the toll ("portant à 9 le nombre total de décès")
_TOLL_ADJECTIVES = r"(?:total|global|officiel|provisoire)"
_TOLL_AFTER = re.compile(rf"(?:{WS}*\([^()]*\))?{WS}+(?:le|du){WS}+{_TOLL_NOUNS}"
                         rf"(?:{WS}+{_TOLL_ADJECTIVES})?{WS}+{_OF}", re.IGNORECASE)
_WORD_START = re.compile(rf"{WS}+(?=\w)")


class Tolls:
    def __init__(self, lex: Lexicon, predicates: Predicates, groups: VictimGroups) -> None:
        self.lex = lex
        self.predicates = predicates
        self.groups = groups
        nouns = words_alternation(lex.casualty_nouns)
        # "portant à 39 les blessés parmi les agents": the casualty noun itself is the toll
        self.plural_after = re.compile(rf"{WS}+les{WS}+(?=(?:{nouns})\b)", re.IGNORECASE)
        self.before = re.compile(
            rf"\b{_TOLL_NOUNS}{WS}+{_OF}(?P<noun>{nouns})\b[^.;:!?()«]{{0,{TOLL_GAP_CHARS}}}?"
            rf"{WS}(?:à|de){WS}*$", re.IGNORECASE)

    def category_before(self, text: str, s_start: int, start: int) -> str | None:
        """"le nombre de morts a grimpé à [sept]": the category of a toll before `start`."""
        m = self.before.search(text, s_start, start)
        if m is None:
            return None
        return self.lex.casualty_nouns.get(m.group("noun").lower())

    def after(self, doc: Doc, text: str, pos: int, s_end: int) -> Head | None:
        """"à [300] le nombre de passagers disparus": the head the toll gives the number."""
        m = _TOLL_AFTER.match(text, pos, s_end) or self.plural_after.match(text, pos, s_end)
        w = WORD.match(text, m.end(), s_end) if m else None
        if w is None:
            return None
        noun = w.group(0)
        category = self.lex.casualty_nouns.get(noun.lower())
        if category is not None:
            victims, end = self.groups.group_after(doc, text, w.end(), s_end)
            return Head(TOLL, end, noun, victims, category=category)
        if not self.lex.is_victim(noun):
            return None
        end = self.groups.extend_group(doc, text, w.end(), s_end)
        category = self._predicate_near(text, end, s_end)
        if category is None:
            return None
        return Head(TOLL, end, noun, text[w.start():end], category=category)

    def _predicate_near(self, text: str, pos: int, s_end: int) -> str | None:
        """The predicate of a victim noun, right after it or after a short complement."""
        for _ in range(TOLL_PREDICATE_WORDS + 1):
            category = self.predicates.category(text, pos, s_end)
            if category is not None:
                return category
            nxt = _WORD_START.match(text, pos, s_end)
            w = WORD.match(text, nxt.end(), s_end) if nxt else None
            if w is None:
                return None
            pos = w.end()
        return None

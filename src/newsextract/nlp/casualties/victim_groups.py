"""Which victims do the words after a noun name? A group introduced by parmi / chez / du côté
de / dans les rangs ("118 blessés parmi les manifestants"), also after the count's own
"être" + participle ("trente blessés ont été recensés chez les secouristes"), and the words
that extend a victim noun: adjectives ("touristes étrangers") and a list of group nouns
("policiers, gendarmes, motards")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.auxiliaries import auxiliary_alternation
from newsextract.nlp.casualties.categories import Predicates
from newsextract.nlp.casualties.lexicon import DE, WORD, WS, Lexicon
from newsextract.nlp.number_words import words_alternation
from newsextract.resources import read_lines

# Words that may extend a victim noun: adjectives ("touristes étrangers") and group nouns of
# a list ("policiers, gendarmes, motards"); three covers every list of the guidelines.
MAX_GROUP_EXTENSIONS = 3
# Characters after a list item that show it starts a new figure ("…, 16 policiers")
LIST_ITEM_LOOKAHEAD = 3
# Auxiliaries before a counted participle: "ont été recensés" is a compound passive.
MAX_COUNTED_AUXILIARIES = 2

# the next group noun of a list: ", gendarmes", " et pompiers", " et de policiers"
_NEXT_LIST_ITEM = re.compile(
    rf"(?:{WS}*,{WS}*|{WS}+et{WS}+)(?:de{WS}+|d['’]{WS}*)?([^\W\d_][\w'’\-]*)")
NEXT_WORD = re.compile(rf"{WS}+([^\W\d_][\w'’\-]*)")
_BEFORE_ETE = re.compile(rf"{WS}+été\b", re.IGNORECASE)
_NEW_FIGURE = re.compile(rf"{WS}*(?:\d|de\b)")
_ARTICLE_AFTER_GROUP = (
    rf"(?:les{WS}+|des{WS}+|du{WS}+|de{WS}+la{WS}+|de{WS}+l['’]|d['’]"
    rf"|la{WS}+|le{WS}+|l['’]|ses{WS}+|leurs{WS}+)?"
)
# "du côté des X", also without its article ("115 blessés côté forces de l'ordre")
GROUP_INTRO = re.compile(
    rf"{WS}+(?:parmi|chez|(?:du{WS}+)?côté|dans{WS}+les{WS}+rangs)(?:{WS}+|(?={DE}))"
    rf"(?:{DE})?{_ARTICLE_AFTER_GROUP}", re.IGNORECASE)


class VictimGroups:
    """Reads the victim group after a noun; the victim word lists are compiled once."""

    def __init__(self, lex: Lexicon, predicates: Predicates) -> None:
        self.lex = lex
        self.predicates = predicates
        participles = words_alternation(read_lines("casualties_counted_participles.txt"))
        self.counted = re.compile(
            rf"(?:{WS}+{auxiliary_alternation()}){{0,{MAX_COUNTED_AUXILIARIES}}}"
            rf"{WS}+(?:{participles})\b", re.IGNORECASE)
        multi = [v for v in lex.victims if " " in v]
        self.multiword_victims = re.compile(rf"(?:{words_alternation(multi)})\b", re.IGNORECASE)

    def multiword_at(self, text: str, pos: int, s_end: int) -> re.Match[str] | None:
        """A victim noun of several words starting at `pos` ("forces de l'ordre")."""
        return self.multiword_victims.match(text, pos, s_end)

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
        multi = self.multiword_at(text, m.end(), s_end)
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
            m = NEXT_WORD.match(text, end, s_end)
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

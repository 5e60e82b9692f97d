"""The temporal expression grammar: lexicon, rules and the matcher that applies them.

The rules (``data/dates_rules.tsv``) are regular expressions over a *folded* copy of the text
(lower case, accents stripped, typographic apostrophes made straight) that has exactly the
same length as the original, so that match offsets index the original text. ``{MACRO}``s in
the patterns expand to the word lists of ``data/dates_lexicon.json``. Overlapping matches are
resolved leftmost-longest, ties broken by rule order (the HeidelTime way).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsextract.nlp.number_words import NUMBERS_FILE, words_alternation
from newsextract.nlp.regex_prefilter import (
    Factors,
    may_match,
    present_factors,
    required_factors,
)
from newsextract.resources import read_json, read_tsv

LEXICON_FILE = "dates_lexicon.json"
RULES_FILE = "dates_rules.tsv"
FEASTS_FILE = "dates_feasts.json"

_APOSTROPHES = {"’": "'", "ʼ": "'", "`": "'", "‘": "'", "\u00a0": " ", "\u202f": " "}


def fold_char(ch: str) -> str:
    """One character lower-cased and without accent, or itself if that changes its length."""
    ch = _APOSTROPHES.get(ch, ch)
    low = ch.lower()
    if len(low) != 1:
        return ch
    return unicodedata.normalize("NFD", low)[0]


class _FoldTable(dict):
    """str.translate table that folds each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """`text` lower-cased, accents stripped, apostrophes straightened: same length (every
    character maps to exactly one character)."""
    return text.translate(_FOLD_TABLE)


def fold_word(word: str) -> str:
    return fold(word).strip()


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The vocabulary of the dates layer, folded, with lookups the normalisers use."""

    raw: dict[str, Any]

    def mapping(self, key: str) -> dict[str, Any]:
        return _folded_mapping(self, key)

    def words(self, key: str) -> tuple[str, ...]:
        return _folded_words(self, key)


@cache
def _folded_words(lex: Lexicon, key: str) -> tuple[str, ...]:
    return tuple(fold_word(w) for w in lex.raw[key])


@cache
def _folded_mapping(lex: Lexicon, key: str) -> dict[str, Any]:
    return {fold_word(k): v for k, v in lex.raw[key].items()}


@cache
def lexicon() -> Lexicon:
    feasts = {k: v for k, v in read_json(FEASTS_FILE).items() if not k.startswith("_")}
    numbers = read_json(NUMBERS_FILE)  # the package's one number vocabulary
    return Lexicon({**read_json(LEXICON_FILE), **feasts,
                    "number_words": numbers["number_words"],
                    "approx_numbers": numbers["approximate"]})


def _alternation(words: list[str]) -> str:
    """A non-capturing regex alternation, longest words first, spaces made flexible."""
    return f"(?:{words_alternation(words)})"


@cache
def gap_of(words: frozenset[str] | tuple[str, ...]) -> re.Pattern:
    """Spaces, one of the closed-class `words`, spaces (none needed after an elided one):
    what joins two expressions ("8 h et 9 h", "la veille d'un vote")."""
    alternatives = sorted(((re.escape(w) + (r"\s*" if w.endswith(("'", "’")) else r"\s+"))
                           for w in set(words)), key=lambda a: (-len(a), a))
    return re.compile(r"\s+(?:" + "|".join(alternatives) + ")")


# {MACRO} of the rules -> the lexicon key whose words (a list, or a mapping's keys) it matches
_LEXICON_MACROS = {
    "MONTH": "months",
    "WEEKDAY": "weekdays",
    "UNIT": "units",
    "PART": "day_parts",
    "PARTPHRASE": "day_part_phrases",
    "PARTPREP": "part_phrase_preps",
    "FOCUS": "focus_adverbs",
    "SEASON": "seasons",
    "RELDAY": "relative_days",
    "ANCHDAY": "anchored_days",
    "PRESENT": "present_ref",
    "PAST": "past_ref",
    "FUTURE": "future_ref",
    "PASTCUE": "past_cues",
    "FUTCUE": "future_cues",
    "APASTCUE": "anchored_past_cues",
    "AFUTCUE": "anchored_future_cues",
    "VAGUE": "vague_quantities",
    "ORD": "ordinals",
    "DMOD": "duration_modifiers",
    "IMOD": "interval_mods",
    "CLOCKPREP": "clock_preps",
    "FEAST": "feasts",
    "FEASTEVE": "feast_eves",
    "FEASTPART": "feast_part_nouns",
    "SETADJ": "set_adjectives",
    "PRESADJ": "present_adjectives",
    "ADVREF": "adverbial_refs",
    "PERIODNOUN": "period_nouns",
    "ORDNUM": "ordinal_numbers",
    "FORNOW": "for_now",
    "STORYTIME": "story_time",
    "STORYERA": "story_era",
    "EVENT": "event_nouns",
    "EVENTERA": "event_eras",
    "VAGUEAFTER": "vague_after_cues",
    "AGOFILL": "ago_fillers",
    "AGOCUE": "ago_cues",
    "AGOPRES": "presentative_ago_cues",
    "BAREUNIT": "bare_plural_units",
    "SHIFTCUE": "shift_cues",
    "UNTILNOW": "until_now",
    "ACTIONDAY": "action_day_nouns",
    "LEAGUE": "league_names",
}


def _entries(lex: Lexicon, key: str) -> list[str]:
    """The folded words of a lexicon list, or the folded keys of a lexicon mapping."""
    return list(lex.mapping(key)) if isinstance(lex.raw[key], dict) else lex.words(key)


@cache
def macros() -> dict[str, str]:
    lex = lexicon()
    numword = _alternation(lex.words("number_words"))
    approx = _alternation(list(lex.mapping("approx_numbers")))
    units = _alternation(list(lex.mapping("units")))
    return {
        **{name: _alternation(_entries(lex, key)) for name, key in _LEXICON_MACROS.items()},
        "NUMWORD": numword,
        # digits (not part of a larger number such as 1.500 or 12,5) or number words
        "NUM": rf"(?:(?:une\s+)?{approx}\s+(?:de\s+|d')|\d+(?:[.,]\d+)?"
               rf"|{numword}(?:(?:-|\s+)(?:et(?:-|\s+))?{numword})*)",
        "DAY": r"(?:1er|premier|[12]\d|3[01]|0?[1-9])",
        "YEAR": r"(?:1[6-9]\d\d|20\d\d)",
        # "octobre 98", "le 10 novembre 93": two digits that are not hours, counts or units
        "SHORTYEAR": rf"(?:'\d\d|\d\d(?![\d.,]|\s+(?:h\b|heures?|\d|{units}|%)))",
    }


_MACRO = re.compile(r"\{([A-Z]+)\}")
# A match must not start or end inside a word or a number ("1.500", "après-midi"); a hyphen
# between two numbers separates them ("1982-1990").
_LEFT = r"(?<!\w)(?<![^\W\d]-)(?<!\d[.,])"
_RIGHT = r"(?!\w)(?!-[^\W\d])(?![.,]\d)"


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    norm: str
    order: int
    regex: re.Pattern
    factors: Factors = None  # strings one of which every match contains (prefilter.py)


@dataclass(frozen=True)
class RuleMatch:
    rule: Rule
    start: int  # offsets of the emitted span in the document text
    end: int
    match: re.Match  # over a block: its offsets are relative to `offset`
    offset: int = 0

    @property
    def groups(self) -> dict[str, str | None]:
        return self.match.groupdict()

    @property
    def match_start(self) -> int:
        """Start of the whole match (prepositions included) in the document text."""
        return self.match.start() + self.offset

    @property
    def match_end(self) -> int:
        return self.match.end() + self.offset

    def group_start(self, name: str) -> int:
        return self.match.start(name) + self.offset

    def group_end(self, name: str) -> int:
        return self.match.end(name) + self.offset


def _expand(pattern: str) -> str:
    table = macros()
    return _MACRO.sub(lambda m: table[m.group(1)], pattern)


@cache
def rules() -> tuple[Rule, ...]:
    out = []
    for i, row in enumerate(read_tsv(RULES_FILE)):
        name, type_, norm, pattern = row[:4]
        regex = re.compile(_LEFT + "(?:" + _expand(pattern) + ")" + _RIGHT)
        out.append(Rule(name, type_, norm, i, regex, required_factors(regex.pattern)))
    return tuple(out)


@cache
def all_factors() -> frozenset[str]:
    """Every rule's required factors together (what a block is searched for once)."""
    return frozenset(f for rule in rules() if rule.factors for f in rule.factors)


def find_matches(folded: str, offset: int = 0) -> list[RuleMatch]:
    """Non-overlapping rule matches in `folded`, in text order (offsets + `offset`)."""
    candidates: list[RuleMatch] = []
    present = present_factors(folded, all_factors())
    for rule in rules():
        if not may_match(rule.factors, present):
            continue
        for m in rule.regex.finditer(folded):
            start, end = (m.span("span") if "span" in rule.regex.groupindex
                          and m.group("span") is not None else m.span())
            if end > start:
                candidates.append(RuleMatch(rule, start + offset, end + offset, m, offset))
    # leftmost-longest: longer matches first, then rule order; keep those that do not overlap
    candidates.sort(key=lambda c: (-(c.match.end() - c.match.start()), c.rule.order, c.start))
    taken: list[RuleMatch] = []
    for cand in candidates:
        if all(cand.match.end() <= t.match.start() or cand.match.start() >= t.match.end()
               for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)

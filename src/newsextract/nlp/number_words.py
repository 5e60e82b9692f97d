"""French cardinal numbers in running text: "43", "228 000", "10.000", "3,5 millions",
"vingt-quatre", "une dizaine", "des centaines", "plusieurs".

Pure text functions, no spaCy. `NumberFinder` compiles one regular expression from
``data/numbers.json`` (the numbers, shared with the dates layer) and
``data/casualties_numbers.json`` (counting expressions) and yields `Quantity` matches with
their bounds:
an exact number (N/N), an approximate noun ("une dizaine" -> about 10/10), a plural
approximate noun ("des dizaines" -> at least 20), "plusieurs" (at least 2), the indefinite
article ("un", "une" -> 1), "l'un des" (1) or a vague amount ("un nombre important",
null/null).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from text_to_num import text2num

from newsextract.resources import read_json

NUMBERS_FILE = "numbers.json"  # numbers themselves, shared with the dates layer
COUNTS_FILE = "casualties_numbers.json"  # counting expressions of casualty figures

# Thousands separators seen in French news: space, no-break space, narrow no-break space,
# thin space, the dot ("10.000", "287.710") and the apostrophe of Swiss outlets ("360'000",
# "136’000").
_THOUSANDS = "[ \u00a0\u202f\u2009.'’]"
_DIGITS = rf"\d{{1,3}}(?:{_THOUSANDS}\d{{3}})+(?!\d)|\d+"
# Spaces as they appear in press text: ordinary, no-break, narrow no-break, thin.
SPACE_CHAR = r"[\s\u00a0\u202f\u2009]"
_SPACE = SPACE_CHAR + "+"

# Kinds of quantity
NUMBER = "number"          # digits or number words
APPROX = "approx"          # une dizaine
APPROX_PLURAL = "plural"   # des dizaines, plusieurs centaines
SEVERAL = "several"        # plusieurs
INDEFINITE = "indefinite"  # un, une
ONE_OF = "one_of"          # l'un des
VAGUE = "vague"            # un nombre important


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    kind: str
    count_min: int | None
    count_max: int | None
    qualifier: str  # exact, about or at_least as implied by the words themselves
    takes_de: bool  # the noun follows with "de" ("une dizaine de blessés")


def words_alternation(words) -> str:
    """A regex alternation of `words`: longest first, so that "dix-sept" wins over "dix";
    any apostrophe matches ' and ’, any space matches runs of (no-break, thin) spaces."""
    escaped = [re.sub(r"['’]", "['’]", re.escape(w)).replace(r"\ ", _SPACE)
               for w in sorted(set(words), key=lambda w: (-len(w), w))]
    return "|".join(escaped)


def _word_number(text: str) -> int | None:
    words = re.sub(r"[\s\u00a0\u202f\u2009]+", " ", text.lower()).strip()
    try:
        return int(text2num(words, "fr"))
    except (ValueError, TypeError):
        return None


def digits_value(text: str, multipliers: dict[str, int]) -> int | None:
    """"228 000" -> 228000, "10.000" -> 10000, "360'000" -> 360000, "3,5 millions" ->
    3500000."""
    parts = re.split(_SPACE, text.strip())
    factor = 1
    if len(parts) > 1 and parts[-1].lower() in multipliers:
        factor = multipliers[parts[-1].lower()]
        number = "".join(parts[:-1])
    else:
        number = "".join(parts)
    number = re.sub(_THOUSANDS, "", number)
    try:
        return int(round(float(number.replace(",", ".")) * factor))
    except ValueError:
        return None


class NumberFinder:
    """Finds quantities in a text; the regex is compiled once from the data file."""

    def __init__(self) -> None:
        data = {**read_json(NUMBERS_FILE), **read_json(COUNTS_FILE)}
        self.multipliers: dict[str, int] = data["large_multipliers"]
        self.approximate: dict[str, int] = data["approximate"]
        self.plural_approximate: dict[str, int] = data["plural_approximate"]
        word = rf"(?:{words_alternation(data['number_words'])})"
        word_seq = rf"{word}(?:(?:-et-|-|{_SPACE}et{_SPACE}|{_SPACE}){word})*"
        mult = rf"(?:{words_alternation(list(self.multipliers))})"
        patterns = {
            "vague": rf"(?:{words_alternation(data['vague'])})",
            "one_of": rf"(?:{words_alternation(data['one_of'])})",
            "approx": (rf"(?:un|une){_SPACE}"
                       rf"(?P<approx_noun>{words_alternation(list(self.approximate))})"),
            "plural": (rf"(?:{words_alternation(data['plural_determiners'])}){_SPACE}"
                       rf"(?P<plural_noun>{words_alternation(list(self.plural_approximate))})"),
            "digits": rf"(?:{_DIGITS})(?:,\d+)?(?:{_SPACE}{mult}\b)?",
            "words": rf"{word_seq}(?:{_SPACE}{mult})?",
            "several": rf"(?:{words_alternation(data['several'])})",
            "many": rf"(?:{words_alternation(data['many'])})",
        }
        self.indefinite = {w.lower() for w in data["indefinite"]}
        alternatives = "|".join(f"(?P<{name}>{p})" for name, p in patterns.items())
        self.regex = re.compile(rf"(?<![\w\-])(?<!\d[.,])(?:{alternatives})(?![\w\-])",
                                re.IGNORECASE)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
        for m in self.regex.finditer(text, start, len(text) if end is None else end):
            quantity = self._quantity(m)
            if quantity is not None:
                yield quantity

    def _quantity(self, m: re.Match[str]) -> Quantity | None:
        s, e = m.start(), m.end()
        if m.group("vague"):
            return Quantity(s, e, VAGUE, None, None, "about", True)
        if m.group("one_of"):
            return Quantity(s, e, ONE_OF, 1, 1, "exact", False)
        if m.group("approx"):
            n = self.approximate[m.group("approx_noun").lower()]
            return Quantity(s, e, APPROX, n, n, "about", True)
        if m.group("plural"):
            n = self.plural_approximate[m.group("plural_noun").lower()]
            return Quantity(s, e, APPROX_PLURAL, n, None, "at_least", True)
        if m.group("digits"):
            n = digits_value(m.group("digits"), self.multipliers)
            return None if n is None else Quantity(s, e, NUMBER, n, n, "exact", False)
        if m.group("words"):
            text = m.group("words")
            if text.lower() in self.indefinite:
                return Quantity(s, e, INDEFINITE, 1, 1, "exact", False)
            n = _word_number(text)
            return None if n is None else Quantity(s, e, NUMBER, n, n, "exact", False)
        if m.group("several"):
            return Quantity(s, e, SEVERAL, 2, None, "at_least", False)
        if m.group("many"):  # "de nombreux blessés": plural, no number derivable
            return Quantity(s, e, SEVERAL, None, None, "about", False)
        return None

"""How much time: numbers in digits or words, units, and ISO 8601 durations (P10D, PT72H)."""

from __future__ import annotations

import re

from text_to_num import text2num

from newsextract.nlp.dates.rules import RuleMatch, lexicon

# decimals kept in a duration in seconds (a timed race: "9,58 secondes")
SECOND_DECIMALS = 2


def parse_number(text: str | None) -> float | None:
    """'12' -> 12, 'vingt-cinq' -> 25, 'une' -> 1; None when not a number."""
    if not text:
        return None
    text = re.sub(r"\s+", " ", text.strip())
    approx = lexicon().mapping("approx_numbers")
    words = re.findall(r"[a-z]+", text)
    if words and len(words) <= 3 and any(w in approx for w in words):
        return float(next(approx[w] for w in words if w in approx))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    try:
        return float(text2num(text, "fr"))
    except (ValueError, KeyError, IndexError):
        return None

def unit_info(unit: str) -> tuple[str, int, bool]:
    """(TIMEX3 letter, multiplier, is a clock unit) of a unit: 'siecle' -> ('Y', 100, False)."""
    lex = lexicon()
    letter, mult, clock = lex.mapping("units").get(unit) or lex.mapping("unit_abbreviations")[unit]
    return letter, mult, clock


def duration_value(n: float | None, unit: str, half: bool = False) -> str | None:
    """P10D, PT72H, PXY (n None: a vague quantity), P18M ('un an et demi')."""
    letter, mult, clock = unit_info(unit)
    prefix = "PT" if clock else "P"
    if n is None:  # "des décennies": PXDE, not years
        return f"{prefix}X{lexicon().mapping('vague_unit_letters').get(unit, letter)}"
    total = n * mult + (0.5 * mult if half else 0)
    if total <= 0:
        return None
    if clock and letter == "H" and total != int(total):
        # "7 heures et demie": hours and minutes, as TimeML writes a clock duration (PT7H30M)
        return f"PT{int(total)}H{int(round((total - int(total)) * 60))}M"
    if total != int(total):  # a half unit: say it in the next smaller unit
        smaller = {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False),
                   "D": ("H", 24, True), "H": ("M", 60, True)}
        if clock and letter == "M":
            letter, mult2, clock = "S", 60, True
        else:
            letter, mult2, clock = smaller.get(letter, (letter, 1, clock))
        total *= mult2
        prefix = "PT" if clock else "P"
    if total != int(total) and letter == "S":
        return f"{prefix}{round(total, SECOND_DECIMALS)}S"  # "30,4 secondes": PT30.4S
    return f"{prefix}{int(round(total))}{letter}"

def count_of(m: RuleMatch, name: str = "num") -> tuple[float | None, bool]:
    """(number, is_vague) of a quantity group: 'trois' -> (3, False), 'quelques' -> (None, True)."""
    text = m.groups.get(name)
    if text is None:
        return None, True
    if text in lexicon().words("vague_quantities"):
        return None, True
    n = parse_number(text)
    return n, n is None

"""Which regex rules can match a block at all (the dates and casualties layers)? A rule's
*required factors*: a set of strings one of which every match of its regex contains
("janvier" … "decembre" for a month rule, a digit for a numeric date). A block that holds
none of them is not scanned with that rule: the regex scan costs the same at every
character, a substring test is almost free, and about three quarters of the (rule, block)
pairs of press text are skipped this way.

The factors are read from the regex's parse tree (``re._parser``; ``sre_parse`` before
Python 3.11). Anything the reader does not understand gives "no factors": the rule is then
always scanned, so the filter can only skip work, never change a result."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

try:  # Python >= 3.11
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

DIGIT = "\x00digit"  # the factor "any decimal digit"
_DIGIT_RE = re.compile(r"\d")
# A factor set is only worth testing when its shortest string has this many characters (a
# digit counts as 1.5: rarer in a paragraph than most letter pairs).
MIN_FACTOR_SCORE = 1
_REPEATS = tuple(getattr(sre_constants, name) for name in
                 ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre_constants, name))

Factors = frozenset[str] | None


def required_factors(pattern: str) -> Factors:
    """Strings one of which every match of `pattern` contains, or None if unknown."""
    try:
        factors = _sequence(sre_parse.parse(pattern).data)
    except Exception:  # noqa: BLE001 - an unreadable tree means: always scan
        return None
    if factors is None or _score(factors) < MIN_FACTOR_SCORE:
        return None
    return frozenset(factors)


def present_factors(block: str, factors: frozenset[str]) -> frozenset[str]:
    """Those of `factors` (the union of every rule's) that occur in `block`: one pass of
    substring tests per block, then each rule is a set intersection."""
    found = {f for f in factors if f != DIGIT and f in block}
    if DIGIT in factors and _DIGIT_RE.search(block) is not None:
        found.add(DIGIT)
    return frozenset(found)


def may_match(factors: Factors, present: frozenset[str]) -> bool:
    """Whether a rule with `factors` can match a block holding the `present` factors
    (True when the rule's factors are unknown)."""
    return factors is None or not factors.isdisjoint(present)


def _score(factors: set[str] | frozenset[str]) -> float:
    if DIGIT in factors:
        return 1.5 if len(factors) == 1 else 0
    return min(len(f) for f in factors)


def _sequence(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """The most selective factor set among a sequence's mandatory parts (runs of literal
    characters count as one string)."""
    candidates: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is sre_constants.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append({run})
            run = ""
        factors = _item(op, av)
        if factors is not None:
            candidates.append(factors)
    if run:
        candidates.append({run})
    return max(candidates, key=_score, default=None)


def _item(op: Any, av: Any) -> set[str] | None:
    if op is sre_constants.SUBPATTERN:
        return _sequence(av[-1].data)
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            factors = _sequence(alternative.data)
            if factors is None:
                return None  # one alternative needs nothing: the branch needs nothing
            union |= factors
        return union
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub.data) if low >= 1 else None
    if op is sre_constants.IN:
        return _charset(av)
    return None  # assertions, any character, back references: nothing required


def _charset(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre_constants.LITERAL:
            chars.add(chr(av))
        elif op is sre_constants.CATEGORY and av is sre_constants.CATEGORY_DIGIT:
            chars.add(DIGIT)
        else:
            return None
    if DIGIT in chars:
        return {DIGIT} if chars == {DIGIT} else None
    return chars

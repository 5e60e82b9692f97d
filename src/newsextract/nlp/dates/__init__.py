"""The dates layer: temporal expressions (TIMEX3) with type, value, bounds and anchor.

``component`` holds the spaCy factory ``newsextract_dates`` (importing this package
registers it); the other modules answer one question each: ``rules`` (where are the
expressions?), ``tense`` and ``direction`` (which way do they point?), ``timeline`` (what is
the story's current day?), ``calendar_math``, ``quantities`` and the ``*_values`` modules
(what value do they denote?). See docs/dates.md.
"""

from newsextract.nlp.dates.component import DatesComponent, make_dates

__all__ = ["DatesComponent", "make_dates"]

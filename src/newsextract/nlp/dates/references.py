"""TimeML reference values: PRESENT_REF ("désormais"), PAST_REF ("autrefois"),
FUTURE_REF ("à l'avenir")."""

from __future__ import annotations

from newsextract.nlp.dates.rules import RuleMatch
from newsextract.nlp.dates.timeline import Context, Timex


def norm_present_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "TIME", "PRESENT_REF")]


def norm_past_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "TIME", "PAST_REF")]


def norm_future_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "TIME", "FUTURE_REF")]

"""TimeML reference values: PRESENT_REF ("désormais"), PAST_REF ("autrefois"),
FUTURE_REF ("à l'avenir")."""

from __future__ import annotations

from newsextract.nlp.dates.direction import sentence_initial, text_before
from newsextract.nlp.dates.rules import RuleMatch, lexicon
from newsextract.nlp.dates.timeline import Context, Timex


def norm_present_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "TIME", "PRESENT_REF")]


def norm_past_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "TIME", "PAST_REF")]


def norm_future_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "TIME", "FUTURE_REF")]


def norm_adverbial_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'À l'avenir, ...' (opening a sentence or after a comma) is FUTURE_REF; 'penser à
    l'avenir' names the future, undated."""
    if not (sentence_initial(ctx, m.start) or text_before(ctx, m.start).rstrip().endswith(",")):
        return []  # "À l'avenir, ...", "Il faudra, à l'avenir, ..."
    return [Timex(m.start, m.end, "TIME", lexicon().mapping("adverbial_refs")[m.groups["ref"]])]


def norm_until_now(m: RuleMatch, ctx: Context) -> list[Timex]:
    """"jusqu'ici", "jusqu'à présent" (PRESENT_REF), "jusqu'alors" (PAST_REF): one span with
    its "jusqu'", since "ici" or "alors" alone is no date."""
    return [Timex(m.start, m.end, "TIME", lexicon().mapping("until_now")[m.groups["ref"]])]

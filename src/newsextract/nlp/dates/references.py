"""TimeML reference values: PRESENT_REF ("désormais"), PAST_REF ("autrefois"),
FUTURE_REF ("à l'avenir")."""

from __future__ import annotations

import re

from newsextract.nlp.dates.direction import sentence_initial, text_after, text_before
from newsextract.nlp.dates.rules import RuleMatch, fold_word, lexicon, macros
from newsextract.nlp.dates.timeline import Context, Timex
from newsextract.nlp.number_words import words_alternation


def norm_present_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    if intensifies_elapsed_time(m, ctx):
        return []
    return [Timex(m.start, m.end, "TIME", "PRESENT_REF")]


def intensifies_elapsed_time(m: RuleMatch, ctx: Context) -> bool:
    """'depuis maintenant trois mois', 'cela fait maintenant un an': the adverb stresses the
    time gone by (the amount is the DURATION or the date), it refers to no present."""
    cues = words_alternation({fold_word(w) for w in lexicon().words("elapsed_cues")})
    amount = rf"(?:{macros()['NUM']}|{macros()['VAGUE']})\s+(?:{macros()['UNIT']})\b"
    return re.search(rf"(?:^|\s)(?:{cues})\s+$", text_before(ctx, m.start)) is not None \
        and re.match(rf"\s+(?:(?:plus|pres|moins)\s+d(?:e\s+|'))?{amount}",
                     text_after(ctx, m.end)) is not None


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

"""Recurrences told without "chaque" / "tous les": the adverbial "au quotidien" (daily) and
the weekday with a definite article in a present-tense clause ("ils manifestent le samedi",
"le travail le dimanche": every Saturday, every Sunday).

Both words have another reading that the context tells apart: "au quotidien Le Monde" is a
newspaper (a name, a nationality or a kind of paper after it, or a reporting verb governing
it: "a-t-il confié au quotidien"); "le samedi" told in the past is one day of the story ("je
me suis rendue chez les gendarmes le samedi"), which the weekday normaliser dates.
"""

from __future__ import annotations

import re
from functools import cache

from newsextract.nlp.dates.calendar_math import FUTURE, PAST
from newsextract.nlp.dates.day_values import norm_weekday
from newsextract.nlp.dates.direction import text_after, text_before
from newsextract.nlp.dates.rules import RuleMatch, fold_word, lexicon
from newsextract.nlp.dates.timeline import Context, Timex
from newsextract.nlp.reporting_verbs import single_verb_lemmas
from newsextract.resources import read_lines

DEMONYMS_FILE = "entities_demonyms.txt"  # nationality adjectives ("le quotidien belge")
# characters read after "au quotidien" for the newspaper's name or kind
NAME_WINDOW = 30
# an inverted subject pronoun ends the word before: "explique-t-elle", "confie-t-il"
INVERTED_SUBJECT = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on)$")
# words read before "au quotidien" for an interview noun ("dans un entretien accordé au")
INTERVIEW_WORDS = 3


def names_a_newspaper(m: RuleMatch, ctx: Context) -> bool:
    """'au quotidien Le Parisien', 'au quotidien économique', '«, confie-t-il au
    quotidien': the newspaper, not the adverbial 'daily'."""
    after = ctx.raw[m.end:m.end + NAME_WINDOW].lstrip(" \u00a0")
    if after[:1].isupper() or after[:1] in "«\"“" or after.startswith("'"):
        return True  # a name follows (the adverbial ends its clause or meets a lower-case word)
    words = text_after(ctx, m.end, NAME_WINDOW).split()
    if words and words[0].strip(",.;:") in newspaper_kinds():
        return True
    before = [w.strip(",.;:") for w in text_before(ctx, m.match_start).split()][-INTERVIEW_WORDS:]
    if any(w in lexicon().words("interview_nouns") for w in before):
        return True
    if before and INVERTED_SUBJECT.search(before[-1]):
        return True  # "confesse-t-il au quotidien": a speech verb with its subject after it
    return ctx.verb_lemma(m.start, m.end) in single_verb_lemmas()


@cache
def newspaper_kinds() -> frozenset[str]:
    """Words that say which paper after 'quotidien' (folded): nationalities ("le quotidien
    belge") and kinds ("économique", "régional")."""
    return frozenset(fold_word(w) for w in read_lines(DEMONYMS_FILE)) | frozenset(
        lexicon().words("newspaper_kinds"))


def norm_daily_adverbial(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'la discrimination qu'ils subissent au quotidien': every day (SET P1D)."""
    if names_a_newspaper(m, ctx):
        return []
    return [Timex(m.start, m.end, "SET", "P1D")]


def norm_habitual_weekday(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'manifester le samedi', 'ouvrir le dimanche': every such weekday (SET), unless the
    clause is in the past or the future, where 'le samedi' is mostly a day of the story
    ("avait eu lieu le vendredi", "trois matchs se joueront le dimanche")."""
    if ctx.tense(m.start, m.end) in (PAST, FUTURE):
        return norm_weekday(m, ctx)
    weekday = lexicon().mapping("weekdays")[m.groups["weekday"]]
    return [Timex(m.start, m.end, "SET", f"XXXX-WXX-{weekday}")]

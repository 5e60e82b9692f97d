"""Recurrences told without "chaque" / "tous les": the adverbial "au quotidien" (daily) and
the weekday with a definite article in a present-tense clause ("ils manifestent le samedi",
"le travail le dimanche": every Saturday, every Sunday).

Both words have another reading that the context tells apart: "au quotidien Le Monde" is a
newspaper (a name, a nationality or a kind of paper after it, or a reporting verb governing
it in the past or next to what it reports: "a-t-il confié au quotidien", "», raconte-t-elle
au quotidien"); "le samedi" told in the past is one day of the story ("je me suis rendue
chez les gendarmes le samedi"), which the weekday normaliser dates, as is a scheduled one
("prévue le samedi") or one a relative clause picks out ("le samedi où ..."); a one-word
imperfect in an undated paragraph is a past habit ("il travaillait le dimanche").
"""

from __future__ import annotations

import re
from functools import cache

from newsextract.nlp.dates.calendar_math import FUTURE, PAST
from newsextract.nlp.dates.day_values import norm_weekday
from newsextract.nlp.dates.direction import text_after, text_before
from newsextract.nlp.dates.rules import RuleMatch, fold_word, lexicon
from newsextract.nlp.dates.tense import SCHEDULING_VERBS_FILE
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
# a relative clause that picks one weekday out ("le samedi où la police a chargé", "le
# dimanche qui a suivi"); read on the original text, where "où" is not "ou"
RELATIVE_AFTER = re.compile(r"[ \u00a0]+(?:où|qui|que|qu['’])(?![\w-])", re.IGNORECASE)
QUOTE_MARKS = "«\"“'"
CLOSING_QUOTES = ("»", "\"", "”")
# characters read either side of "au quotidien" for the quotation or clause a reporting
# verb governs
REPORT_WINDOW = 60
REPORTED_AFTER = re.compile(r"(?:que\b|qu'|qu’|:|«|\")")


def names_a_newspaper(m: RuleMatch, ctx: Context) -> bool:
    """'au quotidien Le Parisien', 'au quotidien économique', '«, confie-t-il au
    quotidien': the newspaper, not the adverbial 'daily'."""
    after = ctx.raw[m.end:m.end + NAME_WINDOW].lstrip(" \u00a0")
    if after[:1].isupper() or _quotes_a_name(after):
        return True  # a name follows (the adverbial ends its clause or meets a lower-case word)
    words = [w.strip(",.;:") for w in text_after(ctx, m.end, NAME_WINDOW).split()]
    if words and (words[0] in newspaper_kinds() or " ".join(words[:2]) in newspaper_kinds()):
        return True
    before = [w.strip(",.;:") for w in text_before(ctx, m.match_start).split()][-INTERVIEW_WORDS:]
    if any(w in lexicon().words("interview_nouns") for w in before):
        return True
    if ctx.verb_lemma(m.start, m.end) not in single_verb_lemmas():
        return False  # "comment vivent-ils au quotidien", "les policiers assurent au quotidien"
    if before and INVERTED_SUBJECT.search(before[-1]):
        return True  # "confesse-t-il au quotidien": a speech verb with its subject after it
    # a reporting verb is told to the paper in the past ("a confié au quotidien") or next
    # to what it reports ("», confie une mère au quotidien", "explique au quotidien que");
    # in the present with an object it is the everyday one ("assurent au quotidien la
    # sécurité", "dénoncent au quotidien les abus")
    return ctx.tense(m.start, m.end) == PAST or _next_to_report(m, ctx)


def _quotes_a_name(after: str) -> bool:
    """'au quotidien « Libération »', 'au quotidien "Le Soir"': a quoted capitalised name
    (not "vivent au quotidien « un enfer »", a quoted object)."""
    if after[:1] not in QUOTE_MARKS:
        return False
    return after[1:].lstrip(" \u00a0")[:1].isupper()


def _next_to_report(m: RuleMatch, ctx: Context) -> bool:
    """A quotation closes in the clause before ("», raconte une mère au quotidien") or a
    que-clause / quotation / colon follows ("explique au quotidien que", "confie au
    quotidien : « ... »")."""
    before = text_before(ctx, m.match_start, REPORT_WINDOW)
    after = text_after(ctx, m.end, REPORT_WINDOW).lstrip(" \u00a0,")
    clause = re.split(r"[.!?]", before)[-1]
    return any(q in clause for q in CLOSING_QUOTES) or REPORTED_AFTER.match(after) is not None


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
    """'manifester le samedi', 'ouvrir le dimanche', 'il travaillait le dimanche': every
    such weekday (SET), unless the clause is in the past or the future, where 'le samedi' is
    mostly a day of the story ("avait eu lieu le vendredi", "trois matchs se joueront le
    dimanche", "la manifestation est prévue le samedi"), or a relative clause says which
    one ("le samedi où tout a basculé")."""
    if RELATIVE_AFTER.match(ctx.raw, m.end) or not _habitual_tense(m, ctx):
        return norm_weekday(m, ctx)
    weekday = lexicon().mapping("weekdays")[m.groups["weekday"]]
    return [Timex(m.start, m.end, "SET", f"XXXX-WXX-{weekday}")]


def _habitual_tense(m: RuleMatch, ctx: Context) -> bool:
    """A present, or a one-word imperfect (the past's habits); not a scheduled event."""
    if ctx.verb_lemma(m.start, m.end) in read_lines(SCHEDULING_VERBS_FILE):
        return False
    if ctx.tense(m.start, m.end) not in (PAST, FUTURE):
        return True
    return ctx.simple_imperfect(m.start, m.end) and not _paragraph_dated(m, ctx)


def _paragraph_dated(m: RuleMatch, ctx: Context) -> bool:
    """A day the paragraph dated before the weekday ("Lundi, ..."), or a past cue in it ("Le
    week-end dernier, Paris accueillait des rassemblements le samedi. Mais le dimanche, les
    blocages repartaient"): an imperfect there tells that one time, not a habit."""
    start = ctx.text.rfind("\n", 0, m.start) + 1
    cues = {fold_word(w) for w in (*lexicon().words("past_cues"),
                                   *lexicon().words("anchored_past_cues"))}
    return start <= ctx.ref_end <= m.start or any(
        w.strip(",;:.!?") in cues for w in ctx.text[start:m.start].split())

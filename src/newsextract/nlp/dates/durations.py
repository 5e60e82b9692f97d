"""Durations ("dix jours", "les dernières 72 heures") and sets ("chaque lundi", "par an");
ages ("Jean, 45 ans,") are rejected."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from newsextract.nlp.dates.calendar_math import PAST, shift
from newsextract.nlp.dates.clock_readings import names_a_programme
from newsextract.nlp.dates.direction import after_since_cue, cue_direction, text_after, text_before
from newsextract.nlp.dates.quantities import count_of, duration_value, parse_number, unit_info
from newsextract.nlp.dates.rules import RuleMatch, lexicon
from newsextract.nlp.dates.timeline import NONE, PUBLICATION, Context, Timex, part_code

# characters before "N ans" searched for an age head ("une fillette de", "âgé de")
AGE_HEAD_WINDOW = 60
# characters after "N ans" searched for a duration tail ("de prison", "avec sursis")
AGE_TAIL_WINDOW = 30
# characters before "des <unit>", "un jour", "une heure" searched for the preposition that
# makes it a duration
VAGUE_PREP_WINDOW = 20
# characters before "des <unit>" searched for the full verb whose object it is ("il
# faudra des décennies"): the verb right before, one word
VERB_OBJECT_WINDOW = 20


def is_age(m: RuleMatch, ctx: Context) -> bool:
    """'Jean, 87 ans,', 'âgé de 17 ans', 'un garçonnet de 7 ans' are ages, not durations."""
    lex = lexicon()
    if unit_info(m.groups["unit"])[0] != "Y" or m.groups.get("half"):
        return False
    # "les 6-16 ans": look before the range
    # "les 6-16 ans": look before the range; "à presque 40 ans": before the modifier
    before = text_before(ctx, m.match_start, AGE_HEAD_WINDOW)
    before = re.sub(r"\d+\s*-\s*$", "", before).rstrip()
    after = text_after(ctx, m.match_end, AGE_TAIL_WINDOW).lstrip()
    if any(after.startswith(t) for t in lex.words("duration_tails")):
        return False
    if before.endswith((",", "(")) and (after[:1] in (",", ")", ".", ";") or any(
            after.startswith(t) for t in lex.words("age_tails"))):
        return True  # "Marc, 45 ans,", "Marc, 17 ans à l'époque,"
    words = before.split()
    if any(before.endswith(" " + h) or before == h for h in lex.words("age_heads")):
        return True
    if words and words[-1] == "de" and len(words) >= 2:
        # "un garçonnet de 7 ans" is an age; "une peine de 3 ans", "plus de 20 ans" are not
        return words[-2] not in lex.words("duration_heads") + lex.words("comparative_heads")
    return False


def past_interval(pub: date, value: str) -> tuple[str | None, str | None]:
    """[publication day end - duration, publication day end) for a simple PnU value."""
    mm = re.fullmatch(r"P(T?)(\d+)([YMWDHS])", value)
    if not mm:
        return None, None
    clock, n, letter = mm.group(1) == "T", int(mm.group(2)), mm.group(3)
    end = datetime(pub.year, pub.month, pub.day) + timedelta(days=1)
    if clock:
        seconds = {"H": 3600, "M": 60, "S": 1}[letter] * n
        return (end - timedelta(seconds=seconds)).isoformat(), end.isoformat()
    start = shift(end.date(), -n, letter, False)
    return datetime(start.year, start.month, start.day).isoformat(), end.isoformat()


def norm_duration(m: RuleMatch, ctx: Context) -> list[Timex]:
    n, vague = count_of(m)
    if not vague and n is None:
        return []
    if m.groups.get("num") == "des" and not any(
            text_before(ctx, m.match_start, VAGUE_PREP_WINDOW).rstrip().endswith(p)
            for p in lexicon().words("vague_des_preps")) and not verb_object(m, ctx) \
            and not presented_length(m, ctx):
        return []  # "des heures scolaires": only "depuis des années" is a duration
    # "environ une heure", "plus d'un jour": a modifier before the number
    modified = m.groups.get("num") is not None and m.match_start < m.group_start("num")
    if m.groups.get("num") in ("un", "une") and m.groups["unit"] in ("jour", "heure") \
            and not m.groups.get("half") and not modified and not any(
                text_before(ctx, m.match_start, VAGUE_PREP_WINDOW).rstrip().endswith(p)
                for p in lexicon().words("single_unit_preps")):
        return []  # "un jour, ..." (one day) and "à une heure" are rarely durations
    if n is not None and m.rule.name != "dur_half" and is_age(m, ctx):
        return []
    if unit_info(m.groups["unit"])[0] == "H" and names_a_programme(ctx, m.match_start, m.match_end):
        return []  # "lors du 20 heures de la chaîne": a news programme
    if m.rule.name == "dur_half":
        n = 0.5
    value = duration_value(n, m.groups["unit"], bool(m.groups.get("half")))
    if value is None:
        return []
    t = Timex(m.start, m.end, "DURATION", value)
    if ctx.pub is not None and after_since_cue(ctx, m.match_start):
        t.begin, t.finish = past_interval(ctx.pub, value)
        t.anchor = PUBLICATION if t.begin else NONE
    return [t]


_LAST_WORD = re.compile(r"(\w+)\s+$")
# the word right after a duration, past spaces only ("des heures supplémentaires")
_WORD_AFTER = re.compile(r"\s+(\w+)")


_THAT_AFTER = re.compile(r"\s+qu(?:e\b|')")


def presented_length(m: RuleMatch, ctx: Context) -> bool:
    """"voilà des mois que ...", "il y a des années que ...": a presentative before the
    amount and "que" after it say how long something has lasted (without "que", "il y a des
    jours où ..." counts no time)."""
    # the span's start: the ago rule's match begins with the presentative itself
    before = text_before(ctx, m.start, VAGUE_PREP_WINDOW).rstrip()
    return _THAT_AFTER.match(ctx.text, m.end) is not None and any(
        before.endswith(cue) for cue in lexicon().words("ago_cues"))


def verb_object(m: RuleMatch, ctx: Context) -> bool:
    """"il faudra des décennies", "ils attendent des heures": "des" + unit right after a
    full verb is the time it takes; not after "être" ("ce sont des années fastes") nor
    before an adjective ("des heures supplémentaires")."""
    before = _LAST_WORD.search(ctx.text, max(0, m.match_start - VERB_OBJECT_WINDOW), m.match_start)
    after = _WORD_AFTER.match(ctx.text, m.end)
    return before is not None and ctx.pos(*before.span(1)) == "VERB" and not (
        after is not None and ctx.pos(*after.span(1)) == "ADJ")


def norm_coord_durations(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'de 6 à 18 mois' -> '6' (P6M) and '18 mois' (P18M)."""
    n1 = parse_number(m.groups["num1"])
    second = norm_duration(m, ctx)
    if n1 is None or not second:
        return []
    value = duration_value(n1, m.groups["unit"])
    if value is None:
        return []
    first = Timex(m.group_start("num1"), m.group_end("num1"), "DURATION", value)
    second[0].start = m.group_start("second")
    return [first, second[0]]


def norm_last_n(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'les dernières 72 heures', 'ces derniers jours', 'les trois prochains mois'."""
    num = m.groups.get("num") or m.groups.get("num1")
    n = parse_number(num) if num else None
    if num and n is None:
        return []
    value = duration_value(n, m.groups["unit"])
    if value is None:
        return []
    t = Timex(m.start, m.end, "DURATION", value)
    if ctx.pub is not None and n is not None:
        if cue_direction(m.groups["cue"]) == PAST:
            t.begin, t.finish = past_interval(ctx.pub, value)
        else:  # "les trois prochains jours": from the publication day on
            back_start, back_end = past_interval(ctx.pub, value)
            if back_start and back_end:
                start = datetime(ctx.pub.year, ctx.pub.month, ctx.pub.day)
                length = datetime.fromisoformat(back_end) - datetime.fromisoformat(back_start)
                t.begin, t.finish = start.isoformat(), (start + length).isoformat()
        t.anchor = PUBLICATION if t.begin else NONE
    return [t]


def norm_ordinal_unit(m: RuleMatch, ctx: Context) -> list[Timex]:
    letter = {"journee": "D", "annee": "Y", "semaine": "W"}[m.groups["unit"]]
    return [Timex(m.start, m.end, "DURATION", f"P1{letter}")]


def norm_set_weekday(m: RuleMatch, ctx: Context) -> list[Timex]:
    weekday = lexicon().mapping("weekdays")[m.groups["weekday"]]
    code = part_code(m.groups.get("part"))
    return [Timex(m.start, m.end, "SET", f"XXXX-WXX-{weekday}" + (f"T{code}" if code else ""))]


def norm_set_unit(m: RuleMatch, ctx: Context) -> list[Timex]:
    num = m.groups.get("num")
    n = parse_number(num) if num and m.rule.name != "per_unit" else 1
    if n is None:
        return []
    value = duration_value(n, m.groups["unit"])
    return [Timex(m.start, m.end, "SET", value)] if value else []


def norm_set_part(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "SET", f"XXXX-XX-XXT{part_code(m.groups['part'])}")]


def norm_round_clock(m: RuleMatch, ctx: Context) -> list[Timex]:
    value = lexicon().mapping("round_the_clock").get(m.groups["unit"])
    return [Timex(m.start, m.end, "SET", value)] if value else []


def norm_every_other(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'un jour sur deux' -> P2D, 'un week-end sur trois' -> P3W: once every N units."""
    n = parse_number(m.groups["num"])
    unit = "semaine" if m.groups["unit"] == "week-end" else m.groups["unit"]
    value = duration_value(n, unit) if n and n == int(n) and n > 1 else None
    return [Timex(m.start, m.end, "SET", value)] if value else []


def norm_set_adjective(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'un festival annuel' (P1Y), 'des contrôles quotidiens' (P1D); 'le quotidien' the
    newspaper is a noun, not a recurrence."""
    noun = text_before(ctx, m.start).split()[-1:]
    if ctx.pos(m.start, m.end) != "ADJ" or noun and noun[0] in lexicon().words(
            "set_adjective_blockers"):
        return []
    return [Timex(m.start, m.end, "SET", lexicon().mapping("set_adjectives")[m.groups["word"]])]


def norm_period_noun(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'un quart de siècle' (P25Y), 'le quinquennat' (P5Y)."""
    return [Timex(m.start, m.end, "DURATION", lexicon().mapping("period_nouns")[m.groups["noun"]])]


def norm_long_time(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'trop longtemps', 'depuis longtemps': an unspecified amount of time."""
    return [Timex(m.start, m.end, "DURATION", "PXX")]

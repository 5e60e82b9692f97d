"""From a rule match to its TIMEX3 records: the normaliser named in ``data/dates_rules.tsv``.

Each normaliser is a function ``(match, context) -> list[Timex]`` registered in
``NORMALISERS``; it returns [] to reject a match (an age, an impossible date).
"""

from __future__ import annotations

from collections.abc import Callable

from newsextract.nlp.dates.action_days import norm_action_day
from newsextract.nlp.dates.calendar_values import (
    norm_coord_days,
    norm_coord_months,
    norm_day_month,
    norm_decade,
    norm_month,
    norm_numeric_date,
    norm_season,
    norm_year,
)
from newsextract.nlp.dates.day_values import (
    norm_anchored_day,
    norm_clock,
    norm_event_day,
    norm_event_era,
    norm_in_the_part,
    norm_last_night,
    norm_night_between,
    norm_noon,
    norm_part_adverbial,
    norm_part_phrase,
    norm_publication_day,
    norm_relative_day,
    norm_same_day,
    norm_story_era,
    norm_story_time,
    norm_this_day,
    norm_this_part,
    norm_weekday,
)
from newsextract.nlp.dates.durations import (
    norm_coord_durations,
    norm_duration,
    norm_every_other,
    norm_last_n,
    norm_long_time,
    norm_ordinal_unit,
    norm_period_noun,
    norm_round_clock,
    norm_set_adjective,
    norm_set_part,
    norm_set_unit,
    norm_set_weekday,
)
from newsextract.nlp.dates.habitual import norm_daily_adverbial, norm_habitual_weekday
from newsextract.nlp.dates.named_periods import (
    norm_century,
    norm_feast,
    norm_feast_part,
    norm_nth_weekday,
    norm_ordinal_quarter,
)
from newsextract.nlp.dates.period_values import (
    norm_ago,
    norm_in_n,
    norm_relative_unit,
    norm_shift,
)
from newsextract.nlp.dates.references import (
    norm_adverbial_ref,
    norm_future_ref,
    norm_past_ref,
    norm_present_ref,
    norm_until_now,
)
from newsextract.nlp.dates.rules import RuleMatch
from newsextract.nlp.dates.timeline import Context, Timex

NORMALISERS: dict[str, Callable[[RuleMatch, Context], list[Timex]]] = {
    "day_month": norm_day_month, "coord_days": norm_coord_days, "month": norm_month,
    "coord_months": norm_coord_months, "year": norm_year, "decade": norm_decade,
    "season": norm_season, "relative_day": norm_relative_day, "this_part": norm_this_part,
    "night_between": norm_night_between, "weekday": norm_weekday, "same_day": norm_same_day,
    "anchored_day": norm_anchored_day, "in_the_part": norm_in_the_part,
    "publication_day": norm_publication_day, "clock": norm_clock, "noon": norm_noon,
    "relative_unit": norm_relative_unit, "ago": norm_ago, "in_n": norm_in_n,
    "duration": norm_duration, "coord_durations": norm_coord_durations,
    "last_n": norm_last_n, "ordinal_unit": norm_ordinal_unit,
    "set_weekday": norm_set_weekday, "set_unit": norm_set_unit, "set_part": norm_set_part,
    "round_clock": norm_round_clock, "present_ref": norm_present_ref,
    "past_ref": norm_past_ref, "future_ref": norm_future_ref,
    "numeric_date": norm_numeric_date, "feast": norm_feast, "century": norm_century,
    "feast_part": norm_feast_part,
    "ordinal_quarter": norm_ordinal_quarter, "story_time": norm_story_time,
    "story_era": norm_story_era, "last_night": norm_last_night,
    "set_adjective": norm_set_adjective, "period_noun": norm_period_noun,
    "adverbial_ref": norm_adverbial_ref, "event_day": norm_event_day,
    "event_era": norm_event_era, "shift": norm_shift, "this_day": norm_this_day,
    "every_other": norm_every_other, "part_adverbial": norm_part_adverbial,
    "part_phrase": norm_part_phrase,
    "until_now": norm_until_now,
    "long_time": norm_long_time, "nth_weekday": norm_nth_weekday,
    "action_day": norm_action_day,
    "daily_adverbial": norm_daily_adverbial, "habitual_weekday": norm_habitual_weekday,
}


def normalise(m: RuleMatch, ctx: Context) -> list[Timex]:
    """The timexes of one rule match (several for coordinations, none when rejected).

    An expression that leads out of the calendar ("il y a 99999999999 jours", "demain" on
    9999-12-31) is rejected rather than given a wrong value."""
    try:
        return NORMALISERS[m.rule.norm](m, ctx)
    except (OverflowError, ValueError):
        return []

"""Where and when: the nearest place entity and the nearest point in time of the figure's
sentence, read from the entities and dates layers."""

from __future__ import annotations

from spacy.tokens import Span

from newsextract.nlp.entities.output import entity_canonical


def nearest_location(locations: list[Span], s_start: int, s_end: int, f_start: int) -> str | None:
    inside = [s for s in locations if s_start <= s.start_char and s.end_char <= s_end]
    if not inside:
        return None
    return entity_canonical(min(inside, key=lambda s: abs(s.start_char - f_start)))


def nearest_date(dates: list[Span], s_start: int, s_end: int, f_start: int) -> str | None:
    inside = [s for s in dates if s_start <= s.start_char and s.end_char <= s_end
              and s._.timex and s._.timex.get("value")]
    if not inside:
        return None
    # a point in time only: a duration ("en dix jours") or a set is not when it happened
    typed = [s for s in inside if s._.timex.get("type") == "DATE"] or \
        [s for s in inside if s._.timex.get("type") == "TIME"]
    if not typed:
        return None
    best = min(typed, key=lambda s: abs(s.start_char - f_start))
    return best._.timex["value"]

"""Which way an expression points: an explicit cue ("dernier", "prochain"), a "depuis"
before it, else the tense of its governing verb (see ``tense``)."""

from __future__ import annotations

import re

from newsextract.nlp.dates.calendar_math import FUTURE, PAST
from newsextract.nlp.dates.rules import RuleMatch, fold_word, lexicon, macros
from newsextract.nlp.dates.timeline import Context
from newsextract.nlp.grammar_words import PREPOSITION_DE, grammar_words
from newsextract.nlp.number_words import words_alternation

# characters read before / after an expression when looking for a cue or a tail
CONTEXT_CHARS = 40
# characters before an expression searched for "depuis" / "dès": the word just before it
SINCE_WINDOW = 20
# characters before a word searched for the end of the previous sentence (spaces, a quote)
SENTENCE_START_WINDOW = 5


def text_before(ctx: Context, pos: int, n: int = CONTEXT_CHARS) -> str:
    return ctx.text[max(0, pos - n):pos]


def text_after(ctx: Context, pos: int, n: int = CONTEXT_CHARS) -> str:
    return ctx.text[pos:pos + n]


def cue_direction(cue: str | None) -> str | None:
    if not cue:
        return None
    lex = lexicon()
    if cue in lex.words("past_cues") or cue in lex.words("anchored_past_cues"):
        return PAST
    if cue in lex.words("future_cues") or cue in lex.words("anchored_future_cues"):
        return FUTURE
    return None


def after_since_cue(ctx: Context, start: int) -> bool:
    words = text_before(ctx, start, SINCE_WINDOW).split()
    return bool(words) and words[-1] in lexicon().words("since_cues")


# characters before a weekday searched for a compared figure ("contre 290.000 samedi")
COMPARISON_WINDOW = 40


def after_comparison(ctx: Context, start: int) -> bool:
    """'27 000 manifestants lundi, contre 290.000 samedi': the figure compared with is an
    earlier count, so its day is a past one."""
    cues = "|".join(re.escape(w) for w in lexicon().words("comparison_cues"))
    return re.search(rf"\b(?:{cues})\s+(?:\w+\s+)?\d[\d.,\s]*(?:\w+\s+)?$",
                     text_before(ctx, start, COMPARISON_WINDOW)) is not None


# characters before an expression searched for a countdown ("à deux jours d'un nouveau
# samedi de mobilisation": the noun phrase between may run to a few words)
COUNTDOWN_WINDOW = 60
# words of that noun phrase before the expression ("de la mobilisation attendue samedi")
COUNTDOWN_WORDS = 4


def countdown_before(ctx: Context, start: int) -> re.Match | None:
    """'à deux jours du vote', 'à trois semaines d'un nouveau samedi': the day counted to is
    ahead of the story's time; the match holds the count ("num") and its unit ("unit")."""
    count = f"(?P<num>{macros()['NUM']}|{macros()['VAGUE']})"
    units = words_alternation(lexicon().words("countdown_units"))
    de = words_alternation({fold_word(w) for w in grammar_words(PREPOSITION_DE)})
    return re.search(rf"\ba\s+{count}\s+(?P<unit>{units})\s+(?:{de})"
                     rf"(?:\s*[^\s.!?]+){{0,{COUNTDOWN_WORDS}}}\s+$",
                     text_before(ctx, start, COUNTDOWN_WINDOW))


def direction_of(m: RuleMatch, ctx: Context, *cue_groups: str) -> str | None:
    """From an explicit cue ('dernier'), a 'depuis' before, else the governing verb."""
    for name in cue_groups:
        if d := cue_direction(m.groups.get(name)):
            return d
    if after_since_cue(ctx, m.match_start):
        return PAST
    return ctx.tense(m.start, m.end)


def sentence_initial(ctx: Context, pos: int) -> bool:
    before = text_before(ctx, pos, SENTENCE_START_WINDOW).rstrip(" \t«\"")
    return not before or before[-1] in ".!?\n:»"

"""Who gives a figure: the speaker of the quote holding it, else the attribution of its
sentence ("selon X", "a indiqué X", "X a dénombré"); "ce dernier" stands for the previous
sentence's source. Every attribution keeps the character offsets of its noun phrase
(`Attribution.np_start`, `np_end`), so that a pronoun or a description can later be
resolved to a named participant of the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from newsextract.nlp.casualties.lexicon import WS, Lexicon
from newsextract.nlp.number_words import words_alternation
from newsextract.resources import read_json

TRUSTED_LABELS = ("PER", "ORG", "LOC")  # quote speakers taken as sources for indirect quotes
# A subject longer than this is a clause, not a source ("Dans un communiqué publié …").
MAX_SUBJECT_WORDS = 9
# A source noun phrase longer than this is a clause the pattern ran into, not a name.
MAX_SOURCE_WORDS = 12
# Characters of a relative clause inserted between a subject and its verb
# ("Une source, qui a requis l'anonymat, a évoqué …"): one short clause.
MAX_INSERTED_CLAUSE = 80
# Characters of a subject noun phrase before its reporting verb.
MAX_SUBJECT_CHARS = 90
# Words a source after "de sources …" may carry ("de sources sécuritaires concordantes").
MAX_SOURCE_NOUN_WORDS = 3


@dataclass(frozen=True)
class Attribution:
    """An attribution in a sentence: [start, end) is the stretch it covers for the distance
    to a figure; [np_start, np_end) the source noun phrase as written."""

    start: int
    end: int
    source: str
    anaphoric: bool = False
    np_start: int = -1
    np_end: int = -1


class SourceFinder:
    """Attributions of a sentence: "selon X", "a indiqué X", "X a dénombré"."""

    def __init__(self, lex: Lexicon) -> None:
        data = read_json("casualties_sources.json")
        verbs = "|".join(data["report_verbs"])
        aux = "|".join(data["auxiliaries"])
        selon = words_alternation(data["selon"]).replace(r"sources\?", "sources?")
        stop = (r"(?=[,;:()«»\"“”]|(?<!\b[A-Z])\.(?:\s|$)"
                r"|\s(?:qui|que|qu['’]|et|mais|lors|dans|pour|sur)\b|$)")
        self.selon = re.compile(rf"\b(?:{selon}){WS}+(?P<np>[^,;:()«»“”]+?){stop}", re.IGNORECASE)
        # a time word between the verb and its subject (", a indiqué jeudi le ministère")
        when = (r"(?:ce|cet|cette|hier|aujourd['’]hui"
                r"|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche)")
        self.inverted = re.compile(
            rf"[,»\"”]{WS}*(?:(?:{aux}){WS}*(?:-t-)?{WS}*)?(?:{verbs})(?:-t-\w+|-\w+)?{WS}+"
            rf"(?:(?:à|au|aux){WS}+(?:l['’]|la{WS}+|le{WS}+|les{WS}+)?\S+{WS}+)?"
            rf"(?:{when}\b[\w\s]*?{WS}+(?=(?:le|la|les|l['’]|un|une)\b))?"
            rf"(?P<np>[^,;:()«»\"“”.]+?)(?P<appos>,{WS}*[A-ZÉ][\w\-]+{WS}+[A-ZÉ][\w\-]+)?{stop}",
            re.IGNORECASE)
        # the subject may carry an inserted word or a relative clause between commas
        inserted = (rf"{WS}*,{WS}*(?:\w+|(?:qui|dont)\b[^,;:«»\"“”]{{1,{MAX_INSERTED_CLAUSE}}})"
                    rf"{WS}*,")
        self.subject = re.compile(
            rf"(?:^|[,;]{WS}*)(?P<np>[^,;:«»\"“”]{{2,{MAX_SUBJECT_CHARS}}}?)(?:{inserted})?{WS}+"
            rf"(?:(?:{aux}){WS}+)?(?:\w+ment{WS}+)?(?:{verbs})\b")
        self.not_sources = [s.lower() for s in data["not_sources"]]
        self.subject_starts = {w.lower() for w in data["subject_determiners"]}
        self.function_words = lex.function_words
        source_nouns = "|".join(data["source_nouns"])
        self.source_nouns = re.compile(
            rf"\b(?:de|selon){WS}+(?P<np>(?:{source_nouns})(?:{WS}+[\w\-]+)"
            rf"{{0,{MAX_SOURCE_NOUN_WORDS}}}?){stop}",
            re.IGNORECASE)
        self.anaphors = {a.lower() for a in data["anaphors"]}
        articles = words_alternation(data["articles"])
        self.articles = re.compile(rf"^(?:{articles})(?:{WS}+|(?<=['’]))", re.IGNORECASE)
        self.name_at_end = re.compile(r"(?:^|\s)((?:[A-ZÉ][\w\-]+\s+)+[A-ZÉ][\w\-]+)$")

    def attributions(self, text: str, start: int, end: int) -> list[Attribution]:
        out: list[Attribution] = []
        for pattern, kind in ((self.selon, "selon"), (self.source_nouns, "selon"),
                              (self.inverted, "inverted"), (self.subject, "subject")):
            for m in pattern.finditer(text[start:end]):
                source = self._clean(m.group("np"))
                np_start, np_end = m.span("np")
                appos = m.groupdict().get("appos")
                if appos:
                    source = appos.strip(", ").strip()
                    np_start, np_end = m.span("appos")
                if source is None:
                    continue
                anaphoric = source.lower() in self.anaphors
                if kind == "subject" and not anaphoric and \
                        not self._looks_like_source(m.group("np").strip()):
                    continue
                # "X a dénombré 409 blessés": the figure comes after the subject
                a_start = m.start("np") if kind != "subject" else m.end()
                out.append(Attribution(start + a_start, start + m.end(), source, anaphoric,
                                       start + np_start, start + np_end))
        return out

    def _looks_like_source(self, np: str) -> bool:
        """A subject counts as a source when it starts with a determiner or a name (not a
        preposition: "Dans un communiqué, …") and is short."""
        first = np.split()[0].lower() if np.split() else ""
        return np[:1].isupper() and len(np.split()) <= MAX_SUBJECT_WORDS and (
            first in self.subject_starts or first not in self.function_words)

    def _clean(self, np: str) -> str | None:
        np = np.strip().strip(",").strip()
        low = np.lower()
        if not np or any(low == s or low.startswith(s + " ") for s in self.not_sources):
            return None
        if low in self.anaphors:
            return np
        if len(np.split()) > MAX_SOURCE_WORDS:
            return None
        name = self.name_at_end.search(np)
        if name and name.start(1) > 0 and np[:name.start(1)].strip() and \
                np[:name.start(1)].strip().split()[-1][:1].islower():
            return name.group(1)
        stripped = self.articles.sub("", np, count=1)
        # keep a capitalised article that belongs to a name ("Le Parisien")
        if stripped != np and np[:1].isupper() and stripped[:1].isupper():
            return np
        return stripped or None


def quote_speaker(text: str, quotes: list[Span], f_start: int, f_end: int, anaphors: set[str],
                  previous_source: str | None) -> str | None:
    """The speaker of the quote holding the figure. Unnamed speakers of indirect quotes are
    only trusted as names or organisations, and a speaker given by an anaphor ("Ce dernier
    a confirmé que …") is the previous sentence's source when there is one."""
    for q in quotes:
        attrs = q._.quote or {}
        speaker = attrs.get("speaker")
        if not speaker or not (q.start_char <= f_start and f_end <= q.end_char):
            continue
        if attrs.get("kind") == "indirect" and attrs.get("speaker_label") not in TRUSTED_LABELS:
            continue
        s, e = attrs.get("speaker_start_char"), attrs.get("speaker_end_char")
        mention = text[s:e].strip().lower() if s is not None and e is not None else ""
        if mention in anaphors and previous_source:
            return previous_source
        return speaker
    return None


def nearest_source(attributions: list[Attribution], f_start: int, f_end: int,
                   previous_source: str | None) -> str | None:
    """The same-sentence attribution nearest to the figure."""
    def distance(a: Attribution) -> int:
        return a.start - f_end if a.start >= f_end else f_start - a.end if a.end <= f_start else 0
    # an attribution whose noun phrase holds the figure is its object, not its source
    # (", a évoqué trois blessés légers")
    candidates = [a for a in attributions if not (a.start < f_end and f_start < a.end)]
    if not candidates:
        return None
    best = min(candidates, key=distance)
    if best.anaphoric:
        return previous_source
    return best.source


def carried_source(attributions: list[Attribution], previous_source: str | None) -> str | None:
    """The source an anaphor of the next sentence stands for: the last named attribution
    of this sentence, else the previous one when this sentence's are all anaphors."""
    resolved = [a for a in attributions if not a.anaphoric]
    if resolved:
        return resolved[-1].source
    return previous_source if attributions else None

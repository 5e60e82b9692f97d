"""What is the source, as a bare noun phrase? The words an attribution pattern captured,
cleaned: cut before a time or place complement ("la préfecture depuis Lyon lundi soir" ->
préfecture), without its article (but "Le Parisien" keeps its own), a title reduced to the
name it introduces ("la préfète du Gard Anne Martin" -> Anne Martin), a count
given by someone reduced to that someone ("un bilan de la préfecture" -> préfecture, "un
décompte établi par l'ONU" -> ONU), a demonstrative count ("ce nouveau bilan") marked as an
anaphor of the previous source, and never a URL."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsextract.nlp.casualties.lexicon import CAPITAL, WS
from newsextract.nlp.number_words import words_alternation

# A source noun phrase longer than this is a clause the pattern ran into, not a name.
MAX_SOURCE_WORDS = 12
# Words between a count noun and the "de" / "par" of its giver: adjectives and a
# participle's complements ("un décompte encore partiel de …", "un bilan transmis hier par …")
MAX_COUNT_MODIFIERS = 4
# Adjectives before a count noun ("le tout dernier bilan", "un nouveau décompte").
MAX_COUNT_PREMODIFIERS = 2
# Words between a giver participle and its "par" ("un bilan transmis hier soir par …").
MAX_GIVER_COMPLEMENTS = 3
_URL = re.compile(r"https?(?::|$)|www\.|\.(?:fr|com|org|net|be|ch)\b|/", re.IGNORECASE)
_WORD_WITH_URL = re.compile(rf"\S*(?:{_URL.pattern})\S*", re.IGNORECASE)


def before_url(name: str) -> str | None:
    """The words of a source before a link glued to it (an embedded post: "le ministère
    pic.twitter.com/Ab12Un témoin" -> "le ministère"); None when it opens with one."""
    link = _WORD_WITH_URL.search(name)
    if link is None:
        return name
    return name[:link.start()].rstrip() or None
_PREPOSITION_FIRST = re.compile(
    rf"^(?:de|d['’]|du|à|au|aux|en|dans|par|pour|sur|avec|depuis|après|avant|contre"
    rf"|dont|que|qu['’]|qui)"
    rf"(?:{WS}|(?<=['’]))", re.IGNORECASE)
_COORDINATION = re.compile(r"\b(?:et|ainsi\s+que)\b", re.IGNORECASE)
_QUOTED_NAME_AT_END = re.compile(r"\s*[«\"“]\s*(?P<name>[^«»\"“”]+?)\s*[»\"”]$")
_DEMONSTRATIVE = re.compile(r"^(?:ce|cet|cette|ces)\b", re.IGNORECASE)


@dataclass(frozen=True)
class SourcePhrase:
    """A cleaned source: its text, where it starts and ends in the captured words, and
    whether it stands for an earlier source ("ce dernier", "ce bilan")."""

    text: str
    start: int
    end: int
    anaphoric: bool = False


class SourcePhrases:
    """Cleans captured source words; the word lists come from casualties_sources.json."""

    def __init__(self, data: dict) -> None:
        self.not_sources = [s.lower() for s in data["not_sources"]]
        self.anaphors = {a.lower() for a in data["anaphors"]}
        articles = words_alternation(data["articles"])
        self.articles = re.compile(rf"^(?:{articles})(?:{WS}+|(?<=['’]))", re.IGNORECASE)
        self.name_at_end = re.compile(rf"(?:^|\s)((?:{CAPITAL}[\w\-]+\s+)+{CAPITAL}[\w\-]+)$")
        # a time word, or a number after a preposition ("préfecture à 18h00", "AFP le 3")
        self.ends = re.compile(rf"{WS}+(?:(?:{words_alternation(data['source_ends'])})\b"
                               rf"|(?:à|le|du|au|vers){WS}+\d)", re.IGNORECASE)
        determiners = words_alternation(data["subject_determiners"] + ["du", "des"])
        count = words_alternation(data["count_nouns"])
        givers = words_alternation(data["givers"])
        self.count = re.compile(
            rf"^(?:(?:{determiners})(?:{WS}+|(?<=['’])))?(?:[\w\-]+{WS}+)"
            rf"{{0,{MAX_COUNT_PREMODIFIERS}}}?(?:{count})\b"
            rf"(?P<rest>.*)$", re.IGNORECASE)
        self.giver = re.compile(
            rf"^(?:{WS}+[\w\-]+){{0,{MAX_COUNT_MODIFIERS}}}?{WS}+"
            rf"(?:(?:{givers})(?:{WS}+[\w'’\-]+){{0,{MAX_GIVER_COMPLEMENTS}}}?{WS}+par"
            rf"|de|du|des|d['’])"
            rf"(?:{WS}+|(?<=['’]))(?P<giver>.+)$", re.IGNORECASE)
        self.official = {w.lower() for w in data["official_adjectives"]}

    def clean(self, np: str) -> SourcePhrase | None:
        offset = len(np) - len(np.lstrip())
        np = before_url(np.strip().strip(",").strip()) or ""
        if not np:
            return None
        count = self.count.match(np)
        if count:
            giver = self.giver.match(count.group("rest"))
            if giver is None:
                return self._count_alone(self._cut(np), self._cut(count.group("rest")), offset)
            offset += count.start("rest") + giver.start("giver")
            np = giver.group("giver")
            if self.count.match(np):  # "les premiers éléments de l'enquête": a count again
                inner = self.clean(np)
                return None if inner is None else SourcePhrase(
                    inner.text, offset + inner.start, offset + inner.end, inner.anaphoric)
        np = self._cut(np)
        text = self._bare(np)
        if text is None:
            return None
        start = offset + max(np.find(text), 0)
        return SourcePhrase(text, start, start + len(text), text.lower() in self.anaphors)

    def _cut(self, np: str) -> str:
        """The words before a time or place complement ("ONU depuis 2015" -> ONU)."""
        end = self.ends.search(np)
        return np[:end.start()] if end and end.start() > 0 else np

    def _count_alone(self, np: str, modifiers: str, offset: int) -> SourcePhrase | None:
        """"ce nouveau bilan" stands for its giver; "les chiffres officiels" are a source;
        "un bilan provisoire" is none."""
        if _DEMONSTRATIVE.match(np):
            return SourcePhrase(np, offset, offset + len(np), anaphoric=True)
        name = self.name_at_end.search(np)
        if name:  # a giver named without its "de": "selon un décompte le juriste Paul Roux"
            start = offset + name.start(1)
            return SourcePhrase(name.group(1), start, start + len(name.group(1)))
        if set(modifiers.lower().split()) & self.official:
            text = self.articles.sub("", np, count=1)
            start = offset + len(np) - len(text)
            return SourcePhrase(text, start, start + len(text))
        return None

    def _bare(self, np: str) -> str | None:
        low = np.lower()
        if any(low == s or low.startswith(s + " ") for s in self.not_sources):
            return None
        if _PREPOSITION_FIRST.match(np):
            return None  # "de la vague d'attentats", "dont 17 graves": never a source
        if low in self.anaphors:
            return np
        if len(np.split()) > MAX_SOURCE_WORDS:
            return None
        quoted = _QUOTED_NAME_AT_END.search(np)
        # a description closed by a quoted name is that name ("le collectif « Stop
        # Violences »" -> Stop Violences)
        if quoted and quoted.start() > 0 and np[:quoted.start()].strip()[-1:].islower():
            return quoted.group("name").strip()
        name = self.name_at_end.search(np)
        # a title closed by a name is that name; not in a coordination ("le collectif X et
        # le journaliste Paul Roux" are two sources)
        if name and name.start(1) > 0 and np[:name.start(1)].strip() and \
                np[:name.start(1)].strip().split()[-1][:1].islower() and \
                not _COORDINATION.search(np[:name.start(1)]):
            return name.group(1)
        stripped = self.articles.sub("", np, count=1)
        # keep a capitalised article that belongs to a name ("Le Parisien")
        if stripped != np and np[:1].isupper() and stripped[:1].isupper():
            return np
        return stripped or None

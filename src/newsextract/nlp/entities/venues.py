"""Where does the article name a venue by its proper name alone?

An article that writes "la place du Marché-Neuf" once goes on with "rendez-vous au
Marché-Neuf", "ils ont marché vers la Fontaine", "à Fontaine" (the square, the metro
station): the proper name of a venue the article names in full stands for that venue, a
place, even when the model read it as something else (an event, a person) or when the word
alone is in the stoplist ("place de la Nation" ... "à Nation"). The short name counts only
where a place preposition ("à", "vers", "depuis", "au"), or for a name the model tagged, an
article, comes right before it: "le président de la Nation" stays no entity.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.canonical import visible
from newsextract.nlp.entities.filters import in_running_text
from newsextract.nlp.entities.grammar import head_at
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.repeats import stands_alone, words_of
from newsextract.nlp.entities.tokens import connector_length


def venue_proper_names(doc: Doc, mentions: list[Mention], lex: Lexicons) -> set[tuple[str, ...]]:
    """The proper names of the article's venues: "Marché-Neuf" of "place du Marché-Neuf"."""
    names = set()
    for m in mentions:
        head = head_at(doc, m.start, lex) if m.label == "LOC" else None
        if head is None or head[1].label != "LOC":
            continue
        k = m.start + head[0]
        k += connector_length(doc, k, lex)
        if k < m.end and doc[k].text[:1].isupper():
            names.add(words_of(doc, k, m.end))
    return names


def cue_before(doc: Doc, i: int, lex: Lexicons, article_is_enough: bool) -> bool:
    """A place preposition right before token i, or before its article ("vers la
    Fontaine"); or, with `article_is_enough`, the article alone ("incluant la Fontaine")."""
    k = i - 1
    if k >= 0 and lex.has("articles", doc[k].lower_):
        if article_is_enough:
            return True
        k -= 1
    if k < 0:
        return False
    word = doc[k].lower_
    two = f"{doc[k - 1].lower_} {word}" if k >= 1 else ""
    return lex.has("place_prepositions", word) or lex.has("place_prepositions", two) \
        or lex.has("masculine_contractions", word) and k == i - 1


def venue_short_names(doc: Doc, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """`mentions` where the short names of the article's venues are places (module doc)."""
    names = venue_proper_names(doc, mentions, lex)
    if not names:
        return mentions
    owner = {i: m for m in mentions for i in range(m.start, m.end)}
    first_words = {words[0] for words in names}
    added = []
    for i in range(len(doc)):
        if visible(doc[i].text) not in first_words:
            continue  # the cheap test first: most tokens start no venue name
        for words in names:
            end = i + len(words)
            if end > len(doc) or words_of(doc, i, end) != words \
                    or not stands_alone(doc, i, end, lex):
                continue
            covering = {id(owner[j]): owner[j] for j in range(i, end) if j in owner}
            if not covering:
                candidate = Mention(i, end, "LOC", trigger_label="LOC")
                if cue_before(doc, i, lex, article_is_enough=False) \
                        and in_running_text(doc, candidate):
                    added.append(candidate)
                continue
            (m,) = covering.values() if len(covering) == 1 else (None,)
            if m is not None and (m.start, m.end) == (i, end) and not m.gazetteer \
                    and cue_before(doc, i, lex, article_is_enough=True):
                m.label = m.trigger_label = "LOC"
    return sorted(mentions + added, key=lambda m: m.start)

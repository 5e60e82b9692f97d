"""Where else does the article write a name it has tagged?

The model tags a name in one sentence and misses it in another (an acronym in a headline
line, a name cut short: "Lina" tagged alone in "Lina Bartoli", written in full elsewhere).
Every occurrence of a tagged organisation or person (see `known_names`), written with the
same capitals as whole tokens, is that name: it becomes a mention with the name's label, and
a mention of the same label it covers ("Lina" inside "Lina Bartoli") grows to the whole
name. An occurrence glued to another capitalised word ("Lyon" in "Olympique Lyon Metropole")
is part of another name and is left alone, and so is a hashtag (``hashtags.py``) or a link
line ("Lire aussi").
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.canonical import visible
from newsextract.nlp.entities.filters import in_running_text
from newsextract.nlp.entities.hashtags import glued_to_mark
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention

# A name of fewer letters ("A", "Le") is too often an initial or a word to be repeated.
MIN_NAME_LETTERS = 2


def words_of(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(visible(t.text) for t in doc[start:end])


def capitalised(text: str) -> bool:
    return text[:1].isupper()


def known_names(doc: Doc, mentions: list[Mention]) -> dict[tuple[str, ...], str]:
    """The words of each tagged organisation, person named in full and surname of such a
    person, with its label; a name with two labels is left out. Places and lone first names
    or surnames are not repeated: the model's label for them is the least sure ("Macron"
    read as a place in one sentence would become a place everywhere)."""
    surnames = {words_of(doc, m.end - 1, m.end) for m in mentions
                if m.label == "PER" and m.end - m.start > 1}
    names: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        words = words_of(doc, m.start, m.end)
        if not (m.label == "ORG" or m.label == "PER" and (len(words) > 1 or words in surnames)):
            continue
        if capitalised(words[0]) and sum(c.isalpha() for c in "".join(words)) >= MIN_NAME_LETTERS:
            names.setdefault(words, set()).add(m.label)
    return {words: labels.pop() for words, labels in names.items() if len(labels) == 1}


def stands_alone(doc: Doc, start: int, end: int, lex: Lexicons) -> bool:
    """No capitalised word glued before or after the occurrence, no hashtag mark."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    glued_before = before is not None and capitalised(before.text) and before.is_alpha \
        and not before.is_sent_start and not doc[start].is_sent_start
    glued_after = after is not None and (
        capitalised(after.text) and after.is_alpha and not after.is_sent_start
        or after.text == "-" and not doc[end - 1].whitespace_)  # "Lyon-Saint-Exupéry"
    return not glued_before and not glued_after and not glued_to_mark(doc, start, lex)


def repeated_names(doc: Doc, mentions: list[Mention], lex: Lexicons, texts: list[str]
                   ) -> list[Mention]:
    """`mentions` with the other occurrences of their names added (see the module doc);
    `texts` are the token texts of `doc` (read once per article)."""
    names = known_names(doc, mentions)
    lengths = sorted({len(w) for w in names}, reverse=True)
    first_words = {w[0] for w in names}
    visible_words = [visible(t) for t in texts]  # once per Doc: the scan reads each often
    owner = {i: m for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    replaced: set[int] = set()
    i = 0
    while i < len(doc):
        found = None
        if visible_words[i] not in first_words:
            i += 1
            continue
        for n in lengths:
            words = tuple(visible_words[i:i + n]) if i + n <= len(doc) else ()
            label = names.get(words)
            if label is None or not stands_alone(doc, i, i + n, lex):
                continue
            covered = {id(owner[j]) for j in range(i, i + n) if j in owner}
            inside = [m for m in mentions if id(m) in covered]
            candidate = Mention(i, i + n, label, trigger_label=label)
            if in_running_text(doc, candidate) and all(
                    m.start >= i and m.end <= i + n and m.label == label and not m.gazetteer
                    and (m.start, m.end) != (i, i + n) for m in inside):
                found = candidate
                replaced |= covered
            break
        if found is not None:
            added.append(found)
            i = found.end
        else:
            i += 1
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted(kept + added, key=lambda m: m.start)

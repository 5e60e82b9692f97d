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


def first_name_end(doc: Doc, m: Mention) -> int:
    """The token after the first name of a person mention: "Jean-Luc" may be three tokens."""
    i = m.start + 1
    while i + 1 < m.end and doc[i].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_:
        i += 2
    return i


def surname_of(doc: Doc, m: Mention, lex: Lexicons) -> tuple[str, ...] | None:
    """The words after the first name of a person named in full ("Le Pen" of "Marine Le
    Pen"), or None when they could be read otherwise: an ordinal ("Louis XIV"), capitals
    alone (an acronym), a French noun or adjective ("Blanc"), or the first name alone is
    the whole name; none when the mention opens with a surname's particle ("Di Rupo": the
    model cut the first name off)."""
    start = first_name_end(doc, m)
    if start >= m.end or not doc[m.start].is_title \
            or lex.has("surname_particles", doc[m.start].text):
        return None
    words = words_of(doc, start, m.end)
    if not capitalised(words[0]) or words[-1].isupper() \
            or any(lex.has("regnal_numerals", w) for w in words):
        return None
    key = words[-1].lower()
    if len(words) == 1 and (lex.has("french_nouns", key) or lex.has("french_adjectives", key)
                            or lex.has("french_function_words", key)):
        return None
    return words


def known_names(doc: Doc, mentions: list[Mention], lex: Lexicons
                ) -> dict[tuple[str, ...], str]:
    """The words of each tagged organisation, person named in full and surname of such a
    person (`surname_of`: the model often misses "Macron" alone in a headline when it tags
    "Emmanuel Macron" below), with its label; a name that the article tags with another
    label, or writes in lowercase, is left out. Places and lone first names are not
    repeated: the model's label for them is the least sure ("Paris" read as an organisation
    in one sentence would become one everywhere)."""
    lowercase = {t.text for t in doc if t.is_lower}
    names: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        words = words_of(doc, m.start, m.end)
        surname = surname_of(doc, m, lex) if m.label == "PER" else None
        if surname is not None and surname[-1].lower() not in lowercase:
            names.setdefault(surname, set()).add("PER")
        if m.label == "ORG" or m.label == "PER" and len(words) > 1:
            names.setdefault(words, set()).add(m.label)
    for m in mentions:  # a surname the article also tags as a place or an organisation
        words = words_of(doc, m.start, m.end)
        if words in names:
            names[words].add(m.label)
    return {words: labels.pop() for words, labels in names.items() if len(labels) == 1
            and capitalised(words[0]) and sum(c.isalpha() for c in "".join(words))
            >= MIN_NAME_LETTERS}


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
    names = known_names(doc, mentions, lex)
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

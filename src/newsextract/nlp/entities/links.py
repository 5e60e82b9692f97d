"""Who wrote the column a link line points to?

A news site links its columns by their author's name, then a spaced dash and the title:
"Lire aussi Durandet - Le prix du pain", "Lire aussi Jeanne Durandet - ...". The model
often misses a lone surname there, or reads it as a place ("Durandet" has no context), so
the words between the link phrase and the dash are a person when they look like a name:

- one capitalised word that is no French noun or adjective of the lemmatizer's index
  ("Lire aussi Réformes - ..." names a topic), and that the story does not name with another
  label (a topic: "Lire aussi Italie - ..." in an article about Italy); the model's label
  for it is replaced (a place or MISC is its usual guess);
- or two to MAX_AUTHOR_WORDS capitalised words, a nobiliary particle between them allowed
  ("Jeanne de Varenne"), where the model saw no person, place or organisation (it reads
  multi-word names well; "Union européenne - ..." keeps its label).

These mentions are link-line mentions like the model's (``credits.py`` keeps them out of
the story layers and adds them to the table at the end).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from newsextract.layout import BOILERPLATE
from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import is_french_word
from newsextract.nlp.extensions import blocks
from newsextract.resources import read_lines

# Longest author name in a link line ("Jeanne de La Varenne"): more words are a title.
MAX_AUTHOR_WORDS = 4
# The phrase that opens a link line (entities_boilerplate_lines.txt), then the author, a
# dash between spaces (also no-break ones) and the title.
AUTHOR = re.compile(r"\S+?(?:\s\S+?)*?(?=\s[-–]\s)")


@cache
def link_phrase() -> re.Pattern[str]:
    """The link phrases of entities_boilerplate_lines.txt ("Lire aussi", "Voir également"),
    without the first character of the name they require after them."""
    phrases = [p.removesuffix(r"\s+[^\s:]") for p in read_lines("entities_boilerplate_lines.txt")
               if p.endswith(r"\s+[^\s:]")]
    return re.compile(r"\s*(?:" + "|".join(phrases) + r")\s+", re.IGNORECASE)


def is_name_word(word: str) -> bool:
    """A capitalised word of letters, not in capitals ("BHL" is left to the model)."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return word[:1].isupper() and letters.isalpha() and not word.isupper()


def looks_like_author(words: list[str], lex: Lexicons) -> bool:
    if not 1 <= len(words) <= MAX_AUTHOR_WORDS or not is_name_word(words[-1]) \
            or not is_name_word(words[0]):
        return False
    if len(words) == 1:
        return not is_french_word(words[0], lex)
    return all(is_name_word(w) or lex.has("nobiliary_particles", w) for w in words)


def link_authors(doc: Doc, lex: Lexicons, model: list[Mention]) -> list[Mention]:
    """The authors of the columns that link lines point to, as PER mentions (module doc)."""
    found: list[Mention] = []
    text = doc.text  # rebuilt from the tokens on each access: read once
    for start, end, kind in blocks(doc):
        if kind != BOILERPLATE:
            continue
        line = text[start:end]
        phrase = link_phrase().match(line)
        author = phrase and AUTHOR.match(line, phrase.end())
        if not author or not looks_like_author(author.group().split(), lex):
            continue
        span = doc.char_span(start + author.start(), start + author.end())
        if span is None:
            continue
        mention = Mention(span.start, span.end, "PER", trigger_label="PER")
        if not overridden(doc, mention, model):
            found.append(mention)
    return found


def overridden(doc: Doc, author: Mention, model: list[Mention]) -> bool:
    """The model's reading stands: a multi-word name it labelled a place or an organisation,
    or a one-word name the story (outside this line) names with another label."""
    inside = [m for m in model if m.start < author.end and author.start < m.end]
    if author.end - author.start > 1:
        return any(m.label in ("PER", "LOC", "ORG") for m in inside)
    key = canonical.entity_key(doc[author.start].text)
    return any(m.label != "PER" and m.end - m.start == 1
               and canonical.entity_key(doc[m.start].text) == key
               and not (m.start < author.end and author.start < m.end) for m in model)

"""Is a capitalised word a verb with its clitic pronoun rather than a name?

An imperative or an inverted question opens a sentence or a slogan with a capital, and its
pronoun follows glued by a hyphen: "Croyez-vous encore ...", "Souvenez-vous", "«Barre-toi»",
"le collectif «Désarmons-les»". The model reads the capitalised verb as a name, most often a
place or a person ("Croyez", "Désarmons"). A name can hold the same small words, but always
followed by another part of the name, glued ("Montceau-les-Mines", "Mantes-la-Jolie") or
capitalised ("Europe Écologie-les Verts", "Creuzier-le Neuf", a poll's "Kantar-la Croix").
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention

HYPHEN = "-"


def clitic_end(doc: Doc, i: int, lex: Lexicons) -> int | None:
    """The end of the hyphenated lowercase clitic pronoun glued after token i ("-vous", or
    "-" and "les"), when it ends the word; None otherwise."""
    if i + 1 >= len(doc) or doc[i].whitespace_:
        return None
    nxt = doc[i + 1]
    if nxt.text == HYPHEN and not nxt.whitespace_ and i + 2 < len(doc):
        word, end = doc[i + 2].text, i + 3
    elif nxt.text.startswith(HYPHEN):
        word, end = nxt.text[1:], i + 2
    else:
        return None
    if not lex.has("verb_clitics", word):
        return None  # lowercase only: "Mélenchon-Le Pen", "«Talk-Le Figaro»" join two names
    last = doc[end - 1]
    glued_on = not last.whitespace_ and end < len(doc) and doc[end].text.startswith(HYPHEN)
    name_after = end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha
    return None if glued_on or name_after else end


def is_verb_with_clitic(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """A word of the mention is a verb with its clitic pronoun (module doc)."""
    return any(doc[i].is_alpha and clitic_end(doc, i, lex) is not None
               for i in range(m.start, m.end))

"""Which hashtags and handles are names?

"#ActeXII" or "@lucie_b" are not entities; "#Lille" is the name Lille when the article also
writes that name in running text ("ont défilé à Lille. #Lille"), whether or not the model
tagged the hashtag.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention


def glued_to_mark(doc: Doc, start: int, lex: Lexicons) -> bool:
    """The token at `start` begins with, or is glued to, a hashtag or handle mark."""
    if doc[start].text[:1] in lex.words["hashtag_marks"]:
        return True
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and prev.text[-1:] in lex.words["hashtag_marks"] \
        and not prev.whitespace_


def is_hashtag(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """"#ActeXII", "@lucie_b": glued to a hashtag or handle mark. A hashtag that is a
    name the article also writes in running text ("#Lille" ... "à Lille") stays a name."""
    if not glued_to_mark(doc, m.start, lex):
        return False
    key = canonical.entity_key(doc[m.start:m.end].text)
    return key not in names_outside_hashtags(doc, lex)


_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def names_outside_hashtags(doc: Doc, lex: Lexicons) -> frozenset[str]:
    """Keys of the model's entities that are not hashtags or handles, once per Doc."""
    names = _NAMES.get(doc)
    if names is None:
        names = _NAMES[doc] = frozenset(canonical.entity_key(e.text) for e in doc.ents
                                        if not glued_to_mark(doc, e.start, lex))
    return names


def hashtag_names(doc: Doc, mentions: list[Mention], lex: Lexicons, texts: list[str]
                  ) -> list[Mention]:
    """One-word hashtags ("#Lille") of names the article writes as mentions elsewhere,
    with their label; those the mentions already cover are left out. `texts` are the token
    texts of `doc` (read once per article)."""
    labels = {canonical.entity_key(doc[m.start:m.end].text): m.label for m in mentions
              if m.end - m.start == 1 and not glued_to_mark(doc, m.start, lex)}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    marks = lex.words["hashtag_marks"]
    return [Mention(i, i + 1, labels[key], trigger_label=labels[key])
            for i in range(1, len(texts))
            if texts[i - 1] in marks and i not in covered and glued_to_mark(doc, i, lex)
            and (key := canonical.entity_key(texts[i])) in labels]

"""Questions about single tokens and sentences that several entity rules ask."""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.gazetteer import TITLE_ARTICLES
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.segment import sentences as article_sentences

# What a mention may not start or end with.
EDGE_PUNCT = set("-–—,;:.!?«»\"“”„'’()[]{}/|*•#@")


def is_edge_junk(token) -> bool:
    """Whitespace or punctuation that may not start or end a mention."""
    return token.is_space or (len(token.text) == 1 and token.text in EDGE_PUNCT) \
        or all(c in EDGE_PUNCT for c in token.text)


def has_upper(text: str) -> bool:
    return any(c.isupper() for c in text)


# Marks after which a capital is a sentence's (or a line's) first letter, not a name's: the
# final marks and ":" (a headline's topic, a quotation or a list it opens: "Colère : Les
# maires ..."). A closing quotation mark ends a sentence only after a final mark (below), so
# it is not in the set, unlike ENDS_BEFORE_SUBHEAD (sentence_starts.py).
ENDS_BEFORE_CAPITAL = frozenset({".", "!", "?", ":", "…"})
CLOSING_QUOTES = frozenset({"»", "”", '"'})


def opens_qualifying_en(doc: Doc, k: int, word_pos: frozenset[str] = frozenset({"NOUN"})
                        ) -> bool:
    """Token k is the "en" of a one-word phrase that qualifies a noun before it ("le média
    en ligne X", "une plateforme en ligne X"): a lowercase word tagged one of `word_pos`
    follows it."""
    return doc[k].lower_ == "en" and k + 1 < len(doc) and doc[k + 1].is_lower \
        and doc[k + 1].pos_ in word_pos


def is_sentence_initial(doc: Doc, i: int) -> bool:
    """The token starts its sentence, possibly after opening quotes or brackets."""
    j = i
    while j > 0 and doc[j - 1].text in "«\"“(['" and not doc[j - 1].is_space:
        j -= 1
    if j == 0 or doc[j - 1].is_space or doc[j - 1].text in ENDS_BEFORE_CAPITAL:
        return True
    if j >= 2 and doc[j - 1].text in CLOSING_QUOTES \
            and doc[j - 2].text in ENDS_BEFORE_CAPITAL - {":"}:
        return True  # a quotation closed after its full stop: "« Nous partons. » La ..."
    # the parser sometimes starts a sentence inside a noun phrase ("à la brasserie | Le
    # Zinc"); no sentence starts right after a lowercase word
    return doc[j].is_sent_start and not (doc[j - 1].is_alpha and doc[j - 1].is_lower)


OPENING_QUOTES = frozenset({"«", "“"})
# "de", "du", "des", "d'", then optionally "la", "l'" ("place de la Gare", "pont de l'Europe").
MAX_CONNECTOR_TOKENS = 2


def connector_length(doc: Doc, i: int, lex: Lexicons) -> int:
    """Tokens of "de", "du", "d'", "de la", "de l'" starting at token i (0 if none)."""
    if i >= len(doc) or not lex.has("connectors", doc[i].lower_):
        return 0
    if i + 1 < len(doc) and doc[i].lower_ == "de" and doc[i + 1].lower_ in {"la", "l'", "l’"}:
        return MAX_CONNECTOR_TOKENS
    return 1


def names_itself(doc: Doc, i: int) -> bool:
    """The name at token i has its own capitalised article ("la brasserie Le Zinc"): a
    noun before it classifies it and stays out of it."""
    return i < len(doc) and doc[i].text in TITLE_ARTICLES


def opens_quotation(doc: Doc, i: int) -> bool:
    """The token is the first word of a quotation ("a-t-il lancé, « Grève générale »"),
    which takes a capital as a sentence does."""
    return i > 0 and doc[i - 1].text in OPENING_QUOTES


def title_at(doc: Doc, i: int, end: int, lex: Lexicons) -> int:
    """Length in tokens of the title starting at token i (0 if none), within [i, end)."""
    for words in lex.titles.get(doc[i].lower_, ()):
        n = len(words)
        if i + n <= end and tuple(t.lower_ for t in doc[i:i + n]) == words:
            return n
    return 0


def is_upper_word(token) -> bool:
    """An all-capitals word of two letters or more ("AP", "HP", "PS")."""
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of the sentence of each token (whole doc if unparsed)."""
    bounds = [(0, len(doc))] * len(doc)
    for start_char, end_char in article_sentences(doc):  # the article's one segmentation
        sent = doc.char_span(start_char, end_char, alignment_mode="expand")
        if sent is None:
            continue
        for i in range(sent.start, sent.end):
            bounds[i] = (sent.start, sent.end)
    return bounds


def next_word(doc: Doc, k: int) -> int:
    """Index of the first token from k on that is no space token within the line: a
    no-break space is a token of its own ("M.<NBSP>Lenoir", "38<NBSP>ans")."""
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1
    return k


def is_french_word(word: str, lex: Lexicons) -> bool:
    """A noun or adjective of the lemmatizer's index, also in the plural ("Réformes")."""
    low = word.lower()
    forms = {low}
    if low.endswith("s") or low.endswith(("eux", "oux", "eaux")):
        forms.add(low[:-1])  # "réformes", "jeux", "bijoux", "tableaux"
    if low.endswith("aux"):
        forms.add(low[:-3] + "al")  # "journaux"
    return any(lex.has("french_nouns", f) or lex.has("french_adjectives", f) for f in forms)

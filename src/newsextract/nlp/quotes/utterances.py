"""Whose words does a noun of speech announce?

"la phrase prononcée par la ministre : «…»", "les mots lancés par X, «…»", "la
déclaration du maire : «…»", "l'affirmation du préfet selon laquelle «…»": a noun naming
someone's words (`quotes_utterance_nouns.txt`), its author (the agent of the participle
after it, or its de-complement), then the quote, after a colon, a comma (an apposition)
or "selon laquelle/lequel". The quote is the author's words, not those of the clause's
subject. A participle of relaying ("les propos rapportés par l'AFP",
`quotes_relay_participles.txt`) names who passes the words on, not who said them.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import BARE_DE, PREPOSITION_DE, RELATIVE, grammar_words
from newsextract.nlp.participants.mentions import noun_phrase_end
from newsextract.nlp.quotes.lexicon import word_set
from newsextract.nlp.segment import QuotedSpan, Segmentation

# Tokens between an utterance noun's preposition and the words before the quote: the
# author's noun phrase, and an adjunct after it ("les propos du maire dans la presse").
MAX_AUTHOR_TOKENS = 8

# The preposition of a passive's agent ("la phrase prononcée par X"); the others are the
# forms of "de" ("les mots du maire"), where a contracted "du"/"des" is itself the article.
AGENT_PREPOSITION = "par"


@cache
def author_prepositions() -> frozenset[str]:
    """The prepositions before an utterance's author: "par" and the forms of "de"."""
    return frozenset({AGENT_PREPOSITION} | grammar_words(PREPOSITION_DE))


# The preposition of "selon laquelle" / "selon lequel" before the quote.
SELON_WORD = "selon"


def words_before_quote(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> int | None:
    """Token index of the last word before what joins an utterance noun phrase to its
    quote (a colon, a comma, "selon laquelle"), or None when nothing such joins them."""
    k = qt.token_at(piece.open_char) - 1
    if k >= 1 and doc[k].morph.get("PronType") == ["Rel"] \
            and doc[k].lower_ in grammar_words(RELATIVE) and doc[k - 1].lower_ == SELON_WORD:
        k -= 2  # "selon laquelle «…»"
        if k >= 0 and doc[k].text == ",":
            k -= 1
        return k
    if k >= 1 and doc[k].text in (":", ","):
        return k - 1
    return None


def utterance_author(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> tuple[int, int] | None:
    """The author's noun phrase (token range) of a noun naming someone's words that
    announces the quote (see the module docstring), or None."""
    if piece.open_char is None:
        return None
    last = words_before_quote(doc, qt, piece)
    if last is None or last < 1:
        return None
    nouns = word_set("quotes_utterance_nouns.txt")
    for prep in range(last, max(last + 1 - MAX_AUTHOR_TOKENS, 0) - 1, -1):
        tok = doc[prep]
        if tok.is_punct:
            return None
        if tok.lower_ not in author_prepositions() or prep >= last:
            continue
        noun = prep - 1
        if noun > 0 and doc[noun].morph.get("VerbForm") == ["Part"]:
            if doc[noun].lemma_.lower() in word_set("quotes_relay_participles.txt"):
                return None  # "les propos rapportés par l'AFP": a relay, not the author
            noun -= 1  # "prononcée par", "lancée par"
        bare = tok.lower_ == AGENT_PREPOSITION or tok.lower_ in grammar_words(BARE_DE)
        first = doc[prep + 1] if bare else tok
        if doc[noun].lower_ in nouns and (first.pos_ in ("DET", "PROPN") or first is tok):
            end = max(prep + 2, noun_phrase_end(doc, prep + 1, last + 1))
            return prep + 1, min(end, last + 1)
    return None

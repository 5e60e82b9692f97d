"""Which glued characters must the tokenizer split so that a name is a token of its own?

Press text pasted from the web often loses the space after a full stop or before an opening
quote: "... a dit l'AFP.Les manifestants", "(AFP).Lyon", "répond-il.«Nous partons". The
tokenizer keeps such runs as one token ("AFP.Les", "«Nous"), which the model then reads as
a name (a false "«Nous") or misses (no "AFP"). Extra infixes split them; the text and the
character offsets are unchanged (spaCy tokens only cut the text).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex
from spacy.vocab import Vocab

from newsextract.language import french_function_words
from newsextract.nlp.entities.canonical import INVISIBLE_CHARACTERS, visible

_INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]")

_CAPITAL = "A-ZÀ-ÖØ-Þ"
# A full stop glued between a word (or a closing bracket or quote) and a capitalised word:
# "AFP.Les", "(AFP).Lyon". Two letters at least before it keep "M.Dupont"-like initials
# and "U.S.A." whole.
GLUED_FULL_STOP = rf"(?:(?<=[^\W\d_]{{2}})|(?<=[)»”\"]))\.(?=[{_CAPITAL}«\"“])"
# An opening quote glued after punctuation: "dit-il.«Nous", "ici,«Les".
GLUED_OPENING_QUOTE = r"(?<=[.!?;:,)])[«“](?=\w)"
# A closing quote or bracket glued between a word and punctuation: "à Lyon».Puis", "(AFP).Lyon".
GLUED_CLOSING_QUOTE = r"(?<=\w)[»”)](?=[.,;:!?])"
# A closing quote glued to the capitalised word after it: a subhead in quotes pasted onto
# the next sentence ("«Trop tard»Pour les riverains", "«Un an après»Le maire"). A closing
# mark never sits inside a word.
GLUED_CLOSING_BEFORE_CAPITAL = rf"(?<=[^\W_]|[.!?…\xa0\u202f])[»”](?=[{_CAPITAL}])"
# An interview's speaker mark glued to the speaker's name: "LEMAIRE.- Oui.", "JOURNAL.- Et
# demain ?". Two letters at least before it keep an initial "J.-P." whole.
GLUED_SPEAKER_MARK = r"(?<=[^\W\d_]{2})\.-(?=\s|$)"
# An opening quote glued after an elided word: "taxé d'«amateurisme»", "l'“urgence”",
# "plaidé l'"urgence"", "d'« une casse »": the quote must not start inside the token of
# "d'" / "l'".
GLUED_ELIDED_QUOTE = r"(?<=[^\W\d_]['’])(?:[«“]|\"(?=\w))"
# A subhead glued to a sentence that starts with an elided word: "à RennesL'enquête",
# "une fin de semaine agitéeD'autres cortèges". The capital and its apostrophe start a new
# word; lowercase letters before it never end a name written that way ("d'Artagnan").
GLUED_ELIDED_START = r"(?<=[a-zà-öø-ÿ]{2})(?=[CDJLNS]['’][^\W\d_])"
# A full stop glued after a clock time: "vers 13h.(Détails)", "à 18H00.Le cortège",
# "dès 12h."Nous". A digit after it ("12h.30") is left alone.
GLUED_CLOCK_STOP = r"(?:(?<=\d[hH])|(?<=\d[hH]\d\d))\.(?=[^\s\d])"
# The prefix "ex-" glued to a name: "l'ex-Front national", "l'ex-FN". The name is its own
# token, so that the mention does not start with the prefix; a common noun keeps it
# ("l'ex-ministre"). The French tokenizer's token_match keeps hyphenated prefixes whole,
# so it is told not to match there (FORMER_PREFIX_EXCEPTION).
GLUED_FORMER_PREFIX = rf"(?<=\b[eE]x)-(?=[{_CAPITAL}])"
FORMER_PREFIX_EXCEPTION = rf"(?!ex-(?-i:[{_CAPITAL}]))"
GLUED_INFIXES = (GLUED_FULL_STOP, GLUED_CLOCK_STOP, GLUED_ELIDED_START, GLUED_OPENING_QUOTE,
                 GLUED_CLOSING_QUOTE, GLUED_CLOSING_BEFORE_CAPITAL, GLUED_SPEAKER_MARK,
                 GLUED_ELIDED_QUOTE, GLUED_FORMER_PREFIX)
# The French tokenizer's special case "h." (an hour abbreviation) keeps the full stop of a
# clock time ending a sentence ("à 21 h. Le cortège") in the time's token: the sentence
# end is hidden and the date span takes the stop. Without it the stop is a suffix.
CLOCK_ABBREVIATIONS = frozenset({"h.", "H."})
# Shortest function word that starts a glued sentence: one letter ("À", "A") is too often
# part of a word ("MisterA").
MIN_GLUED_WORD_LETTERS = 2


def glued_sentence_start() -> str:
    """A line break lost between a word and a sentence that starts with a capitalised
    function word: "les négociationsLe ministre", "face à MacronVers 13h30". The cut is
    between the two letters; the function word must end there ("MacronVers 13h30"), so a
    camel-case name ("PlayStation", "#BalanceTonPorc") stays whole."""
    words = sorted({w.capitalize() for w in french_function_words()
                    if len(w) >= MIN_GLUED_WORD_LETTERS and w.isalpha()}, key=len, reverse=True)
    return rf"(?<=[a-zà-öø-ÿ]{{2}})(?=(?:{'|'.join(words)})\b)"


def split_glued_punctuation(nlp: Language) -> None:
    """Add the glued-punctuation infixes to `nlp`'s tokenizer (idempotent)."""
    current = nlp.tokenizer.infix_finditer
    pattern = current.__self__.pattern if current is not None else ""
    if GLUED_FULL_STOP in pattern:
        return
    parts = [pattern] if pattern else []
    infixes = [*GLUED_INFIXES, glued_sentence_start()]
    nlp.tokenizer.infix_finditer = compile_infix_regex(parts + infixes).finditer
    nlp.tokenizer.token_match = without_former_prefix(nlp.tokenizer.token_match)
    rules = nlp.tokenizer.rules or {}
    if CLOCK_ABBREVIATIONS & rules.keys():
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in CLOCK_ABBREVIATIONS}


def without_former_prefix(token_match: Callable | None) -> Callable | None:
    """`token_match` (a compiled pattern's match) refusing "ex-" before a capital."""
    if token_match is None:
        return None
    pattern = token_match.__self__.pattern
    flags = re.match(r"\(\?[a-zA-Z]+\)", pattern)
    head = flags.group(0) if flags else ""
    return re.compile(f"{head}{FORMER_PREFIX_EXCEPTION}(?:{pattern[len(head):]})").match


class InvisibleCharacterTokenizer:
    """Tokenizes a text as if its invisible characters were absent, so that "Loire-\u00adAtlantique"
    is cut like "Loire-Atlantique" and a soft hyphen never splits a word; the tokens keep the
    invisible characters (Doc.text and offsets are the original), and each such word gets
    the features of its visible form (norm, shape, affixes, vector), so the model reads it
    as the plain word."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __getattr__(self, name: str):  # infixes, suffixes... of the wrapped tokenizer
        return getattr(self.__dict__["tokenizer"], name)

    def __call__(self, text: str) -> Doc:
        if not _INVISIBLE.search(text):
            return self.tokenizer(text)
        plain = self.tokenizer(visible(text))
        words, spaces = original_words(text, plain)
        doc = Doc(plain.vocab, words=words, spaces=spaces)
        if doc.text != text:  # cannot happen; never lose the original text
            return self.tokenizer(text)
        for word in {w for w in words if _INVISIBLE.search(w)}:
            read_as_visible(doc.vocab, word)
        return doc


def original_words(text: str, plain: Doc) -> tuple[list[str], list[bool]]:
    """The words of `text` cut where the tokens of its visible form `plain` are cut; an
    invisible character goes with the word it is glued to (the previous one first)."""
    position = [i for i, c in enumerate(text) if not _INVISIBLE.match(c)]  # visible -> original
    words, spaces, end = [], [], 0
    for token in plain:
        start = position[token.idx]
        if words and not spaces[-1]:
            words[-1] += text[end:start]  # glued after the previous word: "Loire-\u00ad"
        else:
            start = end  # glued before the word: "\u00adLyon"
        end = position[token.idx + len(token.text) - 1] + 1
        words.append(text[start:end])
        spaces.append(bool(token.whitespace_))
        if token.whitespace_:
            glued = len(text[end:]) - len(text[end:].lstrip(INVISIBLE_CHARACTERS))
            words[-1] += text[end:end + glued]
            end += glued + 1
    if end < len(text):
        words[-1] += text[end:]
    return words, spaces


def read_as_visible(vocab: Vocab, word: str) -> None:
    """The lexeme of `word` takes the features of its visible form (only strings with an
    invisible character are touched: the rest of the vocabulary is unchanged)."""
    lexeme, plain = vocab[word], vocab[visible(word)]
    lexeme.norm_ = plain.norm_
    lexeme.lower_ = plain.lower_
    lexeme.shape_ = plain.shape_
    lexeme.prefix_ = plain.prefix_
    lexeme.suffix_ = plain.suffix_
    lexeme.flags = plain.flags
    vectors = vocab.vectors
    row = vectors.find(key=plain.orth) if plain.orth in vectors else -1
    if row >= 0 and lexeme.orth not in vectors:
        vectors.add(lexeme.orth, row=row)


def read_invisible_characters(nlp: Language) -> None:
    """Wrap `nlp`'s tokenizer in InvisibleCharacterTokenizer (idempotent; do it last)."""
    if not isinstance(nlp.tokenizer, InvisibleCharacterTokenizer):
        nlp.tokenizer = InvisibleCharacterTokenizer(nlp.tokenizer)

"""Which glued characters must the tokenizer split so that a name is a token of its own?

Press text pasted from the web often loses the space after a full stop or before an opening
quote: "... a dit l'AFP.Les manifestants", "(AFP).Lyon", "répond-il.«Nous partons". The
tokenizer keeps such runs as one token ("AFP.Les", "«Nous"), which the model then reads as
a name (a false "«Nous") or misses (no "AFP"). Extra infixes split them; the text and the
character offsets are unchanged (spaCy tokens only cut the text).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

_CAPITAL = "A-ZÀ-ÖØ-Þ"
# A full stop glued between a word (or a closing bracket or quote) and a capitalised word:
# "AFP.Les", "(AFP).Lyon". Two letters at least before it keep "M.Dupont"-like initials
# and "U.S.A." whole.
GLUED_FULL_STOP = rf"(?:(?<=[^\W\d_]{{2}})|(?<=[)»”\"]))\.(?=[{_CAPITAL}«\"“])"
# An opening quote glued after punctuation: "dit-il.«Nous", "ici,«Les".
GLUED_OPENING_QUOTE = r"(?<=[.!?;:,)])[«“](?=\w)"
# A closing quote or bracket glued between a word and punctuation: "à Lyon».Puis", "(AFP).Lyon".
GLUED_CLOSING_QUOTE = r"(?<=\w)[»”)](?=[.,;:!?])"
GLUED_INFIXES = (GLUED_FULL_STOP, GLUED_OPENING_QUOTE, GLUED_CLOSING_QUOTE)


def split_glued_punctuation(nlp: Language) -> None:
    """Add the glued-punctuation infixes to `nlp`'s tokenizer (idempotent)."""
    current = nlp.tokenizer.infix_finditer
    pattern = current.__self__.pattern if current is not None else ""
    if GLUED_FULL_STOP in pattern:
        return
    parts = [pattern] if pattern else []
    nlp.tokenizer.infix_finditer = compile_infix_regex(parts + list(GLUED_INFIXES)).finditer

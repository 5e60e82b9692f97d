"""Where was a closing mark lost? An inserted cue inside one pair of marks.

"«Nous ne céderons pas a lancé Paul X devant la mairie, après avoir salué les «efforts»
des agents. Et nous reviendrons.»": the writer forgot the closing mark before the cue. The
pairing (nlp/segment.py) reads one quote from the first opener to the last closer, with
the narrative and a nested piece inside, and the cue is never seen as one. A reporting
verb with its auxiliary and a named person right after it ("a lancé Paul X") is the
journalist's clause, and so is a lowercase reporting verb right after an exclamation or
a question inside the marks ("«On n'en peut plus ! peste une infirmière. Et après ?»"):
the quote closes before it, the narrative runs to the end of that sentence, and the quote
resumes after it (`segment.reseat_lost_closer`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.nlp.participants.mentions import np_start_governed
from newsextract.nlp.punctuation import CUE_AFTER_MARKS, DASHES
from newsextract.nlp.quotes.cues import inverted_cue
from newsextract.nlp.quotes.speakable import is_speaker_like
from newsextract.nlp.segment import Segmentation, reseat_lost_closer

# Punctuation before a cue that the existing rules already read as a cue's boundary,
# besides quotation marks and dashes (", a-t-il dit," is an inserted clause, handled by
# `direct.split_inserted`).
CUE_BOUNDARY = frozenset({",", "(", ":"})


def is_cue_boundary(tok: Token) -> bool:
    """A quotation mark, a dash or a CUE_BOUNDARY mark: the cue after it is already read."""
    return tok.is_quote or tok.text in DASHES or tok.text in CUE_BOUNDARY


def recover_lost_closers(doc: Doc, qt: Segmentation, dates: frozenset[int]) -> None:
    """Split each top-level piece that holds an inserted cue with no comma before it and
    a sentence end after it, in `qt` (and the Doc's stored segmentation)."""
    for n in range(len(qt.pieces) - 1, -1, -1):
        piece = qt.pieces[n]
        cue_char = _lost_closer_cue(doc, qt, piece.start, piece.end, dates)
        if cue_char is not None:
            reseat_lost_closer(doc, qt, n, cue_char)


def _lost_closer_cue(doc: Doc, qt: Segmentation, start: int, end: int,
                     dates: frozenset[int]) -> int | None:
    """Offset of the first inserted cue "a <reporting verb> <named person>" inside the
    quoted range [start, end), not after a comma or a mark, or None."""
    first, last = qt.token_at(start), qt.token_at(end)
    for i in range(first + 1, last):
        tok = doc[i]
        before = doc[i - 1]
        if _cue_after_sentence_end(doc, i, last, dates):
            return tok.idx
        if tok.pos_ != "AUX" or is_cue_boundary(before) \
                or before.pos_ in ("PROPN", "PRON") or before.dep_.startswith("nsubj"):
            continue  # "Paul a dit": the auxiliary's own subject is before it
        cue = inverted_cue(doc, i, last, dates, require_inversion=True)
        if cue is None or cue.subject is None or cue.pronoun is not None or not any(
                t.ent_type_ == "PER" and not np_start_governed(doc, t.i)
                for t in doc[cue.subject[0]:cue.subject[1]]):
            continue  # "a lancé Paul X", "a dit l'un d'eux, Paul X": a person named
        return tok.idx
    return None




def _cue_after_sentence_end(doc: Doc, i: int, last: int, dates: frozenset[int]) -> bool:
    """Token `i`, lowercase right after a CUE_AFTER_MARKS mark, opens an inverted cue
    with a noun subject that can speak ("! clame un passant", "? s'interroge la maire
    Anne X"), whose sentence ends inside the quote."""
    tok = doc[i]
    if doc[i - 1].text not in CUE_AFTER_MARKS or not tok.text[:1].islower():
        return False
    cue = inverted_cue(doc, i, last, dates)
    if cue is None or cue.subject is None or cue.pronoun is not None \
            or cue.subject[1] >= last or doc[cue.subject[1]].text not in (".", "!", "?"):
        return False
    start, end = cue.subject
    return is_speaker_like(doc, start, end, speaker_position=True)

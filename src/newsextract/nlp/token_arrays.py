"""Tokens picked off a Doc's arrays before any Token object is built.

Scanning a whole article with ``for tok in doc`` builds one Python Token object per token,
and most scans only want a few of them (the noun subjects, the auxiliaries). The Doc's
arrays answer the part-of-speech and dependency tests for every token at once; the rule
then reads the few tokens that pass as usual. Keeping the rule's own tests unchanged after
this prefilter leaves its results exactly as they were.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, POS
from spacy.symbols import IDS
from spacy.tokens import Doc, Token


def tokens_tagged(doc: Doc, pos: str, deps: Iterable[str]) -> Iterator[Token]:
    """The tokens of `doc` whose coarse part of speech is `pos` ("NOUN") and whose
    dependency label is one of `deps` ("nsubj", "nsubj:pass"), in text order."""
    if not len(doc):
        return
    arrays = doc.to_array([POS, DEP])
    wanted = arrays[:, 0] == IDS[pos]
    # one comparison per label: numpy.isin costs more than the whole scan on a few labels
    wanted &= functools.reduce(numpy.logical_or, (arrays[:, 1] == doc.vocab.strings[d]
                                                  for d in deps), numpy.zeros(len(doc), bool))
    for i in numpy.flatnonzero(wanted):
        yield doc[int(i)]

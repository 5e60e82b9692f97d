"""Which words of a speaker's noun phrase are a time adverbial, no part of it?

"«…», a déclaré le parquet de Lyon dimanche", "a-t-on appris de source judiciaire
lundi soir", "ont défilé les manifestants ce 12 mars": the search for an inverted
subject runs to the clause's end, over a date the journalist put after it. A date the
dates layer found that no preposition governs is no part of the speaker's description:
the phrase ends before it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.participants.mentions import noun_phrase_end


def before_time_adverbial(doc: Doc, start: int, end: int) -> int:
    """The end of the speaker's phrase in tokens [start, end): before the first date its
    noun phrase runs into that stands bare ("le parquet dimanche", "les manifestants ce 19
    janvier"), else `end`. A date a preposition governs is the phrase's complement ("les
    manifestants de samedi", "le rapporteur du budget de l'époque"), an adjective no
    adverbial ("son rapport annuel"), one inside a name no date; a date after the noun
    phrase (past a verb or a comma) is no concern of its words."""
    limit = noun_phrase_end(doc, start, end)
    bare = [d.start for d in doc.spans.get("dates", [])
            if start < d.start < limit and d[0].pos_ != "ADJ"
            and doc[d.start - 1].pos_ != "ADP" and not _in_a_name(doc, d.start)]
    return min(bare, default=end)


def _in_a_name(doc: Doc, i: int) -> bool:
    """Token i lies in a name of the entities layer ("le site d'information 20 Minutes"):
    the date is the name's, no adverbial."""
    return any(e.start <= i < e.end for e in doc.spans.get("entities", []))

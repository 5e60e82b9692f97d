"""``newsextract_quotes``: who said what, in ``doc.spans["quotes"]`` / ``span._.quote``.

The component only orchestrates; each question has its module:

- `segment` (nlp/segment.py): the quotation marks paired and the quote-aware sentences;
- `direct`: quotes inside marks and the cue after or inside them; `fragments`: a reporting
  verb before the opening mark; `cueless`: quotes with no reporting verb;
- `indirect`: reporting verbs with a content clause (`clauses`), clauses before an
  inverted cue (mixed when they embed quoted words); `continued`: cueless sentences that
  go on with the floor holder's words around a subject of the journalist's;
- `selon`: "selon X" / "d'après X" and the statement it attributes (`selon_sources`: who the
  phrase names; `selon_statements`: which words it attributes, `selon_figures` a figure,
  `selon_embedded` a relative or participial clause); `pour`: "Pour X, …", X's view;
- `lostmarks`: a closing mark lost before an inserted cue, recovered before the rest;
- `candidates`: the records and the overlap rule; `floor`: speakers resolved in text order
  through `speakers` (`speaker_context`: the antecedents; `antecedents`: what a
  description or pronoun points back to; `offices`: whether the person named last holds
  the office it names), `mentions`, `subjects` and `cues`, `handover` when it changes hands.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsextract.nlp.extensions import is_extractable, register_extensions
from newsextract.nlp.quotes.candidates import (
    apposed_terms,
    glosses,
    named_movements,
    quoted_names,
    repeated_labels,
    resolve_overlaps,
)
from newsextract.nlp.quotes.continued import continued_clauses
from newsextract.nlp.quotes.direct import mark_candidates
from newsextract.nlp.quotes.echoes import echo_speaker
from newsextract.nlp.quotes.floor import named_speaker, resolve_speakers, speaker_entity_id
from newsextract.nlp.quotes.fragments import comparison_terms, spoken_labels
from newsextract.nlp.quotes.indirect import clause_candidates
from newsextract.nlp.quotes.lexicon import reporting_lexicon
from newsextract.nlp.quotes.lostmarks import recover_lost_closers
from newsextract.nlp.quotes.pour import pour_candidates
from newsextract.nlp.quotes.quoted_heads import quoted_speaker_mentions
from newsextract.nlp.quotes.selon import selon_candidates
from newsextract.nlp.segment import segmentation


class QuotesComponent:
    def __init__(self) -> None:
        register_extensions()
        reporting_lexicon()  # load the lexicons once, at construction

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP") or len(doc) == 0:
            doc.spans["quotes"] = []
            return doc
        qt = segmentation(doc)
        dates = frozenset(t.i for s in doc.spans.get("dates", []) for t in s)
        recover_lost_closers(doc, qt, dates)
        labels = repeated_labels(qt.text, qt.pieces)
        labels -= spoken_labels(doc, qt, labels)
        candidates = clause_candidates(doc, qt, labels, dates)
        candidates += continued_clauses(doc, qt, labels)
        candidates += mark_candidates(doc, qt, labels, dates)
        candidates += selon_candidates(doc, qt) + pour_candidates(doc, qt)
        names = quoted_names(doc, qt)
        compared = comparison_terms(doc, qt, names)  # "comparé au «Titanic»": a figure
        not_speech = (glosses(qt.text, qt.pieces) + apposed_terms(doc, qt)
                      + [n for n in names if n not in compared] + named_movements(doc, qt))
        candidates = [c for c in candidates
                      if not any(s <= c.start and c.end <= e for s, e in not_speech)]
        spans = []
        resolved = resolve_speakers(doc, qt, resolve_overlaps(candidates))
        named_with_marks = quoted_speaker_mentions(
            qt.text, [(speaker.start_char, speaker.end_char) for _, speaker in resolved])
        for cand, speaker in resolved:
            if any(s <= cand.start and cand.end <= e for s, e in named_with_marks):
                continue  # "déclare une «street medic»": the label names the speaker
            if cand.echo is not None and cand.verb is None:
                # a headline or subhead repeating attributed words: their speaker
                speaker = echo_speaker(cand, resolved) or speaker
            if speaker.name is None:
                continue  # who said it is the point of the table: no speaker, no row
            speaker = named_speaker(doc, speaker)
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None or not is_extractable(doc, span.start_char, span.end_char):
                continue
            span._.quote = {
                "kind": cand.kind, "speaker": speaker.name, "speaker_label": speaker.label,
                "speaker_entity_id": speaker_entity_id(doc, speaker),
                "speaker_start_char": speaker.start_char,
                "speaker_end_char": speaker.end_char, "verb": cand.verb,
            }
            spans.append(span)
        doc.spans["quotes"] = spans
        return doc


@Language.factory("newsextract_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()

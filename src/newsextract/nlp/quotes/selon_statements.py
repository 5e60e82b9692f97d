"""Which words a selon phrase attributes: the statement after the phrase, or before it when
the phrase closes the sentence, when a figure precedes it ("5000 personnes selon la police,
contre 2000 …") or when what follows only describes the source ("selon X, historienne à
l'EHESS"); the clause around a phrase set inside it ("ils ont, selon X, tenté de …"); and
whether the statement is the journalist's words holding quoted pieces (a selon record over
the quotes).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import COORDINATOR, grammar_words
from newsextract.nlp.quotes.candidates import (
    WORD,
    after_rubric_label,
    holds_cue,
    trim,
)
from newsextract.nlp.quotes.lexicon import (
    auxiliary_lemmas,
    is_bare_past_participle,
    word_set,
)
from newsextract.nlp.quotes.selon_figures import (
    figure_before,
    figure_before_incise,
    predicate_figure_before,
)
from newsextract.nlp.quotes.selon_sources import (
    selon_cue_at,
    source_modifier_end,
)
from newsextract.nlp.segment import Segmentation


def quotes_in_journalist_clause(doc: Doc, qt: Segmentation, span: tuple[int, int],
                                cues_allowed: bool = False) -> bool:
    """The statement holds quoted pieces and words of its own outside them, and no
    reporting verb (quotes with their own cue stay direct: "«…», a crié X, selon …");
    `cues_allowed`: a reporting verb of the statement's own does not matter (after "Pour
    X," nothing can follow the quote as its cue)."""
    inner = [p for p in qt.pieces if span[0] <= p.outer_start and p.outer_end <= span[1] + 1]
    if not inner:
        return False
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or (not cues_allowed and holds_cue(doc, qt, tokens.start, tokens.end)):
        return False
    rest = qt.text[span[0]:span[1]]
    for p in inner:
        rest = rest.replace(qt.text[p.outer_start:p.outer_end], " ")
    return len(WORD.findall(rest)) >= 2


def selon_statement(doc: Doc, qt: Segmentation, i: int, src: tuple[int, int], s_start: int,
                     s_end: int, shared: bool = False) -> tuple[int, int] | None:
    """Char range of the statement a selon phrase attributes (see QUOTES.md). `shared`: the
    sentence holds another selon phrase, which the statement never runs over."""
    text = qt.text
    figure = figure_before(doc, i)
    if figure is not None:
        return doc[figure].idx, doc[i - 1].idx + len(doc[i - 1])
    figure = figure_before_incise(doc, i, src[1], qt.token_at(s_start))
    if figure is None:
        figure = predicate_figure_before(doc, i)
    if figure is not None:  # the comma before the selon phrase is no part of the figure
        return doc[figure].idx, doc[i - 2].idx + len(doc[i - 2])
    sel_start = doc[i].idx
    limit = qt.token_at(s_end)
    inside = clause_around(doc, qt, i, src[1], qt.token_at(s_start), limit)
    if inside is not None:
        return inside
    mod_end = source_modifier_end(doc, src[1], limit)
    src_end = doc[mod_end - 1].idx + len(doc[mod_end - 1])
    # A headline's topic label before a colon is no part of the statement
    # ("«Retraites» : la réforme reste «trop floue», selon X").
    colon = text.rfind(":", s_start, sel_start)
    if colon >= 0 and not qt.in_quote(colon):
        s_start = colon + 1
    s_start = after_rubric_label(text, s_start, sel_start)
    before = trim(text, s_start, sel_start)
    after = trim(text, src_end, s_end)
    at_start = not WORD.search(text[s_start:sel_start]) or \
        len(WORD.findall(text[s_start:sel_start])) <= 1
    if at_start:
        return after if after[1] > after[0] else None
    if after[1] - after[0] <= 1 or not WORD.search(text[after[0]:after[1]]) \
            or describes_source(doc, qt.token_at(after[0]), qt.token_at(after[1])) \
            or (shared and holds_selon_cue(doc, qt, after)):
        if shared and before[1] > before[0]:
            before = own_relative_clause(doc, qt, before)
        return before if before[1] > before[0] else None
    return after


def clause_around(doc: Doc, qt: Segmentation, i: int, phrase_end: int, first: int,
                  limit: int) -> tuple[int, int] | None:
    """ "Ces barrages étaient, selon la police, levés jeudi", "des manifestants ont, selon
    une source, tenté de …": a selon phrase set off by commas right after a finite
    auxiliary or copula sits inside its clause, which goes on after it; the statement is
    that clause with the phrase kept inside (QUOTES.md), from the last comma before the
    auxiliary (or the sentence start, token `first`), past a coordinator, to the sentence
    end (token `limit`). None otherwise."""
    aux = i - 2
    if aux < first or doc[i - 1].text != "," or phrase_end + 1 >= limit \
            or doc[phrase_end].text != "," or doc[aux].pos_ not in ("AUX", "VERB") \
            or doc[aux].morph.get("VerbForm") != ["Fin"] \
            or doc[aux].lemma_ not in auxiliary_lemmas():
        return None
    start = next((k + 1 for k in range(aux - 1, first - 1, -1) if doc[k].text == ","), first)
    while start < aux and doc[start].lower_ in grammar_words(COORDINATOR):
        start += 1
    if start > aux or qt.in_quote(doc[start].idx):
        return None
    span = trim(qt.text, doc[start].idx, doc[limit - 1].idx + len(doc[limit - 1]))
    return span if span[1] > span[0] else None


def own_relative_clause(doc: Doc, qt: Segmentation, span: tuple[int, int]
                        ) -> tuple[int, int]:
    """With two selon phrases in a sentence, each attests the relative clause right before
    it (`quotes_selon_relative_scopes.txt`: "…, où trois blessés, selon X"): the part of
    `span` after the last such pronoun, or `span` when there is none."""
    first, last = qt.token_at(span[0]), qt.token_at(span[1])
    scopes = word_set("quotes_selon_relative_scopes.txt")
    rel = next((k for k in range(last - 1, first, -1)
                if doc[k].lower_ in scopes and not qt.in_quote(doc[k].idx)), None)
    if rel is None or rel + 1 >= last:
        return span
    return trim(qt.text, doc[rel + 1].idx, span[1])


def describes_source(doc: Doc, start: int, end: int) -> bool:
    """The words after a mid-sentence selon phrase, tokens [start, end), describe its
    source or contrast with a figure (no verb, or a relative clause), so that they are
    no statement of their own."""
    if start >= end:
        return False
    if doc[start].morph.get("PronType") == ["Rel"]:
        return True
    # a bare participle describes the source too ("selon des chiffres provisoires et
    # contestés par les syndicats")
    return not any(t.pos_ in ("VERB", "AUX") and not is_bare_past_participle(t)
                   for t in doc[start:end])


def holds_selon_cue(doc: Doc, qt: Segmentation, span: tuple[int, int]) -> bool:
    return any(selon_cue_at(doc, k) for k in range(qt.token_at(span[0]), qt.token_at(span[1]))
               if not qt.in_quote(doc[k].idx))

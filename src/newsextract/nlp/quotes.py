"""``newsextract_quotes``: who said what, in ``doc.spans["quotes"]`` / ``span._.quote``.

Four kinds of records (see docs/quotes.md and the gold guidelines):

- direct: the words inside quotation marks, paired by `quote_marks.pair_quote_marks` (a text
  pass, not the parse), attributed by the reporting clause after the closing mark
  ("», a déclaré X"), an inserted clause that cuts the quote in two ("…, a-t-il ajouté, …"),
  or a reporting verb before the opening mark ("X a affirmé : «…»", "a dénoncé des «…»").
  A quote with no cue inherits the previous speaker of its paragraph or of the paragraph
  just before; short verbless quoted terms with no cue are scare quotes or names, not quotes.
- mixed / indirect: a reporting verb with a que-clause, a si-clause or an infinitive, or a
  clause before an inverted cue ("Sa vie n'est pas en danger, a précisé la gendarmerie");
  mixed when the clause embeds quoted words that are not mere labels.
- selon: "selon X" / "d'après X" and the statement it attributes.

Sentences are re-cut here, quote-aware: spaCy's splits inside «…» or after a closing mark
never separate a quote from its attribution, because cues are searched in the text around
the marks within quote-aware sentences, not in ``doc.sents``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import IDX, ORTH, POS
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from newsextract.nlp.attribution import (
    GROUP,
    NO_SPEAKER,
    Cue,
    Speaker,
    SpeakerContext,
    entity_name,
    fullest_name,
    inverted_cue,
    is_negated,
    is_salient_mention,
    mention_gender,
    mention_number,
    noun_phrase_end,
    np_speaker,
    pronoun_speaker,
    reporting_lemma,
    reporting_lexicon,
    selon_cue_at,
    selon_cue_positions,
    selon_source,
    subject_tokens,
    word_set,
)
from newsextract.nlp.extensions import (
    block_index,
    blocks,
    is_extractable,
    register_extensions,
)
from newsextract.nlp.quote_clauses import opens_main_clause, word_order_clause_start
from newsextract.nlp.quote_marks import QuotedSpan, pair_quote_marks
from newsextract.nlp.quote_selon import describes_source, figure_before
from newsextract.nlp.quote_speakers import (
    GROUP_MARKS,
    apposition_subject,
    banner_subject,
    chant_subject,
    colon_subject,
    description_subjects,
    group_subjects,
    inverted_clitic,
    is_speaker_like,
    lead_in_subject,
    modified_noun_subject,
    opinion_lemma,
    participle_main_verb,
    pour_subject,
    relative_subject,
)
from newsextract.resources import read_lines

DIRECT, MIXED, INDIRECT, SELON = "direct", "mixed", "indirect", "selon"
# Which record wins when two overlap: lower first.
PRIORITY = {MIXED: 0, INDIRECT: 1, DIRECT: 2, SELON: 3}
# A selon statement with quoted pieces in a clause of the journalist's ("Selon le ministre,
# «c'est la même personne» qui a…") is one selon record: it wins over the pieces, and over
# a mixed clause (QUOTES.md: "Selon takes priority over mixed").
SELON_OVER_QUOTES = -1
# A quote this short (in words) and verbless is a quoted term unless a cue governs it.
MIN_STANDALONE_WORDS = 4
# A quote with no cue inherits the previous speaker at most this many blocks later.
INHERIT_MAX_BLOCKS = 2
# Words of the longest quoted fragment an ambiguous verb governs as its object.
MAX_AMBIGUOUS_FRAGMENT_WORDS = 6
# The furthest (in tokens) a reporting verb may stand before a quoted fragment it governs.
MAX_FRAGMENT_GAP = 12
# Words joining two quoted pieces of one noun phrase ("la «A» du «B»", "une «A» et une
# «B»"): no comma, so no new clause or cue in between.
_FRAGMENT_GLUE = re.compile(r"[\s\xa0\u202f]*(?:du|des|de(?: la| l['’])?|d['’]|et"
                            r"(?: (?:un|une|des|la|le|les|l['’]))?)[\s\xa0\u202f]*",
                            re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|[«“\"A-ZÀ-Ý])")
_WORD = re.compile(r"\w+")
# Words of a fragment, for its length: an elided article ("d'") is no word and a figure
# written with separators ("10.000") is one.
_FRAGMENT_WORD = re.compile(r"\d[\d.,\u202f\xa0]*\d|[^\W_]{2,}|\d")
SPACES = " \t\n\xa0\u202f"


@dataclass
class Candidate:
    """A record before speaker resolution."""

    start: int  # chars
    end: int
    kind: str
    verb: str | None
    anchor: int  # char offset where the attribution is read (resolution order)
    subject: tuple[int, int] | None = None  # token range of the subject mention
    pronoun: int | None = None  # token index of a subject clitic
    inherit: bool = False  # no cue: the previous speaker of the paragraph
    speaker: Speaker | None = None  # already known (selon sources are resolved directly)
    block: int = -1
    priority: int | None = None  # overrides PRIORITY[kind] in `resolve_overlaps`


def _verbs_and_commas(doc: Doc) -> Iterator[Token]:
    """The verbs and commas of `doc`, found on its arrays: creating a Token object for every
    token of the document just to test its tag is what made this scan costly."""
    if not len(doc):
        return
    attributes = doc.to_array([POS, ORTH])
    comma = doc.vocab.strings[","]
    wanted = (attributes[:, 0] == VERB) | (attributes[:, 1] == comma)
    for i in numpy.flatnonzero(wanted):
        yield doc[int(i)]


class QuoteTokens:
    """Char <-> token lookups and the quote-aware sentences of one Doc."""

    def __init__(self, doc: Doc, text: str, pieces: list[QuotedSpan]) -> None:
        self.doc = doc
        self.text = text
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []
        self.pieces = pieces
        self.inside = [(p.outer_start, p.outer_end) for p in pieces]
        self.inside_starts = [s for s, _ in self.inside]
        self.sentences = quote_aware_sentences(text, blocks(doc), self.inside)
        self.sentence_starts = [s for s, _ in self.sentences]

    def token_at(self, char: int) -> int:
        """Index of the token containing or following `char`."""
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return 0
        tok = self.doc[i]
        return i if char < tok.idx + len(tok) else min(i + 1, len(self.doc))

    def sentence(self, char: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, char) - 1
        return self.sentences[max(i, 0)]

    def in_quote(self, char: int) -> bool:
        i = bisect_right(self.inside_starts, char) - 1
        return i >= 0 and char < self.inside[i][1]


def quote_aware_sentences(text: str, block_list: list[list], quoted: list[tuple[int, int]]
                          ) -> list[tuple[int, int]]:
    """Sentences as char ranges: cut after . ! ? … outside quotation marks, and at blocks."""
    qstarts = [s for s, _ in quoted]

    def inside(pos: int) -> bool:
        i = bisect_right(qstarts, pos) - 1
        return i >= 0 and pos < quoted[i][1] - 1

    out: list[tuple[int, int]] = []
    for b_start, b_end, _ in block_list:
        start = b_start
        for m in _SENTENCE_END.finditer(text, b_start, b_end):
            if inside(m.start()) or _is_abbreviation(text, m.start()):
                continue
            out.append((start, m.end()))
            start = m.end()
            while start < b_end and text[start].isspace():
                start += 1
        if start < b_end:
            out.append((start, b_end))
    return out or [(0, len(text))]


def abbreviation_words() -> frozenset[str]:
    """Abbreviated titles whose dot ends no sentence (lowercase, without the dot)."""
    return word_set("quotes_abbreviations.txt")


def _is_abbreviation(text: str, dot: int) -> bool:
    """A title ("M.", "Mme.") or a single capital initial before the dot: no sentence end.
    Acronyms ("PS.", "RN.") do end sentences."""
    m = re.search(r"(\w+)$", text[max(0, dot - 5):dot])
    if not m:
        return False
    word = m.group(1)
    return (len(word) == 1 and word.isupper()) or word.lower() in abbreviation_words()


# --------------------------------------------------------------------------- the component

class QuotesComponent:
    def __init__(self) -> None:
        register_extensions()
        reporting_lexicon()  # load the lexicons once, at construction
        self.mention_markers = word_set("quotes_mention_markers.txt")
        self.clause_words = word_set("quotes_clause_words.txt")
        self.clause_breaks = word_set("quotes_clause_breaks.txt")
        self.negation = word_set("quotes_negation.txt")

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP") or len(doc) == 0:
            doc.spans["quotes"] = []
            return doc
        text = doc.text  # built from the tokens on each access: read once
        pieces = pair_quote_marks(text, blocks(doc))
        qt = QuoteTokens(doc, text, pieces)
        dates = frozenset(t.i for s in doc.spans.get("dates", []) for t in s)
        labels = repeated_labels(text, pieces)
        candidates = self.clause_candidates(doc, qt, labels, dates)
        candidates += self.mark_candidates(doc, qt, labels, dates)
        candidates += self.selon_candidates(doc, qt)
        kept = resolve_overlaps(candidates)
        spans = []
        for cand, speaker in resolve_speakers(doc, qt, kept):
            if speaker.name is None:
                continue  # who said it is the point of the table: no speaker, no row
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None or not is_extractable(doc, span.start_char, span.end_char):
                continue
            span._.quote = {
                "kind": cand.kind, "speaker": speaker.name, "speaker_label": speaker.label,
                "speaker_start_char": speaker.start_char,
                "speaker_end_char": speaker.end_char, "verb": cand.verb,
            }
            spans.append(span)
        doc.spans["quotes"] = spans
        return doc

    # ------------------------------------------------------------------ quotation marks

    def mark_candidates(self, doc: Doc, qt: QuoteTokens, labels: set[str],
                        dates: frozenset[int]) -> list[Candidate]:
        """Direct quotes from the paired marks, with their cue."""
        out: list[Candidate] = []
        post: dict[int, tuple[Cue | None, Candidate | None]] = {}
        for n in range(len(qt.pieces) - 1, -1, -1):
            post[n] = self.post_cue(doc, qt, n, post, dates)
        fragment_cues: dict[int, Cue] = {}  # pieces whose cue is a verb before them
        chants: dict[int, tuple[int, int]] = {}  # pieces chanted, with the chanters
        for n, piece in enumerate(qt.pieces):
            parts = self.split_inserted(doc, qt, piece, dates)
            cue, selon = post[n]
            if cue is not None and _inside_noun_phrase(doc, qt, piece) \
                    and "," not in qt.text[piece.outer_end:cue.verb.idx]:
                # "les «gilets jaunes» ont exprimé leur déception", "le nombre de pancartes
                # «faites maison» atteste de…": a quoted noun phrase or modifier inside the
                # verb's subject, not a quote before an inverted cue.
                cue = None
            for k, (start, end, inserted) in enumerate(parts):
                the_cue = inserted or cue
                if k == 0 and inserted is None and len(parts) > 1:
                    the_cue = parts[1][2] if len(parts) > 1 else cue
                cand = Candidate(start, end, DIRECT, None, start, block=piece.block)
                if the_cue is not None:
                    _attach(cand, the_cue)
                elif selon is not None:
                    cand.speaker, cand.anchor = selon.speaker, selon.anchor
                elif k == 0 and self.is_standalone_quote(doc, qt, piece, start, end, labels) \
                        and (headline := headline_subject(doc, qt, piece)) is not None:
                    # "«Je ne partirai pas» : X s'explique"; a quoted topic label before
                    # the colon ("«Gilets jaunes» : X pointe…") is nobody's words.
                    cand.subject = headline
                else:
                    pre = self.pre_cue(doc, qt, piece, labels) \
                        or self.glued_fragment_cue(qt, n, fragment_cues, labels)
                    if pre is not None:
                        fragment_cues[n] = pre
                        _attach(cand, pre)
                    elif (chant := self.chant_subject(doc, qt, n, chants)) is not None:
                        # "sous le mot d'ordre «…»": "mot" is no mention marker here.
                        chants[n] = cand.subject = chant
                    elif (narrator := self.narrative_subject(doc, qt, piece, labels)) \
                            is not None:
                        cand.subject = narrator
                    elif self.is_standalone_quote(doc, qt, piece, start, end, labels):
                        cand.inherit = True
                        cand.subject = self.lead_in(doc, qt, piece)
                    else:
                        continue
                out.append(cand)
        return out

    def post_cue(self, doc: Doc, qt: QuoteTokens, n: int,
                 later: dict[int, tuple[Cue | None, Candidate | None]],
                 dates: frozenset[int]) -> tuple[Cue | None, Candidate | None]:
        """The cue after quote `n`: an inverted reporting clause, "selon X", or the cue of
        the next quote when only punctuation or "et" separates them («A», «B», a crié X)."""
        piece = qt.pieces[n]
        if piece.close_char is None:
            return None, None
        text = qt.text
        after = piece.outer_end
        s_start, s_end = qt.sentence(piece.outer_start)
        if n + 1 < len(qt.pieces):
            nxt = qt.pieces[n + 1]
            glue = text[after:nxt.outer_start]
            joint = re.fullmatch(r"[\s,;]*(\w+)?[\s,]*", glue)
            if nxt.block == piece.block and joint is not None and (
                    joint.group(1) is None
                    or joint.group(1).lower() in word_set("quotes_piece_glue.txt")):
                # «A», «B», a crié X; «A», qui «B», a écrit X: one cue for both pieces.
                return later.get(n + 1, (None, None))
        i = qt.token_at(after)
        limit = qt.token_at(max(s_end, after))
        limit = max(limit, min(len(doc), i + 30))
        block_end = blocks(doc)[piece.block][1]
        limit = min(limit, qt.token_at(block_end))
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i >= limit:
            return None, None
        n_sel = selon_cue_at(doc, i)
        if n_sel:
            src = selon_source(doc, i + n_sel, limit)
            if src is not None:
                return None, Candidate(piece.start, piece.end, DIRECT, None, doc[src[0]].idx,
                                       subject=src)
            return None, None
        return inverted_cue(doc, i, limit, dates) or impersonal_cue(doc, i, limit), None

    def split_inserted(self, doc: Doc, qt: QuoteTokens, piece: QuotedSpan,
                       dates: frozenset[int]) -> list[tuple[int, int, Cue | None]]:
        """The piece cut at an inserted reporting clause ("…, a-t-il ajouté, …"): pieces
        with the inserted cue; an unclosed quote stops at the clause."""
        first = qt.token_at(piece.start)
        last = qt.token_at(piece.end)
        for i in range(first, last):
            if doc[i].text != ",":
                continue
            cue = inverted_cue(doc, i + 1, last, dates)
            if cue is None or (cue.subject is None and cue.pronoun is None):
                continue
            end_tok = cue.end
            if cue.subject is not None:
                # The inserted clause ends at the first comma or stop after its subject.
                end_tok = noun_phrase_end(doc, cue.subject[0], last)
                while end_tok < last and doc[end_tok].text not in (",", ".", ";"):
                    end_tok += 1
                # A name in apposition belongs to the clause ("…, pointe le maire, X. …").
                if end_tok + 1 < last and doc[end_tok].text == "," \
                        and doc[end_tok + 1].ent_type_ == "PER":
                    end_tok += 1
                    while end_tok < last and doc[end_tok].text not in (",", ".", ";"):
                        end_tok += 1
            head_end = doc[i].idx
            if end_tok < last and doc[end_tok].text in (",", ".", ";"):
                tail_start = doc[end_tok].idx + 1
            elif end_tok >= last:
                tail_start = piece.end
            else:
                continue
            out = [(piece.start, head_end, None)]
            # The head gets the inserted cue too (one speaker for both parts).
            out[0] = (piece.start, head_end, cue)
            if piece.closed:
                s = tail_start
                while s < piece.end and qt.text[s].isspace():
                    s += 1
                if s < piece.end:
                    out.append((s, piece.end, cue))
            return out
        return [(piece.start, piece.end, None)]

    def pre_cue(self, doc: Doc, qt: QuoteTokens, piece: QuotedSpan, labels: set[str]
                ) -> Cue | None:
        """A reporting verb before the opening mark in the same sentence that governs the
        quote: "X a affirmé : «…»", "a estimé que «…»", "a dénoncé des «…»"."""
        if piece.open_char is None:
            return None
        s_start, _ = qt.sentence(piece.open_char)
        first = qt.token_at(s_start)
        mark = qt.token_at(piece.open_char)
        lex = reporting_lexicon()
        # After a colon the quote is the verb's whole object, however long the clause
        # before it ("X a réagi à … avant sa rencontre de mercredi : «…»").
        after_colon = qt.text[s_start:piece.open_char].rstrip(SPACES).endswith(":")
        reach = first if after_colon else max(first, mark - MAX_FRAGMENT_GAP)
        for v in range(mark - 1, reach - 1, -1):
            tok = doc[v]
            if qt.in_quote(tok.idx):
                return None
            lemma = reporting_lemma(tok)
            opinion = lemma is None and (lemma := opinion_lemma(tok)) is not None
            if tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Fin"] and lemma is None:
                return None
            if lemma is None:
                continue
            if is_negated(tok):
                return None
            between = doc[v + 1:mark]
            fragment = any(t.pos_ in ("NOUN", "DET") for t in between) \
                and not any(t.text == ":" or t.lower_ in ("que", "qu'", "qu’") for t in between)
            if opinion and (_ambiguous_fragment(lex, lemma, qt.text, piece, opinion)
                            or any(t.text == ":" or t.lower_ in ("que", "qu'", "qu’")
                                   for t in between)):
                return None  # an opinion verb quotes only a short noun phrase it governs
            if fragment and (_ambiguous_fragment(lex, lemma, qt.text, piece, opinion)
                             or _is_label(qt.text, piece, labels)
                             or self.after_mention_marker(doc, mark)):
                return None
            subject = self.verb_subject(doc, qt, tok)
            if opinion and (subject is None or not _named_or_pronoun(doc, *subject)):
                return None  # "les manifestants espèrent une «marée jaune»": a theme
            return Cue(tok, lemma, v, v + 1, subject, None)
        return None

    def chant_subject(self, doc: Doc, qt: QuoteTokens, n: int,
                      chants: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
        """The chanters of piece `n`: after a chant noun ("aux cris de «…»"), or listed
        after a chanted piece with only a comma or "et" between ("«A», «B»")."""
        piece = qt.pieces[n]
        if piece.open_char is None:
            return None
        if n - 1 in chants and qt.pieces[n - 1].block == piece.block and re.fullmatch(
                r"[\s,]*(?:et)?[\s]*", qt.text[qt.pieces[n - 1].outer_end:piece.outer_start]):
            return chants[n - 1]
        return chant_subject(doc, qt.token_at(piece.open_char))

    def glued_fragment_cue(self, qt: QuoteTokens, n: int, fragment_cues: dict[int, Cue],
                           labels: set[str]) -> Cue | None:
        """ "y voit la «faute originelle» du «président des riches»": a short piece joined
        to the previous one by a complement or a coordination, with no comma, continues
        the same object and shares the previous piece's verb."""
        previous = fragment_cues.get(n - 1)
        piece = qt.pieces[n]
        if previous is None or piece.open_char is None or _is_label(qt.text, piece, labels) \
                or qt.pieces[n - 1].block != piece.block \
                or len(_FRAGMENT_WORD.findall(qt.text[piece.start:piece.end])) \
                > MAX_AMBIGUOUS_FRAGMENT_WORDS:
            return None
        glue = qt.text[qt.pieces[n - 1].outer_end:piece.outer_start]
        return previous if _FRAGMENT_GLUE.fullmatch(glue) else None

    def verb_subject(self, doc: Doc, qt: QuoteTokens, verb) -> tuple[int, int] | None:
        """Token range of a reporting verb's subject; a participial clause after a comma
        takes the subject of the journalist's verb it follows (quote_speakers.py)."""
        modified = modified_noun_subject(doc, verb)
        if modified is not None:
            return modified  # "une ministre appelant à …": the noun phrase, not the clause's
        main = participle_main_verb(doc, verb, qt.token_at(qt.sentence(verb.idx)[0]),
                                    qt.in_quote)
        if main is not None:
            subject = inverted_clitic(doc, main) or subject_tokens(main)
            if subject is not None:
                return subject
        subject = subject_tokens(verb)
        if subject is not None and subject[1] - subject[0] == 1 \
                and doc[subject[0]].lower_ == "on":
            # "une banderole sur laquelle on pouvait lire : «…»": the group carrying it.
            return banner_subject(doc, verb) or subject
        return subject

    def narrative_subject(self, doc: Doc, qt: QuoteTokens, piece: QuotedSpan,
                          labels: set[str]) -> tuple[int, int] | None:
        """The speaker of a quote with no reporting verb, named in a clause of the
        journalist's: after a colon ("une manifestante brandissait une pancarte : «…»") or
        around a self-description in apposition ("X, 40 ans, «…», a expliqué"). See
        quote_speakers.py."""
        if piece.open_char is None or piece.close_char is None \
                or _is_label(qt.text, piece, labels):
            return None
        open_tok = qt.token_at(piece.open_char)
        if self.after_mention_marker(doc, open_tok):
            return None
        s_start = qt.sentence(piece.open_char)[0]
        before = qt.text[s_start:piece.open_char].rstrip(SPACES)
        if before.endswith(":") and not qt.in_quote(s_start + len(before) - 1):
            colon = qt.token_at(s_start + len(before) - 1)
            return colon_subject(doc, colon, qt.token_at(s_start),
                                 lambda verb: reporting_lemma(verb) is not None)
        return apposition_subject(doc, open_tok, qt.token_at(piece.close_char)) \
            or relative_subject(doc, open_tok) \
            or pour_subject(doc, qt.token_at(s_start), open_tok)

    def lead_in(self, doc: Doc, qt: QuoteTokens, piece: QuotedSpan) -> tuple[int, int] | None:
        """The subject of the sentence just before a quote that opens its sentence, in
        the same or the previous block, when that sentence quotes nobody (see
        quote_speakers.lead_in_subject)."""
        s_start, _ = qt.sentence(piece.outer_start)
        if qt.text[s_start:piece.outer_start].strip() or s_start == 0:
            return None
        p_start, p_end = qt.sentence(s_start - 1)
        p_block = block_index(doc, p_start)
        if p_end > s_start or p_block is None or piece.block - p_block > 1:
            return None

        def has_quote(first: int, last: int) -> bool:
            return any(qt.in_quote(t.idx) for t in doc[first:last])

        return lead_in_subject(doc, qt.token_at(p_start), qt.token_at(p_end), has_quote)

    def after_mention_marker(self, doc: Doc, mark: int) -> bool:
        prev = [t.lower_ for t in doc[max(0, mark - 3):mark]]
        return any(w in self.mention_markers for w in prev)

    def is_standalone_quote(self, doc: Doc, qt: QuoteTokens, piece: QuotedSpan, start: int,
                            end: int, labels: set[str]) -> bool:
        """A quote with no cue is a quote (not a term or a name) when it reads as speech:
        long enough with a verb, or a question or exclamation."""
        content = qt.text[start:end]
        if _is_label(qt.text, piece, labels):
            return False
        if piece.open_char is not None and self.after_mention_marker(
                doc, qt.token_at(piece.open_char)):
            return False
        words = len(_WORD.findall(content))
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in doc.char_span(
            start, end, alignment_mode="expand") or [])
        if content.rstrip()[-1:] in "?!" and words >= 2:
            return True
        if _inside_noun_phrase(doc, qt, piece) \
                and doc[qt.token_at(piece.open_char) - 1].pos_ == "NOUN":
            return False  # "un communiqué «destiné à la préfecture», signé…": a modifier
        return words >= MIN_STANDALONE_WORDS and has_verb

    # ------------------------------------------------------------------ clauses

    def clause_candidates(self, doc: Doc, qt: QuoteTokens, labels: set[str],
                          dates: frozenset[int]) -> list[Candidate]:
        """Indirect and mixed records: reporting verbs with a content clause, and clauses
        before an inverted cue."""
        out: list[Candidate] = []
        lex = reporting_lexicon()
        for tok in _verbs_and_commas(doc):
            if tok.pos_ == "VERB" and not qt.in_quote(tok.idx):
                lemma = reporting_lemma(tok)
                if lemma is None or is_negated(tok) or not _reports(tok, lemma):
                    continue
                limit = qt.token_at(qt.sentence(tok.idx)[1])
                clause = self.complement(doc, tok, lex.ambiguous(lemma), limit)
                if clause is None:
                    continue
                if " " in lemma and not lemma.startswith("se "):
                    # "a fait valoir que": the clause starts after the whole cue
                    rest_end = tok.i + len(lemma.split())
                    if clause[1] <= rest_end:
                        continue
                    clause = (max(clause[0], rest_end), clause[1])
                cand = self.clause_record(doc, qt, clause, labels, lemma, tok.idx)
                if cand is not None:
                    cand.subject = self.verb_subject(doc, qt, tok)
                    out.append(cand)
            elif tok.text == "," and not qt.in_quote(tok.idx) and tok.i + 1 < len(doc):
                s_start, s_end = qt.sentence(tok.idx)
                limit = qt.token_at(s_end)
                cue = inverted_cue(doc, tok.i + 1, limit, dates, require_inversion=True)
                if cue is None or cue.lemma in lex.inverted_only:
                    continue
                first = qt.token_at(s_start)
                while first < tok.i and (doc[first].is_punct and doc[first].text not in
                                         ("«", "“", '"')):
                    first += 1
                if first >= tok.i or not _has_main_verb(doc[first:tok.i]):
                    continue
                if _holds_cue(doc, qt, first, tok.i):
                    continue  # "X a annoncé … «…», a déclaré X": the quote is direct
                cand = self.clause_record(doc, qt, (first, tok.i), labels, cue.lemma,
                                          cue.verb.idx)
                if cand is not None:
                    _attach(cand, cue)
                    out.append(cand)
        return out

    def complement(self, doc: Doc, verb, ambiguous: bool, limit: int
                   ) -> tuple[int, int] | None:
        """Token range of the verb's content clause: que/si-clause, or an infinitive (for
        ambiguous verbs only a perfect or negated one: "a annoncé avoir clos", not "a
        annoncé vouloir", or one introduced by de/à: "a proposé de verser"). Topic and
        question clauses ("expliquer pourquoi") are none. When the parse gives the verb no
        clause, the clause is read off the word order (see quote_clauses.py) and runs to
        the end of the sentence or to a new clause of the journalist's."""
        for child in verb.children:
            if child.i < verb.i:
                continue
            is_clause = child.dep_ == "ccomp"
            is_inf = child.dep_ == "xcomp" and child.morph.get("VerbForm") == ["Inf"] \
                and child.pos_ in ("VERB", "AUX")
            if child.dep_ == "xcomp" and child.pos_ == "VERB" and _perfect_infinitive(child):
                is_inf = True
                ambiguous = ambiguous and not _perfect_infinitive(child)
            if is_inf and any(c.dep_ == "mark" and c.i > verb.i for c in child.children):
                ambiguous = False  # "a proposé de verser", "l'a incitée à reverser"
            if not (is_clause or (is_inf and not ambiguous)):
                continue
            left = child.left_edge.i
            if left <= verb.i:
                left = verb.i + 1
            first = doc[left]
            if first.lower_ in self.clause_words:
                return None
            if is_clause and first.lower_ not in ("que", "qu'", "qu’", "si", "s'") \
                    and not any(t.text == ":" for t in doc[verb.i:left]):
                continue
            return left, self.clause_end(doc, left, child.right_edge.i + 1)
        misparsed = self.misparsed_que_clause(doc, verb)
        if misparsed is not None:
            return misparsed
        left = word_order_clause_start(doc, verb, ambiguous, limit)
        if left is None:
            return None
        return left, self.clause_end(doc, left, limit)

    def misparsed_que_clause(self, doc: Doc, verb) -> tuple[int, int] | None:
        """ "a souligné avant le vote que …": a que the parser hung on the complement as a
        relative pronoun. Taken when only a short adverbial separates it from the verb."""
        for i in range(verb.i + 1, min(len(doc), verb.i + 7)):
            t = doc[i]
            if t.lower_ in ("que", "qu'", "qu’"):
                if t.dep_ != "obj" or not t.head.dep_.startswith("acl"):
                    return None
                clause_verb = t.head
                return i, self.clause_end(doc, i, clause_verb.right_edge.i + 1)
            if t.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
                return None
        return None

    def clause_end(self, doc: Doc, start: int, end: int) -> int:
        """The content clause stops before a comma that opens a new clause of the
        journalist's: a connective (", alors que", ", tout en") or a participial clause
        (", faisant son mea culpa")."""
        for i in range(start + 1, end - 1):
            if _opens_gerund(doc, i):
                # "… tout en ajoutant que", "… en affirmant": a new clause even without comma.
                return i - 1 if doc[i - 1].lower_ in self.clause_breaks else i
            if doc[i].text != ",":
                continue
            nxt = doc[i + 1]
            if nxt.lower_ in self.negation and i + 2 < end:
                nxt = doc[i + 2]  # ", n'hésitant pas à"
            if nxt.lower_ in self.clause_breaks or _is_present_participle(nxt) \
                    or opens_main_clause(doc, i, start, end):
                return i
        return end

    def clause_record(self, doc: Doc, qt: QuoteTokens, clause: tuple[int, int],
                      labels: set[str], lemma: str, anchor: int) -> Candidate | None:
        """Mixed or indirect record over the clause; None when the clause is one quote
        (then the quote is direct) or crosses a sentence."""
        start = doc[clause[0]].idx
        last = doc[clause[1] - 1]
        end = last.idx + len(last)
        s_start, s_end = qt.sentence(start)
        # A quote opened in the clause runs to its closing mark; a clause that starts
        # inside a quote starts at its opening mark.
        for p in qt.pieces:
            if p.outer_start < start < p.outer_end:
                start = p.outer_start
        for p in qt.pieces:
            if start <= p.outer_start < end and p.outer_end > end:
                end = min(p.outer_end, s_end)
        end = min(end, s_end)
        end = self.extend_over_quotes(doc, qt, clause[0], end, s_end, labels)
        start, end = _trim(qt.text, start, end)
        if end <= start:
            return None
        inner = [p for p in qt.pieces if p.outer_start < end and p.outer_end > start]
        speech = [p for p in inner if not _is_label(qt.text, p, labels)]
        rest = qt.text[start:end]
        if speech:
            for p in speech:
                rest = rest.replace(qt.text[p.outer_start:p.outer_end], " ")
            core = [w for w in _WORD.findall(rest) if w.lower() not in ("que", "qu", "de", "d",
                                                                       "à", "si")]
            if not core and len(speech) == 1:
                return None
            if len(speech) > 1 and _only_glue(core) \
                    and qt.text[start:speech[0].outer_start].strip(SPACES + ",") == "":
                return None  # "«A», qui «B», a écrit X": two directs
            return Candidate(start, end, MIXED, lemma, anchor)
        return Candidate(start, end, INDIRECT, lemma, anchor)

    def extend_over_quotes(self, doc: Doc, qt: QuoteTokens, first: int, end: int,
                           s_end: int, labels: set[str]) -> int:
        """The parser often ends a content clause before the quoted pieces that continue it
        ("qu'elle présenterait fin janvier «un parti…», «sans étiquette»"): the clause runs
        on to the last quoted piece of its sentence, unless a new clause of the journalist's
        starts first (see `clause_end`)."""
        cut = self.clause_end(doc, first, qt.token_at(s_end))
        limit = min(doc[cut].idx, s_end) if cut < len(doc) else s_end
        new_end = end
        for p in qt.pieces:
            if end <= p.outer_start < limit and p.closed and p.outer_end <= limit \
                    and not _is_label(qt.text, p, labels):
                gap = doc.char_span(new_end, p.outer_start, alignment_mode="expand")
                if gap is not None and any(_finite_verb(t) for t in gap):
                    break  # a new clause ("…», a déclaré X")
                new_end = p.outer_end
        return new_end

    # ------------------------------------------------------------------ selon

    def selon_candidates(self, doc: Doc, qt: QuoteTokens) -> list[Candidate]:
        out: list[Candidate] = []
        resume = 0  # a cue's source is not searched for further cues
        for i in selon_cue_positions(doc):
            if i < resume:
                continue
            n = selon_cue_at(doc, i)
            tok = doc[i]
            if not n or tok.lower_ in ("cité", "citée", "cités", "citées") \
                    or qt.in_quote(tok.idx):
                continue
            s_start, s_end = qt.sentence(tok.idx)
            limit = qt.token_at(s_end)
            src = selon_source(doc, i + n, limit)
            if src is None:
                continue
            span = _selon_statement(doc, qt, i, src, s_start, s_end)
            if span is not None:
                cand = Candidate(span[0], span[1], SELON, None, doc[src[0]].idx, subject=src)
                if _quotes_in_journalist_clause(doc, qt, span):
                    cand.priority = SELON_OVER_QUOTES
                out.append(cand)
            resume = src[1]
        return out


# --------------------------------------------------------------------------- helpers

# Dependencies of verbs that only describe a noun: "Une source, qui a requis l'anonymat, a
# évoqué un bilan": the words before the comma are the subject, not reported content.
_NOUN_MODIFIER_DEPS = frozenset({"acl", "acl:relcl"})


def _has_main_verb(tokens) -> bool:
    """Whether `tokens` hold a verb of their own clause, not only verbs of relative or
    participial clauses attached to a noun."""
    for t in tokens:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        verb = t.head if t.dep_ in ("aux", "aux:pass", "aux:tense", "cop") else t
        if verb.dep_ not in _NOUN_MODIFIER_DEPS:
            return True
    return False


def _reports(verb, lemma: str) -> bool:
    """Whether a lexicon verb outside a quote reports speech here: not a cue that only
    works next to a quote ("commencer"), not a fixed phrase ("autrement dit",
    `quotes_not_reporting.txt`), not an ambiguous verb under a modal ("on a pu observer
    que", "peut constater que")."""
    lex = reporting_lexicon()
    if lemma in lex.inverted_only:
        return False
    doc = verb.doc
    if verb.i > 0 and f"{doc[verb.i - 1].lower_} {verb.lower_}" in _not_reporting():
        return False
    head = verb.head
    return not (lex.ambiguous(lemma) and verb.dep_ == "xcomp" and head is not verb
                and head.lemma_ in ("pouvoir", "devoir"))


@cache
def _not_reporting() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("quotes_not_reporting.txt"))


def _finite_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") == ["Fin"]


def _is_present_participle(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") == ["Part"] \
        and tok.morph.get("Tense") == ["Pres"]


def _opens_gerund(doc: Doc, i: int) -> bool:
    """ "en" + present participle at token i."""
    return doc[i].lower_ == "en" and i + 1 < len(doc) and _is_present_participle(doc[i + 1])


def _perfect_infinitive(verb) -> bool:
    """ "avoir clos", "être venu", "ne pas avoir entendu": an infinitive auxiliary, which
    after a reporting verb reports a past fact the subject asserts."""
    return any(c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Inf"]
               for c in verb.children if c.i < verb.i)


def _attach(cand: Candidate, cue: Cue) -> None:
    cand.verb = cue.lemma
    cand.anchor = cue.verb.idx
    cand.subject = cue.subject
    cand.pronoun = cue.pronoun.i if cue.pronoun is not None else None
    if cue.subject is None and cue.pronoun is None:
        cand.inherit = True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:-–—"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:-–—"):
        end -= 1
    return start, end


def _norm_label(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def repeated_labels(text: str, pieces: list[QuotedSpan]) -> set[str]:
    """Short quoted terms that occur quoted more than once: names and labels ("gilets
    jaunes"), not someone's words."""
    seen: dict[str, int] = {}
    for p in pieces:
        key = _norm_label(text[p.start:p.end])
        if 0 < len(key.split()) <= 4:
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n > 1}


def _is_label(text: str, piece: QuotedSpan, labels: set[str]) -> bool:
    return _norm_label(text[piece.start:piece.end]) in labels


# How many tokens after the colon of a "«…» : X …" title the subject may start.
HEADLINE_SUBJECT_WINDOW = 4


def headline_subject(doc: Doc, qt: QuoteTokens, piece: QuotedSpan) -> tuple[int, int] | None:
    """The speaker of a quote that opens its paragraph and is followed by a colon, the
    press title or lead pattern "«Je ne partirai pas» : le maire X s'explique": the person
    named as the subject right after the colon (token range), or None."""
    if piece.close_char is None or piece.open_char is None \
            or piece.open_char != blocks(doc)[piece.block][0]:
        return None
    after = qt.text[piece.outer_end:piece.outer_end + 3].strip(" \xa0\u202f")
    if not after.startswith(":"):
        return None
    first = qt.token_at(qt.text.index(":", piece.outer_end)) + 1
    for ent in doc.spans.get("entities", []):
        if first <= ent.start < first + HEADLINE_SUBJECT_WINDOW and ent.label_ == "PER" \
                and ent.root.dep_.startswith("nsubj"):
            return ent.start, ent.end
    return None


def _inside_noun_phrase(doc: Doc, qt: QuoteTokens, piece: QuotedSpan) -> bool:
    """The opening mark follows a determiner or a common noun with no punctuation between:
    the quoted words name or qualify something ("les «gilets jaunes»", "des pancartes
    «faites maison»")."""
    if piece.open_char is None:
        return False
    i = qt.token_at(piece.open_char) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and (doc[i].pos_ == "DET" or (
        doc[i].pos_ == "NOUN" and doc[i].text[:1].islower()))


def _only_glue(words: list[str]) -> bool:
    """Words outside the quoted pieces are only glue between them
    (`quotes_piece_glue.txt`: "qui", "et")."""
    glue = word_set("quotes_piece_glue.txt")
    return all(w.lower() in glue for w in words)


def _named_or_pronoun(doc: Doc, start: int, end: int) -> bool:
    """The subject in tokens [start, end) names a person or organisation, or is a
    pronoun: an opinion verb's fragment is a quote only of someone identified."""
    if start >= end:
        return False
    if doc[start].pos_ == "PRON":
        return is_speaker_like(doc, start, end)
    return any(t.ent_type_ in ("PER", "ORG") for t in doc[start:end])


def _ambiguous_fragment(lex, lemma: str, text: str, piece: QuotedSpan,
                        opinion: bool = False) -> bool:
    """A quoted noun phrase after an ambiguous or opinion verb ("a annoncé des
    «mesures»", "y voit la «faute originelle»") is a source's wording only when short: a
    few evaluative words ("a défendu un texte «ambitieux»", "a relevé un «nombre
    record»"), not a long title or programme."""
    return (opinion or lex.ambiguous(lemma)) \
        and len(_FRAGMENT_WORD.findall(text[piece.start:piece.end])) \
        > MAX_AMBIGUOUS_FRAGMENT_WORDS


def _holds_cue(doc: Doc, qt: QuoteTokens, first: int, end: int) -> bool:
    """A reporting verb outside quotation marks in tokens [first, end): the stretch is
    already someone's attribution, not a plain clause of the journalist's."""
    return any(not qt.in_quote(t.idx) and reporting_lemma(t) is not None
               for t in doc[first:end] if t.pos_ == "VERB")


def _quotes_in_journalist_clause(doc: Doc, qt: QuoteTokens, span: tuple[int, int]) -> bool:
    """The statement holds quoted pieces and words of its own outside them, and no
    reporting verb (quotes with their own cue stay direct: "«…», a crié X, selon …")."""
    inner = [p for p in qt.pieces if span[0] <= p.outer_start and p.outer_end <= span[1] + 1]
    if not inner:
        return False
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or _holds_cue(doc, qt, tokens.start, tokens.end):
        return False
    rest = qt.text[span[0]:span[1]]
    for p in inner:
        rest = rest.replace(qt.text[p.outer_start:p.outer_end], " ")
    return len(_WORD.findall(rest)) >= 2


def _source_modifier_end(doc: Doc, src_end: int, limit: int) -> int:
    """A participle or relative clause right after the selon source describes it ("selon
    un amendement déposé mardi …, ", "selon l'amendement qui doit être débattu …, "): the
    statement starts after the comma that closes it (token index; `src_end` if none)."""
    if src_end >= limit:
        return src_end
    first = doc[src_end]
    opens = first.morph.get("PronType") == ["Rel"] or (
        first.pos_ == "VERB" and first.morph.get("VerbForm") == ["Part"])
    if not opens:
        return src_end
    for j in range(src_end + 1, limit):
        if doc[j].text == ",":
            return j + 1
    return limit


def _selon_statement(doc: Doc, qt: QuoteTokens, i: int, src: tuple[int, int], s_start: int,
                     s_end: int) -> tuple[int, int] | None:
    """Char range of the statement a selon phrase attributes (see QUOTES.md)."""
    text = qt.text
    figure = figure_before(doc, i)
    if figure is not None:
        return doc[figure].idx, doc[i - 1].idx + len(doc[i - 1])
    sel_start = doc[i].idx
    limit = qt.token_at(s_end)
    mod_end = _source_modifier_end(doc, src[1], limit)
    src_end = doc[mod_end - 1].idx + len(doc[mod_end - 1])
    # A headline's topic label before a colon is no part of the statement
    # ("«Gilets jaunes» : le gouvernement a été «trop subtil», selon X").
    colon = text.rfind(":", s_start, sel_start)
    if colon >= 0 and not qt.in_quote(colon):
        s_start = colon + 1
    before = _trim(text, s_start, sel_start)
    after = _trim(text, src_end, s_end)
    at_start = not _WORD.search(text[s_start:sel_start]) or \
        len(_WORD.findall(text[s_start:sel_start])) <= 1
    if at_start:
        return after if after[1] > after[0] else None
    if after[1] - after[0] <= 1 or not _WORD.search(text[after[0]:after[1]]) \
            or describes_source(doc, qt.token_at(after[0]), qt.token_at(after[1])):
        return before if before[1] > before[0] else None
    return after


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Records never overlap: the higher-priority kind wins (mixed clauses absorb the
    quotes inside them), then the earlier one."""
    ordered = sorted(candidates, key=lambda c: (
        PRIORITY[c.kind] if c.priority is None else c.priority, c.start))
    kept: list[Candidate] = []
    for cand in ordered:
        if cand.end <= cand.start:
            continue
        if any(cand.start < k.end and k.start < cand.end for k in kept):
            continue
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def resolve_speakers(doc: Doc, qt: QuoteTokens, kept: list[Candidate]
                     ) -> list[tuple[Candidate, Speaker]]:
    """Speakers in text order of their cues, so that pronouns find earlier speakers."""
    ctx = SpeakerContext(doc)
    for ent in doc.spans.get("entities", []):
        if ent.label_ in ("PER", "ORG") and not qt.in_quote(ent.start_char):
            ctx.add(ent.start_char, Speaker(entity_name(ent), ent.label_, ent.start_char,
                                            ent.end_char), False, is_salient_mention(ent),
                    mention_gender(doc, ent.start, ent.end))
    person_names = sorted({entity_name(e) for e in doc.spans.get("entities", [])
                           if e.label_ == "PER"}, key=len)
    resolved: dict[int, Speaker] = {}
    previous: Candidate | None = None
    prev_speaker = NO_SPEAKER
    # "le ministre s'est voulu rassurant. «…», a-t-il affirmé": a person description that
    # is the subject of a clause is a mention of that person, resolved (in text order) when
    # the quotes reach it, and a later pronoun may refer to it.
    pending = description_subjects(doc, lambda char: not qt.in_quote(char))
    add_groups(doc, qt, ctx)
    for idx in sorted(range(len(kept)), key=lambda k: (kept[k].start, kept[k].anchor)):
        cand = kept[idx]
        while pending and doc[pending[0][0]].idx < min(cand.start, cand.anchor):
            start, end = pending.pop(0)
            described = np_speaker(doc, start, end, ctx)
            if described is not None and described.label == "PER":
                ctx.add(doc[start].idx, described, False, True,
                        mention_gender(doc, start, end))
        speaker: Speaker | None = cand.speaker
        if speaker is None and cand.pronoun is not None:
            speaker = pronoun_speaker(doc[cand.pronoun], ctx)
        if speaker is None and cand.subject is not None:
            speaker = np_speaker(doc, cand.subject[0], cand.subject[1], ctx)
        if speaker is None and (cand.inherit or cand.verb) and previous is not None \
                and not _impersonal_cue(doc, cand) and _same_or_next_block(doc, previous, cand):
            speaker = Speaker(prev_speaker.name, prev_speaker.label, None, None)
        speaker = speaker or NO_SPEAKER
        if speaker.label == "PER" and speaker.name:
            speaker = Speaker(fullest_name(speaker.name, person_names), speaker.label,
                              speaker.start_char, speaker.end_char)
        if speaker.name is not None and speaker.start_char is not None:
            mention = doc.char_span(speaker.start_char, speaker.end_char,
                                    alignment_mode="expand")
            gender = mention_gender(doc, mention.start, mention.end) if mention else None
            number = mention_number(doc, mention.start, mention.end, speaker.label) \
                if mention else None
            ctx.add(speaker.start_char, speaker, True, True, gender, number)
        resolved[idx] = speaker
        if speaker.name is not None:
            previous, prev_speaker = cand, speaker
    return [(kept[k], resolved[k]) for k in range(len(kept))]


def add_groups(doc: Doc, qt: QuoteTokens, ctx: SpeakerContext) -> None:
    """Plural groups of people that are clause subjects, as antecedents of "ils"/"elles"."""
    for start, end in group_subjects(doc, lambda char: not qt.in_quote(char)):
        name = "".join(c for c in doc[start:end].text if c not in GROUP_MARKS)
        if name:
            ctx.add(doc[start].idx, Speaker(name, GROUP, doc[start].idx, doc[end - 1].idx
                                            + len(doc[end - 1])), False, True,
                    mention_gender(doc, start, end), "Plur")


def impersonal_cue(doc: Doc, i: int, limit: int) -> Cue | None:
    """ "«…», entend-on", "lit-on sur une pancarte": any verb inverted with "on" after a
    quote reports words of nobody named (chants, slogans); the cue keeps the quote from
    inheriting the previous speaker."""
    if i + 1 >= limit or doc[i].pos_ not in ("VERB", "AUX"):
        return None
    t_on = i + 2 < limit and doc[i + 1].lower_ == "-t" and doc[i + 2].lower_ == "-on"
    if doc[i + 1].lower_ not in ("-on", "-t-on") and not t_on:
        return None
    pronoun = doc[i + 1] if doc[i + 1].lower_ != "-t" else doc[i + 2]
    return Cue(doc[i], doc[i].lemma_.lower(), i, pronoun.i + 1, None, pronoun)


def _impersonal_cue(doc: Doc, cand: Candidate) -> bool:
    """The previous speaker is not the subject: "«…», entend-on dans le cortège" (an
    impersonal cue with no source names nobody), or "ont-ils ajouté" when no plural
    speaker was found (the previous one was tried and is singular)."""
    return cand.pronoun is not None \
        and doc[cand.pronoun].lower_.lstrip("-") in ("on", "ils", "elles")


def _same_or_next_block(doc: Doc, previous: Candidate, cand: Candidate) -> bool:
    from newsextract.nlp.extensions import block_index

    a = block_index(doc, previous.start)
    b = block_index(doc, cand.start)
    return a is not None and b is not None and 0 <= b - a <= INHERIT_MAX_BLOCKS


@Language.factory("newsextract_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()

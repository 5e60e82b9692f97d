"""Selon records: "selon X" / "d'après X" / "cité par X", its source and its statement.

The source is the noun phrase after the cue ("selon les relevés de la préfecture" ->
"ministère"); the statement lies after the phrase, or before it when the phrase closes the
sentence, when a figure precedes it ("5000 personnes selon la police, contre 2000 …") or
when what follows only describes the source ("selon X, historienne à l'EHESS").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import BARE_DE, COORDINATOR, SUBJECT_PRONOUN, grammar_words
from newsextract.nlp.participants.descriptions import head_noun
from newsextract.nlp.quotes.candidates import (
    DIRECT,
    PRIORITY,
    SELON,
    SELON_OVER_QUOTES,
    WORD,
    Candidate,
    holds_cue,
    trim,
)
from newsextract.nlp.quotes.lexicon import (
    auxiliary_lemmas,
    casualty_nouns,
    finite_verb,
    is_bare_past_participle,
    word_set,
)
from newsextract.nlp.quotes.mentions import points_to_last_source
from newsextract.nlp.quotes.selon_sources import (
    closes_relative,
    relative_before,
    selon_cue_at,
    selon_cue_match,
    selon_cue_positions,
    selon_source,
    source_phrase_end,
)
from newsextract.nlp.quotes.speakable import is_speaker_like, speaker_subject
from newsextract.nlp.segment import QuotedSpan, Segmentation


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


def _source_modifier_end(doc: Doc, src_end: int, limit: int) -> int:
    """A participle or relative clause right after the selon source describes it ("selon
    un décret publié mardi …, ", "selon le décret qui doit entrer en vigueur …, "): the
    statement starts after the comma that closes it (token index; `src_end` if none)."""
    if src_end >= limit:
        return src_end
    if doc[src_end].text == "," and src_end + 1 < limit and opens_modifier(doc[src_end + 1]):
        # "…, selon une étude de X, publiée mardi.": the source's modifier closes the
        # sentence; "Selon X, qui cite Y, …": the statement starts after its comma
        src_end += 1
    elif not opens_modifier(doc[src_end]):
        return src_end
    for j in range(src_end + 1, limit):
        if doc[j].text == ",":
            return j + 1
    return limit


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


def participle_before(doc: Doc, i: int) -> int | None:
    """ "des élus ayant commis, selon lui, une faute": the selon phrase at token `i` sits
    between a participle and its object; the token index where the participial phrase
    starts (its auxiliary "ayant"/"étant", or the participle), or None."""
    j = i - 1
    if j < 1 or doc[j].text != ",":
        return None
    verb = doc[j - 1]
    if verb.pos_ not in ("VERB", "AUX") or verb.morph.get("VerbForm") != ["Part"]:
        return None
    aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    if any(a.morph.get("VerbForm") != ["Part"] for a in aux):
        return None  # "a commis, selon lui, …": a finite clause, not a participial one
    if not aux and not verb.dep_.startswith("acl"):
        return None
    return min(a.i for a in aux) if aux else verb.i


def participle_scope(doc: Doc, qt: Segmentation, i: int, s_end: int
                     ) -> tuple[int, int] | None:
    """Char range of the participial clause a medial selon phrase sits in, selon phrase
    included ("ayant commis, selon lui, une faute"), or None."""
    first = participle_before(doc, i)
    if first is None:
        return None
    span = trim(qt.text, doc[first].idx, s_end)
    return span if span[1] > span[0] else None


def governing_subject(doc: Doc, first: int) -> tuple[int, int] | None:
    """The subject of the nearest finite clause above the participle at token `first`
    that can speak ("Le député a réclamé une enquête sur des élus ayant commis, selon lui,
    …": "lui" is the député), or None."""
    tok = doc[first].head if doc[first].dep_.startswith("aux") else doc[first]
    for _ in range(MAX_GOVERNOR_CLIMB):
        if tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            subject = speaker_subject(doc, tok)
            if subject is not None:
                return subject
    return None


# Heads climbed from a participle to the clause whose subject "selon lui" points to.
MAX_GOVERNOR_CLIMB = 6


def opens_modifier(tok) -> bool:
    """A relative pronoun or a participle ("qui cite Y", "publiée mardi", "citant Y")."""
    return tok.morph.get("PronType") == ["Rel"] or (
        tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Part"])


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
    mod_end = _source_modifier_end(doc, src[1], limit)
    src_end = doc[mod_end - 1].idx + len(doc[mod_end - 1])
    # A headline's topic label before a colon is no part of the statement
    # ("«Retraites» : la réforme reste «trop floue», selon X").
    colon = text.rfind(":", s_start, sel_start)
    if colon >= 0 and not qt.in_quote(colon):
        s_start = colon + 1
    before = trim(text, s_start, sel_start)
    after = trim(text, src_end, s_end)
    at_start = not WORD.search(text[s_start:sel_start]) or \
        len(WORD.findall(text[s_start:sel_start])) <= 1
    if at_start:
        return after if after[1] > after[0] else None
    if after[1] - after[0] <= 1 or not WORD.search(text[after[0]:after[1]]) \
            or describes_source(doc, qt.token_at(after[0]), qt.token_at(after[1])) \
            or (shared and _holds_selon_cue(doc, qt, after)):
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


def whole_quote(qt: Segmentation, span: tuple[int, int]) -> QuotedSpan | None:
    """The quoted piece that is the whole of a statement (marks included), or None."""
    return next((p for p in qt.pieces if p.close_char is not None
                 and trim(qt.text, p.outer_start, p.outer_end) == span), None)


def _holds_selon_cue(doc: Doc, qt: Segmentation, span: tuple[int, int]) -> bool:
    return any(selon_cue_at(doc, k) for k in range(qt.token_at(span[0]), qt.token_at(span[1]))
               if not qt.in_quote(doc[k].idx))


# A direct quote whose source is a selon phrase before it wins over the same piece read
# without a cue (a standalone quote inheriting the floor), not over a mixed clause.
SELON_DIRECT = PRIORITY[DIRECT] - 0.5

# Words before a relative pronoun that make it a free relative ("ce qui selon X …"),
# a statement of its own from its first word.
FREE_RELATIVE_HEADS = frozenset({"ce", "c'", "c’"})


def relative_clause_start(doc: Doc, src_end: int, limit: int) -> int:
    """First token of a relative clause's rest after its selon source (and the participle
    or comma closing the source)."""
    first = _source_modifier_end(doc, src_end, limit)
    return first + 1 if first < limit and doc[first].text == "," else first


def quoted_relative(qt: Segmentation, doc: Doc, src_end: int, limit: int
                    ) -> QuotedSpan | None:
    """ "une étape qui selon lui «ne suffira pas»": the relative clause after the source is
    a quoted piece, the source's words (a direct record); the piece, or None."""
    first = relative_clause_start(doc, src_end, limit)
    if first >= limit or not doc[first].is_quote:
        return None
    return next((p for p in qt.pieces if p.outer_start == doc[first].idx), None)


def relative_statement(doc: Doc, qt: Segmentation, rel: int, src_end: int, limit: int
                       ) -> tuple[int, int] | None:
    """Char range of what a selon phrase inside a relative clause attributes: the
    clause, from after the source ("une taxe qui, selon X, pénalise les ménages" ->
    "pénalise les ménages") or, in a free relative, from "ce" with the selon phrase kept
    inside ("ce qui selon X ressemble à un aveu"), to the comma or dash closing it; None
    when the clause is in quotation marks (a direct quote)."""
    first = relative_clause_start(doc, src_end, limit)
    if first >= limit or qt.in_quote(doc[first].idx) or doc[first].is_quote:
        return None  # "ce qui selon X, «correspond à …»": a direct quote of X's, not a view
    end = next((k for k in range(first, limit) if closes_relative(doc, k)), limit)
    if end <= first:
        return None
    start = doc[first].idx
    if rel > 0 and doc[rel - 1].lower_ in FREE_RELATIVE_HEADS:
        start = doc[rel - 1].idx
    span = trim(qt.text, start, doc[end - 1].idx + len(doc[end - 1]))
    return span if span[1] > span[0] else None


# Words (nouns, adjectives, participles) allowed between a figure and "selon".
MAX_FIGURE_WORDS = 3


def figure_before(doc: Doc, selon: int) -> int | None:
    """Token index of the number that starts a figure ending right before the selon cue at
    token `selon` ("5000 personnes mobilisées selon"), or None."""
    j = selon - 1
    words = 0
    while j >= 0 and not is_figure(doc[j]):
        tok = doc[j]
        if words >= MAX_FIGURE_WORDS or tok.is_punct or tok.pos_ not in ("NOUN", "ADJ", "VERB") \
                or (tok.pos_ == "VERB" and tok.morph.get("VerbForm") != ["Part"]):
            return None
        words += 1
        j -= 1
    if j < 0:
        return None
    return figure_start(doc, j)


# Words joining the two ends of a range of figures ("300 à 400 personnes").
RANGE_WORDS = frozenset({"à", "et"})


def figure_start(doc: Doc, j: int) -> int:
    """First token of the figure ending at token j: "150 000" split in two tokens, or three
    with a (thin, no-break) space token between; a range "300 à 400" / "300 et 400"."""
    while True:
        if j > 0 and is_figure(doc[j - 1]):
            j -= 1
        elif j > 1 and (doc[j - 1].is_space or doc[j - 1].lower_ in RANGE_WORDS) \
                and is_figure(doc[j - 2]):
            j -= 2
        else:
            return j


def figure_before_incise(doc: Doc, selon: int, phrase_end: int, s_first: int) -> int | None:
    """Token index of a figure that heads its clause and is set off by a selon incise
    ("A Lyon 300 personnes, selon la police, ont défilé", "1 500, selon X, 2 000, selon
    Y, ont …"): the figure alone is the statement. Not after a finite verb of the sentence
    (from token `s_first`: "la marche a réuni 300 personnes, selon X, contre …" and "il
    s'agit de deux hommes de 30 ans, selon X, qui …" give the whole clause), nor when the
    selon phrase closes the sentence or a relative clause follows it."""
    if selon < 2 or doc[selon - 1].text != "," or phrase_end + 1 >= len(doc) \
            or doc[phrase_end].text != "," \
            or doc[phrase_end + 1].morph.get("PronType") == ["Rel"]:
        return None
    figure = figure_before(doc, selon - 1)
    if figure is None or any(t.pos_ == "AUX" or t.morph.get("VerbForm") == ["Fin"]
                             for t in doc[s_first:figure]):
        return None
    return figure


# Words allowed between "être" and the figure it introduces ("ils étaient plus de 900",
# "ils sont environ 900"): an adverb of approximation, with its "de".
MAX_APPROXIMATION_WORDS = 2


def predicate_figure_before(doc: Doc, selon: int) -> int | None:
    """ "Ils étaient 900, selon X": a figure that is the predicate of "être" and ends right
    before the comma of the selon phrase says only the count, which is what the source
    attests (QUOTES.md: "N selon X" on a figure -> the figure). Token index of the figure's
    first token, or None (a transitive "a réuni 900 personnes, selon X" keeps the clause)."""
    if selon < 3 or doc[selon - 1].text != ",":
        return None
    figure = figure_before(doc, selon - 1)
    if figure is None:
        return None
    j = figure - 1
    while j >= 0 and figure - 1 - j < MAX_APPROXIMATION_WORDS \
            and (doc[j].pos_ == "ADV" or doc[j].lower_ in grammar_words(BARE_DE)):
        j -= 1
    return figure if j >= 0 and doc[j].lemma_ == "être" and doc[j].pos_ in ("AUX", "VERB") \
        and doc[j].morph.get("VerbForm") == ["Fin"] else None


# A figure with apostrophes as thousands separators ("84'000"), which `like_num` misses.
SEPARATED_FIGURE = re.compile(r"\d{1,3}(?:['’]\d{3})+")


def is_figure(tok) -> bool:
    return tok.like_num or SEPARATED_FIGURE.fullmatch(tok.text) is not None


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


def phrase_end_char(doc: Doc, phrase: tuple[int, int]) -> int:
    return doc[phrase[1] - 1].idx + len(doc[phrase[1] - 1])


def is_anaphoric_source(doc: Doc, src: tuple[int, int]) -> bool:
    """ "selon la même source": the phrase points back to the previous selon source
    (`quotes_selon_anaphors.txt`)."""
    words = [t.lower_ for t in doc[src[0]:src[1]] if t.pos_ != "DET"]
    return " ".join(words) in word_set("quotes_selon_anaphors.txt") \
        or points_to_last_source(list(doc[src[0]:src[1]]))  # "selon cette source"


def after_earlier_selon(doc: Doc, qt: Segmentation, s_start: int, earlier_end: int | None
                        ) -> int:
    """Where the statement of a second selon phrase of the sentence may start: after the
    first phrase ("A, selon X, contre B, selon Y": Y's statement is B, not A) and after a
    word of contrast opening the run (`quotes_selon_contrasts.txt`); `s_start` when the
    sentence holds no earlier selon phrase."""
    if earlier_end is None or earlier_end <= qt.token_at(s_start):
        return s_start
    k = earlier_end
    while k < len(doc) and (doc[k].is_punct or doc[k].lower_
                            in word_set("quotes_selon_contrasts.txt")):
        k += 1
    return doc[k].idx if k < len(doc) else s_start


def selon_candidates(doc: Doc, qt: Segmentation) -> list[Candidate]:
    out: list[Candidate] = []
    resume = 0  # a cue's source is not searched for further cues
    last_source: tuple[int, int] | None = None  # for "selon la même source"
    for i in selon_cue_positions(doc):
        if i < resume:
            continue
        match = selon_cue_match(doc, i)
        tok = doc[i]
        # "cité par X" attributes the quote next to it (direct.py), not a statement of its own
        if match is None or match[1] == "cited" or qt.in_quote(tok.idx):
            continue
        n = match[0]
        s_start, s_end = qt.sentence(tok.idx)
        limit = qt.token_at(s_end)
        relative = relative_before(doc, i)
        src = selon_source(doc, i + n, limit, relative is not None)
        if src is None:
            continue
        if relative is not None and (piece := quoted_relative(qt, doc, src[1], limit)):
            out.append(Candidate(piece.start, piece.end, DIRECT, None, doc[src[0]].idx,
                                 subject=src, priority=SELON_DIRECT))
            resume = src[1]
            continue
        phrase = (src[0], source_phrase_end(doc, src, limit))
        if relative is not None:
            span = relative_statement(doc, qt, relative, src[1], limit)
        else:
            s_first = after_earlier_selon(doc, qt, s_start, resume or None)
            if (inner := participle_scope(doc, qt, i, s_end)) is not None \
                    and doc[src[0]].pos_ == "PRON":
                subject = governing_subject(doc, participle_before(doc, i))
                if subject is not None:
                    cand = Candidate(inner[0], inner[1], SELON, None,
                                     doc[subject[0]].idx, subject=subject)
                    if quotes_in_journalist_clause(doc, qt, inner):
                        cand.priority = SELON_OVER_QUOTES
                    out.append(cand)
                    resume = phrase[1]
                    continue
            shared = s_first != s_start or _holds_selon_cue(doc, qt, (phrase_end_char(
                doc, phrase), s_end))
            span = selon_statement(doc, qt, i, phrase, s_first, s_end, shared)
        # "selon la même source": the previous selon source of the article, else the
        # source of the attribution just before ("a précisé la préfecture"): inherited
        anaphoric = is_anaphoric_source(doc, src)
        speaker = (last_source if anaphoric else src)
        if not anaphoric:
            last_source = src
        whole = whole_quote(qt, span) if span is not None and speaker is not None else None
        if whole is not None:
            # "Selon X, «…».": the statement is all in marks, X's own words (a direct
            # record, which a cueless reading of the same piece must not take)
            out.append(Candidate(whole.start, whole.end, DIRECT, None, doc[src[0]].idx,
                                 subject=speaker, priority=SELON_DIRECT))
        elif span is not None:
            cand = Candidate(span[0], span[1], SELON, None, doc[src[0]].idx,
                             subject=speaker, inherit=speaker is None,
                             # "Le pont, qui selon X date de 1900, «…»": an aside on a
                             # description; whoever spoke before keeps the floor
                             holds_floor=relative is None)
            # "Selon X, Y avait écrit que «…»": what Y wrote is X's account, one record;
            # not an incise opening the statement ("Selon lui, affirme Y, «…»": direct)
            first = doc[qt.token_at(span[0])]
            if quotes_in_journalist_clause(doc, qt, span, cues_allowed=span[0] > tok.idx
                                           and first.pos_ not in ("VERB", "AUX")):
                cand.priority = SELON_OVER_QUOTES
            out.append(cand)
        resume = phrase[1]
    return out


def _detached_full_quote(qt: Segmentation, rest) -> bool:
    """After "Pour X,", the words outside the quote are only a topic detached by a comma
    ("la réforme annoncée mardi, «c'est une erreur»"): the quote holds the clause's core
    and is a direct record, not X's view in the journalist's words."""
    pieces = [p for p in qt.pieces if rest.start_char <= p.outer_start < rest.end_char]
    if not pieces or not qt.text[rest.start_char:pieces[0].outer_start].rstrip().endswith(","):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and not qt.in_quote(t.idx)
                   and t.dep_ not in ("acl", "acl:relcl") for t in rest)


def _is_apposition(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) between two commas describe the noun before them: a noun phrase
    or a bare participle's phrase, with no verb of a clause of their own."""
    first = doc[start]
    if first.pos_ != "DET" and not is_bare_past_participle(first) and first.pos_ != "ADJ":
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.i != start for t in doc[start:end])


def _before_colon_quote(qt: Segmentation, start: int, end: int) -> int:
    """ "Pour X, la crise atteint son comble : «…»": a quote after a colon is X's own
    words, a direct record; the view in the journalist's words ends at the colon (char
    offset; `end` when no quote follows a colon)."""
    piece = next((p for p in qt.pieces if start <= p.outer_start < end), None)
    if piece is None or not qt.text[start:piece.outer_start].rstrip().endswith(":"):
        return end
    return trim(qt.text, start, qt.text.rindex(":", start, piece.outer_start))[1]


def _names_person(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) between two commas are one person's name ("Anne X")."""
    return end > start and all(t.ent_type_ == "PER" for t in doc[start:end])


def _before_source_action(doc: Doc, qt: Segmentation, source: tuple[int, int], start: int,
                          end: int) -> int:
    """ "Pour les riverains, ce parc est trop petit et ils réclament un jardin": a
    coordinator then a subject pronoun agreeing in number with the source opens the
    journalist's account of what the source does; the view ends before it (char offset;
    `end` when there is none). "Pour X, les élus ont tort, mais ils …" (a singular X):
    the pronoun is someone else, the view goes on."""
    head = next((t for t in doc[source[0]:source[1]] if t.pos_ in ("NOUN", "PROPN")), None)
    number = head.morph.get("Number") if head is not None else []
    if not number:
        return end
    for tok in doc.char_span(start, end, alignment_mode="expand") or []:
        if tok.lower_ not in grammar_words(COORDINATOR) or qt.in_quote(tok.idx) \
                or tok.i + 2 >= len(doc):
            continue
        pronoun, verb = doc[tok.i + 1], doc[tok.i + 2]
        if pronoun.lower_ in grammar_words(SUBJECT_PRONOUN) \
                and pronoun.morph.get("Number") == number and finite_verb(verb):
            return trim(qt.text, start, tok.idx)[1]
    return end


def _whom_it_is_for(doc: Doc, start: int, end: int) -> bool:
    """ "Pour les blessés, aucune aide n'est prévue", "Pour toutes ces victimes, dont
    sept enfants, une cellule est ouverte", "Pour 40 %, …": casualties or a bare
    quantity after "Pour" are whom something is for (or a share), not who holds a view."""
    head = head_noun(doc[start:end])
    if head is not None and (head.lower_ in casualty_nouns()
                             or head.lemma_.lower() in casualty_nouns()):
        return True
    words = [t for t in doc[start:end] if not t.is_punct and t.pos_ != "DET"]
    return bool(words) and all(t.like_num or t.pos_ == "NUM" or t.text == "%" for t in words)


# Appositions skipped after "Pour X": a name, then a description of it ("Pour sa
# collègue, Anne X, élue au comité, …").
MAX_POUR_APPOSITIONS = 2


def pour_candidates(doc: Doc, qt: Segmentation) -> list[Candidate]:
    """ "Pour l'avocate, ce dossier ne tient pas.": a sentence opened by "Pour" + someone
    who can speak + a comma gives that person's view (QUOTES.md: a selon record), the rest
    of the sentence, when it is a clause of its own (a verb) and no quote of theirs."""
    out: list[Candidate] = []
    for s_start, s_end in qt.sentences:
        first = qt.token_at(s_start)
        if first >= len(doc) or doc[first].lower_ != "pour" or qt.in_quote(doc[first].idx):
            continue
        last = qt.token_at(s_end)
        comma = next((k for k in range(first + 1, last) if doc[k].text == ","), None)
        if comma is None or not is_speaker_like(doc, first + 1, comma) \
                or _whom_it_is_for(doc, first + 1, comma):
            continue
        speaker_end = comma
        # "Pour Claire X, la directrice de l'école, le projet …", "Pour les riverains de
        # ce quartier, né dans les années 1960, le projet …": skip the apposition.
        for _ in range(MAX_POUR_APPOSITIONS):
            nxt = next((k for k in range(comma + 1, last) if doc[k].text == ","), None)
            if nxt is not None and _names_person(doc, comma + 1, nxt):
                # "Pour sa collègue, Anne X, élue au comité, …": the name of the person
                # described
                comma = speaker_end = nxt
            elif nxt is not None and _is_apposition(doc, comma + 1, nxt):
                comma = nxt
            else:
                break
        start, end = trim(qt.text, doc[comma].idx + 1, s_end)
        end = _before_source_action(doc, qt, (first + 1, speaker_end), start, end)
        end = _before_colon_quote(qt, start, end)
        rest = doc.char_span(start, end, alignment_mode="expand")
        if rest is None or not any(t.pos_ in ("VERB", "AUX") for t in rest):
            continue
        if _detached_full_quote(qt, rest):
            continue  # "Pour elle, le projet, «c'est une erreur»": a full quote, direct
        cand = Candidate(start, end, SELON, None, doc[first + 1].idx,
                         subject=(first + 1, speaker_end))
        if quotes_in_journalist_clause(doc, qt, (start, end), cues_allowed=True):
            cand.priority = SELON_OVER_QUOTES
        out.append(cand)
    return out

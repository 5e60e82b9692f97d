"""Selon records: "selon X" / "d'après X" / "cité par X", its source and its statement.

The source is the noun phrase after the cue ("selon les relevés de la préfecture" ->
"ministère"); the statement lies after the phrase, or before it when the phrase closes the
sentence, when a figure precedes it ("5000 personnes selon la police, contre 2000 …") or
when what follows only describes the source ("selon X, historienne à l'EHESS").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

from newsextract.nlp.grammar_words import RELATIVE, grammar_words
from newsextract.nlp.participants.mentions import noun_phrase_end
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
from newsextract.nlp.quotes.lexicon import is_bare_past_participle, word_set
from newsextract.nlp.quotes.speakable import is_speaker_like, speaker_subject
from newsextract.nlp.segment import QuotedSpan, Segmentation
from newsextract.resources import read_text, read_tsv


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
    if figure is not None:  # the comma before the incise is no part of the figure
        return doc[figure].idx, doc[i - 2].idx + len(doc[i - 2])
    sel_start = doc[i].idx
    limit = qt.token_at(s_end)
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


def _holds_selon_cue(doc: Doc, qt: Segmentation, span: tuple[int, int]) -> bool:
    return any(selon_cue_at(doc, k) for k in range(qt.token_at(span[0]), qt.token_at(span[1]))
               if not qt.in_quote(doc[k].idx))


# A direct quote whose source is a selon phrase before it wins over the same piece read
# without a cue (a standalone quote inheriting the floor), not over a mixed clause.
SELON_DIRECT = PRIORITY[DIRECT] - 0.5

# Tokens that close a relative clause holding a selon phrase ("qui, selon X, pourrait
# coûter cher, a …").
RELATIVE_CLAUSE_ENDS = frozenset({",", ";", "-", "–", "—", "(", ":"})


def closes_relative(doc: Doc, k: int) -> bool:
    """Token k closes a relative clause: a comma, or a dash after a space (not the hyphen
    of "centre-ville")."""
    tok = doc[k]
    return tok.text in RELATIVE_CLAUSE_ENDS and (
        tok.text not in ("-", "–", "—") or k == 0 or bool(doc[k - 1].whitespace_))

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


def selon_cue_positions(doc: Doc) -> list[int]:
    """Indices of the tokens that may start a selon cue (their lowercase form is the first
    word of one), read from the Doc's arrays without building a Token for every word."""
    if not len(doc):
        return []
    firsts = _selon_first_hashes()
    return [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in firsts]


@lru_cache(maxsize=1)
def _selon_first_hashes() -> frozenset[int]:
    words = _selon_first_words()
    return frozenset(hash_string(form) for w in words for form in (w, w.replace("'", "’")))


def selon_cue_at(doc: Doc, i: int) -> int:
    """Number of tokens of a "selon"/"d'après"/"cité par" cue starting at token i, or 0."""
    match = selon_cue_match(doc, i)
    return match[0] if match else 0


def selon_cue_match(doc: Doc, i: int) -> tuple[int, str] | None:
    """(number of tokens, kind from selon_cues.tsv) of the cue starting at token i, or None."""
    if doc[i].lower_.replace("’", "'") not in _selon_first_words():
        return None  # the common case, tested once per token of the article: keep it cheap
    for row in _selon_rows():
        words, kind = row[:-1], row[-1]
        if i + len(words) <= len(doc) and all(doc[i + n].lower_.replace("’", "'") == w
                                              for n, w in enumerate(words)):
            return len(words), kind
    return None


@lru_cache(maxsize=1)
def _selon_first_words() -> frozenset[str]:
    return frozenset(row[0] for row in _selon_rows())


@lru_cache(maxsize=1)
def _selon_rows() -> tuple[tuple[str, ...], ...]:
    return tuple(read_tsv("selon_cues.tsv"))


def relative_before(doc: Doc, i: int) -> int | None:
    """Token index of the relative pronoun right before the selon cue at token `i` ("qui
    selon X", "qui, selon X,"): the cue then sits inside that relative clause; or None."""
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 0 and doc[j].morph.get("PronType") == ["Rel"] \
            and doc[j].lower_ not in ("que", "qu'", "qu’"):  # the conjunction, often
        return j
    return None


def _has_finite_verb(doc: Doc, start: int, limit: int) -> bool:
    """A finite verb or auxiliary among tokens [start, limit), before any comma, dash or
    bracket."""
    for t in doc[start:limit]:
        if closes_relative(doc, t.i):
            return False
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]:
            return True
    return False


def swallowed_verb_end(doc: Doc, start: int, end: int, limit: int) -> int:
    """ "qui selon les riverains ressemble à …": the relative's verb follows the source,
    and when the tagger reads it as a noun or an adjective the noun phrase runs over it.
    When nothing after the noun phrase can be the relative's verb, the source ends at the
    first lowercase word after its head noun (and its name) that is no gendered adjective
    nor a de-complement; `end` otherwise."""
    if (end < limit and doc[end].text == ",") or _has_finite_verb(doc, end, limit):
        return end  # "qui, selon X, pourrait …": the verb comes after the comma
    head = next((k for k in range(start, end) if doc[k].pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return end
    k = head + 1
    while k < end and doc[k].text[:1].isupper():
        k += 1  # the rest of a name: "selon Anne Morel"
    for n in range(k, end):
        tok = doc[n]
        if tok.lower_ in ("de", "d'", "d’", "du", "des"):
            return end  # "selon les avocats de l'accusé": a complement, no verb in it
        if tok.text[:1].islower() and not (tok.pos_ == "ADJ" and tok.morph.get("Gender")):
            return n
    return end


def selon_source(doc: Doc, start: int, limit: int, relative: bool = False
                 ) -> tuple[int, int] | None:
    """Token range of the source after a selon cue, or None when it is no source ("selon
    les pays"); "selon les relevés de la préfecture" -> "préfecture". `relative`: the cue
    sits in a relative clause ("qui selon X ressemble à …"), whose verb the source leaves."""
    end = noun_phrase_end(doc, start, limit)
    if relative:
        end = swallowed_verb_end(doc, start, end, limit)
    if end <= start:
        if start < limit and doc[start].pos_ == "PRON" \
                and doc[start].lower_ not in grammar_words(RELATIVE):
            return start, start + 1  # "selon lui", not "l'idée selon laquelle …"
        return None
    heads = [t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN")]
    if not heads:
        return None
    head = heads[0].lower_
    if head in word_set("quotes_selon_nonsource.txt"):
        return None
    if head in word_set("quotes_selon_documents.txt"):
        for n in range(heads[0].i + 1, end):
            if doc[n].lower_ in ("de", "d'", "d’", "du", "des"):
                inner = n + 1
                while inner < end and doc[inner].pos_ == "DET":
                    inner += 1
                if inner < end:
                    return (n + 1 if doc[n].lower_ in ("de", "d'", "d’") else inner), end
        if head in word_set("quotes_selon_bare_documents.txt") \
                and doc[start].lower_ not in POSSESSIVE_DETERMINERS:
            return start, end  # "selon un sondage publié mardi": the poll, no author named
        return None  # "selon nos informations", "selon un nouveau bilan": no source
    # A stray space inside a name ("La  Gazette du Sud", scraped text) splits no name.
    while end + 1 < limit and doc[end].is_space and doc[end + 1].text[:1].isupper():
        end = max(end + 2, noun_phrase_end(doc, end + 1, limit))
    # Extend over an apposition of names: "selon son avocate, Léa Martin".
    while end < limit and doc[end].text == "," and end + 1 < limit \
            and doc[end + 1].pos_ == "PROPN":
        end = noun_phrase_end(doc, end + 1, limit)
    return start, _parenthesis_end(doc, end, limit)


@lru_cache(maxsize=1)
def _study_words() -> dict[str, frozenset[str]]:
    """Sections of `quotes_selon_studies.txt`: study nouns, "pour", made-by participles."""
    sections: dict[str, set[str]] = {}
    current = sections.setdefault("study", set())
    for line in read_text("quotes_selon_studies.txt").splitlines():
        line = line.strip()
        if line.startswith("# [") and line.endswith("]"):
            current = sections.setdefault(line[3:-1], set())
        elif line and not line.startswith("#"):
            current.add(line.lower())
    return {k: frozenset(v) for k, v in sections.items()}


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """ "Odoxa-Dentsu": a hyphen with no space on either side joins one name."""
    return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 \
        and not doc[i - 1].whitespace_


def source_phrase_end(doc: Doc, src: tuple[int, int], limit: int) -> int:
    """End of the whole source phrase: a poll's or study's runs on over its makers and
    client ("selon un sondage X pour le journal Y": the source is the poll, the statement
    starts after Y)."""
    heads = [t for t in doc[src[0]:src[1]] if t.pos_ in ("NOUN", "PROPN")]
    study = _study_words()["study"]
    if not heads or not (heads[0].lower_ in study or (
            src[0] > 0 and doc[src[0] - 1].lower_ in ("de", "d'", "d’")
            and any(t.lower_ in study for t in doc[max(0, src[0] - 4):src[0]]))):
        return src[1]  # "étude de l'Ifop": the source is the complement of the study
    return commissioned_end(doc, src[1], limit)


def commissioned_end(doc: Doc, end: int, limit: int) -> int:
    """A poll's or study's source phrase runs on over its makers and its client: a hyphen
    joining two names, "pour le journal X (et Y)", "réalisée par l'institut Z" (token
    after them; `end` if none)."""
    words = _study_words()
    while end + 1 < limit:
        nxt = doc[end + 1]
        joined = _glued_hyphen(doc, end) and (nxt.pos_ in ("PROPN", "NOUN")
                                               or nxt.text[:1].isupper())
        client = doc[end].lower_ in words.get("for", ()) \
            and nxt.pos_ in ("DET", "PROPN", "NOUN")
        if joined or client:  # "Ipsos-Sopra", "pour le journal X"
            end = max(end + 2, noun_phrase_end(doc, end + 1, limit))
        elif doc[end].lower_ in words.get("made", ()) and nxt.lower_ == "par" \
                and end + 2 < limit:
            end = max(end + 3, noun_phrase_end(doc, end + 2, limit))
        elif doc[end].lower_ == "et" and doc[end - 1].pos_ in ("PROPN", "NOUN") \
                and nxt.pos_ in ("DET", "PROPN") and _after_client(doc, end):
            end = max(end + 2, noun_phrase_end(doc, end + 1, limit))
        else:
            break
    return end


def _after_client(doc: Doc, et: int) -> bool:
    """ "pour X et Y": the "et" coordinates a second client (a "pour" before it in the
    phrase, with no comma between)."""
    for j in range(et - 1, max(et - 8, -1), -1):
        if doc[j].is_punct and not _glued_hyphen(doc, j):
            return False
        if doc[j].lower_ in _study_words().get("for", ()):
            return True
    return False


# Determiners of a document that is the newspaper's own ("selon nos informations").
POSSESSIVE_DETERMINERS = frozenset({"nos", "notre"})


# The longest parenthesis ("(ARS)", "(LR)") read as part of the name before it.
MAX_PARENTHESIS_TOKENS = 6


def _parenthesis_end(doc: Doc, end: int, limit: int) -> int:
    """A short parenthesis right after a name is part of it ("l'Agence régionale de santé
    (ARS)"): the token after its closing bracket, else `end`."""
    if end >= limit or doc[end].text != "(":
        return end
    for j in range(end + 1, min(limit, end + MAX_PARENTHESIS_TOKENS)):
        if doc[j].text == ")":
            return j + 1
    return end


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
    return " ".join(words) in word_set("quotes_selon_anaphors.txt")


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
        if span is not None:
            cand = Candidate(span[0], span[1], SELON, None, doc[src[0]].idx,
                             subject=speaker, inherit=speaker is None)
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
        if comma is None or not is_speaker_like(doc, first + 1, comma):
            continue
        speaker_end = comma
        # "Pour Claire X, la directrice de l'école, le projet …", "Pour les riverains de
        # ce quartier, né dans les années 1960, le projet …": skip the apposition.
        nxt = next((k for k in range(comma + 1, last) if doc[k].text == ","), None)
        if nxt is not None and _is_apposition(doc, comma + 1, nxt):
            comma = nxt
        start, end = trim(qt.text, doc[comma].idx + 1, s_end)
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

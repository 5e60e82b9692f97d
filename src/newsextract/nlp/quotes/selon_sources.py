"""Who a selon phrase names: its cue words ("selon", "d'après", "cité par", `selon_cues.tsv`)
and the extent of its source ("selon les relevés de la préfecture de police, qui …": where
the source's noun phrase ends, past a commissioning client or a bracket, before a relative),
and where a participle or relative clause describing the source ends ("selon un décret
publié mardi, …").
"""


from functools import lru_cache

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

from newsextract.nlp.grammar_words import (
    BARE_DE,
    FIRST_PLURAL_POSSESSIVE,
    PREPOSITION_DE,
    QUE_WORD,
    RELATIVE,
    grammar_words,
)
from newsextract.nlp.participants.mentions import noun_phrase_end
from newsextract.nlp.punctuation import DASHES
from newsextract.nlp.quotes.documents import AGENT_WORD, author_after
from newsextract.nlp.quotes.lexicon import finite_verb, is_bare_past_participle, word_set
from newsextract.resources import read_sections, read_tsv

# Tokens that close a relative clause holding a selon phrase ("qui, selon X, pourrait
# coûter cher, a …").
RELATIVE_CLAUSE_ENDS = frozenset({",", ";", "(", ":"}) | DASHES


def closes_relative(doc: Doc, k: int) -> bool:
    """Token k closes a relative clause: a comma, or a dash after a space (not the hyphen
    of "centre-ville")."""
    tok = doc[k]
    return tok.text in RELATIVE_CLAUSE_ENDS and (
        tok.text not in DASHES or k == 0 or bool(doc[k - 1].whitespace_))


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
            and doc[j].lower_ not in grammar_words(QUE_WORD):  # the conjunction, often
        return j
    return None


def _has_finite_verb(doc: Doc, start: int, limit: int) -> bool:
    """A finite verb or auxiliary among tokens [start, limit), before any comma, dash or
    bracket."""
    for t in doc[start:limit]:
        if closes_relative(doc, t.i):
            return False
        if finite_verb(t):
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
        if tok.lower_ in grammar_words(PREPOSITION_DE):
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
    named = _named_maker(doc, heads[0].i, limit)
    if named is not None:
        return named  # "selon un sondage Ipsos-Sopra": the institute is the source
    if head in word_set("quotes_selon_documents.txt"):
        for n in range(heads[0].i + 1, end):
            if doc[n].lower_ in grammar_words(PREPOSITION_DE):
                inner = n + 1
                while inner < end and doc[inner].pos_ == "DET":
                    inner += 1
                if inner < end:
                    return (n + 1 if doc[n].lower_ in grammar_words(BARE_DE) else inner), end
        agent = author_after(doc, heads[0].i, limit, relayed=True)
        if agent is not None and agent[0] > end:
            return agent  # "selon un décompte établi mardi par l'hôpital": the hospital
            # (or its relay: "selon des éléments relayés par un enquêteur")
        if head in word_set("quotes_selon_bare_documents.txt") \
                and doc[start].lower_ not in POSSESSIVE_DETERMINERS:
            return start, end  # "selon un sondage publié mardi": the poll, no author named
        return None  # "selon nos informations", "selon un nouveau bilan": no source
    # A stray space inside a name ("La  Gazette du Sud", scraped text) splits no name.
    while end + 1 < limit and doc[end].is_space and doc[end + 1].text[:1].isupper():
        end = max(end + 2, noun_phrase_end(doc, end + 1, limit))
    # Extend over an apposition of names: "selon son avocate, Léa Martin, …", closed by
    # punctuation or the sentence's end. A name followed by anything else opens the
    # statement as its subject: "Selon la police, Marc Petit et son frère ont été
    # interpellés", "Selon son avocate, Léa Martin sera libérée".
    while end < limit and doc[end].text == "," and end + 1 < limit \
            and doc[end + 1].pos_ == "PROPN":
        name_end = noun_phrase_end(doc, end + 1, limit)
        if not _closes_apposition(doc, name_end, limit):
            break
        end = name_end
    return start, _parenthesis_end(doc, end, limit)


def _closes_apposition(doc: Doc, i: int, limit: int) -> bool:
    """Token `i` ends an apposition: punctuation other than a dash, or the sentence's end."""
    return i >= limit or (doc[i].pos_ == "PUNCT" and doc[i].text not in DASHES)


# Tokens before a study's author ("étude annuelle réalisée par") searched for the study noun.
STUDY_AUTHOR_REACH = 5
# Tags of words that never belong to a maker's name, capitalised or not.
FUNCTION_TAGS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON"})


def _named_maker(doc: Doc, head: int, limit: int) -> tuple[int, int] | None:
    """ "selon un sondage Ipsos-Sopra pour …": a poll or study noun followed right away by
    a name (its maker, hyphen-joined parts included): the name's tokens, or None."""
    if doc[head].lower_ not in read_sections("quotes_selon_studies.txt")["study"]:
        return None
    k = head + 1
    # capitals, not the tag: a maker's name is often tagged ADJ or X ("Odoxa")
    while k < limit and (doc[k].text[:1].isupper() and doc[k].is_alpha
                         and doc[k].pos_ not in FUNCTION_TAGS
                         or (_glued_hyphen(doc, k) and k > head + 1)):
        k += 1
    while k > head + 1 and doc[k - 1].text == "-":
        k -= 1
    return (head + 1, k) if k > head + 1 else None


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """ "Odoxa-Dentsu": a hyphen with no space on either side joins one name."""
    return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 \
        and not doc[i - 1].whitespace_


def source_phrase_end(doc: Doc, src: tuple[int, int], limit: int) -> int:
    """End of the whole source phrase: a poll's or study's runs on over its makers and
    client ("selon un sondage X pour le journal Y": the source is the poll, the statement
    starts after Y)."""
    heads = [t for t in doc[src[0]:src[1]] if t.pos_ in ("NOUN", "PROPN")]
    study = read_sections("quotes_selon_studies.txt")["study"]
    # "selon un sondage X pour …": the source is the maker named right after the study
    maker = src[0] > 0 and doc[src[0] - 1].lower_ in study
    of_study = bool(heads) and src[0] > 0 \
        and doc[src[0] - 1].lower_ in grammar_words(BARE_DE) \
        and any(t.lower_ in study for t in doc[max(0, src[0] - 4):src[0]])
    # "selon une étude réalisée par l'institut X pour Y": the author of a study
    by_maker = src[0] > 0 and doc[src[0] - 1].lower_ == AGENT_WORD \
        and any(t.lower_ in study for t in doc[max(0, src[0] - STUDY_AUTHOR_REACH):src[0]])
    if not (maker or of_study or by_maker or (heads and heads[0].lower_ in study)):
        return src[1]  # "étude de l'Ifop": the source is the complement of the study
    return commissioned_end(doc, src[1], limit)


def commissioned_end(doc: Doc, end: int, limit: int) -> int:
    """A poll's or study's source phrase runs on over its makers and its client: a lowercase
    word of the maker's name ("Harris interactive"), a hyphen joining two names, "pour le
    journal X (et Y)", "réalisée par l'institut Z" (token after them; `end` if none)."""
    words = read_sections("quotes_selon_studies.txt")
    while end < limit and doc[end].lower_ in words.get("maker_word", ()):
        end += 1  # "Harris interactive": a lowercase word of the maker's name
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
        if doc[j].lower_ in read_sections("quotes_selon_studies.txt").get("for", ()):
            return True
    return False


# Determiners of a document that is the newspaper's own ("selon nos informations").
POSSESSIVE_DETERMINERS = grammar_words(FIRST_PLURAL_POSSESSIVE)


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


def opens_modifier(tok) -> bool:
    """A relative pronoun or a participle ("qui cite Y", "publiée mardi", "citant Y")."""
    return tok.morph.get("PronType") == ["Rel"] or (
        tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Part"])


def source_modifier_end(doc: Doc, src_end: int, limit: int) -> int:
    """A participle or relative clause right after the selon source describes it ("selon
    un décret publié mardi …, ", "selon le décret qui doit entrer en vigueur …, "): the
    statement starts after the comma that closes it (token index; `src_end` if none)."""
    if src_end >= limit:
        return src_end
    described = apposition_end(doc, src_end, limit)
    if described is not None:
        return described  # "Selon Paul X, agronome, la récolte …": after the description
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


def in_date(doc: Doc, i: int) -> bool:
    """Token i lies in a date the dates layer found ("lundi", "en mars")."""
    return any(d.start <= i < d.end for d in doc.spans.get("dates", []))


def apposition_end(doc: Doc, comma: int, limit: int) -> int | None:
    """ "Selon Paul X, agronome, la récolte …", "Pour Anne Y, experte en vins, la saison …":
    a bare description of the source between the comma at token `comma` and the next one
    (a noun or an adjective first, no article: "la récolte, …" would be the statement's
    subject; no verb, no date) with a clause after it: the token after the second comma,
    where the statement starts; None otherwise."""
    if comma + 1 >= limit or doc[comma].text != ",":
        return None
    first = doc[comma + 1]
    if first.pos_ not in ("NOUN", "ADJ") or in_date(doc, comma + 1) or first.like_num:
        return None
    close = next((j for j in range(comma + 1, limit) if doc[j].text == ","), None)
    if close is None or any(t.pos_ in ("VERB", "AUX") and not is_bare_past_participle(t)
                            for t in doc[comma + 1:close]):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[close + 1:limit]):
        return None
    return close + 1

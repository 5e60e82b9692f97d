"""Who issued a document that speaks? ("», relate le rapport" -> the body that wrote it.)

A document noun as a speaker (`quotes_document_nouns.txt`: "le rapport", "la tribune")
stands for its author when the article names one at an earlier mention of the same noun:
"Dans un rapport publié mercredi, la haute autorité …" (the subject of the clause the
document is an adverbial of), "X a publié un rapport" (the subject of the verb the document
is the object of), "une tribune signée par 45 chercheurs" (the agent of "signer"), also
at the mention that speaks ("», dénonce une tribune signée par …"). Its writers ("les
auteurs de la lettre", `quotes_author_nouns.txt`) are that author too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import PREPOSITION_DE, grammar_words
from newsextract.nlp.participants.mentions import noun_phrase_end
from newsextract.nlp.punctuation import DASHES
from newsextract.nlp.quotes.lexicon import is_document, pronoun_roles, word_set
from newsextract.nlp.quotes.speakable import is_speaker_like
from newsextract.nlp.quotes.subjects import subject_tokens

# Tokens after a document noun searched for the participle of signing and its agent
# ("une tribune publiée lundi dans un journal et signée par …").
MAX_SIGNATURE_REACH = 12

# Words between a writers' noun and its document ("les auteurs de la lettre").
AUTHOR_COMPLEMENT_REACH = 4

# Words that introduce the signatories after "signé(e)(s)".
AGENT_WORDS = ("par", "de", "des", "du")


def document_author(doc: Doc, head: Token) -> tuple[int, int] | None:
    """Token range naming the author of the document `head` (a document noun used as a
    speaker), read at the latest earlier mention of the same noun that names one; None."""
    lemma = head.lemma_.lower()
    for tok in reversed(doc[:head.i + 1]):  # "», dénonce une tribune signée par …" too
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        author = _signatories(doc, tok) or _issuer(tok) or _fronted_in(doc, tok) \
            or (_issued_by(doc, tok) if tok.i < head.i else None)
        if author is not None:
            start, end = author
            end = next((k for k in range(start + 1, end) if doc[k].is_quote), end)
            while end > start + 1 and doc[end - 1].pos_ in ("DET", "ADP"):
                end -= 1  # "des porte-parole de la «délégation»": the phrase before the mark
            return start, end
    return None


def written_by(doc: Doc, head: Token) -> Token | None:
    """ "les auteurs de la lettre", "les signataires du texte": the document noun of the
    de-complement of a noun of its writers (`quotes_author_nouns.txt`), else None."""
    if head.lower_ not in word_set("quotes_author_nouns.txt"):
        return None
    for k in range(head.i + 1, min(len(doc), head.i + AUTHOR_COMPLEMENT_REACH)):
        if is_document(doc[k]) and doc[k].pos_ == "NOUN":
            return doc[k]
        if doc[k].pos_ not in ("ADP", "DET") and doc[k].lower_ not in AGENT_WORDS:
            return None
    return None


def _signatories(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """ "une tribune … signée par 45 chercheurs": the agent after the signing participle."""
    for k in range(noun.i + 1, min(len(doc), noun.i + MAX_SIGNATURE_REACH)):
        tok = doc[k]
        if tok.text in (".", ";", "!", "?"):
            return None
        if tok.lemma_.lower() == "signer" and tok.morph.get("VerbForm") == ["Part"]:
            j = k + 1
            while j < len(doc) and (doc[j].is_punct or doc[j].pos_ == "ADV"
                                    or doc[j].dep_ == "punct") and doc[j].text != ".":
                j += 1  # "signée – fait rare – des 45 …": skip an aside
                if j < len(doc) and doc[j - 1].text in DASHES:
                    while j < len(doc) and doc[j].text not in DASHES and doc[j].text != ".":
                        j += 1
                    j += 1
            if j < len(doc) and doc[j].lower_ in AGENT_WORDS:
                start = j + 1 if doc[j].lower_ in ("par", "de") else j + 1
                end = noun_phrase_end(doc, start, len(doc))
                return (start, end) if end > start else None
            return None
    return None


# Tokens of an apposition between a document noun and the participle naming its author
# ("une enquête, la seconde de l'année, conduite par …"): a short noun phrase only.
MAX_APPOSITION_TOKENS = 8


def _issued_by(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """ "un rapport rédigé par deux sociologues", "une enquête, la seconde de l'année,
    conduite par un institut": the agent of a participle of issuing after an earlier
    mention of the document (past one apposition between commas), when it can speak."""
    start = noun.i + 1
    while start < len(doc) and doc[start].pos_ == "ADJ":
        start += 1  # "une enquête nationale conduite par …"
    if start < len(doc) and doc[start].text == ",":
        close = next((k for k in range(start + 1, min(len(doc), start + MAX_APPOSITION_TOKENS))
                      if doc[k].text == ","), None)
        if close is None or doc[start + 1].pos_ != "DET" \
                or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in doc[start + 1:close]):
            return None
        start = close + 1
    if start + 1 >= len(doc) or doc[start + 1].lower_ != AGENT_WORD:
        return None  # the participle right before its agent, whatever tag the parse gave it
    limit = next((k for k in range(start, len(doc)) if doc[k].is_sent_end), len(doc) - 1) + 1
    return speaking_author_after(doc, start - 1, limit)


def _fronted_in(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """ "Dans un rapport publié mardi, la Cour des comptes …": the noun phrase after the
    comma closing a fronted "dans + document" adverbial (word order, for when the parse
    fails)."""
    j = noun.i - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    if j < 0 or doc[j].lower_ != "dans" or (j > 0 and not doc[j - 1].is_punct
                                             and not doc[j - 1].is_space):
        return None  # fronted only: "écrit le chercheur dans son étude, qui …" is not
    for k in range(noun.i + 1, min(len(doc) - 1, noun.i + MAX_SIGNATURE_REACH)):
        if doc[k].text in (".", ";", "!", "?"):
            return None
        if doc[k].text == ",":
            end = noun_phrase_end(doc, k + 1, len(doc))
            return (k + 1, end) if end > k + 1 else None
    return None


def _issuer(noun: Token) -> tuple[int, int] | None:
    """ "Dans un rapport …, la haute autorité estime", "X a publié un rapport": the subject
    of the verb the document is an adverbial or the object of."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("obl", "obl:mod", "obj",
                                                             "obl:arg"):
        return None
    subject = subject_tokens(verb)
    if subject is not None and subject[1] - subject[0] == 1 and pronoun_roles().get(
            noun.doc[subject[0]].lower_.lstrip("-")) == "never":
        return None  # "peut-on lire dans le communiqué": whoever reads it wrote nothing
    if subject is None or noun.i in range(*subject) or subject[1] > verb.i \
            or any(t.is_punct for t in noun.doc[subject[1]:verb.i]):
        return None  # "…, révèle une étude": an inverted subject the parse made an object
    if any(t.is_quote for t in noun.doc[subject[0]:noun.i]):
        return None  # "«Les prix montent», écrit-il dans son rapport": a verb of the quoted
        # words the parse hung the document on is nobody's issuing
    return subject


# Tokens after a document noun searched for the participle whose agent wrote it ("un
# communiqué diffusé mardi soir par le syndicat").
AUTHOR_REACH = 8
# The word introducing the agent of a participle ("publié par").
AGENT_WORD = "par"


def author_after(doc: Doc, noun: int, limit: int, relayed: bool = False
                 ) -> tuple[int, int] | None:
    """ "le communiqué de la direction", "un bilan établi mardi par la préfecture": the
    token range of the noun phrase of the de-complement right after the document noun at
    token `noun`, or of the agent of a participle of issuing within `AUTHOR_REACH`
    (`quotes_issuing_participles.txt`; before `limit` and any punctuation); None.
    `relayed`: the agent of a participle of relaying counts too ("les informations
    relayées par X", `quotes_relaying_participles.txt`)."""
    first = noun + 1
    if first < limit and doc[first].lower_ in grammar_words(PREPOSITION_DE):
        start = first + 1
    else:
        issuing = word_set("quotes_issuing_participles.txt")
        if relayed:
            issuing = issuing | word_set("quotes_relaying_participles.txt")
        start = next((n + 1 for n in range(first + 1, min(limit, first + AUTHOR_REACH))
                      if doc[n].lower_ == AGENT_WORD and not doc[n - 1].is_punct
                      and any(t.morph.get("VerbForm") == ["Part"]
                              and t.lemma_.lower() in issuing for t in doc[first:n])),
                     None)
        if start is None or any(t.is_punct for t in doc[first:start]):
            return None
    end = noun_phrase_end(doc, start, limit) if start < limit else start
    return (start, end) if end > start else None


def speaking_author_after(doc: Doc, noun: int, limit: int) -> tuple[int, int] | None:
    """`author_after`, when that author can speak."""
    author = author_after(doc, noun, limit)
    return author if author is not None and is_speaker_like(doc, *author) else None

"""Indirect and mixed records: reported clauses of the journalist's.

A reporting verb with a content clause (`clauses`), or a clause before an inverted cue
("Sa vie n'est pas en danger, a précisé la gendarmerie"); mixed when the clause embeds
quoted words that are not mere labels, indirect otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import numpy
from spacy.attrs import ORTH, POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from newsextract.nlp.entities.lexicons import honorifics
from newsextract.nlp.grammar_words import (
    CLAUSE_OPENER,
    QUE_WORD,
    REFLEXIVE,
    STRESSED_PRONOUN,
    SUBJECT_PRONOUN,
    grammar_words,
)
from newsextract.nlp.negation import VERB as NEGATED_VERB
from newsextract.nlp.negation import negation_words
from newsextract.nlp.quotes.banners import chants_in
from newsextract.nlp.quotes.candidates import (
    INDIRECT,
    MIXED,
    SPACES,
    WORD,
    Candidate,
    after_rubric_label,
    attach,
    gloss_end,
    holds_cue,
    is_label,
    named_movements,
    quoted_names,
    trim,
)
from newsextract.nlp.quotes.clauses import (
    clause_end,
    complement,
    inverted_colon_subject,
    relative_gaps_infinitive,
)
from newsextract.nlp.quotes.cues import Cue, inverted_cue
from newsextract.nlp.quotes.lexicon import (
    finite_verb,
    is_negated,
    reporting_lemma,
    reporting_lexicon,
    reports,
    word_set,
)
from newsextract.nlp.quotes.mentions import word_before
from newsextract.nlp.quotes.narrative import verb_subject
from newsextract.nlp.quotes.parentheticals import before_main_verb, over_dashed_aside
from newsextract.nlp.quotes.relatives import (
    relative_holds_record,
    subject_relative,
    subject_without_predicate,
)
from newsextract.nlp.quotes.speakable import is_speaker_like
from newsextract.nlp.quotes.subjects import agentless_passive, subject_tokens
from newsextract.nlp.segment import Segmentation
from newsextract.nlp.token_arrays import tokens_tagged
from newsextract.resources import read_lines, read_tsv


def verbs_and_commas(doc: Doc) -> Iterator[Token]:
    """The verbs, commas and colons of `doc`, found on its arrays: creating a Token object for every
    token of the document just to test its tag is what made this scan costly."""
    if not len(doc):
        return
    attributes = doc.to_array([POS, ORTH])
    comma, colon = doc.vocab.strings[","], doc.vocab.strings[":"]
    wanted = (attributes[:, 0] == VERB) | (attributes[:, 1] == comma) | (attributes[:, 1] == colon)
    for i in numpy.flatnonzero(wanted):
        yield doc[int(i)]


# Dependencies of verbs that only describe a noun: "Une source, qui a requis l'anonymat, a
# évoqué un bilan": the words before the comma are the subject, not reported content.
_NOUN_MODIFIER_DEPS = frozenset({"acl", "acl:relcl"})


def has_main_verb(tokens) -> bool:
    """Whether `tokens` hold a verb of their own clause, not only verbs of relative or
    participial clauses attached to a noun."""
    for t in tokens:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        verb = t.head if t.dep_ in ("aux", "aux:pass", "aux:tense", "cop") else t
        if verb.dep_ not in _NOUN_MODIFIER_DEPS:
            return True
    return False


def only_glue(words: list[str]) -> bool:
    """Words outside the quoted pieces are only glue between them
    (`quotes_piece_glue.txt`: "qui", "et")."""
    glue = word_set("quotes_piece_glue.txt")
    return all(w.lower() in glue for w in words)


# Words of the main clause's subject after a fronted participle's clause ("la préfète de
# région", "Me Paul Roux"): a longer run is no plain subject noun phrase.
MAX_FRONTED_SUBJECT_WORDS = 6


def clause_candidates(doc: Doc, qt: Segmentation, labels: set[str],
                      dates: frozenset[int]) -> list[Candidate]:
    """Indirect and mixed records: reporting verbs with a content clause, and clauses
    before an inverted cue."""
    out: list[Candidate] = []
    lex = reporting_lexicon()
    names = named_pieces(doc, qt)
    for tok in verbs_and_commas(doc):
        if tok.pos_ == "VERB" and not qt.in_quote(tok.idx):
            lemma = reporting_lemma(tok)
            if lemma is None or is_negated(tok) or not reports(tok, lemma) \
                    or qualifies_a_noun(tok):
                continue
            fronted = fronted_participle_split(doc, qt, tok)
            if fronted is not None:
                cand = clause_record(doc, qt, fronted[0], labels, lemma, tok.idx, names,
                                     verbless=False, stop=None)
                if cand is not None:
                    cand.subject = fronted[1]
                    out.append(cand)
                continue
            limit = qt.token_at(qt.sentence(tok.idx)[1])
            clause = complement(doc, tok, lex.ambiguous(lemma), limit)
            if clause is None or (doc[clause[0] - 1].text == ":" and agentless_passive(tok)):
                continue  # "le mot d'ordre est lancé : …": no source
            if relative_gaps_infinitive(doc, tok, clause):
                continue
            clause = before_main_verb(doc, tok, over_dashed_aside(doc, clause, limit))
            clause = before_coordinated_report(doc, tok, clause)
            stop = relative_stop(doc, qt, tok, limit)
            if stop is not None:
                clause = (clause[0], min(clause[1], stop))
            if " " in lemma and not lemma.startswith("se "):
                # "a fait valoir que": the clause starts after the whole cue
                rest_end = tok.i + len(lemma.split())
                if clause[1] <= rest_end:
                    continue
                clause = (max(clause[0], rest_end), clause[1])
            cue = cue_after_clause(doc, qt, clause, limit, dates)
            if cue is not None:
                clause = (clause[0], min(clause[1], cue.start - 1))
            inverted = inverted_colon_subject(doc, tok, clause)
            cand = clause_record(doc, qt, clause, labels, lemma, tok.idx, names,
                                 verbless=inverted is not None,
                                 stop=None if stop is None else doc[stop].idx)
            if cand is not None:
                cand.subject = inverted or verb_subject(doc, qt, tok)
                if is_passive(tok) and inverted is None:
                    # "les riverains ont été invités à «…»": whom the words address, not
                    # the source; "…, a-t-elle ajouté" after the clause names the source
                    cand.subject = passive_agent(tok) if cue is None else cue.subject
                    cand.pronoun = cue.pronoun.i if cue is not None and cue.pronoun else None
                    cand.inherit = cand.subject is None and cand.pronoun is None
                out.append(cand)
        elif tok.text in (",", ":") and not qt.in_quote(tok.idx) and tok.i + 1 < len(doc):
            lead = presentative_length(doc, tok.i + 1)
            if tok.text == ":" and not lead:
                continue  # "X a dit : «…»" is the verb's; only "…: c'est ce qu'a dit X"
            s_start, s_end = qt.sentence(tok.idx)
            limit = qt.token_at(s_end)
            first = clause_first(doc, qt, qt.token_at(s_start), tok.i)
            # After a clause holding someone's quoted words, a verb and its subject after a
            # comma are an inserted reporting clause even without a clear inversion
            # ("…un fonds «financé par X», rappelle la haute autorité").
            # (a piece ends after it opens: those opening after the comma are no candidates)
            quoted = any(p.outer_end <= tok.idx and p.closed and not is_label(qt.text, p, labels)
                         for p in qt.pieces_opening_in(doc[first].idx, tok.idx + 1)
                         ) if first < tok.i else False
            cue = inverted_cue(doc, tok.i + 1 + lead, limit, dates, require_inversion=not quoted)
            if cue is None or cue.lemma in lex.inverted_only:
                continue
            if quoted and (cue.verb.lower_.endswith("ant")
                           or cue.verb.morph.get("VerbForm") == ["Inf"]) \
                    and cue.pronoun is None \
                    and not any(t.pos_ == "AUX" for t in doc[tok.i + 1:cue.verb.i]):
                # "…, évoquant des «efforts»": a present participle (the form tells, the
                # tagger's VerbForm is unreliable here), no inserted clause
                continue
            # a cue read without a clear inversion ("…, ont alerté la police") may be the
            # main clause's own verb: it outranks no reporter of the clause before it
            inverted = not quoted or inverted_cue(doc, tok.i + 1 + lead, limit, dates,
                                                  require_inversion=True) is not None
            cand = clause_before_cue(doc, qt, labels, names, first, tok.i, cue, inverted)
            if cand is not None:
                out.append(cand)
    out += commaless_inverted_candidates(doc, qt, labels, dates)
    out += closing_mark_candidates(doc, qt, labels, dates, names)
    return out


def clause_before_cue(doc: Doc, qt: Segmentation, labels: set[str], names: frozenset[int],
                      first: int, end: int, cue: Cue, inverted: bool = True
                      ) -> Candidate | None:
    """The record of the clause in tokens [first, end) that the inverted cue after it
    attributes, or None when the cue attributes a direct quote alone. `inverted`: the cue
    is a clear inversion (its subject after its verb), which may attribute reported speech
    of someone the clause describes."""
    # "Le garçon, qui selon X chantait «…», «a cassé la vitre», a dit Y": the subject's
    # relative clause is a record of its own; Y's starts at the main predicate. One with
    # no quote nor selon only describes the subject: its speech verb ("qui s'exprimera ce
    # soir") is no attribution of the sentence.
    relative = subject_relative(doc, qt, first, end)
    if relative is None and subject_without_predicate(doc, qt, first, end):
        return None  # "Les voisins, qui disent «…», ont alerté X": a subject, no clause yet
    reported_from = first if relative is None else relative.main
    if relative is not None and relative_holds_record(doc, qt, relative, labels):
        first = relative.main
    # the relative found the main predicate, which the parse may hang on the noun
    predicate_known = relative is not None and first == relative.main
    if first >= end or not (predicate_known or has_main_verb(doc[first:end])):
        return None
    if quote_then_gloss(doc, qt, first, end):
        return None  # «…», le référendum voulu, a dit X: a direct quote and a gloss
    if quote_after_break(qt, doc[first].idx, doc[end].idx) \
            or quote_after_detached_lead(doc, qt, first, end):
        return None  # "C'est sa ville : «…», dit-il", "…, mais «…», a assuré X": direct
    if chants_in(doc, qt, doc[first].idx, doc[end].idx):
        return None  # "La foule avance aux cris de «…», a constaté X": chants, direct
    if holds_cue(doc, qt, reported_from, end) \
            and not _reports_someone_else(doc, qt, reported_from, end, cue, inverted):
        return None  # "X a annoncé … «…», a déclaré X": the quote is direct
    # The clause never runs past its cue's verb: a quoted label after it is in the cue's
    # subject ("«…», lance un «gilet jaune»"), no part of the reported clause.
    cand = clause_record(doc, qt, (first, end), labels, cue.lemma, cue.verb.idx, names,
                         stop=cue.verb.idx)
    if cand is not None:
        attach(cand, cue)
    return cand


def closing_mark_candidates(doc: Doc, qt: Segmentation, labels: set[str],
                            dates: frozenset[int], names: frozenset[int]) -> list[Candidate]:
    """ "Le pilote «a ignoré les consignes» regrette X.", "Le parc «a doublé» rappelle-t-il.":
    an inverted cue closing the sentence right after a closing mark, the comma left out;
    the clause before it is one record, as after a comma."""
    out: list[Candidate] = []
    lex = reporting_lexicon()
    for piece in qt.pieces:
        if not piece.closed or piece.open_char is None or qt.text[piece.close_char].isspace():
            continue  # a lost mark put back before its cue (`lostmarks`): no mark to read
        nxt = qt.token_at(piece.close_char) + 1
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        s_start, s_end = qt.sentence(piece.open_char)
        if nxt >= len(doc) or doc[nxt].is_punct or doc[nxt].idx >= s_end \
                or qt.in_quote(doc[nxt].idx):
            continue
        limit = qt.token_at(s_end)
        cue = inverted_cue(doc, nxt, limit, dates, require_inversion=True)
        if cue is None or cue.lemma in lex.inverted_only \
                or not (cue.pronoun is not None or (
                    cue.subject is not None and is_speaker_like(doc, *cue.subject))) \
                or not _closes_sentence(doc, cue.end, limit):
            continue  # with no comma, only a cue naming a subject that can speak
        first = clause_first(doc, qt, qt.token_at(s_start), nxt)
        cand = clause_before_cue(doc, qt, labels, names, first, nxt, cue)
        if cand is not None:
            out.append(cand)
    return out


def clause_first(doc: Doc, qt: Segmentation, first: int, end: int) -> int:
    """Where the clause before an inverted cue at token `end` starts: after an earlier
    inserted cue of its sentence, and past punctuation other than an opening mark."""
    first = after_inserted_cue(doc, qt, first, end)
    while first < end and (doc[first].is_punct and doc[first].text not in ("«", "“", '"')):
        first += 1
    if first < end:  # "VIDÉO - Le pont rouvrira, a dit X": the rubric is no one's words
        first = max(first, qt.token_at(after_rubric_label(qt.text, doc[first].idx,
                                                          doc[end].idx)))
    return first


def commaless_inverted_candidates(doc: Doc, qt: Segmentation, labels: set[str],
                                  dates: frozenset[int]) -> list[Candidate]:
    """ "Le trafic reprendra lundi a précisé la préfecture": an inverted cue with an
    auxiliary and a noun subject closing the sentence, the comma before it left out. The
    clause before it is reported when it has a finite verb of its own and no quote."""
    out: list[Candidate] = []
    for tok in tokens_tagged(doc, "AUX", ("aux", "aux:tense")):
        if tok.i == 0 or doc[tok.i - 1].is_punct or qt.in_quote(tok.idx):
            continue
        s_start, s_end = qt.sentence(tok.idx)
        first, limit = qt.token_at(s_start), qt.token_at(s_end)
        if first >= tok.i - 1:
            continue
        cue = inverted_cue(doc, tok.i, limit, dates, require_inversion=True)
        if cue is None or cue.subject is None or cue.pronoun is not None \
                or cue.lemma in reporting_lexicon().inverted_only \
                or not _closes_sentence(doc, cue.end, limit) \
                or not is_speaker_like(doc, *cue.subject,
                                       not reporting_lexicon().ambiguous(cue.lemma)):
            continue
        finite = [t.i for t in doc[first:tok.i] if finite_verb(t)]
        if not finite or any(c.dep_.startswith("nsubj") and finite[-1] < c.i < tok.i
                             and c.i not in dates for c in cue.verb.children):
            continue  # "…, X a annoncé la couleur": plain word order, no inverted cue
        if qt.pieces_opening_in(doc[first].idx, tok.idx):
            continue  # quoted words: the comma branch and the direct quotes read them
        if not has_main_verb(doc[first:tok.i]):
            continue
        cand = clause_record(doc, qt, (first, tok.i), labels, cue.lemma, cue.verb.idx)
        if cand is not None:
            attach(cand, cue)
            out.append(cand)
    return out


def _closes_sentence(doc: Doc, end: int, limit: int) -> bool:
    """The inverted subject ends the sentence, or a comma, a bracket or a relative clause
    on it follows ("a précisé le procureur, qui a ouvert une enquête")."""
    return end >= limit or doc[end].is_punct or doc[end].morph.get("PronType") == ["Rel"]


def presentative_length(doc: Doc, i: int) -> int:
    """Tokens of a presentative relative opening an inverted cue at token `i` ("c'est ce
    qu'a annoncé X", "voilà ce que dit Y": `quotes_presentative_leads.txt`), or 0."""
    if i >= len(doc):
        return 0
    first = doc[i].lower_.replace("’", "'")  # read once: most commas open no lead at all
    for lead in presentative_leads():
        if lead[0] == first and i + len(lead) <= len(doc) and all(
                doc[i + k].lower_.replace("’", "'") == w for k, w in enumerate(lead)):
            return len(lead)
    return 0


@lru_cache(maxsize=1)
def presentative_leads() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in read_lines("quotes_presentative_leads.txt"))


def relative_stop(doc: Doc, qt: Segmentation, verb: Token, limit: int) -> int | None:
    """The first token of the main clause when `verb` reports inside the relative clause
    of the sentence's subject ("Ceux qui appellent à bloquer «savent …»"): its content
    ends there, never running over the main clause's quoted predicate; else None."""
    relative = subject_relative(doc, qt, qt.token_at(qt.sentence(verb.idx)[0]), limit)
    if relative is None or not relative.pronoun < verb.i < relative.main:
        return None
    return relative.main


def cue_after_clause(doc: Doc, qt: Segmentation, clause: tuple[int, int], limit: int,
                     dates: frozenset[int]) -> Cue | None:
    """An inverted cue after a comma inside the clause read for a verb or right after it
    ("à «venir nombreux» devant la mairie, a-t-elle ajouté"): the clause ends before it
    (and names the speaker of a passive verb)."""
    for t in doc[clause[0] + 1:min(clause[1] + 1, limit - 1)]:
        if t.text != "," or qt.in_quote(t.idx):
            continue
        cue = inverted_cue(doc, t.i + 1, limit, dates, require_inversion=True)
        if cue is not None:
            return cue
    return None


def is_present_participle(tok: Token) -> bool:
    """ "Estimant", "jugeant": read off the morphology, as the subject rules do, not the
    spelling ("restaurant", "garant" end the same way)."""
    return tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Pres"]


def fronted_participle_split(doc: Doc, qt: Segmentation, verb: Token
                             ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Estimant que la loi était injuste, le syndicat a appelé à la grève": a present
    participle that opens its sentence with a que-clause reports for the main clause's
    subject. Read off the word order (the parser hangs such a participle anywhere): the
    content clause runs from "que" to the first comma outside quotation marks that a noun
    phrase and a finite verb follow. (clause, subject) token ranges, or None."""
    first = qt.token_at(qt.sentence(verb.idx)[0])
    if verb.i != first or not is_present_participle(verb) or verb.i + 1 >= len(doc) \
            or doc[verb.i + 1].lower_ not in grammar_words(QUE_WORD):
        return None
    limit = qt.token_at(qt.sentence(verb.idx)[1])
    for comma in range(verb.i + 2, limit):
        if doc[comma].text != "," or qt.in_quote(doc[comma].idx) or comma + 1 >= limit \
                or not (doc[comma + 1].pos_ in ("DET", "PROPN")
                        or doc[comma + 1].text in honorifics()):
            continue
        k = comma + 1
        while k < limit and k - comma <= MAX_FRONTED_SUBJECT_WORDS \
                and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
            k += 1
        if k < limit and doc[k].pos_ in ("AUX", "VERB") and "Fin" in doc[k].morph.get("VerbForm"):
            return (verb.i + 1, comma), (comma + 1, k)
    return None


def is_passive(verb: Token) -> bool:
    """ "ont été invités", "sont appelés": a passive reporting verb, whose subject is whom
    the words address or concern, not who speaks; not a pronominal verb, whose "être" is
    no passive ("s'est engagé à")."""
    reflexive = grammar_words(REFLEXIVE)
    if any(c.lower_ in reflexive for c in verb.children) \
            or any(t.lower_ in reflexive for t in verb.doc[max(0, verb.i - 3):verb.i]):
        return False
    # A reporting verb takes "avoir" in its compound tenses ("a invité"): "être" before its
    # participle is a passive even where the parser calls it a tense auxiliary ("les
    # habitants sont invités à").
    return "Pass" in verb.morph.get("Voice") or any(
        c.dep_ == "aux:pass" or (c.dep_ == "aux:tense" and c.lemma_ == "être")
        for c in verb.children)


def passive_agent(verb: Token) -> tuple[int, int] | None:
    """Token range of the agent of a passive verb ("invités par le maire" -> "le maire"),
    or None (the source is the floor's)."""
    for c in verb.children:
        if c.dep_ == "obl:agent" or any(g.lower_ == "par" and g.dep_ == "case"
                                        for g in c.children):
            first = c.left_edge.i
            while first < c.i and c.doc[first].lower_ == "par":
                first += 1
            return first, c.right_edge.i + 1
    return None


def after_inserted_cue(doc: Doc, qt: Segmentation, first: int, comma: int) -> int:
    """Where a clause before an inverted cue starts: after an earlier inserted cue of the
    sentence ("«A», a-t-il dit lundi, et «B» et de partir, a-t-il ajouté": the second
    cue's clause is "«B» et de partir"), past a connective; else `first`."""
    start = first
    for t in doc[first:comma]:
        if t.pos_ != "VERB" or qt.in_quote(t.idx) or reporting_lemma(t) is None:
            continue
        lead = t.i - 1
        while lead > first and (doc[lead].pos_ == "AUX" or doc[lead].is_space
                                or doc[lead].text.startswith("-")):
            lead -= 1
        if doc[lead].text != "," or lead == first or not doc[lead - 1].is_quote:
            continue  # an inserted cue follows a closing mark and a comma
        nxt = next((u.i for u in doc[t.i + 1:comma] if u.text == ","), None)
        if nxt is None or nxt + 1 >= comma:
            return first
        connective = doc[nxt + 1].lower_ in word_set("quotes_connectives.txt")
        if not (connective or doc[nxt + 1].is_quote):
            continue  # "», réagit X, président de …": an apposition, not a new clause
        start = nxt + 1 + connective
    return start


def quote_then_gloss(doc: Doc, qt: Segmentation, first: int, comma: int) -> bool:
    """Tokens [first, comma) are a quote, a comma and a noun phrase glossing it."""
    piece = next((p for p in qt.pieces if p.outer_start == doc[first].idx), None)
    if piece is None or piece.close_char is None:
        return False
    after = qt.token_at(piece.outer_end)
    return after < comma and doc[after].text == "," \
        and gloss_end(doc, after + 1, comma + 1) == comma + 1


def qualifies_a_noun(verb: Token) -> bool:
    """A past participle with no auxiliary hanging on a noun ("Paul X, accusé d'avoir
    menti", "un élu soupçonné d'avoir …"): the noun is who the words are about, and who
    spoke them is not said."""
    if "Part" not in verb.morph.get("VerbForm") or "Past" not in verb.morph.get("Tense") \
            or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    if verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        return True
    # "Paul X, accusé de …" with the name misparsed (read as verbs): apposed by position
    doc, i = verb.doc, verb.i
    return i >= 2 and doc[i - 1].text == "," and (
        doc[i - 2].pos_ in ("NOUN", "PROPN") or doc[i - 2].ent_type_ in ("PER", "ORG"))


def before_coordinated_report(doc: Doc, verb: Token, clause: tuple[int, int]
                              ) -> tuple[int, int]:
    """ "Il a assuré n'avoir rien vu et expliqué avoir fui", "…que A et a affirmé que B":
    a second reporting verb after "et" that opens a content clause of its own
    (`quotes_clause_introducers.tsv` words, an infinitive) ends the first clause: each verb
    reports its own (the parse hangs it on the first clause's verb)."""
    introducers = {row[0].lower() for row in read_tsv("quotes_clause_introducers.tsv") if row}
    for t in doc[clause[0] + 1:clause[1] - 1]:
        if t.pos_ != "VERB" or reporting_lemma(t) is None or t == verb:
            continue
        cut = t.i
        while cut > clause[0] + 1 and doc[cut - 1].pos_ == "AUX":
            cut -= 1
        nxt = doc[t.i + 1]
        if doc[cut - 1].lower_ == "et" and (nxt.lower_ in introducers or nxt.lower_ in (
                "avoir", "être") or nxt.lower_ in negation_words(NEGATED_VERB)):
            return clause[0], cut - 1
    return clause


def quote_after_break(qt: Segmentation, start: int, end: int) -> bool:
    """The stretch before an inverted cue's comma ends with one quoted piece that follows a
    colon, a comma and a connective (`quotes_connectives.txt`) or a connective opening the
    sentence: "Il est arrivé hier : «Je reste», dit-il", "Le texte passe, mais «le combat
    continue», a lancé X", "Et «rien ne change», ajoute-t-il". What the cue
    attributes is the quote alone (a direct record), not a clause from the sentence start."""
    last = [p for p in qt.pieces if start < p.outer_start and p.closed
            and p.outer_end <= end and not qt.text[p.outer_end:end].strip(SPACES)]
    if not last:
        return False
    before = qt.text[start:last[-1].outer_start].rstrip(SPACES)
    if before.endswith(":"):
        return True
    words = before.split()
    if not words or words[-1].lower() not in word_set("quotes_connectives.txt"):
        return False
    return len(words) == 1 or words[-2].endswith(",")  # "Et «…», opine-t-il"


def quote_after_detached_lead(doc: Doc, qt: Segmentation, first: int, end: int) -> bool:
    """ "Résultat, «nous étions quinze»", "Dans ce village, «personne ne bouge»", before an
    inverted cue: an adverbial or topic detached by a comma, with no verb, then one quote
    holding the clause's core (QUOTES.md: the lead is ignored, the record is direct)."""
    last = [p for p in qt.pieces if doc[first].idx < p.outer_start and p.closed
            and p.outer_end <= doc[end].idx
            and not qt.text[p.outer_end:doc[end].idx].strip(SPACES)]
    if not last:
        return False
    piece = last[-1]
    lead = doc.char_span(doc[first].idx, piece.outer_start, alignment_mode="contract")
    if lead is None or not lead.text.rstrip(SPACES).endswith(","):
        return False
    if subject_then_topic_marker(lead.text):
        return False  # "Le second, quant à lui, «se cachait»": the subject, not a lead
    inside = doc.char_span(piece.start, piece.end, alignment_mode="contract")
    return inside is not None and not any(t.pos_ in ("VERB", "AUX") for t in lead) \
        and any(finite_verb(t) for t in inside) \
        and not any(p.outer_start < piece.outer_start and p.outer_start >= doc[first].idx
                    for p in qt.pieces)


def subject_then_topic_marker(lead: str) -> bool:
    """ "Le deuxième homme, quant à lui, " / "Paul, lui, ": a noun phrase, then a stressed
    pronoun or a phrase of contrast between commas (`quotes_subject_fillers.txt`): the
    lead is the subject of the quoted predicate after it (a mixed clause), not a detached
    adverbial."""
    parts = [part.strip(SPACES) for part in lead.rstrip(SPACES).rstrip(",").split(",")]
    if len(parts) != 2 or not parts[0] or not parts[0][:1].isupper():
        return False
    marker = parts[1].lower().replace("’", "'")
    return marker in grammar_words(STRESSED_PRONOUN) or marker in _subject_fillers()


@lru_cache(maxsize=1)
def _subject_fillers() -> frozenset[str]:
    """The phrases of `quotes_subject_fillers.txt`, lowercase, single-spaced."""
    return frozenset(" ".join(line.lower().split())
                     for line in read_lines("quotes_subject_fillers.txt"))


def named_pieces(doc: Doc, qt: Segmentation) -> frozenset[int]:
    """Start offsets of the quoted pieces that name something rather than give anyone's
    words: a movement ("les «bonnets verts»"), a capitalised name after a determiner
    ("l'opération «Rues propres»"), a mention ("le mot «…»"). A reported clause holding
    only such pieces is indirect (QUOTES.md: scare quotes do not make it mixed)."""
    starts = {start for start, _ in quoted_names(doc, qt) + named_movements(doc, qt)}
    markers = word_set("quotes_mention_markers.txt")
    for p in qt.pieces:
        if p.open_char is None:
            continue
        i = word_before(doc, qt.token_at(p.open_char))
        if i >= 0 and doc[i].lower_ in markers:
            starts.add(p.start)  # right after the marker: "le slogan «…»", not "appelé à «…»"
    return frozenset(starts)


def clause_record(doc: Doc, qt: Segmentation, clause: tuple[int, int],
                  labels: set[str], lemma: str, anchor: int,
                  names: frozenset[int] = frozenset(),
                  verbless: bool = False, stop: int | None = None) -> Candidate | None:
    """Mixed or indirect record over the clause; None when the clause is one quote
    (then the quote is direct) or crosses a sentence. `verbless`: the clause may lack a
    verb (an account after "«…», rappelle X :"). `stop`: a character offset the clause
    never runs past (the main clause after a relative one)."""
    start = doc[clause[0]].idx
    last = doc[clause[1] - 1]
    end = last.idx + len(last)
    s_start, s_end = qt.sentence(start)
    s_end = s_end if stop is None else min(s_end, stop)
    # A quote opened in the clause runs to its closing mark; a clause that starts
    # inside a quote starts at its opening mark.
    for p in qt.pieces:
        if p.outer_start < start < p.outer_end:
            start = p.outer_start
    for p in qt.pieces:
        if start <= p.outer_start < end and p.outer_end > end:
            end = min(p.outer_end, s_end)
    end = min(end, s_end)
    end = extend_over_quotes(doc, qt, clause[0], end, s_end, labels)
    start, end = trim(qt.text, start, end)
    if end <= start:
        return None
    inner = [p for p in qt.pieces if p.outer_start < end and p.outer_end > start]
    speech = [p for p in inner if not is_label(qt.text, p, labels) and p.start not in names]
    rest = qt.text[start:end]
    if speech:
        for p in speech:
            rest = rest.replace(qt.text[p.outer_start:p.outer_end], " ")
        core = [w for w in WORD.findall(rest) if w.lower() not in ("que", "qu", "de", "d",
                                                                   "à", "si")]
        if not core and len(speech) == 1:
            return None
        if len(speech) > 1 and only_glue(core) \
                and qt.text[start:speech[0].outer_start].strip(SPACES + ",") == "":
            return None  # "«A», qui «B», a écrit X": two directs
        if ends_with_quote_list(qt, speech, end):
            return None  # "… : «A», «B», «C», ont crié les manifestants": directs
        return Candidate(start, end, MIXED, lemma, anchor)
    span = doc.char_span(start, end, alignment_mode="expand")
    # a clause opener counts whatever the tagger made of the verb ("que la direction ment",
    # "ment" read as an adverb)
    if span is None or not (verbless or span[0].lower_ in grammar_words(CLAUSE_OPENER)
                            or any(t.pos_ in ("VERB", "AUX") for t in span)):
        # reported content is a clause or an infinitive; a bare noun phrase is the verb's
        # object ("a annoncé des mesures") or its inverted subject ("a fait savoir le maire")
        return None
    return Candidate(start, end, INDIRECT, lemma, anchor)


# Quoted pieces in a row, joined only by commas or glue, that make a list of separate
# utterances (slogans, insults) rather than words embedded in a clause.
MIN_QUOTE_LIST = 3


def ends_with_quote_list(qt: Segmentation, speech: list, end: int) -> bool:
    """The clause ends with at least MIN_QUOTE_LIST quoted pieces joined only by commas or
    glue words ("«Dehors !», «Démission !», «On reste !», scandaient-ils"): each is a
    direct quote of the cue's subject, not a mixed clause of the journalist's."""
    run = []
    for p in reversed(speech):
        following = run[-1].outer_start if run else end
        if not only_glue(WORD.findall(qt.text[p.outer_end:following])):
            break
        run.append(p)
    return len(run) >= MIN_QUOTE_LIST


def extend_over_quotes(doc: Doc, qt: Segmentation, first: int, end: int,
                       s_end: int, labels: set[str]) -> int:
    """The parser often ends a content clause before the quoted pieces that continue it
    ("qu'elle lancerait en mars «un mouvement…», «sans chef»"): the clause runs
    on to the last quoted piece of its sentence, unless a new clause of the journalist's
    starts first (see `clause_end`)."""
    cut = clause_end(doc, first, qt.token_at(s_end))
    limit = min(doc[cut].idx, s_end) if cut < len(doc) else s_end
    new_end = end
    for p in qt.pieces:
        if end <= p.outer_start < limit and p.closed and p.outer_end <= limit \
                and not is_label(qt.text, p, labels):
            gap = doc.char_span(new_end, p.outer_start, alignment_mode="expand")
            if gap is not None and any(finite_verb(t) for t in gap):
                break  # a new clause ("…», a déclaré X")
            new_end = p.outer_end
    return new_end


def _reports_someone_else(doc: Doc, qt: Segmentation, first: int, end: int, cue,
                          inverted: bool = True) -> bool:
    """ "Paul X a admis qu'il était là «par hasard», a souligné l'avocate Anne Y", "Le
    prévenu a reconnu avoir agi «sans réfléchir», a expliqué son avocat": the clause
    reports the words of someone its subject names or describes (or a third-person
    pronoun), and an inverted cue naming or describing another attributes the whole
    clause: reported speech inside reported speech is the outer speaker's (one record)."""
    if cue.subject is None or doc[cue.subject[0]].pos_ == "PRON" \
            or cue.subject[0] < cue.verb.i or _split_auxiliary(doc, cue.verb):
        return False  # the outer cue is inverted: "…, a souligné l'avocate"
    outer = _noun_words(doc, *cue.subject)
    for verb in doc[first:end]:
        if verb.pos_ != "VERB" or qt.in_quote(verb.idx) or reporting_lemma(verb) is None:
            continue
        inner = subject_tokens(verb)
        if inner is None or inner[0] > verb.i:
            continue  # an inverted cue of its own ("A, a dit X, B, a ajouté Y"): two records
        if inner[1] - inner[0] == 1 and doc[inner[0]].lower_ in grammar_words(SUBJECT_PRONOUN):
            return True  # "Il a incité … «…», a insisté la procureure": hers, one record
        words = _noun_words(doc, *inner)
        # without a clear inversion only two named people tell two speakers apart
        named = _names_someone(doc, *inner) and _names_someone(doc, *cue.subject)
        if words and outer and words.isdisjoint(outer) and (inverted or named) \
                and is_speaker_like(doc, *inner) and not _after_comma(doc, verb):
            return True  # two noun phrases with no word in common: two people
    return False


def _split_auxiliary(doc: Doc, verb: Token) -> bool:
    """A past participle whose auxiliary stands before the comma ("et ont, pour la
    plupart, convoqué leurs adhérents"): the verb goes on the clause before, no inverted cue."""
    return verb.morph.get("VerbForm") == ["Part"] and doc[verb.i - 1].pos_ != "AUX" \
        and not any(c.dep_.startswith("aux") and c.i > verb.i - 3 for c in verb.children)


def _after_comma(doc: Doc, verb: Token) -> bool:
    """The verb (past its auxiliaries) follows a comma: an inserted cue of its own ("A, a
    annoncé X"), whatever the parse makes its subject."""
    k = verb.i - 1
    while k > 0 and doc[k].pos_ == "AUX":
        k -= 1
    return doc[k].text == ","


def _names_someone(doc: Doc, start: int, end: int) -> bool:
    return any(t.ent_type_ == "PER" for t in doc[start:end])


def _noun_words(doc: Doc, start: int, end: int) -> set[str]:
    """The nouns and names of a noun phrase, lowercase (what two mentions of one person
    would share: "M. Durand" / "Paul Durand", "le ministre" / "le ministre de la Mer")."""
    return {t.lower_ for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN")}

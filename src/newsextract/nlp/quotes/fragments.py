"""Does a reporting verb before the opening mark govern the quote?

"X a affirmé : «…»", "a estimé que «…»", "a dénoncé des «…»": a speech verb within a few
tokens before the mark, in the same sentence, not negated; a quoted noun phrase after an
ambiguous or opinion verb only when short (a source's wording, not a title). Pieces glued
to the previous one ("la «A» du «B»") share its verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import (
    CONTRACTED_DETERMINER,
    COORDINATOR,
    DEFINITE_ARTICLE,
    INDEFINITE_SINGULAR,
    LIST_JOINER,
    PREPOSITION_A,
    PREPOSITION_DE,
    QUE_WORD,
    REFLEXIVE,
    grammar_words,
)
from newsextract.nlp.number_words import words_alternation
from newsextract.nlp.participants.descriptions import head_can_speak
from newsextract.nlp.participants.mentions import noun_phrase_end
from newsextract.nlp.quotes.asides import closed_aside_tokens
from newsextract.nlp.quotes.candidates import (
    FRAGMENT_WORD,
    SPACES,
    after_mention_marker,
    inside_noun_phrase,
    is_label,
    label_key,
    naming_participle,
    plain_inverted_only,
)
from newsextract.nlp.quotes.cues import Cue, present_tense_lemma
from newsextract.nlp.quotes.lexicon import (
    finite_verb,
    is_bare_past_participle,
    is_infinitive,
    is_negated,
    is_past_participle,
    judging_prepositions,
    opinion_lemma,
    opinion_lemma_of,
    participle_lemma,
    reporting_lemma,
    reporting_lexicon,
    word_set,
)
from newsextract.nlp.quotes.narrative import verb_subject
from newsextract.nlp.quotes.relatives import quoted_predicate
from newsextract.nlp.quotes.speakable import is_speaker_like
from newsextract.nlp.quotes.utterances import author_prepositions, utterance_author
from newsextract.nlp.segment import QuotedSpan, Segmentation
from newsextract.resources import read_tsv

# Words of the longest quoted fragment an ambiguous verb governs as its object.
MAX_AMBIGUOUS_FRAGMENT_WORDS = 6


# The furthest (in tokens) a reporting verb may stand before a quoted fragment it governs.
MAX_FRAGMENT_GAP = 12

# The furthest a clear (not ambiguous) speech verb may stand before a piece of its own
# clause, past its object and adverbials ("a requis dix ans de prison, soit le maximum,
# en raison «de …»"): no finite verb may come in between (the loop stops there).
MAX_SPEECH_CLAUSE_GAP = 24


# Words joining two quoted pieces of one noun phrase ("la «A» du «B»", "une «A» et une
# «B»"): no comma, so no new clause or cue in between.
FRAGMENT_GLUE = re.compile(r"[\s\xa0\u202f]*(?:du|des|de(?: la| l['’])?|d['’]|et"
                            r"(?: (?:un|une|des|la|le|les|l['’]))?)[\s\xa0\u202f]*",
                            re.IGNORECASE)

# A list of pieces of one clause: "a dénoncé «A», «B» et «C»", "en raison «de A», «de B»".
LIST_GLUE = re.compile(r"[\s\xa0\u202f]*,[\s\xa0\u202f]*(?:(?:et|ou)[\s\xa0\u202f]+)?"
                       r"(?:(?:du|des|de(?: la| l['’])?|d['’]|un|une|la|le|les|l['’])"
                       r"[\s\xa0\u202f]*)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def linked_piece_glue() -> re.Pattern:
    """ "» sur «", "» et en particulier sur la «", "», en «": a preposition joining a
    piece to the previous one in one clause (`quotes_fragment_links.tsv`), after an
    optional coordinator and focusing adverb, before an optional determiner."""
    rows = read_tsv("quotes_fragment_links.tsv")
    def alternatives(kind: str) -> str:
        words = sorted((r[0] for r in rows if len(r) > 1 and r[1] == kind), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", _SPACE + "+") for w in words)
    # "et", "ou": the coordinators that join items of a list
    coordinators = words_alternation(grammar_words(COORDINATOR) & grammar_words(LIST_JOINER))
    # an article: definite, indefinite singular, or contracted with "de" ("des", "du")
    articles = words_alternation(
        grammar_words(DEFINITE_ARTICLE) | grammar_words(INDEFINITE_SINGULAR)
        | (grammar_words(CONTRACTED_DETERMINER) & grammar_words(PREPOSITION_DE)))
    return re.compile(
        rf"{_SPACE}*,?{_SPACE}*(?:(?:{coordinators}){_SPACE}+)?"
        rf"(?:(?:{alternatives('focus')}){_SPACE}+)?"
        rf"(?:{alternatives('preposition')}){_SPACE}+"
        rf"(?:(?:{articles}){_SPACE}*)?", re.IGNORECASE)


_SPACE = r"[\s\xa0\u202f\u2009]"


def named_or_pronoun(doc: Doc, start: int, end: int) -> bool:
    """The subject in tokens [start, end) names a person or organisation, or is a
    pronoun: an opinion verb's fragment is a quote only of someone identified."""
    if start >= end:
        return False
    if doc[start].pos_ == "PRON":
        return is_speaker_like(doc, start, end)
    return any(t.ent_type_ in ("PER", "ORG") for t in doc[start:end])


# Tokens between a call noun and the quote, as for a clear speech verb's clause: an aside
# and an apposition may lie between ("l'appel, samedi soir, de la ministre, épouse du
# maire, pour la «…»").
MAX_CALL_REACH = MAX_SPEECH_CLAUSE_GAP
# Prepositions between a call noun and its quoted object ("l'appel au «calme»").
CALL_PREPOSITIONS = grammar_words(PREPOSITION_A) | {"pour"}


def call_author(doc: Doc, qt: Segmentation, piece: QuotedSpan
                ) -> tuple[int, tuple[int, int]] | None:
    """ "l'appel du ministre à la «retenue»", "l'appel, hier soir, de X pour la «…»": a call
    noun (`quotes_call_nouns.txt`), its author after "de" (an aside between commas may come
    first; the author someone who can speak), then "à" / "pour" right before the quote: the
    call noun's token and the author's tokens, or None."""
    if preposition_before(doc, qt, piece) not in CALL_PREPOSITIONS:
        return None
    mark = qt.token_at(piece.open_char)
    nouns = word_set("quotes_call_nouns.txt")
    for k in range(mark - 2, max(mark - MAX_CALL_REACH, 0) - 1, -1):
        if finite_verb(doc[k]) or qt.in_quote(doc[k].idx):
            return None
        if doc[k].lower_ not in nouns or k + 2 >= mark:
            continue
        de = k + 1
        if doc[de].text == ",":  # an aside between commas: "l'appel, hier soir, de X"
            de = next((j + 1 for j in range(de + 1, mark - 1) if doc[j].text == ","), mark)
        if de + 1 >= mark or doc[de].lower_ not in author_prepositions() \
                or doc[de].lower_ == "par":
            return None
        author = (de + 1, max(de + 2, noun_phrase_end(doc, de + 1, mark)))
        return (k, author) if is_speaker_like(doc, *author) else None
    return None


def ambiguous_fragment(lex, lemma: str, text: str, piece: QuotedSpan,
                        opinion: bool = False) -> bool:
    """A quoted noun phrase after an ambiguous or opinion verb ("a annoncé des
    «mesures»", "y voit le «péché capital»") is a source's wording only when short: a
    few evaluative words ("a défendu un budget «équilibré»", "a noté un «taux
    inédit»"), not a long title or programme."""
    return (opinion or lex.ambiguous(lemma)) \
        and len(FRAGMENT_WORD.findall(text[piece.start:piece.end])) \
        > MAX_AMBIGUOUS_FRAGMENT_WORDS


# Object clitics before a present participle the tagger may read as a noun ("leur
# reprochant", "lui demandant").
OBJECT_CLITICS = frozenset({"leur", "lui", "les", "nous", "vous"})


def pre_cue(doc: Doc, qt: Segmentation, piece: QuotedSpan, labels: set[str]
            ) -> Cue | None:
    """A reporting verb before the opening mark in the same sentence that governs the
    quote: "X a affirmé : «…»", "a estimé que «…»", "a dénoncé des «…»"."""
    if piece.open_char is None:
        return None
    author = utterance_author(doc, qt, piece)
    if author is not None:
        verb = doc[author[0] - 1]
        return Cue(verb, None, verb.i, verb.i + 1, author, None, author_apart=True)
    call = call_author(doc, qt, piece)
    if call is not None:
        noun, author = call
        return Cue(doc[noun], None, noun, noun + 1, author, None, author_apart=True)
    s_start, _ = qt.sentence(piece.open_char)
    first = qt.token_at(s_start)
    mark = qt.token_at(piece.open_char)
    lex = reporting_lexicon()
    # After a colon the quote is the verb's whole object, however long the clause
    # before it ("X a réagi à … avant sa rencontre de mercredi : «…»").
    after_colon = qt.text[s_start:piece.open_char].rstrip(SPACES).endswith(":")
    # a closed dashed aside is passed over: its tokens count for no distance and hold
    # no verb of the fragment ("a traité les élus - ceux qui votent - de «…»")
    aside = closed_aside_tokens(doc, first, mark)
    reach = first if after_colon else max(first, mark - MAX_SPEECH_CLAUSE_GAP - len(aside))
    for v in range(mark - 1, reach - 1, -1):
        tok = doc[v]
        if v in aside:
            continue
        distance = mark - v - sum(1 for k in aside if k > v)
        if qt.in_quote(tok.idx):
            if quoted_name_before(doc, qt, tok.idx, labels):
                continue  # "qualifiant le discours des «gilets jaunes» d'«…»"
            return None
        if v == mark - 1 and naming_participle(tok):
            return None  # "la France dite «périphérique»": a label, no one's words
        lemma = None if noun_read_as_participle(doc, v) else reporting_lemma(tok)
        named_subject = None
        if lemma is None and (named_subject := person_before(doc, v)) is not None:
            lemma = present_tense_lemma(tok)  # "X juge «…»": the tagger read a noun
        if lemma is None and tok.pos_ in ("NOUN", "ADJ") and v > 0 \
                and doc[v - 1].lower_ in grammar_words(REFLEXIVE):
            lemma = present_tense_lemma(tok)  # "le maire s'inquiète : «…»", an adjective
        if lemma is None and tok.pos_ == "NOUN" and tok.lower_.endswith("ant") and v > 0 \
                and doc[v - 1].lower_ in OBJECT_CLITICS:
            lemma = present_tense_lemma(tok)  # ", leur reprochant d'avoir «…»": a noun
        opinion = lemma is None and (lemma := opinion_lemma(tok)) is not None
        if lemma is None and (lemma := participle_read_as_adjective(doc, qt, piece, v)):
            opinion = True  # "une réforme jugée «brutale» par les syndicats"
        if tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Fin"] and lemma is None:
            return None
        if lemma is None:
            continue
        far = not after_colon and distance > MAX_FRAGMENT_GAP
        if far and (opinion or (lex.ambiguous(lemma) and not publishes_document(doc, tok, mark))
                    or clause_break([t for t in doc[v + 1:mark] if t.i not in aside])):
            return None  # only a clear speech verb governs pieces that far, in its clause
        if is_negated(tok):
            return None
        if is_set_complement(lemma, qt.text[piece.start:piece.end]):
            return None  # "a plaidé «coupable»": a plea, a set phrase, nobody's wording
        if in_inverted_subject_apposition(doc, v, mark):
            return None  # "», explique Léa X, une «gilet jaune» de Lens": her label
        between = [t for t in doc[v + 1:mark] if t.i not in aside]
        # "a déclaré : «…»", "a dit que «…»": the quote is the verb's clause, no fragment
        introduced = any(t.text == ":" or t.lower_ in grammar_words(QUE_WORD) for t in between)
        if plain_inverted_only(tok) and not introduced:
            return None  # "les tracts mentionnent «…»": a cue only inverted after a quote
        if quoted_predicate(doc, qt, mark) and not introduced:
            return None  # "X, qui criait des insultes, «a frappé …»": no object of the verb
        if addressee(between, lemma):
            return None  # "a répondu à un «internaute»": whom the words go to
        fragment = any(t.pos_ in ("NOUN", "DET") for t in between) and not introduced
        if opinion and (ambiguous_fragment(lex, lemma, qt.text, piece, opinion) or introduced):
            return None  # an opinion verb quotes only a short noun phrase it governs
        agent = agent_before_piece(doc, v, mark)
        if lex.ambiguous(lemma) and agent is None and (
                (fragment and is_bare_past_participle(tok)) or passive_voice(tok)):
            # "condamné pour une «faute»", "sera jugé pour «vol»": a passive, the name of
            # a charge or a thing, no one's words
            return None
        judging = judging_prepositions(lemma) if opinion else frozenset()
        if judging and not judged_after_preposition(doc, qt, piece, judging):
            return None  # "a comparé les chiffres": the quote is no name it gives
        # "qualifie le mouvement d'«…»": the judging preposition, not the marker noun
        # ("le mouvement «…»" names it), governs the quote
        if fragment and (ambiguous_fragment(lex, lemma, qt.text, piece, opinion)
                         or is_label(qt.text, piece, labels)
                         or (after_mention_marker(doc, mark)
                             and not preposition_governs(doc, qt, piece, judging))):
            return None
        subject = agent or named_subject or verb_subject(doc, qt, tok)
        if far and (subject is None or not is_speaker_like(doc, *subject)):
            return None  # that far, only the words of a subject that can speak
        if opinion and is_infinitive(tok):
            controller = controlling_verb(tok)  # "on ne peut plus parler de «…»"
            subject = None if controller is None \
                else verb_subject(doc, qt, controller) or subject
        passive = opinion and (is_bare_past_participle(tok) or tok.pos_ == "ADJ"
                               or any(c.dep_ == "aux:pass" for c in tok.children))
        if passive:
            agent = passive_agent(doc, qt, piece, v) or agent
            subject = agent or subject
        # a passive's subject is who is judged ("des contrats parfois qualifiés de «…»"):
        # only its agent speaks
        judge = (judging and not passive) or (agent is not None and is_agent_phrase(doc, agent))
        if opinion and (subject is None or not (
                named_or_pronoun(doc, *subject)
                or (judge and is_speaker_like(doc, *subject)))):
            return None  # "les manifestants espèrent une «marée jaune»": a theme
        # "comparé par l'expert à un «…»": the agent is the author of the words, who may
        # be new to the article, not whoever spoke last
        return Cue(tok, lemma, v, v + 1, subject, None,
                   author_apart=agent is not None and subject == agent)
    return None


def comparison_terms(doc: Doc, qt: Segmentation, names: list[tuple[int, int]]
                     ) -> list[tuple[int, int]]:
    """The quoted names (character ranges of `candidates.quoted_names`) that are the term
    of a comparison: after "à" ("au «Titanic»", "à une «Bérézina»") in the clause of a
    judging verb that compares with "à" ("comparer", "assimiler": `judging_prepositions`),
    someone's figure of speech, not the name of a thing; "le «Grand Forum»" stays a name,
    and so does a plural, a group ("assimile X aux «Verts»")."""
    to = grammar_words(PREPOSITION_A)
    starts = {start for start, _ in names}
    out = []
    for piece in qt.pieces:
        if piece.start not in starts or piece.open_char is None \
                or preposition_before(doc, qt, piece) not in to \
                or doc[qt.token_at(piece.open_char) - 1].morph.get("Number") == ["Plur"]:
            continue  # "assimile X à des «Black Blocs»": a plural names a group
        cue = pre_cue(doc, qt, piece, set())
        if cue is not None and cue.lemma is not None and judging_prepositions(cue.lemma) & to:
            out.append((piece.start, piece.end))
    return out


def passive_voice(tok: Token) -> bool:
    """A participle with a passive auxiliary ("sera jugé", "a été accusé")."""
    return any(c.dep_ == "aux:pass" for c in tok.children)


# Words of the longest quoted name a verb's fragment may be read past ("les «gilets
# jaunes»", "le «grand débat national»"): a name is short.
MAX_PASSED_NAME_WORDS = 4


def quoted_name_before(doc: Doc, qt: Segmentation, char: int, labels: set[str]) -> bool:
    """The quote holding `char` is a quoted name in a noun phrase between a verb and its
    fragment ("qualifie le discours des «gilets jaunes» d'«…»"): a label of the article or
    a short piece after a determiner or a noun, closed."""
    piece = next((p for p in qt.pieces if p.outer_start <= char < p.outer_end), None)
    if piece is None or not piece.closed or piece.close_char is None \
            or piece.open_char is None:  # a piece carried over a paragraph: no quoted name
        return False
    short = len(FRAGMENT_WORD.findall(qt.text[piece.start:piece.end])) <= MAX_PASSED_NAME_WORDS
    before = qt.token_at(piece.open_char) - 1
    after_contracted = before >= 0 \
        and doc[before].lower_ in grammar_words(CONTRACTED_DETERMINER)  # "des «…»", tagged ADP
    return is_label(qt.text, piece, labels) \
        or (short and (inside_noun_phrase(doc, qt, piece) or after_contracted))


@lru_cache(maxsize=1)
def _set_complements() -> frozenset[tuple[str, str]]:
    return frozenset((row[0], row[1]) for row in read_tsv("quotes_set_complements.tsv"))


def is_set_complement(lemma: str, quoted: str) -> bool:
    """The quoted words complete the verb into a set phrase (`quotes_set_complements.tsv`:
    "plaider «coupable»")."""
    return (lemma, " ".join(quoted.lower().split())) in _set_complements()


# Words marking an infinitive of purpose ("pour parler de «…»"): a topic, not a wording.
PURPOSE_MARKS = frozenset({"pour", "afin"})


def controlling_verb(verb):
    """The verb whose subject is the subject of an infinitive opinion verb: the one it
    completes ("X n'hésite pas à parler de «…»", "X ira jusqu'à parler d'«…»"; in "on ne
    peut plus parler de" the generic "on"). None when nothing controls it: an adjective
    or a phrase ("il est préférable de parler de", "De là à parler de"), an object
    ("conduit les experts à parler de"), a purpose ("pour parler de «…»": a topic)."""
    if any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb or head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ == "obj" for c in head.children):
        return None
    return head


def noun_read_as_participle(doc: Doc, i: int) -> bool:
    """A past participle right after a determiner, an adjective between ("le principal
    accusé", "les blessés"), is a noun naming someone, no verb governing the quote."""
    tok = doc[i]
    if not is_past_participle(tok):
        return False
    k = i - 1
    while k >= 0 and doc[k].pos_ == "ADJ":
        k -= 1
    return k >= 0 and doc[k].pos_ == "DET"


def publishes_document(doc: Doc, verb: Token, mark: int) -> bool:
    """ "a diffusé mardi un texte d'hommage assez long sur son site, ce soir-là, «…»": an
    ambiguous verb whose object before the quote is a document or message
    (`quotes_document_nouns.txt`) publishes words, and the quoted piece at the end of its
    clause is from them."""
    nouns = word_set("quotes_document_nouns.txt")
    return any(t.dep_ == "obj" and t.head.i == verb.i and t.lemma_.lower() in nouns
               for t in doc[verb.i + 1:mark])


def clause_break(tokens: list[Token]) -> bool:
    """The tokens open another clause: a finite verb or auxiliary, a conjunction or
    relative pronoun ("a souligné que 133 enquêtes étaient menées, allant «de …»"), a
    colon or semicolon."""
    return any(finite_verb(t) or t.pos_ == "SCONJ" or t.morph.get("PronType") == ["Rel"]
               or t.text in (":", ";") for t in tokens)


def in_inverted_subject_apposition(doc: Doc, v: int, mark: int) -> bool:
    """The verb at token v opens an inverted clause after a closing mark, and a
    name then a comma lie between it and the mark at token `mark`: the piece sits in the
    apposition describing the inverted subject ("», raconte Paul X, 31 ans, un «gilet
    jaune» du Nord"), a label, not the verb's object."""
    k = v - 1
    while k >= 0 and (doc[k].pos_ == "AUX" or doc[k].lower_ in grammar_words(REFLEXIVE)
                      or doc[k].text.startswith("-")):
        k -= 1
    if k > 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or not doc[k].is_quote:
        return False  # the clause must follow a quote: "«…», raconte X, …"
    name = next((n for n in range(v + 1, mark) if doc[n].ent_type_ in ("PER", "ORG")), None)
    return name is not None and any(doc[n].text == "," for n in range(name + 1, mark))


def addressee(between, lemma: str) -> bool:
    """The tokens between a speech verb and a quoted piece end in its "à" complement
    ("a répondu à un «…»", "s'adresse aux «…»"): the piece names the addressee
    (`quotes_addressee_verbs.txt`)."""
    to = grammar_words(PREPOSITION_A)  # introduces whom the words go to
    preps = [t for t in between if t.pos_ == "ADP" or t.lower_ in to]
    return bool(preps) and preps[-1].lower_ in to \
        and lemma.lower() in word_set("quotes_addressee_verbs.txt") \
        and all(t.pos_ in ("DET", "ADJ", "NUM") for t in between if t.i > preps[-1].i)


def preposition_before(doc: Doc, qt: Segmentation, piece: QuotedSpan) -> str:
    """The word before the opening mark of `piece`, past determiners ("à un «…»", "au
    «…»"), lowercase; the elided one glued to the mark in one token ("d'«…»")."""
    mark = qt.token_at(piece.open_char)
    glued = qt.text[doc[mark].idx:piece.open_char]
    if glued:
        return glued.lower()
    i = mark - 1
    glued_a = grammar_words(PREPOSITION_A) & grammar_words(CONTRACTED_DETERMINER)  # "au"
    while i > 0 and doc[i].pos_ == "DET" and doc[i].lower_ not in glued_a:
        i -= 1
    if i > 0 and doc[i].text in ("'", "’") and len(doc[i - 1]) == 1:
        return doc[i - 1].lower_ + doc[i].text  # "d’« une …»" cut in three tokens
    return doc[i].lower_ if i >= 0 else ""


# The preposition the quoted words open with, elided ("«d'inacceptable»") or whole
# ("«de mascarade»"): a judging verb's marker quoted with the words it governs.
LEADING_PREPOSITION = re.compile(r"\s*(\w+['’]?)", re.UNICODE)


def quoted_preposition(quoted: str) -> str:
    """The first word of the quoted words, lowercase, its elision mark kept ("d'"): the
    preposition of "qualifie «d'inacceptable» la décision" quoted with its attribute."""
    match = LEADING_PREPOSITION.match(quoted)
    return match.group(1).lower() if match else ""


def judged_after_preposition(doc: Doc, qt: Segmentation, piece: QuotedSpan,
                             judging: frozenset[str]) -> bool:
    """The quoted words follow one of a judging verb's prepositions: right before the mark
    ("traite X de «…»"), quoted with them ("qualifie «d'inacceptable» X"), or before a bare
    noun the quoted words qualify ("qualifie la ville de cité «endormie»"; a capitalised
    piece there is the noun's name: "le plan de relance «Cap 2030»")."""
    if preposition_governs(doc, qt, piece, judging):
        return True
    noun = qt.token_at(piece.open_char) - 1
    return noun > 0 and doc[noun].pos_ == "NOUN" and doc[noun - 1].lower_ in judging \
        and qt.text[piece.start:piece.end].lstrip()[:1].islower()


def preposition_governs(doc: Doc, qt: Segmentation, piece: QuotedSpan,
                        judging: frozenset[str]) -> bool:
    """One of a judging verb's prepositions stands right before the mark, a determiner
    between ("traite X de «…»", "compare X à un «…»"), or opens the quoted words."""
    return preposition_before(doc, qt, piece) in judging \
        or quoted_preposition(qt.text[piece.start:piece.end]) in judging


def passive_agent(doc: Doc, qt: Segmentation, piece: QuotedSpan, verb: int
                  ) -> tuple[int, int] | None:
    """ "qualifié de «faute» par Anne X", "comparé par l'expert à un «…»": the agent of a
    passive opinion verb (token `verb`), before the quote or right after its closing
    mark, is whose wording the fragment is."""
    mark = qt.token_at(piece.open_char) if piece.open_char is not None else verb + 1
    before = next((k for k in range(verb + 1, mark) if doc[k].lower_ == "par"), None)
    if before is not None and before + 1 < mark:
        return before + 1, max(before + 2, noun_phrase_end(doc, before + 1, mark))
    if piece.close_char is None:
        return None
    par = qt.token_at(piece.close_char + 1)
    if par >= len(doc) or doc[par].lower_ != "par" or par + 1 >= len(doc):
        return None
    end = max(par + 2, noun_phrase_end(doc, par + 1, len(doc)))
    return par + 1, end


def is_agent_phrase(doc: Doc, agent: tuple[int, int]) -> bool:
    """The words after "par" are a noun phrase with its determiner or a name ("par les
    syndicats", "par Anne X"), not a locution ("par rapport à", "par exemple")."""
    first = doc[agent[0]]
    return first.pos_ in ("DET", "PROPN", "PRON") or bool(first.ent_type_)


def participle_read_as_adjective(doc: Doc, qt: Segmentation, piece: QuotedSpan, v: int
                                ) -> str | None:
    """ "une réforme jugée «brutale» par les syndicats": a past participle the tagger read
    as an adjective, of a reporting or opinion verb (its -er infinitive), with a passive
    agent right after the quote: the lemma, else None."""
    tok = doc[v]
    agent = passive_agent(doc, qt, piece, v) if tok.pos_ == "ADJ" else None
    if agent is None or not is_agent_phrase(doc, agent):
        return None
    lemma = participle_lemma(tok)
    lex = reporting_lexicon()
    return lemma if lemma in lex.single or opinion_lemma_of(lemma) else None


# Words between a passive participle's agent and the quoted words it judges ("jugée par
# X comme «…»", "qualifiée par X de «…»"): the attribute's markers.
AGENT_TO_WORDS = frozenset({"comme", "de", "d'", "d’"})


def agent_before_piece(doc: Doc, v: int, mark: int) -> tuple[int, int] | None:
    """ "une tenue jugée par la direction comme «…»", "qualifiée par le maire de «…»": the
    agent between a bare past participle (token `v`) and the opening mark (token `mark`)
    of the words it judges, when it can speak; None otherwise."""
    tok = doc[v]
    if not is_bare_past_participle(tok) or v + 2 >= mark or doc[v + 1].lower_ != "par":
        return None
    end = noun_phrase_end(doc, v + 2, mark)
    if end <= v + 2 or any(t.lower_ not in AGENT_TO_WORDS for t in doc[end:mark]) \
            or not is_speaker_like(doc, v + 2, end):
        return None
    return v + 2, end


def person_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """The person named right before token `i` (with a title or description before the
    name: "la sénatrice Anne X"), as the subject of a present-tense verb the tagger read as
    a noun ("Anne X pointe des «…»"); None when token i is no such word."""
    if i == 0 or doc[i].pos_ not in ("NOUN", "ADJ", "PROPN") or doc[i].ent_type_:
        return None
    if doc[i - 1].ent_type_ != "PER":
        return _speaking_noun_before(doc, i)
    start = i - 1
    while start > 0 and doc[start - 1].ent_type_ == "PER":
        start -= 1
    while start > 0 and doc[start - 1].pos_ in ("NOUN", "ADJ") \
            and doc[start - 1].text[:1].islower():
        start -= 1
    if start > 0 and doc[start - 1].pos_ == "DET":
        start -= 1
    return start, i


def _speaking_noun_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """ "un riverain soupire : «…»": a noun phrase that can speak (a determiner, then its
    head noun: participants/lexicon.py) right before token `i`."""
    head = doc[i - 1]
    if head.pos_ != "NOUN" or not head.text[:1].islower() \
            or not head_can_speak(head):
        return None
    start = i - 1
    while start > 0 and doc[start - 1].pos_ == "ADJ":
        start -= 1
    if start == 0 or doc[start - 1].pos_ != "DET":
        return None
    return start - 1, i


def glued_fragment_cue(qt: Segmentation, n: int, fragment_cues: dict[int, Cue],
                       labels: set[str]) -> Cue | None:
    """ "y voit le «péché capital» du «pouvoir central»": a piece joined to the
    previous one by a complement or a coordination, or listed after a comma ("a dénoncé
    «A», «B» et «C»"), continues the same clause and shares the previous piece's verb;
    short unless that verb is a clear speech verb."""
    previous = fragment_cues.get(n - 1)
    piece = qt.pieces[n]
    if previous is None or piece.open_char is None or is_label(qt.text, piece, labels) \
            or qt.pieces[n - 1].block != piece.block:
        return None
    glue = qt.text[qt.pieces[n - 1].outer_end:piece.outer_start]
    clear = previous.lemma is not None and not reporting_lexicon().ambiguous(previous.lemma) \
        and opinion_lemma(previous.verb) is None
    # a list after an ambiguous verb is often names ("ce qu'on appelle les «A», les «B»")
    listed = clear and LIST_GLUE.fullmatch(glue) is not None
    if not (listed or FRAGMENT_GLUE.fullmatch(glue) or linked_piece_glue().fullmatch(glue)):
        return None
    if not clear and len(FRAGMENT_WORD.findall(qt.text[piece.start:piece.end])) \
            > MAX_AMBIGUOUS_FRAGMENT_WORDS:
        return None
    return previous


def spoken_labels(doc: Doc, qt: Segmentation, labels: set[str]) -> set[str]:
    """The repeated pieces (`candidates.repeated_labels`) that are someone's words each
    time: every occurrence is the fragment of a clear speech verb ("X dénonce des «…»" in
    the headline, "X a dénoncé des «…»" in the body; an article pasted twice). A label
    («gilets jaunes») is also written bare, or after an ambiguous verb ("ce qu'on appelle
    le «…»"), and stays one."""
    lex = reporting_lexicon()
    cued: dict[str, bool] = {}
    for piece in qt.pieces:
        key = label_key(qt.text[piece.start:piece.end])
        if key not in labels or cued.get(key) is False:
            continue
        cue = pre_cue(doc, qt, piece, set())
        cued[key] = cue is not None and (
            cue.verb.lower_ in word_set("quotes_call_nouns.txt") or (
                cue.lemma is not None and opinion_lemma(cue.verb) is None
                and (not lex.ambiguous(cue.lemma) or calls(doc, cue))))
    return {key for key, spoken in cued.items() if spoken}


# Words (adverbs, a date) between a calling verb and its preposition ("a appelé mardi
# soir à une «…»").
MAX_CALL_GAP = 3


def calls(doc: Doc, cue: Cue) -> bool:
    """The ambiguous verb of `cue` is used in its speech sense, shown by the preposition
    after it (`quotes_call_senses.tsv`: "appelle à la «…»")."""
    prepositions = _call_senses().get(cue.lemma or "", frozenset())
    for k in range(cue.verb.i + 1, min(len(doc), cue.verb.i + 2 + MAX_CALL_GAP)):
        if doc[k].lower_ in prepositions:
            return True
        if doc[k].is_punct or doc[k].pos_ in ("DET", "VERB", "AUX"):
            return False
    return False


@lru_cache(maxsize=1)
def _call_senses() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(w.strip() for w in row[1].split(","))
            for row in read_tsv("quotes_call_senses.tsv") if len(row) > 1}

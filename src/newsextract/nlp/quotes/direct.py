"""Direct quotes: the words inside paired quotation marks, and the cue that attributes them.

The cue is the reporting clause after the closing mark ("», a déclaré X"), an inserted
clause that cuts the quote in two ("…, a-t-il ajouté, …"), a "selon X" after it, or a
reporting verb before the opening mark (`fragments`). A quote with no cue is handed to
`cueless`; short verbless quoted terms with no cue are scare quotes or names, not quotes.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.entities.ages import is_age
from newsextract.nlp.extensions import blocks
from newsextract.nlp.grammar_words import CLAUSE_OPENER, grammar_words
from newsextract.nlp.participants.descriptions import head_can_speak
from newsextract.nlp.participants.mentions import noun_phrase_end
from newsextract.nlp.punctuation import CUE_AFTER_MARKS
from newsextract.nlp.quotes.banners import (
    banner_in,
    carriers,
    chanted_by,
    continues_list,
    read_banner,
)
from newsextract.nlp.quotes.candidates import (
    DIRECT,
    Candidate,
    attach,
    gloss_end,
    inside_noun_phrase,
)
from newsextract.nlp.quotes.cueless import (
    caption_subject,
    clause_subject,
    headline_subject,
    incise_cue,
    is_standalone_quote,
    lead_in,
    named_title_subject,
    narrative_subject,
    on_unheld_banner,
)
from newsextract.nlp.quotes.cues import Cue, impersonal_cue, inverted_cue
from newsextract.nlp.quotes.echoes import echoed_piece
from newsextract.nlp.quotes.fragments import glued_fragment_cue, pre_cue
from newsextract.nlp.quotes.handover import sets_speaker_apart
from newsextract.nlp.quotes.lexicon import (
    finite_verb,
    is_past_participle,
    reporting_lemma,
    word_set,
)
from newsextract.nlp.quotes.quoted_heads import is_mark
from newsextract.nlp.quotes.relatives import subject_without_predicate
from newsextract.nlp.quotes.selon_sources import selon_cue_at, selon_source
from newsextract.nlp.quotes.speaker_context import NO_SPEAKER
from newsextract.nlp.quotes.subjects import participle_after_quoted_word, subject_tokens
from newsextract.nlp.segment import QuotedSpan, Segmentation

# Tokens after a closing mark always searched for its cue, even past a sentence end the
# splitter saw ("», a-t-il dit. Le maire …" is cut after the cue anyway).
MIN_POST_CUE_REACH = 30



def mark_candidates(doc: Doc, qt: Segmentation, labels: set[str],
                    dates: frozenset[int]) -> list[Candidate]:
    """Direct quotes from the paired marks, with their cue."""
    out: list[Candidate] = []
    post: dict[int, tuple[Cue | None, Candidate | None]] = {}
    for n in range(len(qt.pieces) - 1, -1, -1):
        post[n] = post_cue(doc, qt, n, post, dates)
    fragment_cues: dict[int, Cue] = {}  # pieces whose cue is a verb before them
    chants: dict[int, tuple[int, int]] = {}  # pieces chanted, with the chanters
    for n, piece in enumerate(qt.pieces):
        title = None
        parts = split_inserted(doc, qt, piece, dates)
        cue, selon = post[n]
        if cue is not None and inside_noun_phrase(doc, qt, piece) \
                and "," not in qt.text[piece.outer_end:cue.verb.idx]:
            # "les «bonnets rouges» ont dit leur colère", "le nombre de tartes
            # «faites à la main» montre…": a quoted noun phrase or modifier inside the
            # verb's subject, not a quote before an inverted cue.
            cue = None
        chant = chanted_by(doc, qt, n, chants) if len(parts) == 1 else None
        if chant is not None:
            # "aux cris de «A» et de «B», a constaté un journaliste": the chanters', not
            # the witness's words.
            cue, selon = None, None
        for k, (start, end, inserted) in enumerate(parts):
            the_cue = inserted or cue
            if k == 0 and inserted is None and len(parts) > 1:
                the_cue = parts[1][2] if len(parts) > 1 else cue
            cand = Candidate(start, end, DIRECT, None, start, block=piece.block)
            if the_cue is not None:
                attach(cand, the_cue)
                read_on_banner(doc, cand, the_cue)
            elif selon is not None:
                # «…», selon X: the source read off the selon phrase
                cand.speaker, cand.subject, cand.anchor = selon.speaker, selon.subject, \
                    selon.anchor
            elif k == 0 and is_standalone_quote(doc, qt, piece, start, end, labels) \
                    and (headline := headline_subject(doc, qt, piece)
                                    or caption_subject(doc, qt, piece)
                                    or (title := named_title_subject(doc, qt, piece))
                                    ) is not None:
                # "«Je ne partirai pas» : X s'explique"; a quoted topic label before
                # the colon ("«Gilets jaunes» : X pointe…") is nobody's words. A pull
                # quote's caption line ("Paul X, maire de Y") names its speaker, and so
                # does the name before an interview title ("Paul X «Nous tiendrons»").
                cand.subject = headline
                # a title's speaker holds no floor in the body below it
                cand.holds_floor = headline != title
            elif chant is not None:
                # "avec pour mot d'ordre «…»": "mot" is no mention marker here; the
                # chant noun governs the quote more closely than a verb before it.
                chants[n] = cand.subject = chant
            else:
                pre = incise_cue(doc, qt, piece, dates) or pre_cue(doc, qt, piece, labels) \
                    or glued_fragment_cue(qt, n, fragment_cues, labels) \
                    or (fragment_cues.get(n - 1) if continues_list(qt, n) else None)
                if pre is not None:
                    # "scandaient «A», «B» et «C»": a list shares the verb
                    fragment_cues[n] = pre
                    attach(cand, pre)
                    # words a noun announces ("la phrase de X : «…»") are cited inside
                    # someone else's sentence: X takes no floor for the quotes after
                    cand.holds_floor = pre.lemma is not None
                    read_on_banner(doc, cand, pre)
                elif (narrator := narrative_subject(doc, qt, piece, labels)) \
                        is not None:
                    # a list of pieces after it ("on lisait : «A», «B»") shares it
                    chants[n] = cand.subject = narrator
                elif on_unheld_banner(doc, qt, piece):
                    cand.speaker = NO_SPEAKER  # no group named carries it: no row
                elif is_standalone_quote(doc, qt, piece, start, end, labels):
                    cand.inherit = True
                    cand.subject = lead_in(doc, qt, piece) \
                        or clause_subject(doc, qt, piece)
                    cand.echo = echoed_piece(doc, qt, n, labels, blocks(doc)[piece.block][0])
                elif (echo := echoed_piece(doc, qt, n, labels, blocks(doc)[piece.block][0],
                                           inside_sentence=True)) is not None \
                        and len(parts) == 1:
                    cand.echo = echo  # "«Pas de retour»" as a subhead: see `echoes`
                else:
                    continue
            out.append(cand)
    return out


def read_on_banner(doc: Doc, cand: Candidate, cue: Cue) -> None:
    """ "«…», lisait-on sur une pancarte", "une pancarte sur laquelle était écrit : «…»":
    "on" (or no one) reads the words of the group carrying the banner (`banners.carriers`),
    which becomes the subject; when no group is named, nobody (not the floor's holder)
    wrote them."""
    reader = cue.pronoun if cue.pronoun is not None else (
        doc[cue.subject[0]] if cue.subject is not None
        and cue.subject[1] - cue.subject[0] == 1 else None)
    banner = banner_in(doc, cue.subject) if cue.subject is not None else None
    if banner is not None:
        # "«…», clamait une pancarte brandie par une infirmière": its bearer speaks
        cand.subject, cand.pronoun, cand.inherit = carriers(doc, banner), None, False
        if cand.subject is None:
            cand.speaker = NO_SPEAKER
        return
    no_reader = cue.pronoun is None and cue.subject is None  # "sur laquelle était écrit"
    if not no_reader and (reader is None or reader.lower_.lstrip("-") != "on"):
        return
    banner = read_banner(cue.verb)
    if banner is None:
        return
    cand.subject = carriers(doc, banner)
    cand.pronoun, cand.inherit, cand.verb = None, False, None  # carriers do not "read"
    if cand.subject is None:
        cand.speaker = NO_SPEAKER


def post_cue(doc: Doc, qt: Segmentation, n: int,
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
            cue, cand = later.get(n + 1, (None, None))
            if cue is not None and joint.group(1) is None and "," not in glue \
                    and sets_speaker_apart(doc, cue.start, cue.end, cue.lemma):
                return None, None  # «A.» «B», dit pour sa part X / rétorque X: A is not X's
            return cue, cand
    i = qt.token_at(after)
    limit = qt.token_at(max(s_end, after))
    limit = max(limit, min(len(doc), i + MIN_POST_CUE_REACH))
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
    if subject_without_predicate(doc, qt, qt.token_at(s_start), i):
        return None, None  # "Les voisins, qui disent «…», ont alerté X": their predicate
    split = participle_after_quoted_word(doc, i - 1) if i > 0 else None
    if split is not None:
        # "X a «fermement» refusé le plan": the verb's subject before the auxiliary
        lemma = reporting_lemma(split, True)
        subject = subject_tokens(split)
        if lemma is None or subject is None:
            return None, None
        return Cue(split, lemma, i, i + 1, subject, None), None
    cue = inverted_cue(doc, i, limit, dates) or impersonal_cue(doc, i, limit)
    if cue is None:
        after_gloss = gloss_end(doc, i, limit)
        if after_gloss is not None:
            # «Pas un mot du RIC», le référendum voulu par les marcheurs, a regretté X: the
            # journalist's gloss of a quoted word sits between the quote and its cue
            cue = inverted_cue(doc, after_gloss, limit, dates)
    return cue, None




def closing_description(doc: Doc, start: int, limit: int) -> bool:
    """Tokens [start, …) are appositions closed by a stop, each an age or a phrase whose
    first words name a person or that opens on a past participle: they end an inserted cue
    ("…, dit une infirmière, mère de trois enfants. …", "…, s'indigne Anne, 54 ans,
    comptable. …", "…, dit Paul, venu de Brest. …"), not the quote going on ("…, dit-il,
    demain matin."). A past participle ("venu de Lyon", "interrogé par la radio")
    describes the speaker by what they did; a present participle ("ajoutant que …")
    carries the cue on."""
    while start < limit:
        end = start
        while end < limit and doc[end].text not in (",", ".", ";"):
            end += 1
        part = doc[start:end]
        an_age = len(part) == 2 and is_age(part[0], part[1])
        names = any(t.pos_ in ("NOUN", "ADJ", "PROPN") and head_can_speak(t)
                    for t in part[:APPOSITION_HEAD_REACH])
        if end >= limit or not part or any(finite_verb(t) or is_mark(t) for t in part) \
                or not (an_age or names or is_past_participle(part[0])):
            return False
        if doc[end].text in (".", ";"):
            return True
        start = end + 1
    return False


# Words at the start of an apposition where its noun may sit ("ancienne infirmière",
# "mère de trois enfants").
APPOSITION_HEAD_REACH = 2


# Tokens that close an inserted reporting clause, or one of its appositions ("…, dit le
# maire, Paul X, …"); the stops alone close a description that ends the clause.
CLAUSE_STOPS = (",", ".", ";")
SENTENCE_STOPS = (".", ";")


def _first_stop(doc: Doc, k: int, last: int, stops: tuple[str, ...]) -> int:
    """Index of the first token from `k` (before `last`) that is one of `stops`, else `last`."""
    while k < last and doc[k].text not in stops:
        k += 1
    return k


# Tokens of an adverbial after an inserted cue's pronoun before its stop ("…, a-t-il avoué
# bien humblement. …", "…, a-t-elle lancé en riant, …"): a short one, like the cue.
MAX_INSERTED_TAIL = 8


def inserted_tail_end(doc: Doc, k: int, last: int) -> int:
    """The stop closing an inserted cue whose subject is a pronoun, past a short adverbial
    after it (no finite verb, no clause opener, no mark), or `k` when there is none."""
    j = k
    while j < min(last, k + MAX_INSERTED_TAIL + 1) and doc[j].text not in CLAUSE_STOPS:
        t = doc[j]
        if finite_verb(t) or t.is_quote or t.lower_ in grammar_words(CLAUSE_OPENER):
            return k
        j += 1
    return j if j < last and doc[j].text in CLAUSE_STOPS else k


def split_inserted(doc: Doc, qt: Segmentation, piece: QuotedSpan,
                   dates: frozenset[int]) -> list[tuple[int, int, Cue | None]]:
    """The piece cut at an inserted reporting clause ("…, a-t-il ajouté, …"): pieces
    with the inserted cue; an unclosed quote stops at the clause."""
    first = qt.token_at(piece.start)
    last = qt.token_at(piece.end)
    for i in range(first, last):
        after_stop = doc[i].text in CUE_AFTER_MARKS and i + 1 < last \
            and doc[i + 1].text[:1].islower()
        if doc[i].text != "," and not after_stop:
            continue
        cue = inverted_cue(doc, i + 1, last, dates)
        if cue is None or (cue.subject is None and cue.pronoun is None):
            continue
        end_tok = cue.end
        if cue.subject is None:
            end_tok = inserted_tail_end(doc, end_tok, last)
        if cue.subject is not None:
            # The inserted clause ends at the first comma or stop after its subject.
            end_tok = _first_stop(doc, noun_phrase_end(doc, cue.subject[0], last), last,
                                  CLAUSE_STOPS)
            # A name in apposition belongs to the clause ("…, pointe le maire, X. …"), and
            # so does a description closed by a stop ("…, dit une «gilet jaune», chanteuse.").
            if end_tok + 1 < last and doc[end_tok].text == "," \
                    and closing_description(doc, end_tok + 1, last):
                end_tok = _first_stop(doc, end_tok + 1, last, SENTENCE_STOPS)
            elif end_tok + 1 < last and doc[end_tok].text == "," \
                    and doc[end_tok + 1].ent_type_ == "PER":
                end_tok = _first_stop(doc, end_tok + 1, last, CLAUSE_STOPS)
                if end_tok + 1 < last and doc[end_tok].text == "," \
                        and closing_description(doc, end_tok + 1, last):
                    # "…, la maire, Claire X, architecte. …"
                    end_tok = _first_stop(doc, end_tok, last, SENTENCE_STOPS)
        head_end = doc[i].idx + (len(doc[i]) if after_stop else 0)  # a final "!" stays
        if end_tok < last and doc[end_tok].text in CLAUSE_STOPS:
            tail_start = doc[end_tok].idx + 1
        elif end_tok >= last:
            tail_start = piece.end
        else:
            continue
        # The head gets the inserted cue too (one speaker for both parts).
        out = [(piece.start, head_end, cue)]
        if piece.closed:
            s = tail_start
            while s < piece.end and qt.text[s].isspace():
                s += 1
            if s < piece.end:
                out.append((s, piece.end, cue))
        return out
    return [(piece.start, piece.end, None)]

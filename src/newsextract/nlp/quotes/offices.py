"""Is the person named last the holder of the office or profession a description names?

The registry's unnamed participant of an office description ("le préfet"), whether the
fallback person contradicts it (another function, a bare profession after an office,
an office of a named body) or holds it, so that the description speaks as itself.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from newsextract.nlp.grammar_words import PREPOSITION_DE, grammar_words
from newsextract.nlp.participants.descriptions import compound, head_noun
from newsextract.nlp.participants.lexicon import former_markers, generic_functions, titles
from newsextract.nlp.participants.lookup import (
    by_name,
    contradicts,
    resolve,
    role_stem,
    unnamed_described_at,
)
from newsextract.nlp.quotes.lexicon import GROUP, PERSON_LABELS, word_set
from newsextract.nlp.quotes.speaker_context import Speaker, SpeakerContext
from newsextract.nlp.segment import segmentation


def registry_denies(unnamed: dict | None, named: dict | None, gender: str | None,
                    ante: Speaker) -> bool:
    """The registry keeps the description (of grammatical `gender`) as the `unnamed`
    participant and the fallback person `ante` (its participant `named`,
    `participant_of`) contradicts it (gender, or another function: "le préfet X" is not
    "le président du club"): the description itself speaks (QUOTES.md). A participant of
    the other gender than the mention is a merge the registry got wrong: no evidence."""
    if unnamed is None or ante.start_char is None \
            or (gender and unnamed.get("gender") and unnamed["gender"] != gender):
        return False
    return named is not None and named["kind"] == "PER" \
        and (contradicts(unnamed, named, titles(), generic_functions())
             or _profession_of_an_officeholder(unnamed, named))


def _profession_of_an_officeholder(unnamed: dict, named: dict) -> bool:
    """ "cet archéologue à la retraite" after "le ministre X": a bare profession
    (`quotes_professions.txt`, no title) is not the person the article knows only by
    offices (titles that are functions, ranks and generic functions aside); a
    description carried across the article, not a guess from who was named last."""
    own = {h.lower() for h in unnamed.get("heads") or []}
    held = {h.lower() for h in named.get("heads") or []} - generic_functions()
    professions, offices = _professions_and_offices()
    return bool(own) and own <= professions and bool(held) and held <= offices \
        and not {role_stem(h) for h in own} & {role_stem(h) for h in held}


@cache
def _professions_and_offices() -> tuple[frozenset[str], frozenset[str]]:
    """Professions that are no title; offices: titles that are functions ("ministre",
    "préfet"), not a degree or a form of address ("docteur") nor a trade ("professeur")."""
    professions = word_set("quotes_professions.txt")
    return (frozenset(professions - set(titles())),
            frozenset(set(titles()) & word_set("quotes_person_descriptions.txt") - professions))


def office_not_held(doc: Doc, char: int, ante: Speaker, unnamed: dict | None,
                    named: dict | None, ctx: SpeakerContext) -> bool:
    """ "Le préfet de la Somme a demandé de «…»" after the words of a driver: the
    description at `char` (its `unnamed` participant) names an office (`titles.txt`, not
    a function of any body such as "chef") that the registry kept as an unnamed
    participant because nobody it names holds it, and the fallback person (`ante`, its
    participant `named`) is not known in that office: known by other words ("le
    suspect"), or not the last to speak (another source spoke since they were last
    mentioned, so the description does not refer back to them). The office itself
    speaks ("préfet de la Somme"); "le ministre" right after the words of a man the
    article names only by his name still refers back to him."""
    if unnamed is None or ante.start_char is None:
        return False
    offices = {role_stem(h) for h in unnamed.get("heads") or []
               if h.lower() in titles() and h.lower() not in generic_functions()}
    mentioned = resolve(doc, ante.start_char, ante.end_char)
    if not offices or named is None or named["kind"] != "PER":
        return False
    held = {role_stem(h) for h in named.get("heads") or []
            if h.lower() not in generic_functions()}  # a rank goes with any office
    if held:
        return not offices & held
    if mentioned is None:
        return False  # reached through a pronoun the registry has no mention of: the floor
    last = ctx.last(char, (*PERSON_LABELS, "ORG", "LOC", "NP", GROUP), speakers_only=True)
    return last is not None and last.name != ante.name \
        and ctx.last_position(char, last.name) > ctx.last_position(char, ante.name)


# Characters around a person's name searched for the body an office description names.
BODY_NEAR_NAME_CHARS = 150


def office_of_a_named_body(doc: Doc, start: int, end: int, named: dict | None) -> bool:
    """ "», a dit à la radio le directeur de la Régie Y" after "le président Paul X": a
    function whose complement names an organisation (an entity after the head noun) is an
    office of that body in full, not a bare description that refers back; the fallback
    person (its participant `named`), whom the article knows by other functions only (any
    function, "directeur" too: the body makes it specific) and never names near that
    body, is not that officeholder and the description speaks. A person the article gave
    no function, or named close to the body anywhere in the article ("le journaliste de la
    chaîne Y Paul X … le reporter de Y"), may be the one."""
    head = head_noun(doc[start:end])
    if head is None or _names_former_holder(doc[start:end]):
        return False  # "l'ancien dirigeant de X": a past function contradicts no present one
    bodies = [t for t in doc[head.i + 1:end] if t.ent_type_ == "ORG"]
    if not bodies or not any(t.lower_ in grammar_words(PREPOSITION_DE)
                             for t in doc[head.i + 1:bodies[0].i]):
        return False  # "le député UDI": a party label, no office of a body ("de la X")
    held = {role_stem(h) for h in (named or {}).get("heads") or []}
    if not held or role_stem(compound(head)) in held:
        return False
    # each body named ("du parti Les Verts (LV)": "Les Verts" or "LV"), near any mention
    # of the person's name in the article, before or after: the article may tell only
    # further on that the person heads it ("«…», a dit X, patron de LV")
    spans = [e for e in doc.spans.get("entities", [])
             if e.label_ == "ORG" and bodies[0].i <= e.start < end]
    names = {_letters(n) for e in spans for n in _body_names(doc, e)} - {""} \
        or {_letters(" ".join(t.text for t in bodies))}
    text = segmentation(doc).text  # the article's text once (Doc.text rebuilds it)
    reach = BODY_NEAR_NAME_CHARS
    return not any(body in _letters(text[max(0, a - reach):b + reach])
                   for a, b, kind in named["mentions"] if kind == "name" for body in names)


def _body_names(doc: Doc, ent: Span) -> list[str]:
    """The names the registry knows of the organisation an entity mention stands for (its
    acronym and expansion: "Les Verts", "LV"), else the mention's own text."""
    p = resolve(doc, ent.start_char, ent.end_char)
    return list(p.get("names") or [p["name"]]) if p is not None and p["kind"] == "ORG" \
        else [ent.text]


def _names_former_holder(words: Span) -> bool:
    """ "l'ancien ministre", "l'ex-directrice", "le futur préfet": a word of the
    description is a marker of an office changing hands (`participants_former_markers.txt`),
    alone or glued before a hyphen."""
    return any(t.lower_.split("-")[0] in former_markers() for t in words)


def _letters(text: str) -> str:
    """Lowercase letters and digits only: "C-News" and "CNews" are one name."""
    return "".join(c for c in text.lower() if c.isalnum())


def participant_of(doc: Doc, sp: Speaker) -> dict | None:
    """The registry's participant of a person speaker: the one of its name, else the one
    its mention belongs to (a pronoun's own registry reading may differ from the floor's)."""
    named = by_name(doc, sp.name) if sp.name and sp.label == "PER" else None
    if named is None and sp.start_char is not None:
        named = resolve(doc, sp.start_char, sp.end_char)
    return named


def office_at(doc: Doc, start: int, end: int) -> int | None:
    """The registry's unnamed participant of the office description in tokens
    [start, end) ("le préfet", "la Première ministre": a head in `titles.txt` that is no
    function of any body such as "chef"), or None; None too for a former or future
    holder ("l'ancien ministre", `participants_former_markers.txt`), who is someone else."""
    return office_of(doc, start, end, unnamed_described_at(doc, doc[start].idx))


def office_of(doc: Doc, start: int, end: int, unnamed: dict | None) -> int | None:
    """`office_at` for the description's `unnamed` participant already looked up."""
    if unnamed is None or _names_former_holder(doc[start:end]):
        return None
    heads = {h.lower() for h in unnamed.get("heads") or []}
    return unnamed["participant_id"] \
        if heads & titles() and not heads & generic_functions() else None

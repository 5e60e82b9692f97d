"""Who gives a figure: the speaker of the quote holding it, else the attribution of its
sentence ("selon X", "a indiqué X", "X a dénombré"); "ce dernier" stands for the previous
sentence's source. Every attribution keeps the character offsets of its noun phrase
(`Attribution.np_start`, `np_end`), so that a pronoun or a description can later be
resolved to a named participant of the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsextract.nlp.auxiliaries import FINITE, auxiliary_alternation
from newsextract.nlp.casualties.lexicon import CAPITAL, WS, Lexicon
from newsextract.nlp.casualties.source_phrases import SourcePhrases, before_url
from newsextract.nlp.grammar_words import DEFINITE_ARTICLE, INDEFINITE_SINGULAR, grammar_words
from newsextract.nlp.number_words import words_alternation
from newsextract.nlp.participants.lookup import resolve
from newsextract.resources import read_json, read_lines, read_tsv

TRUSTED_LABELS = ("PER", "ORG", "LOC")  # quote speakers taken as sources for indirect quotes
# A subject longer than this is a clause, not a source ("Dans un communiqué publié …").
MAX_SUBJECT_WORDS = 9
# Characters of a relative clause inserted between a subject and its verb
# ("Une source, qui a requis l'anonymat, a évoqué …"): one short clause.
MAX_INSERTED_CLAUSE = 80
# a person's name in apposition between commas: first name, particles, compound surnames
MAX_NAME_WORDS = 4
# Capitalised words after the first word of an addressee's name, before the subject
# ("a indiqué à l'Agence France-Presse la préfecture"): a name, not a run of a whole sentence.
MAX_ADDRESSEE_NAME_WORDS = 4
# Characters of a subject noun phrase before its reporting verb.
MAX_SUBJECT_CHARS = 90
# Adverbs between the auxiliary and the reporting verb ("a aussi précisé", "a par ailleurs
# indiqué", "a de son côté recensé"): the words of quotes_cue_fillers.txt (the same slot of
# an inserted cue) or "-ment" adverbs; three words cover the longest filler phrase.
MAX_VERB_FILLERS = 3
# Words a source after "de sources …" may carry ("de sources sécuritaires concordantes").
MAX_SOURCE_NOUN_WORDS = 3


_COORDINATED = re.compile(r"\b(?:et|ainsi\s+que)\b", re.IGNORECASE)
_WORDS = re.compile(r"[\w'’\-]+")
# A short quoted name inside a subject: le collectif « Stop Violences » a recensé …
MAX_QUOTED_NAME = 40
_QUOTED_NAME = rf"[«\"“][^«»\"“”]{{1,{MAX_QUOTED_NAME}}}[»\"”]"
# the article opening an inverted subject ("…, a indiqué jeudi le ministère")
_ARTICLES = grammar_words(DEFINITE_ARTICLE) | grammar_words(INDEFINITE_SINGULAR)
_DETERMINER = rf"(?:{words_alternation(_ARTICLES)})\b"
# A subject holding one of these is a clause, not a noun phrase.
_FINITE_AUXILIARY = re.compile(auxiliary_alternation(kinds=(FINITE,)), re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    """An attribution in a sentence: [start, end) is the stretch it covers for the distance
    to a figure; [np_start, np_end) the source noun phrase as written."""

    start: int
    end: int
    source: str
    anaphoric: bool = False
    np_start: int = -1
    np_end: int = -1
    scope_start: int = 0  # the stretch of the sentence whose figures it may attribute
    scope_end: int = 1 << 62


def selon_phrases() -> list[str]:
    """The "selon" cues of data/selon_cues.tsv (one list with the quotes layer) as phrases:
    tokens joined by a space, or glued after an apostrophe ("d'" + "après")."""
    phrases = []
    for row in read_tsv("selon_cues.tsv"):
        phrase = ""
        for word in row[:-1]:  # the last column is the kind
            phrase += word if not phrase or phrase.endswith(("'", "’")) else " " + word
        phrases.append(phrase)
    return phrases


class SourceFinder:
    """Attributions of a sentence: "selon X", "a indiqué X", "X a dénombré"."""

    def __init__(self, lex: Lexicon) -> None:
        data = read_json("casualties_sources.json")
        verbs = "|".join(data["report_verbs"])
        aux = "|".join(data["auxiliaries"])
        selon = words_alternation(selon_phrases() + data["impersonal_cues"])
        # a noun phrase ends before a relative, a conjunction ("a précisé le ministère alors
        # que …"), a time or place complement
        stop = (r"(?=[,;:()«»\"“”]|(?<!\b[A-Z])\.(?:\s|$)"
                r"|\s(?:qui|que|qu['’]|et|mais|lors|(?:alors|tandis)\s+qu(?:e|['’])|dans|pour|sur)\b|$)")
        # the noun phrase may close on a quoted name ("selon le collectif « Stop Violences »")
        self.selon = re.compile(
            rf"\b(?:{selon})(?:{WS}+|(?<=['’]))"
            rf"(?P<np>[^,;:()«»“”]+?(?:{WS}*{_QUOTED_NAME})?){stop}", re.IGNORECASE)
        # a time word between the verb and its subject (", a indiqué jeudi le ministère")
        when = (r"(?:ce|cet|cette|hier|aujourd['’]hui"
                r"|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche)")
        self.inverted = re.compile(
            rf"[,»\"”]{WS}*(?:(?:{aux}){WS}*(?:-t-)?{WS}*)?(?:{verbs}){WS}+"
            # the addressee: one word, or a name of several capitalised words before the
            # subject's determiner ("a indiqué à l'Agence France-Presse la préfecture")
            rf"(?:(?:à|au|aux){WS}+(?:l['’]|la{WS}+|le{WS}+|les{WS}+)?"
            rf"(?:\S+(?:{WS}+{CAPITAL}[\w\-]*){{1,{MAX_ADDRESSEE_NAME_WORDS}}}{WS}+"
            rf"(?={_DETERMINER})|\S+{WS}+))?"
            rf"(?:{when}\b[\w\s]*?{WS}+(?={_DETERMINER}))?"
            rf"(?P<np>[^,;:()«»\"“”.]+?)(?P<appos>,{WS}*{CAPITAL}[\w\-]+{WS}+{CAPITAL}[\w\-]+)?{stop}",
            re.IGNORECASE)
        # "…, ajoute-t-il à propos de …", "…, a-t-elle précisé": the subject is the clitic
        # pronoun, an anaphor of an earlier source; the words after it are not a source
        self.clitic = re.compile(
            rf"[,»\"”]{WS}*(?:(?:{aux})(?:-t)?-(?P<np>il|elle|ils|elles|on){WS}+(?:{verbs})"
            rf"|(?:{verbs})(?:-t)?-(?P<np2>il|elle|ils|elles|on))\b", re.IGNORECASE)
        fillers = words_alternation(read_lines("quotes_cue_fillers.txt"))
        # the subject may carry an inserted word or a relative clause between commas
        # ... or a name in apposition ("le préfet du Var, Anne Martin, a recensé …")
        name = rf"{CAPITAL}[\w\-]+(?:{WS}+{CAPITAL}[\w\-]+){{0,{MAX_NAME_WORDS - 1}}}"
        inserted = (rf"{WS}*,{WS}*(?:\w+|{name}|(?:qui|dont)\b[^,;:«»\"“”]"
                    rf"{{1,{MAX_INSERTED_CLAUSE}}}){WS}*,")
        self.subject = re.compile(
            rf"(?:^|[,;:]{WS}*)(?P<np>(?:[^,;:«»\"“”]|{_QUOTED_NAME}){{2,{MAX_SUBJECT_CHARS}}}?)"
            rf"(?:{inserted})?{WS}+"
            # a "-ment" adverb only after the auxiliary: a noun in -ment right before a verb is
            # the subject's head ("Le gouvernement déplore …", "Le mouvement recense …")
            rf"(?:(?:{aux}){WS}+(?:(?:{fillers}|\w+ment){WS}+){{0,{MAX_VERB_FILLERS}}}"
            rf"|(?:(?:{fillers}){WS}+){{0,{MAX_VERB_FILLERS}}})"
            rf"[«\"“]?{WS}*(?:{verbs})\b")
        self.phrases = SourcePhrases(data)
        self.subject_starts = {w.lower() for w in data["subject_determiners"]}
        self.function_words = lex.function_words
        source_nouns = "|".join(data["source_nouns"])
        self.source_nouns = re.compile(
            rf"\b(?:de|selon){WS}+(?P<np>(?:{source_nouns})(?:{WS}+[\w\-]+)"
            rf"{{0,{MAX_SOURCE_NOUN_WORDS}}}?){stop}",
            re.IGNORECASE)
        self.anaphors = self.phrases.anaphors
        relatives = words_alternation(data["relative_pronouns"])
        # "un projectile qui, selon des témoins, venait de …": the selon governs the relative
        self.relative_before = re.compile(rf"\b(?:{relatives}){WS}*,?{WS}*$", re.IGNORECASE)

    def attributions(self, text: str, start: int, end: int) -> list[Attribution]:
        out: list[Attribution] = []
        sentence = text[start:end]
        for m in self.clitic.finditer(sentence):
            group = "np" if m.group("np") else "np2"
            pronoun = m.group(group)
            if pronoun.lower() in self.anaphors:
                out.append(Attribution(start + m.start(), start + m.end(), pronoun, True,
                                       start + m.start(group), start + m.end(group)))
        for pattern, kind in ((self.selon, "selon"), (self.source_nouns, "selon"),
                              (self.inverted, "inverted"), (self.subject, "subject")):
            for m in pattern.finditer(sentence):
                group = "appos" if m.groupdict().get("appos") else "np"
                phrase = self.phrases.clean(m.group(group).strip(", "))
                if phrase is None:
                    continue
                if kind == "subject" and not phrase.anaphoric and \
                        not self._looks_like_source(m.group("np").strip(),
                                                    after_colon=m.group(0).startswith(":")):
                    continue
                if kind == "inverted" and not self._opens_noun_phrase(m.group("np")):
                    continue  # ", a juré ne jamais avoir freiné": a clause, no subject
                np_start = m.start(group) + len(m.group(group)) - len(m.group(group).lstrip(", "))
                # "X a dénombré 409 blessés": the figure comes after the subject
                a_start = m.start("np") if kind != "subject" else m.end()
                scope = self._scope(sentence, m.start(), kind)
                out.append(Attribution(
                    start + a_start, start + m.end(), phrase.text, phrase.anaphoric,
                    start + np_start + phrase.start, start + np_start + phrase.end,
                    start + scope[0], start + scope[1]))
        return out

    def _scope(self, sentence: str, at: int, kind: str) -> tuple[int, int]:
        """The part of the sentence an attribution covers: the whole sentence, but only its
        brackets for a bracketed "selon" and only the relative clause for a "selon" right
        after a relative pronoun."""
        if kind != "selon":
            return 0, len(sentence)
        before = sentence[:at]
        opened = before.rfind("(")
        if opened > before.rfind(")"):
            closed = sentence.find(")", at)
            return opened, closed if closed >= 0 else len(sentence)
        relative = self.relative_before.search(before)
        if relative:
            return relative.start(), len(sentence)
        return 0, len(sentence)

    def _opens_noun_phrase(self, np: str) -> bool:
        """An inverted subject opens like a noun phrase: a determiner, a capital, or a word
        that is no function word (not "ne", "se", "être" opening an infinitive clause)."""
        words = np.split()
        first = words[0] if words else ""
        return first[:1].isupper() or first.lower() in self.subject_starts \
            or first.lower() not in self.function_words

    def _looks_like_source(self, np: str, after_colon: bool = False) -> bool:
        """A subject counts as a source when it starts a sentence, follows a colon (a
        headline: "Incendie : le maire déplore …") or starts with a determiner; not with a
        preposition ("Dans un communiqué, …"), not a clause, and short."""
        words = np.lower().split()
        first = words[0] if words else ""
        # a sentence start, a headline colon, or a determiner after a fronted phrase
        # ("Côté belge, les autorités ont recensé …")
        starts = np[:1].isupper() or after_colon or first in self.subject_starts
        if _FINITE_AUXILIARY.search(np):
            return False  # a clause ("Sept personnes sont blessées, …, a annoncé X")
        return starts and len(_WORDS.findall(np)) <= MAX_SUBJECT_WORDS and (
            first in self.subject_starts or first not in self.function_words)


def quote_speaker(text: str, quotes: list[Span], f_start: int, f_end: int, anaphors: set[str],
                  previous_source: str | None, own: Attribution | None = None,
                  phrases: SourcePhrases | None = None) -> str | None:
    """The speaker of the quote holding the figure. Unnamed speakers of indirect quotes are
    only trusted as names or organisations, and a speaker given by an anaphor ("Ce dernier
    a confirmé que …") is the previous sentence's source when there is one. A "selon"
    quote defers to the layer's own named attribution of the figure (`own`), which keeps
    the name closing a title ("selon la ministre de la Culture Anne Martin"), and is no
    source where the layer's reading of the phrase finds none (`phrases`: "selon les
    premières constatations" names what is known, not who says it)."""
    for q in quotes:
        attrs = q._.quote or {}
        if attrs.get("kind") == "selon" and (
                (own is not None and not own.anaphoric)
                or (phrases is not None and phrases.clean(attrs.get("speaker") or "") is None)):
            continue
        speaker = before_url(attrs.get("speaker") or "")
        # a speaker is a name or a noun phrase, never a word fragment ("-midi")
        if not speaker or not speaker[:1].isalpha() \
                or not (q.start_char <= f_start and f_end <= q.end_char):
            continue
        if attrs.get("kind") == "indirect" and attrs.get("speaker_label") not in TRUSTED_LABELS:
            continue
        s, e = attrs.get("speaker_start_char"), attrs.get("speaker_end_char")
        mention = text[s:e].strip().lower() if s is not None and e is not None else ""
        if mention in anaphors and previous_source:
            return previous_source
        return speaker
    return None


def not_figures(attributions: list[Attribution], figures: list) -> list[Attribution]:
    """Attributions whose noun phrase is none of the sentence's figures: in "X a recensé
    trois morts et douze blessés" the counting verb's object is no inverted subject, and
    no figure is the source of another."""
    return [a for a in attributions
            if not any(f.start < a.np_end and a.np_start < f.end for f in figures)]


def nearest_source(attributions: list[Attribution], f_start: int, f_end: int
                   ) -> Attribution | None:
    """The same-sentence attribution nearest to the figure, within its scope."""
    def distance(a: Attribution) -> int:
        return a.start - f_end if a.start >= f_end else f_start - a.end if a.end <= f_start else 0
    # an attribution whose noun phrase holds the figure is its object, not its source
    # (", a évoqué trois blessés légers")
    candidates = [a for a in attributions if not (a.start < f_end and f_start < a.end)
                  and a.scope_start <= f_start and f_end <= a.scope_end]
    return min(candidates, key=distance) if candidates else None


def source_name(doc: Doc, attribution: Attribution, previous_source: str | None,
                persons: list[Span]) -> str | None:
    """The name a figure's source is given. A pronoun or a description of someone the
    article names ("elle a précisé", "le préfet a recensé" after "le préfet du Var, Anne
    Martin") is that person, through the participant registry; an anaphor the registry
    cannot place stands for the previous source; a title closed by a person's name is that
    name ("la préfète du Gard Anne Martin")."""
    registered = registry_person(doc, attribution)
    if registered:
        return registered
    if attribution.anaphoric:
        return previous_source
    if _COORDINATED.search(attribution.source):
        return attribution.source  # two sources given together keep both
    for person in persons:
        if attribution.np_start < person.start_char and person.end_char == attribution.np_end:
            return person.text
    return attribution.source


def registry_person(doc: Doc, attribution: Attribution) -> str | None:
    """The named person a source's pronoun or description stands for, or None. Names
    written as such keep their own wording (the registry's fullest name is for speakers)."""
    if attribution.np_start < 0 or attribution.np_end <= attribution.np_start:
        return None
    participant = resolve(doc, attribution.np_start, attribution.np_end)
    if participant is None or participant["kind"] != "PER" or not participant.get("name"):
        return None
    names_overlap = any(kind == "name" and start < attribution.np_end
                        and attribution.np_start < end
                        for start, end, kind in participant["mentions"])
    return None if names_overlap else participant["name"]


def carried_source(attributions: list[Attribution], names: dict[int, str | None],
                   previous_source: str | None) -> str | None:
    """The source an anaphor of the next sentence stands for: the last named attribution
    of this sentence (by the name it was given, `names[id(attribution)]`), else the
    previous one when this sentence's are all anaphors."""
    resolved = [a for a in attributions if not a.anaphoric or names.get(id(a))]
    if resolved:
        return names.get(id(resolved[-1])) or resolved[-1].source
    return previous_source if attributions else None

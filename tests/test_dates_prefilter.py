"""The dates rules' prefilter only skips work: a rule is not scanned on a block holding none
of its required factors, and the matches are those of scanning every rule."""

import re

import pytest

from newsextract.nlp.dates import rules as dates_rules
from newsextract.nlp.regex_prefilter import DIGIT, required_factors

SENTENCES = [
    "le 3 mars 2019, la préfecture a annoncé la fermeture du pont pour dix jours.",
    "hier soir vers 22h30, deux voitures ont brûlé ; la veille, le maire s'était exprimé.",
    "chaque lundi depuis trois semaines, les riverains se retrouvent devant la mairie.",
    "au printemps prochain, le chantier entrera dans sa deuxième année.",
    "aucune date dans cette phrase, seulement des mots ordinaires et une idée.",
]


def test_factors_of_alternations_digits_and_literals():
    assert required_factors(r"(?:le\s+)?(?:janvier|mars)\s+\d+") == frozenset({"janvier", "mars"})
    assert required_factors(r"\d{1,2}h\d\d") == frozenset({DIGIT})
    assert required_factors(r"(?:avant-)?hier") == frozenset({"hier"})


@pytest.mark.negative
def test_unknown_or_optional_patterns_have_no_factors():
    assert required_factors(r"(?:demain)?") is None   # matches the empty string
    assert required_factors(r"(?:heures?|[a-z]+)") is None  # one alternative: any word
    assert required_factors(r"(?:[a-z]+)") is None


def test_prefilter_keeps_every_match(monkeypatch):
    folded = [dates_rules.fold(s) for s in SENTENCES]
    filtered = [[(m.rule.name, m.start, m.end) for m in dates_rules.find_matches(t)]
                for t in folded]
    assert any(filtered)  # the sentences do hold dates
    unfiltered_rules = tuple(dates_rules.Rule(r.name, r.type, r.norm, r.order, r.regex, None)
                             for r in dates_rules.rules())
    monkeypatch.setattr(dates_rules, "rules", lambda: unfiltered_rules)
    unfiltered = [[(m.rule.name, m.start, m.end) for m in dates_rules.find_matches(t)]
                  for t in folded]
    assert filtered == unfiltered


def test_most_rules_have_factors():
    rules = dates_rules.rules()
    assert rules  # the rule file is read
    with_factors = [r for r in rules if r.factors]
    assert len(with_factors) >= 0.8 * len(rules)
    assert all(isinstance(r.regex, re.Pattern) for r in rules)

"""Rebuild src/newsextract/data/given_names.txt from the person providers of Faker (MIT).

The entities layer reads the file as evidence that a capitalised word is a person's given
name (nlp/entities/given_names.py). Faker is not a dependency of newsextract: install it
in a scratch environment, then run `python scripts/build_given_names.py`.

The locales are those of the people French news quotes by a first name: French-speaking
countries, the neighbouring Latin-script languages and Arabic transcribed in French.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

LOCALES = ("fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_QC", "fr_DZ", "es_ES", "it_IT", "pt_PT",
           "pt_BR", "de_DE", "en_US", "en_GB", "ar_AA", "ro_RO", "pl_PL", "nl_NL")
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female")
# One capitalised word, or two joined by a hyphen ("Jean-Pierre"), letters only.
NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?")
OUT = Path(__file__).resolve().parents[1] / "src/newsextract/data/given_names.txt"
HEADER = """\
# Given names (first names), one a line, as written: evidence that a capitalised word the
# model tagged as a thing or a place, or left untagged, is a person known by a first name
# ("«…», raconte Michaël"; nlp/entities/given_names.py). Built by
# scripts/build_given_names.py from the person providers of Faker {version} (MIT licence,
# (c) Daniele Faraglia and contributors), locales: {locales}.
"""


def provider_names(locale: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names: set[str] = set()
    for attr in ATTRIBUTES:
        for cls in provider.__mro__:
            value = cls.__dict__.get(attr)
            if isinstance(value, (list, tuple, set, dict)):
                names |= set(value)
                break
    return names


def main() -> None:
    import faker
    names = {n for loc in LOCALES for n in provider_names(loc) if NAME.fullmatch(n)}
    text = HEADER.format(version=faker.VERSION, locales=", ".join(LOCALES))
    OUT.write_text(text + "".join(n + "\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""The Russian "place" layer, generated from the gazetteer's tables (gazetteer.py): every country,
country adjective, city and organisation, written in every case so that each form's lemma key is in
the lexicon ("Соединённые Штаты" and "Соединённых Штатов" lemmatise differently word by word).

Compound adjectives ("казахстанско-португальский") are tokenized as three tokens; their first parts
("казахстанско") are place rows of their own, so the compound names both countries, as "Kazakh-
Portuguese" does in English.

Building the rows inflects every name with pymorphy3 (seconds); they are kept in places.tsv next to
this module, signed with the gazetteer's tables and pymorphy3's dictionary version.  When the
signature does not match (a table was edited), the rows are built in memory;
`python -m extraction.lang.ru.places` rewrites the file.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from . import gazetteer
from .morph import CASES

_CACHE = Path(__file__).parent / "places.tsv"

# Organisations the gazetteer knows that the Russian pack reads as gatherings, not institutions:
# "заседание Совета министров иностранных дел" is a summit (trigger layer), so the words must stay
# free for the trigger layer (an organisation's tokens are never a contact word).
_GATHERINGS = frozenset({"CFM"})
# Named places that are no venue: the presidential residence is "media" in the English pack too.
_NOT_CITIES = {"Akorda": ("media", "AKORDA")}


def _forms(name: str) -> list[str]:
    """`name` in the nominative and in every case (leading adjectives and the head noun inflected),
    the nominative first, each form once, in a fixed order (the generated file must not change
    from one run to the next)."""
    words = gazetteer._words(name)
    if not words:
        return []
    forms = [name]
    for case in CASES:
        inflected = gazetteer._inflected(words, case)
        if inflected != words:
            forms.append(" ".join(_cased(w, original) for w, original in zip(inflected, words, strict=False)))
    return list(dict.fromkeys(forms))


def _cased(word: str, original: str) -> str:
    """An inflected word written with the capitals of the original ("оон" -> "ООН")."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _source_rows() -> Iterator[tuple[str, str, str, str, str]]:
    """(phrase, category, value, flags, English city name) of every gazetteer entry, every form."""
    for code, names in gazetteer.ORGANISATIONS.items():
        if code in _GATHERINGS:
            continue
        for name in gazetteer._names(names):
            for form in _forms(name):
                yield (form, "organisation", code, "cap", "")
    for code, names in gazetteer.COUNTRY_ALIASES.items():
        for name in gazetteer._names(names):
            for form in _forms(name):
                yield (form, "country", code, "cap", "")
    for (english, code), names in gazetteer.CITIES.items():
        category, value = _NOT_CITIES.get(english, ("city", code))
        for name in gazetteer._names(names):
            for form in _forms(name):
                yield (form, category, value, "cap", english if category == "city" else "")
    for code, english in gazetteer.CITY_STATES.items():
        # a city-state is also a venue: "в Сингапуре" (the country row stays: a counterpart)
        for name in gazetteer._names(gazetteer.COUNTRY_ALIASES.get(code, "")):
            for form in _forms(name):
                yield (form, "city", code, "cap", english)
    for name, code in gazetteer._pycountry_names():
        words = gazetteer._words(name)
        if len(words) == 1 and (words[0].lower() in gazetteer.AMBIGUOUS_NAMES):
            continue
        for form in _forms(name):
            if len(form.split()) == 1 and gazetteer._is_common_word(form):
                continue  # "Того", "Чад": common words in the text
            yield (form, "country", code, "cap", "")
    for code, names in gazetteer.DEMONYMS.items():
        for name in gazetteer._names(names):
            yield (name, "demonym", code, "", "")
    for prefix, code in gazetteer._compound_prefixes().items():
        yield (prefix, "demonym", code, "", "")


def _signature() -> str:
    import pymorphy3_dicts_ru
    tables = json.dumps([sorted(gazetteer.ORGANISATIONS.items()), sorted(gazetteer.COUNTRY_ALIASES.items()),
                         sorted(gazetteer.CITY_STATES.items()),
                         sorted((f"{k[0]}|{k[1]}", v) for k, v in gazetteer.CITIES.items()),
                         sorted(gazetteer.DEMONYMS.items()), sorted(gazetteer.COMPOUND_PREFIXES.items()),
                         sorted(_GATHERINGS), sorted(_NOT_CITIES), sorted(gazetteer.AMBIGUOUS_NAMES)],
                        ensure_ascii=False)
    version = getattr(pymorphy3_dicts_ru, "__version__", "")
    return hashlib.sha256((tables + version).encode()).hexdigest()[:16]


def build_rows() -> list[tuple[str, str, str, str, str]]:
    """The rows from the gazetteer, one per distinct lemma key and meaning (slow: inflects every name)."""
    from ...text import tokenize
    from . import normalise
    seen: dict[tuple, tuple[str, str, str, str, str]] = {}
    for row in _source_rows():
        keys = tuple(t.key for t in tokenize(row[0], 0, len(row[0]), normalise))
        seen.setdefault((keys, row[1], row[2]), row)
    return list(seen.values())


def write_cache(path: Path = _CACHE) -> None:
    lines = [f"# generated by extraction/lang/ru/places.py from gazetteer.py; signature {_signature()}"]
    lines += ["\t".join(row) for row in build_rows()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str, str, str], ...]:
    """From the cache file when it was generated from the present tables and dictionary, else built
    (slow; `python -m extraction.lang.ru.places` rewrites the cache, and a test says when it is stale)."""
    if cache_is_current():
        lines = _CACHE.read_text(encoding="utf-8").splitlines()
        return tuple(tuple((line.split("\t") + [""] * 4)[:5]) for line in lines[1:] if line)  # type: ignore[misc]
    return tuple(build_rows())


def cache_is_current() -> bool:
    if not _CACHE.exists():
        return False
    with _CACHE.open(encoding="utf-8") as f:
        return f.readline().rstrip("\n").endswith(f"signature {_signature()}")


def place_rows() -> list[tuple[str, str, str, str, str]]:
    """The place layer's lexicon rows: (layer, phrase, category, value, flags)."""
    return [("place", phrase, category, value, flags) for phrase, category, value, flags, _ in _rows()]


@lru_cache(maxsize=1)
def _city_names(normalise: Callable[[str], str]) -> dict[tuple[str, ...], str]:
    from ...text import tokenize
    return {tuple(t.key for t in tokenize(phrase, 0, len(phrase), normalise)): english
            for phrase, category, _, _, english in _rows() if english and category == "city"}


def english_city(keys: tuple[str, ...], normalise: Callable[[str], str]) -> str | None:
    """The English name of the city whose tokens have these keys ("нур", "-", "султан")."""
    return _city_names(normalise).get(keys)


if __name__ == "__main__":
    write_cache()
    print(f"wrote {_CACHE}")

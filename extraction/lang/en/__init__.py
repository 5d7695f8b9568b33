"""English: lexicons in lexicon/*.tsv (one file per layer) plus every country name pycountry knows."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pycountry

from ..base import LanguagePack, Words, load_fields, load_lexicon

_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")

ABBREVIATIONS = frozenset(
    "mr mrs ms dr amb hon rt st no nos gen lt col prof jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.k a.i e.g i.e etc vs approx co inc ltd corp jr sr h.e h.h eng ir drs".split())


# Cyrillic letters that look like Latin ones: copied English text sometimes has them ("Vice Minister оf")
# (and "ſ", "ı": the long s and dotless i, which lower() keeps)
_HOMOGLYPHS = str.maketrans("аеорсухіјАЕОРСУХІЈſı", "aeopcyxijAEOPCYXIJsi")


_KEYS: dict[str, str] = {}


def normalise(word: str) -> str:
    key = _KEYS.get(word)
    if key is None:
        key = word.translate(_HOMOGLYPHS).lower()
        if len(_KEYS) < 200_000:  # (a bound: hostile input must not grow it without end)
            _KEYS[word] = key
    return key


_Y_BEFORE_EV = re.compile(r"(?<=[aeiou])y(?=eva?$)")


def surname_key(word: str) -> str:
    """One key for the spellings of a Kazakh or Russian surname in Latin letters: "Bakayev" and "Bakaev",
    "Tokayev" and "Tokaev" (the y of -ayev, -oyev, -iyev is the transliterator's choice)."""
    return _Y_BEFORE_EV.sub("", word.lower())


def parse_number(raw: str) -> Decimal | None:
    """"1,450" -> 1450 (English thousands); "30,4" -> 30.4 (a decimal comma, as some releases write);
    "1.317,5" -> 1317.5 (grouped by full stops, as a European release writes)."""
    if _EUROPEAN.fullmatch(raw):
        raw = raw.replace(".", "")
    s = raw.replace(",", "") if _GROUPED.fullmatch(raw) else raw.replace(",", ".")
    if s.count(".") > 1:
        return None
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _country_rows():
    """Every English name of every country in pycountry ("Korea, Republic of" inversions never occur
    in prose and are left out)."""
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                yield ("place", value, "country", c.alpha_3, "cap")


# no first name or surname ends so: a capitalised word that does is a portfolio of an office or an institution's
# word ("Minister of Water Resources and Irrigation Nurzhan Nurzhigitov", "of Geology", "of Digitalization")
_NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ology")


class _NeverNames(frozenset):
    """Capitalised words that never stand in a person's name: the grammar's list, and any word of seven letters or
    more with an ending no name has (the name lexicon lists the common portfolios; this covers the rest)."""

    def __contains__(self, key: object) -> bool:
        return frozenset.__contains__(self, key) or (
            isinstance(key, str) and len(key) >= 7 and key.endswith(_NOUN_ENDINGS))


def _words() -> Words:
    words = Words(Path(__file__).parent / "grammar.tsv", normalise)
    words.never_name = _NeverNames(words.never_name)
    return words


ENGLISH = LanguagePack(
    code="en",
    normalise=normalise,
    abbreviations=ABBREVIATIONS,
    lexicon=load_lexicon(Path(__file__).parent / "lexicon", normalise, _country_rows()),
    parse_number=parse_number,
    title_links=frozenset("of the for and to in on at with &".split()),
    destination_links=frozenset("to in at for".split()),
    possessive=frozenset(["'s"]),
    surname_key=surname_key,
    words=_words(),
    document_fields=load_fields(Path(__file__).parent / "fields.tsv"),
    known_keys=_KEYS,
    title_words=frozenset("foreign affairs external state trade international economic political development "
                          "cooperation relations deputy first federal member members minister of the concurrently "
                          "accredited resident this country delegation side co".split()),
)

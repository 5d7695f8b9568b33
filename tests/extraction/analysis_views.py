"""Small views of one sentence's analysis, for tests that look at one step of the extractor."""
from __future__ import annotations

from extraction.analysis import analyse
from extraction.lang import pack_for
from extraction.people import find_people
from extraction.text import split_sentences as _split

ENGLISH = pack_for("en")


def _analysis(text: str, language: str = "en"):
    return analyse(text, None, pack_for(language))


def find_mentions(text: str, language: str = "en"):
    return [m for s in _analysis(text, language).sentences for m in s.mentions]


def countries_in(text: str, language: str = "en") -> list[str]:
    """Distinct countries named (by name or adjective), in order of appearance."""
    return list(dict.fromkeys(m.code for m in find_mentions(text, language) if m.is_country))


def find_amounts(text: str, language: str = "en"):
    return [a for s in _analysis(text, language).sentences for a in s.amounts]


def split_sentences(text: str, language: str = "en"):
    return _split(text, pack_for(language).abbreviations)


def people_in(text: str, language: str = "en"):
    """The people the first sentence names, as the people finder reads them."""
    return find_people(_analysis(text, language).sentences[0])

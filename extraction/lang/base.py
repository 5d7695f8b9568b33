"""What a language brings to the extractor: its lexicons, its normal form of a word, and the few
grammar facts the language-independent finders need (function words, how numbers are written,
how a name is put in its dictionary form).

A new language is a new `LanguagePack` (lexicon files + one module), not a fork of the finders.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..lexicon import Lexicon, read_tsv


@dataclass
class LanguagePack:
    code: str
    normalise: Callable[[str], str]  # a word -> its lexicon key (lowercase, or the lemma)
    abbreviations: frozenset[str]  # words after which a full stop does not end a sentence
    lexicon: Lexicon
    parse_number: Callable[[str], Decimal | None]  # "1,450" -> 1450 (how this language groups digits)
    # title complements: the words that join an office to its country or ministry ("of", "the")
    title_links: frozenset[str]
    # words after which a country is where an office is exercised, not whose it is ("Ambassador ... to X")
    destination_links: frozenset[str]
    # a possessive marker token after a country ("Hungary's"), if the language has one
    possessive: frozenset[str] = frozenset()
    # a name as written -> the name as the facts give it (Russian puts it in the nominative)
    name_form: Callable[[list[str]], str] = lambda words: " ".join(words)
    # lowercase words that may stand inside a title ("иностранных дел"); English titles use title_links
    title_words: frozenset[str] = frozenset()
    # language-specific grammars: periods of figures and dates of events (see dates.py)
    periods: Callable | None = None
    event_dates: Callable | None = None
    extras: dict = field(default_factory=dict)


def load_lexicon(folder: Path, normalise: Callable[[str], str], extra_rows=()) -> Lexicon:
    """Every `<layer>.tsv` of `folder` (the file name is the layer), plus generated rows."""
    rows = []
    for path in sorted(folder.glob("*.tsv")):
        rows.extend(read_tsv(path, path.stem))
    rows.extend(extra_rows)
    return Lexicon(rows, normalise)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

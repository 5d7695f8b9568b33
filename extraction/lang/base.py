"""What a language brings to the extractor: its lexicons, its normal form of a word, and the few
grammar facts the language-independent finders need (function words, how numbers are written,
how a name is put in its dictionary form).

A new language is a new `LanguagePack` (lexicon files + one module), not a fork of the finders.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..lexicon import Lexicon, read_tsv


class Words:
    """A language's function words by class (grammar.tsv: "word<TAB>class"), read as attributes:
    `words.article` is the set of articles.  A class the language lacks is empty, so a construction
    that needs it simply does not apply."""

    def __init__(self, path: Path | None, normalise: Callable[[str], str]):
        classes: dict[str, set[str]] = {}
        if path is not None and path.exists():
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip() or line.startswith("#"):
                    continue
                word, _, cls = line.partition("\t")
                if not cls.strip():
                    raise ValueError(f"{path.name}:{number}: expected 'word<TAB>class'")
                key = word.strip() if not word.strip()[:1].isalpha() else normalise(word.strip())
                classes.setdefault(cls.strip(), set()).add(key)
        for cls, words in classes.items():
            setattr(self, cls, frozenset(words))  # plain attributes: the finders read them in loops

    def __getattr__(self, name: str) -> frozenset[str]:
        """A class the language does not have (only called for attributes not set above)."""
        if name.startswith("_"):
            raise AttributeError(name)
        empty: frozenset[str] = frozenset()
        setattr(self, name, empty)
        return empty


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
    # known officials' names whose last word is one letter ("ван и"): a full stop after it ends the sentence
    whole_names: frozenset[str] = frozenset()
    # a name as written -> the name as the facts give it (Russian puts it in the nominative); the words
    # written before the name are its context (the title in apposition agrees with it in case)
    name_form: Callable[..., str] = lambda words, before=(): " ".join(words)
    # a surname as written in any case -> one key, to recognise a person named again ("Токаева" is
    # "Токаев"); None: the word's lexicon key (English)
    surname_key: Callable[[str], str] | None = None
    # a capitalised word that is a common noun of the language ("Центра", "Совета"): never a name by
    # itself, only beside another name ("Канат Бозумбаев"); None: the language capitalises nouns freely
    common_noun: Callable[[str], bool] | None = None
    # an office word written in the plural ("президенты"), for a language whose lexicon keys (lemmas) do not
    # tell the plural apart; None: the title lexicon lists plural offices as category `plural` (English)
    plural_office: Callable[[str], bool] | None = None
    # a noun in the accusative plural ("провел встречи с ..."), for a language whose lexicon keys (lemmas) do not
    # tell a plural contact word apart; None: the grammar lists plural contact words (`plural_meeting`)
    accusative_plural: Callable[[str], bool] | None = None
    # an adjective, for a language whose document titles take a complement with no preposition, its adjectives
    # first ("Программа торгово-экономического сотрудничества"); None: complements start with a preposition
    adjective: Callable[[str], bool] | None = None
    # a full passive participle ("принятый"), for a language whose lexicon keys (lemmas) give it its verb's key
    # ("принял": received); None: the lexicon keys the forms apart (English)
    passive_participle: Callable[[str], bool] | None = None
    # the letters people's names are written in ("[а-яё]": a Latin word in a Russian text is a company's or a
    # brand's, "Samsung Electronics"; a Roman numeral stays a name's); None: any letters
    name_letters: re.Pattern | None = None
    # lowercase words that may stand inside a title ("иностранных дел"); English titles use title_links.
    # (a Container, not a frozenset: Russian asks its morphology of words not listed, in `__contains__`)
    title_words: Container[str] = frozenset()
    # language-specific grammars: periods of figures and dates of events (see dates.py)
    periods: Callable | None = None
    event_dates: Callable | None = None
    words: Words = field(default_factory=lambda: Words(None, str.lower))
    # a venue's name as the facts give it (the English name for a Russian "в Астане")
    city_name: Callable = lambda mention: mention.surface
    # (field, pattern over the lowercased title) in order: the policy field of a document (fields.tsv)
    document_fields: list[tuple[str, re.Pattern]] = field(default_factory=list)
    # keys already computed (word -> key), kept by `normalise`: the tokenizer looks them up first
    known_keys: dict[str, str] = field(default_factory=dict)
    extras: dict = field(default_factory=dict)


def load_lexicon(folder: Path, normalise: Callable[[str], str], extra_rows=()) -> Lexicon:
    """Every `<layer>.tsv` of `folder` (the file name is the layer), plus generated rows."""
    rows = []
    for path in sorted(folder.glob("*.tsv")):
        rows.extend(read_tsv(path, path.stem))
    rows.extend(extra_rows)
    return Lexicon(rows, normalise)


def names_ending_in_one_letter(folder: Path) -> frozenset[str]:
    """The known officials (lexicon/official.tsv) whose name ends in a one-letter word ("Wang Yi" does not,
    "Ван И" does), lowercase, by their last two words: such a letter is no initial."""
    names = (row[1].split() for row in read_tsv(folder / "official.tsv", "official"))
    return frozenset(" ".join(words[-2:]).lower() for words in names if len(words) >= 2 and len(words[-1]) == 1)


def load_fields(path: Path) -> list[tuple[str, re.Pattern]]:
    """fields.tsv: "field<TAB>regular expression" per line."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, pattern = line.partition("\t")
            out.append((name.strip(), re.compile(pattern.strip())))
    return out


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

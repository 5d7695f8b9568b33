"""One analysis per sentence, computed once, that every finder reads.

`analyse(text, published, pack)` splits the release into sentences and gives each a
`SentenceAnalysis`: its tokens, its lexicon matches per layer, the places and organisations it
names, the people, money amounts, dates and figure periods in it.  Finders never re-scan text:
they ask the analysis.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lang.base import LanguagePack
from .lexicon import Layers, Match
from .text import Sentence, Token, split_sentences, tokenize_sentence

if TYPE_CHECKING:
    from .amounts import Amount
    from .dates import DateHit, Period

KAZ = "KAZ"

# The views of an analysis below (people, amounts, dates, ...) are computed on first use and kept: each is a
# property over a private field that `__post_init__` sets to None.  (Plain properties and fields, not a caching
# descriptor, so that the classes compile to C as they are: extraction/native.py.)
# No prose sentence is this long: a longer run without a boundary is a table, a dump or an attack,
# and the per-sentence grammars are not run on it.
MAX_SENTENCE_CHARS = 3000
_DIGIT = re.compile(r"\d")


# the marks of a possessive inside a name ("the People's Bank")
_POSSESSIVE_MARKS = frozenset(("'s", "’s"))


@dataclass(slots=True)
class Mention:
    """A place or an organisation named in a sentence."""
    kind: str  # country | demonym | city | organisation | region | media
    code: str  # ISO 3166-1 alpha-3 (countries, demonyms, cities) or the organisation's short name
    first: int  # token span
    last: int
    start: int  # character span
    end: int
    surface: str

    @property
    def is_country(self) -> bool:
        return self.kind in ("country", "demonym")


@dataclass(slots=True)
class Person:
    name: str  # as the facts give it (nominative in Russian)
    surname: str  # lowercase key: the family name
    title: str | None
    country: str | None  # ISO alpha-3; None: not said (or an organisation's official)
    organisation: bool  # serves an international organisation
    first: int  # token span of the name
    last: int
    title_first: int  # token where the whole "title + name" phrase starts
    start: int  # character span of the name
    end: int
    title_start: int
    roles: frozenset[str] = frozenset()  # tags of the office (title lexicon): monarch, resident, spokesperson


@dataclass
class SentenceAnalysis:
    sentence: Sentence
    tokens: list[Token]
    matches: Layers  # layer -> matches (lexicon.Lexicon.scan)
    doc: "DocumentAnalysis" = field(repr=False)
    keys: list[str] = field(default_factory=list, repr=False)  # the tokens' keys
    caps: list[int] = field(default_factory=list, repr=False)  # indices of the capitalised words
    _starts: dict = field(default_factory=dict, repr=False)  # layer -> {(first token, category): match}
    # `layer(name)`: the matches of a layer, left to right (none: an empty list).  It is the Layers dict's
    # own lookup, bound here (C code, no Python call): the finders ask it some twenty times a sentence.
    layer: Callable[[str], list[Match]] = field(init=False, repr=False)
    # the views, once computed
    _keyset: frozenset[str] | None = field(init=False, repr=False)
    _has_number: bool | None = field(init=False, repr=False)
    _mentions: list[Mention] | None = field(init=False, repr=False)
    _foreign_countries: list[str] | None = field(init=False, repr=False)
    _names_kazakhstan: bool | None = field(init=False, repr=False)
    _people: list[Person] | None = field(init=False, repr=False)
    _amounts: list[Amount] | None = field(init=False, repr=False)
    _dates: list[DateHit] | None = field(init=False, repr=False)
    _periods: list[Period] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.matches, Layers):
            self.matches = Layers(self.matches)
        self.layer = self.matches.__getitem__
        self._keyset = None
        self._has_number = None
        self._mentions = None
        self._foreign_countries = None
        self._names_kazakhstan = None
        self._people = None
        self._amounts = None
        self._dates = None
        self._periods = None

    @property
    def index(self) -> int:
        return self.sentence.index

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    @property
    def keyset(self) -> frozenset[str]:
        """The sentence's distinct token keys: a finder looks for a construction only where its words are."""
        if self._keyset is None:
            self._keyset = frozenset(self.keys)
        return self._keyset

    @property
    def has_number(self) -> bool:
        if self._has_number is None:
            self._has_number = _DIGIT.search(self.sentence.text) is not None
        return self._has_number

    def at(self, layer: str, category: str, first: int) -> Match | None:
        """The match of a layer's category that starts at token `first`, if any."""
        index = self._starts.get(layer)
        if index is None:
            index = self._starts[layer] = {}
            for m in self.matches.get(layer, ()):
                index.setdefault((m.first, m.category), m)
        return index.get((first, category))

    def has(self, layer: str, category: str | None = None) -> bool:
        return any(category is None or m.category == category for m in self.matches.get(layer, ()))

    def find(self, layer: str, category: str | None = None, lo: int = 0, hi: int | None = None) -> list[Match]:
        """Matches of a layer (and category) whose tokens lie in [lo, hi)."""
        hi = len(self.tokens) if hi is None else hi
        return [m for m in self.matches.get(layer, ())
                if (category is None or m.category == category) and m.first >= lo and m.last <= hi]

    def countries_listed(self, k: int, first_within: int = 3, with_kazakhstan: bool = False) -> list[str]:
        """The foreign countries of a list that begins within `first_within` words after token `k` ("of Austria,
        Cyprus and Greece", "with Malaysia, Greece and Cyprus", "Словакии, Испании и Израиля"): their codes in order,
        to the first word that is no part of the list (an organisation in it, "the EU", is skipped); Kazakhstan too
        when it is listed and `with_kazakhstan`."""
        w = self.doc.pack.words
        items = sorted((x for x in self.mentions if x.first >= k and x.kind in ("country", "demonym", "organisation")),
                       key=lambda x: x.first)
        codes: list[str] = []
        last = k
        for x in items:
            gap = self.tokens[last:x.first]
            if codes and not all(t.text == "," or t.key in w.and_ or t.key in w.article for t in gap):
                break
            if not codes and len(gap) > first_within:
                break
            if x.is_country and (x.code != KAZ or with_kazakhstan):
                codes.append(x.code)
            last = x.last
        return list(dict.fromkeys(codes))

    def names_a_body(self, first: int, last: int) -> bool:
        """Tokens [first, last) are (part of) the capitalised name of a body, not an office: "Ministry of Commerce
        of", "the People's Bank of", "the General Administration of Customs of"."""
        w = self.doc.pack.words
        if any(m.category == "head" and first <= m.first < last for m in self.layer("title")):
            return False
        return all(t.is_cap or t.key in w.of or t.key in w.article or t.text in _POSSESSIVE_MARKS
                   for t in self.tokens[first:last])

    def span_text(self, first: int, last: int) -> str:
        """The original text of tokens [first, last)."""
        if first >= last:
            return ""
        return self.doc.text[self.tokens[first].start:self.tokens[last - 1].end]

    @property
    def mentions(self) -> list[Mention]:
        if self._mentions is None:
            self._mentions = self._find_mentions()
        return self._mentions

    def _find_mentions(self) -> list[Mention]:
        places = self.layer("place")
        money = self.layer("money")
        # "US dollars": a currency, not the country (asked of the amounts only where a place is also money)
        money_tokens = {i for m in money if m.category.startswith("currency") for i in range(m.first, m.last)}
        currency = {i for a in self.amounts for i in range(a.first, a.last)} \
            if any(m.first in money_tokens for m in places) else set()
        out: list[Mention] = []
        for m in self.layer("place"):
            if m.first in currency:
                continue  # "US dollars": a currency, not the country
            kind = "media" if m.category in ("country", "demonym") and self._outlet_after(m.last) else m.category
            out.append(Mention(kind, m.value, m.first, m.last, m.start, m.end, self.doc.text[m.start:m.end]))
        return out

    def _outlet_after(self, k: int) -> bool:
        """"China Daily", "Pakistan Point News": a news outlet named after a country (its noun capitalised, at most
        one capitalised word between)."""
        media = self.doc.pack.words.media_noun
        toks = self.tokens
        for i in range(k, min(k + 2, len(toks))):
            if not toks[i].is_cap:
                return False
            if toks[i].key in media:
                return True
        return False

    @property
    def foreign_countries(self) -> list[str]:
        """Foreign countries named (by name or adjective; cities excluded), in order, once each."""
        if self._foreign_countries is None:
            self._foreign_countries = list(dict.fromkeys(
                m.code for m in self.mentions if m.is_country and m.code != KAZ))
        return self._foreign_countries

    @property
    def names_kazakhstan(self) -> bool:
        if self._names_kazakhstan is None:
            self._names_kazakhstan = any(m.code == KAZ for m in self.mentions)
        return self._names_kazakhstan

    @property
    def people(self) -> list[Person]:
        if self._people is None:
            self._people = _people.find_people(self)
        return self._people

    @property
    def amounts(self) -> list[Amount]:
        if self._amounts is None:
            self._amounts = _amounts.find_amounts(self)
        return self._amounts

    @property
    def dates(self) -> list[DateHit]:
        if self._dates is None:
            self._dates = _dates.find_event_dates(self)
        return self._dates

    @property
    def periods(self) -> list[Period]:
        if self._periods is None:
            self._periods = _dates.find_periods(self)
        return self._periods


@dataclass
class DocumentAnalysis:
    text: str
    published: dt.date | None
    pack: LanguagePack
    sentences: list[SentenceAnalysis] = field(default_factory=list)
    # surnames of the people found so far, for a later bare "Vassilenko noted ..."
    known_people: dict[str, Person] = field(default_factory=dict)
    # the views, once computed (`_reference_year` may be None once computed: `_reference_year_known` says)
    _mention_counts: dict[str, int] | None = field(init=False, repr=False)
    _lead_sentences: set[int] | None = field(init=False, repr=False)
    _reference_year: int | None = field(init=False, repr=False)
    _reference_year_known: bool = field(init=False, repr=False)
    _is_kazakh_perspective: bool | None = field(init=False, repr=False)
    _year_of_last_date: int | None = field(init=False, repr=False)
    _year_of_last_date_known: bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._year_of_last_date = None
        self._year_of_last_date_known = False
        self._mention_counts = None
        self._lead_sentences = None
        self._reference_year = None
        self._reference_year_known = False
        self._is_kazakh_perspective = None

    @property
    def mention_counts(self) -> dict[str, int]:
        if self._mention_counts is None:
            counts: dict[str, int] = {}
            for s in self.sentences:
                # (one word is one mention, however many entries name it: "Singapore", the country and the city; in
                # the order of the text, which breaks a tie for the partner)
                for code, _ in dict.fromkeys((m.code, m.first) for m in s.mentions if m.is_country and m.code != KAZ):
                    counts[code] = counts.get(code, 0) + 1
            self._mention_counts = counts
        return self._mention_counts

    def mention_counts_so_far(self, upto: int) -> set[str]:
        """Foreign countries named in sentences up to and including `upto` (sentences are read in order)."""
        return {m.code for s in self.sentences[:upto + 1] for m in s.mentions
                if m.is_country and m.code != KAZ}

    def last_date_before(self, index: int):
        """The date named last in the sentences before `index` ("On the same day, ...")."""
        for s in reversed(self.sentences[:index]):
            if s.dates:
                return s.dates[-1].date
        return None

    @property
    def lead_sentences(self) -> set[int]:
        """The opening sentences of the release (headline lines included): the first three with a verb-like
        length (over six words)."""
        if self._lead_sentences is None:
            lead = []
            for s in self.sentences:
                if sum(1 for t in s.tokens if t.kind == "word") > 6:
                    lead.append(s.index)
                if len(lead) == 3:
                    break
            self._lead_sentences = set(lead)
        return self._lead_sentences

    @property
    def year_spoken_from(self) -> int | None:
        """The year "this year" and "last year" count from: the publication's, else that of the latest full date the
        release names (an undated release speaks from no earlier than the last day it names).  Full dates only, not
        `reference_year`: that one reads the periods, whose relative years are counted from this."""
        if self.published is not None:
            return self.published.year
        if not self._year_of_last_date_known:
            self._year_of_last_date = max((d.date.year for s in self.sentences for d in s.dates), default=None)
            self._year_of_last_date_known = True
        return self._year_of_last_date

    @property
    def reference_year(self) -> int | None:
        """The year the release speaks from: its publication's, else the latest year of a full date or a period
        it names (an undated release speaks from no earlier than the last time it names)."""
        if not self._reference_year_known:
            if self.published is not None:
                self._reference_year = self.published.year
            else:
                dated = [d.date.year for s in self.sentences for d in s.dates]
                # (and the latest year named of a period: "a visit in 2009" — not a deadline, "by 2050", nor one
                # after the last full date)
                named = [p.year for s in self.sentences for p in s.periods
                         if p.year is not None and not p.relative and not _after_deadline_word(s, p.first)
                         and (not dated or p.year <= max(dated))]
                self._reference_year = max(dated + named, default=None)
            self._reference_year_known = True
        return self._reference_year

    @property
    def is_kazakh_perspective(self) -> bool:
        """The release names Kazakhstan (or its capital, or its officials): it speaks of Kazakhstan's
        contacts, so a figure or a contact without a stated Kazakh side is Kazakhstan's."""
        if self._is_kazakh_perspective is None:
            self._is_kazakh_perspective = any(
                any(m.code == KAZ for m in s.mentions) or any(m.value == KAZ for m in s.layer("official"))
                for s in self.sentences[:40])
        return self._is_kazakh_perspective


def analyse(text: str, published: dt.date | None, pack: LanguagePack) -> DocumentAnalysis:
    doc = DocumentAnalysis(text, published, pack)
    for s in split_sentences(text, pack.abbreviations, pack.whole_names):
        if s.end - s.start > MAX_SENTENCE_CHARS:
            continue
        tokens, keys, caps = tokenize_sentence(text, s.start, s.end, pack.normalise, pack.known_keys)
        doc.sentences.append(SentenceAnalysis(s, tokens, pack.lexicon.scan(tokens, keys), doc, keys=keys, caps=caps))
    return doc


# The finders behind the views above import this module's classes, so they are imported last (once, not
# on every call of a view).
from . import amounts as _amounts, dates as _dates, people as _people  # noqa: E402


def _after_deadline_word(sa: SentenceAnalysis, first: int) -> bool:
    """A year named as a deadline or a range's end ("by 2050", "until 2030", «до 2030 года»)."""
    w = sa.doc.pack.words
    return first >= 1 and (sa.tokens[first - 1].key in w.by or sa.tokens[first - 1].key in w.range_to)

"""Lexicons as data: word lists in TSV files, compiled into one token trie matched in one pass.

A lexicon file holds one entry per line:

    phrase <TAB> category [<TAB> value [<TAB> flags]]

`phrase` is written as it appears in text ("Chargé d'Affaires", "phone call"); it is tokenized with
the same tokenizer as the text and keyed by the language pack's normal form, so a Russian entry
written "телефонный разговор" matches every case form.  `flags`: `cap` (the first word must be
capitalised: "China" the country, not "china" the porcelain) and `exact` (the words must be written
exactly so: "US", "UN").

Each file is one *layer*.  Inside a layer the longest match wins and matches do not overlap
("Council of Foreign Ministers" beats "Council"); layers are independent of each other (a title
may contain a country).  `Lexicon.scan` finds every layer's phrases in one pass of an Aho-Corasick automaton (pyahocorasick)
over the sentence's keys.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate, count
from operator import add, attrgetter
from pathlib import Path

import ahocorasick

from .text import Token, tokenize


@dataclass(frozen=True, slots=True)
class Entry:
    layer: str
    category: str
    value: str
    phrase: str
    cap: bool = False
    exact: bool = False
    surface: tuple[str, ...] = ()  # the phrase's token texts, for `exact`


@dataclass(slots=True)
class Match:
    entry: Entry
    first: int  # token index of the first token
    last: int  # token index after the last token
    start: int  # character span in the text
    end: int
    # the entry's, copied: the finders read them of every match, many times (a plain slot, not a property)
    category: str
    value: str


def read_tsv(path: Path, layer: str) -> list[tuple[str, str, str, str, str]]:
    """(layer, phrase, category, value, flags) rows of a lexicon file; '#' starts a comment line."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip():
            raise ValueError(f"{path.name}:{number}: expected 'phrase<TAB>category[<TAB>value[<TAB>flags]]'")
        cells += [""] * (4 - len(cells))
        rows.append((layer, cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()))
    return rows


class Layers(dict):
    """Matches per layer (layer name -> matches, left to right); a layer with none gives a new empty list."""

    def __missing__(self, layer: str) -> list[Match]:
        return []


class Lexicon:
    def __init__(self, rows: Iterable[tuple[str, str, str, str, str]], normalise: Callable[[str], str]):
        self.layers: set[str] = set()
        by_keys: dict[str, list[Entry]] = {}
        for layer, phrase, category, value, flags in rows:
            tokens = tokenize(phrase, 0, len(phrase), normalise)
            if not tokens:
                continue
            flag_set = set(flags.split())
            entry = Entry(layer, category, value, phrase, "cap" in flag_set, "exact" in flag_set,
                          tuple(t.text for t in tokens))
            # a phrase is found as " key1 key2 " in the sentence's keys joined by spaces (no key has one)
            by_keys.setdefault(" " + " ".join(t.key for t in tokens) + " ", []).append(entry)
            self.layers.add(layer)
        self._automaton = ahocorasick.Automaton()
        for pattern, entries in by_keys.items():
            checked = any(e.cap or e.exact for e in entries)  # (most phrases match on their keys alone)
            self._automaton.add_word(pattern, (len(pattern), pattern.count(" ") - 1, tuple(entries), checked))
        self._automaton.make_automaton()

    def scan(self, tokens: list[Token], keys: list[str] | None = None) -> Layers:
        """Matches of every layer in `tokens` (whose keys are `keys`, when the caller has them), per layer
        left to right, longest first, not overlapping."""
        if keys is None:
            keys = list(map(_KEY, tokens))
        joined = " " + " ".join(keys) + " "
        # token i starts at offset 1 + i + (the lengths of the keys before it) of `joined`: one pass of
        # the automaton (C code) finds every phrase of every layer, then a bisection names its token
        before = list(map(add, accumulate(map(len, keys), initial=0), count()))
        found: dict[str, list[tuple[int, int, int, Entry]]] = {}
        seq = 0  # (the third item keeps tuples of one span from comparing their entries when sorted)
        for end, (size, length, entries, checked) in self._automaton.iter(joined):
            i = bisect_left(before, end - size + 1)
            j = i + length
            for e in entries:
                if checked:
                    if e.cap and not tokens[i].text[:1].isupper():
                        continue
                    if e.exact and tuple(t.text for t in tokens[i:j]) != e.surface:
                        continue
                seq += 1
                cands = found.get(e.layer)
                if cands is None:
                    found[e.layer] = [(i, j, seq, e)]
                else:
                    cands.append((i, j, seq, e))
        out = Layers()
        for layer, cands in found.items():
            if len(cands) == 1:  # (most layers of most sentences: one match, nothing to choose)
                i, j, _, e = cands[0]
                out[layer] = [Match(e, i, j, tokens[i].start, tokens[j - 1].end, e.category, e.value)]
                continue
            # longest-leftmost: by start, and for one start the longest; skip what overlaps it (several
            # entries on the one longest span are all kept: "took part" is attendance and held)
            cands.sort()
            taken: list[Match] = []
            upto = -1
            k, total = 0, len(cands)
            while k < total:
                i = cands[k][0]
                g = k + 1
                while g < total and cands[g][0] == i:
                    g += 1
                if i >= upto:
                    j = cands[g - 1][1]
                    start, end = tokens[i].start, tokens[j - 1].end
                    for c in cands[k:g]:
                        if c[1] == j:
                            e = c[3]
                            taken.append(Match(e, i, j, start, end, e.category, e.value))
                    upto = j
                k = g
            out[layer] = taken
        return out


_KEY = attrgetter("key")

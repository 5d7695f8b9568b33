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
may contain a country).  `Lexicon.scan` walks a sentence's tokens once for all layers.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

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

    @property
    def category(self) -> str:
        return self.entry.category

    @property
    def value(self) -> str:
        return self.entry.value


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


class Lexicon:
    def __init__(self, rows: Iterable[tuple[str, str, str, str, str]], normalise: Callable[[str], str]):
        self._trie: dict = {}
        self.layers: set[str] = set()
        for layer, phrase, category, value, flags in rows:
            tokens = tokenize(phrase, 0, len(phrase), normalise)
            if not tokens:
                continue
            flag_set = set(flags.split())
            entry = Entry(layer, category, value, phrase, "cap" in flag_set, "exact" in flag_set,
                          tuple(t.text for t in tokens))
            node = self._trie
            for t in tokens:
                node = node.setdefault(t.key, {})
            node.setdefault(None, []).append(entry)
            self.layers.add(layer)

    def scan(self, tokens: list[Token]) -> dict[str, list[Match]]:
        """Matches of every layer in `tokens`, per layer left to right, longest first, not overlapping."""
        found: dict[str, list[tuple[int, int, Entry]]] = {}
        trie = self._trie
        n = len(tokens)
        keys = [t.key for t in tokens]
        # most words start no entry: walk the trie only from those that do
        for i in [i for i, k in enumerate(keys) if k in trie]:
            node = trie[keys[i]]
            j = i
            while node is not None:
                j += 1
                entries = node.get(None)
                if entries:
                    for e in entries:
                        if e.cap and not tokens[i].text[:1].isupper():
                            continue
                        if e.exact and tuple(t.text for t in tokens[i:j]) != e.surface:
                            continue
                        found.setdefault(e.layer, []).append((i, j, e))
                if j >= n:
                    break
                node = node.get(keys[j])
        out: dict[str, list[Match]] = {}
        for layer, cands in found.items():
            # longest-leftmost: candidates come by start; keep, per start, the longest; skip overlaps
            # (several entries on the one longest span are all kept: "took part" is attendance and held)
            cands.sort(key=lambda c: (c[0], c[0] - c[1]))
            taken: list[Match] = []
            upto, span = -1, None
            for i, j, e in cands:
                if (i, j) == span:
                    taken.append(Match(e, i, j, tokens[i].start, tokens[j - 1].end))
                    continue
                if i < upto:
                    continue
                taken.append(Match(e, i, j, tokens[i].start, tokens[j - 1].end))
                upto, span = j, (i, j)
            out[layer] = taken
        return out

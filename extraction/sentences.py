"""Sentence splitting with character offsets into the original text.

Offsets must point into the text exactly as given (provenance), so nothing is
rewritten: we only find boundaries.  A boundary is a blank-ish line break or a
full stop / ! / ? followed by space and something that can start a sentence.
Abbreviations common in ministry prose ("Aug. 27", "H. Amir", "U.S.") do not end
a sentence.
"""
from __future__ import annotations

import re
from typing import NamedTuple


class Sentence(NamedTuple):
    index: int
    start: int
    end: int
    text: str


# Words after which a full stop is an abbreviation, not a sentence end.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr amb hon rt st no nos gen lt col prof jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.k a.i e.g i.e etc vs approx co inc ltd corp jr sr h.e h.h".split()
)

# Candidate boundaries: end punctuation (plus closing quotes/brackets) then whitespace,
# or any line break.  Linear-time patterns only (no nested quantifiers).
# (written to start with a character class, so the engine skips to candidate characters at C speed: the
# same matches as `[.!?]+["'»”’)\]]*(?=\s)|\n`)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[.!?]*[\"'»”’)\]]*(?=\s))")
_STARTER = re.compile(r"\s*[\"'«“‘(\[]?[A-Z0-9\u0400-\u04ff]")
_WORD_BEFORE = re.compile(r"([\w.]+)\.*$")


# bytes.translate table: ASCII letters lowercased, digits and "_" kept, every other byte a space; so
# `ascii_text.encode().translate(_WORD_TABLE).split()` = the lowercased text's maximal \w runs
# (for ASCII text \w is [A-Za-z0-9_]).
_WORD_TABLE = bytes(c + 32 if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122 or c == 95) else 32
                    for c in range(256))


def sentence_words(sentence_text: str) -> set[bytes] | None:
    """The distinct words (maximal \\w runs) of an ASCII sentence, lowercased, as bytes; None for a sentence
    with any non-ASCII character.  Computed once per sentence, it lets each step skip a sentence that lacks
    every word its patterns need (a set test instead of a substring scan per key)."""
    if not sentence_text.isascii():
        return None
    return set(sentence_text.encode("ascii").translate(_WORD_TABLE).split())


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; each keeps its [start, end) span in `text`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() != "\n":
            if not _STARTER.match(text, end):
                continue
            word = _WORD_BEFORE.search(text, max(start, m.start() - 12), m.start() + 1)
            token = word.group(1).lower().strip(".") if word else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))

    sentences: list[Sentence] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            sentences.append(Sentence(len(sentences), s, e, text[s:e]))
    return sentences

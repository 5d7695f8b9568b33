"""Sentences and tokens, with character offsets into the text exactly as given (provenance).

Nothing is rewritten: sentences are found by their boundaries and tokens by one regular
expression, so every fact can point back at the characters it was read from.  Tokens are what
the lexicons match (`Token.key`, the language pack's normal form of the word) and what the
grammars walk.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A number ("50.5", "1,450", "30,4"), a word (letters only, so "R44" is "R" and "44" and "Q1" is "Q" and
# "1"; inner apostrophes as in "d'Affaires", but
# not a possessive "'s", which is a token of its own, keyed "'s"), or any other single character.  Hyphens, dashes
# and full stops are tokens of their own, so "Kazakh-Portuguese" is three tokens and both names match.
# (written for speed: the leading look-ahead lets the engine skip whitespace, the word comes first as the
# commonest token, and an inner apostrophe is only tried where a letter follows it)
# the hyphen and the dashes: between a pair's two names ("Kazakh-German"), a range's ends, or clauses
DASHES = frozenset("-–—")

_TOKEN = re.compile(r"(?=\S)(?:([^\W\d_]+(?:(?=['’][^\W\d_])(?!['’][sS]\b)['’][^\W\d_]+)*)|(\d+(?:[.,]\d+)*)"
                    r"|(['’][sS]\b)|(\S))")

# A sentence boundary: a line break (not one that wraps a sentence: see _WRAPPED_LINE), or end punctuation (with closing quotes/brackets) before a space.
# (= `\n|[.!?]+["'»”’)\]]*(?=\s)`, written to start with one character class: the engine skips to
# candidates at C speed)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[.!?]*[\"'»”’)\]]*(?=\s))")
# (a capital Cyrillic letter, not any: "10 млрд. долларов США" goes on after the full stop)
_STARTER = re.compile(r"\s*[\"'«“‘(\[]?[A-Z0-9\u0400-\u042f\u0460-\u04ff]")
_WORD_BEFORE = re.compile(r"([\w.]+)\.*$")
# A line that stops mid-sentence: a word (or comma) at its end and a lowercase word opening the next line.
# Twice in a text, and the text is hard-wrapped (a copy from a PDF or an e-mail): its single line breaks
# are spaces, and only a blank line (or end punctuation) ends a sentence.
# (written to start with the line break itself: the engine skips to candidates at C speed)
_WRAPPED_LINE = re.compile(r"\n(?<=[^\W\d_]\n|,\n)[ \t]*[^\W\d_A-ZА-ЯЁ]")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # the language pack's normal form: what lexicons are keyed by
    kind: str  # "num" | "word" | "punct"
    space_before: bool  # whitespace (or the sentence start) right before the token

    @property
    def is_cap(self) -> bool:
        return self.kind == "word" and self.text[0].isupper()


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def _initials(token: str) -> bool:
    """"b", "k.b": one letter, or letters each followed by a full stop ("K.B. Zhumasev", «К.К. Токаев»)."""
    return all(len(part) == 1 and part.isalpha() for part in token.split("."))


def split_sentences(text: str, abbreviations: frozenset[str], whole_names: frozenset[str] = frozenset()
                    ) -> list[Sentence]:
    """Sentences of `text`, each with its [start, end) span.  A full stop after one of `abbreviations`
    ("Aug.", "Mr.") or after a single letter (an initial) does not end a sentence — unless the letter ends one
    of `whole_names`, lowercase names whose last word is one letter ("ван и": "... с Ван И. Об этом ...")."""
    spans: list[tuple[int, int]] = []
    start = 0
    wrapped = "\n" in text and _is_hard_wrapped(text)
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() == "\n":
            if wrapped and text[m.start() - 1:m.start()] != "\n" and text[end:end + 1] != "\n":
                continue  # a single line break in hard-wrapped text
            if _WRAPPED_LINE.match(text, m.start()):
                continue  # a line wrapped inside a sentence ("... $355 million in the\nfirst seven months")
        else:
            if not _STARTER.match(text, end):
                continue
            word = _WORD_BEFORE.search(text, max(start, m.start() - 12), m.start() + 1)
            token = word.group(1).lower().strip(".") if word else ""
            if token in abbreviations or _initials(token) and not (
                    whole_names and _ends_a_whole_name(text, m.start(), whole_names)):
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


def _ends_a_whole_name(text: str, stop: int, whole_names: frozenset[str]) -> bool:
    """The two words before the full stop at `stop` are one of `whole_names`."""
    words = text[max(0, stop - 40):stop].split()
    return len(words) >= 2 and " ".join(words[-2:]).lower() in whole_names


def _is_hard_wrapped(text: str) -> bool:
    found = _WRAPPED_LINE.search(text)
    return found is not None and _WRAPPED_LINE.search(text, found.end()) is not None


_KINDS = ("", "word", "num", "punct", "punct")  # by regex group (every token matches one of 1-4)


def tokenize(text: str, start: int, end: int, normalise, known: dict[str, str] | None = None) -> list[Token]:
    """Tokens of text[start:end]; `normalise(word)` gives each word's lexicon key (`known`: keys already
    computed, word -> key, looked up first)."""
    return tokenize_sentence(text, start, end, normalise, known)[0]


def tokenize_sentence(text: str, start: int, end: int, normalise,
                      known: dict[str, str] | None = None) -> tuple[list[Token], list[str], list[int]]:
    """`tokenize`, and in the same pass the tokens' keys and the indices of the capitalised words (every
    sentence's lexicon scan and name search need them)."""
    out: list[Token] = []
    keys: list[str] = []
    caps: list[int] = []
    append, key_append, cap_append = out.append, keys.append, caps.append
    get = (known or {}).get
    find = text.find
    pos = start
    # Tokens never span whitespace, so the text is cut at whitespace first (C code) and the regular
    # expression only runs on the chunks that are not one plain word ("Kazakhstan,", "$2.8bn", "d'Affaires"):
    # most chunks are, and one regex match per token cost more than all the rest of tokenizing.  (A chunk's
    # tokens are the text's: the expression looks at most one character ahead, and after a chunk comes a
    # space.)
    for chunk in text[start:end].split():
        s = find(chunk, pos)
        if chunk.isalpha():
            key = get(chunk) or normalise(chunk)
            if chunk[0].isupper():
                cap_append(len(out))
            pos = s + len(chunk)
            append(Token(s, pos, chunk, key, "word", True))
            key_append(key)
            continue
        space = True
        parts = _chunk_tokens(chunk) if len(chunk) <= _CACHED_CHUNK else _tokens_of(chunk)
        for rel_start, rel_end, surface, group in parts:
            if group == 1:
                key = get(surface) or normalise(surface)
                if surface[0].isupper():
                    cap_append(len(out))
            else:
                key = "'s" if group == 3 else surface
            append(Token(s + rel_start, s + rel_end, surface, key, _KINDS[group], space))
            key_append(key)
            space = False
        pos = s + len(chunk)
    return out, keys, caps


def _tokens_of(chunk: str) -> tuple[tuple[int, int, str, int], ...]:
    """The tokens of a chunk of text without whitespace: (start, end, text, regex group) each."""
    return tuple((m.start(), m.end(), m.group(), m.lastindex or 0) for m in _TOKEN.finditer(chunk))


# `_tokens_of` is a pure function of the chunk, and the same chunks ("Kazakhstan,", "2024.") recur in every
# release: short ones are cached, and the cache is bounded, so hostile input cannot grow it without end.
_CACHED_CHUNK = 40
_chunk_tokens = lru_cache(maxsize=50_000)(_tokens_of)

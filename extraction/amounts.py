"""Money amounts over a sentence's tokens: "50.5 million US dollars", "$2.8bn", "USD 3 bln 290 mln",
"€14 million", "466 thousand USD", "half a billion dollars", numbers in words ("one and a half billion",
"полутора миллиардов", "twenty-five million"), and a bare "4.9 million" that takes its sentence's currency.

    [qualifier] [currency before] NUMBER [scale] [NUMBER scale] [currency after]

The words (currencies, scales, qualifiers) are the "money" lexicon layer; how digits are grouped
is the language pack's `parse_number`.  Amounts are Decimals until the facts are written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .analysis import SentenceAnalysis
from .dates import year_of
from .lexicon import Match

_BILLION = Decimal(1_000_000_000)


@dataclass(slots=True)
class Amount:
    first: int  # token span
    last: int
    start: int  # character span
    end: int
    value: Decimal
    currency: str | None  # None: a bare amount, which takes its sentence's currency
    qualifier: str  # exact | more_than | about | less_than
    surface: str


def find_amounts(sa: SentenceAnalysis) -> list[Amount]:
    toks = sa.tokens
    n = len(toks)
    w = sa.doc.pack.words
    if not sa.has_number and sa.keyset.isdisjoint(w.half) and \
            not any(m.category == "scale" for m in sa.layer("money")):
        return []
    money = sa.layer("money")
    starting: dict[int, list[Match]] = {}
    ending: dict[int, list[Match]] = {}
    for m in money:
        starting.setdefault(m.first, []).append(m)
        ending.setdefault(m.last, []).append(m)
    parse = sa.doc.pack.parse_number
    number_words = any(m.category == "number_word" for m in sa.layer("time")) or \
        any(m.category in ("number", "amount") for m in money)

    def at(i: int, *categories: str):
        for m in starting.get(i, ()):
            if m.category in categories:
                return m
        return None

    out: list[Amount] = []
    i = 0
    while i < n:
        t = toks[i]
        half = t.key in w.half and i + 2 < n and toks[i + 1].key in w.article and at(i + 2, "scale")
        word_number = _number_word(sa, i) if t.kind == "word" and not half and number_words else None
        if word_number is not None and word_number.category == "number":
            word_number = _with_unit(sa, word_number)
        # one word that is the whole amount: "полмиллиарда долларов"
        whole = at(i, "amount") if t.kind == "word" and number_words else None
        if t.kind != "num" and not half and not whole and not (word_number and at(word_number.last, "scale")):
            i += 1
            continue
        first = i
        pre = next((m for m in ending.get(i, ()) if m.category in ("currency_pre", "currency")), None)
        if pre is not None and len(pre.entry.phrase) == 1 and pre.entry.phrase.isalpha() and t.space_before:
            pre = None  # "R44-million" is rand; "Group R 5" is not
        if pre is not None:
            first = pre.first
        borrowed = None
        if half:
            scale = at(i + 2, "scale")
            value = Decimal("0.5") * Decimal(scale.value)
            j = scale.last
            scaled = True
        elif whole:
            value = Decimal(whole.value)
            j = whole.last
            scaled = True
        else:
            # "five billion US dollars", "полутора миллиардов долларов" (1.5), or digits
            j = word_number.last if word_number else _digit_groups(sa, i)
            number = Decimal(word_number.value) if word_number else \
                parse("".join(tok.text for tok in toks[i:j]))  # "1 317,5" is one number
            if number is None:
                i += 1
                continue
            scale = at(j, "scale")
            if scale is None and j < n and toks[j].text in "-–" and not toks[j].space_before:
                scale = at(j + 1, "scale")  # "R44-million"
            # a one-letter scale ("5 m", "3 b") only right after a currency sign ("$5m")
            if scale is not None and len(sa.span_text(scale.first, scale.last)) == 1 and \
                    (pre is None or toks[scale.first].space_before):
                scale = None
            # "first reach 5 and then 10 billion US dollars": the next number's scale and currency
            if scale is None and pre is None and t.kind == "num" and year_of(t) is None and \
                    not at(j, "currency_post", "currency"):
                borrowed = _shared_scale(sa, j, at)
                if borrowed is not None:
                    scale = borrowed[0]
            scaled = scale is not None
            if scaled and Decimal(scale.value) >= _BILLION and number >= 1000 and t.text.count(",") == 1:
                # "$1,317 billion": thousands of billions are no bilateral figure; the comma is a decimal one
                number = Decimal(t.text.replace(",", "."))
            value = number * (Decimal(scale.value) if scale else 1)
            if scale is not None and borrowed is None:
                j = scale.last
                # "USD 3 bln 290 mln"
                if j + 1 < n and toks[j].kind == "num" and at(j + 1, "scale"):
                    extra = parse(toks[j].text)
                    scale2 = at(j + 1, "scale")
                    if extra is not None:
                        value += extra * Decimal(scale2.value)
                        j = scale2.last
        post = at(j, "currency_post", "currency")
        currency = None
        if pre is not None:
            currency = pre.value
        elif post is not None:
            currency = post.value
        elif borrowed is not None and borrowed[1] is not None:
            currency = borrowed[1].value
        if post is not None:
            j = post.last
        if currency is None:
            # a bare number is money only when scaled and followed by no counted noun
            follower = toks[j] if j < n else None
            # a bare number is money only when scaled and not "4.9 million tourists"
            if not scaled or not (follower is None or follower.kind == "punct" or follower.key in w.bare_follower):
                i = j if j > i else i + 1
                continue
        elif not scaled and pre is None and post is None:
            i += 1
            continue
        qualifier = _qualifier(sa, first, ending)
        out.append(Amount(first, j, toks[first].start, toks[j - 1].end, value, currency, qualifier,
                          sa.span_text(first, j)))
        i = j
    return out


_GROUP_HEAD = re.compile(r"\d{1,3}")
_GROUP = re.compile(r"\d{3}(?:[.,]\d+)?")
_GROUP_GAP = frozenset(" \u00a0\u2009\u202f")


def _digit_groups(sa: SentenceAnalysis, i: int) -> int:
    """The end of a number written in groups of digits parted by a space ("1 317,5 млн", "USD 6 300 000"):
    the token after its last group (i + 1 when it is one token)."""
    toks = sa.tokens
    j = i + 1
    if not _GROUP_HEAD.fullmatch(toks[i].text):
        return j
    text = sa.doc.text
    while j < len(toks) and toks[j].kind == "num" and _GROUP.fullmatch(toks[j].text) and \
            toks[j].start - toks[j - 1].end == 1 and text[toks[j - 1].end] in _GROUP_GAP:
        j += 1
        if not toks[j - 1].text.isdigit():
            break  # the decimal part ends the number
    return j


def _shared_scale(sa: SentenceAnalysis, j: int, at):
    """"5 and then 10 billion US dollars": after a bare number at j-1, a conjunction (and an adverb) and a
    number with a scale; that scale, and its currency (or None)."""
    toks = sa.tokens
    w = sa.doc.pack.words
    k = j
    if k >= len(toks) or toks[k].key not in w.and_:
        return None
    k += 1
    if k < len(toks) and toks[k].key in w.then:
        k += 1
    if k + 1 >= len(toks) or toks[k].kind != "num":
        return None
    scale = at(k + 1, "scale")
    if scale is None:
        return None
    return scale, at(scale.last, "currency_post", "currency")


@dataclass(slots=True)
class _Compound:
    """Tens and a unit read as one number ("двадцать пять"): a word number's value and end."""
    value: str
    last: int
    category: str = "number"


def _with_unit(sa: SentenceAnalysis, tens):
    """"twenty-five", "двадцать пять": tens and the unit after them, one number; hundreds and the tens or
    unit after them too ("двести пятьдесят", "семьсот двадцать пять")."""
    k = tens.last
    if k < len(sa.tokens) and sa.tokens[k].text == "-" and not sa.tokens[k].space_before:
        k += 1
    value = Decimal(tens.value)
    if 100 <= value < 1000 and not value % 100:
        rest = _number_word(sa, k)
        if rest is None or Decimal(rest.value) % 1 or Decimal(rest.value) >= 100:
            return tens
        rest = _with_unit(sa, rest)
        return _Compound(str(value + Decimal(rest.value)), rest.last)
    unit = sa.at("time", "number_word", k)
    if unit is None or value % 10 or value < 20 or value >= 100 or int(unit.value) >= 10:
        return tens
    return _Compound(str(value + int(unit.value)), unit.last)


def _number_word(sa: SentenceAnalysis, i: int):
    """A number written as a word at token i: the time layer's small counts ("five") or the money layer's
    numbers of amounts ("полтора", "twenty")."""
    return sa.at("money", "number", i) or sa.at("time", "number_word", i)


def _qualifier(sa: SentenceAnalysis, first: int, ending: dict) -> str:
    """"more than $5 billion", "exceeded 255 million", "about $15bn", "over the level of $1 billion"."""
    for back in range(first, max(0, first - 4), -1):
        for m in ending.get(back, ()):
            if m.category == "qualifier":
                between = sa.tokens[m.last:first]
                if all(t.key in sa.doc.pack.words.qualifier_filler for t in between):
                    return m.value
    return "exact"

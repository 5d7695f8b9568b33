"""Money grammar: "50.5 million US dollars", "$2.8bn", "USD 3 bln 290 mln", "R44-million",
"half a billion dollars", and bare "4.9 million" that inherits its sentence's currency.

Amounts are Decimals (never floats) until the very end.  The patterns are
anchored token sequences without nested quantifiers, so they run in linear time
on adversarial input.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

_SCALES = {
    "thousand": 10**3, "thsd": 10**3, "k": 10**3,
    "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6, "millions": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9, "billions": 10**9,
    "trillion": 10**12, "trn": 10**12, "tn": 10**12,
}
# Symbols and codes written before the number.  "R" (rand) only when glued to the digits.
_PREFIX_CURRENCY = {
    "us$": "USD", "usd": "USD", "$": "USD", "u.s.$": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
    "gbp": "GBP", "r": "ZAR", "zar": "ZAR", "₸": "KZT", "kzt": "KZT", "rmb": "CNY", "cny": "CNY",
    "¥": "CNY", "₽": "RUB", "rub": "RUB", "₹": "INR", "inr": "INR", "chf": "CHF", "aed": "AED",
    "try": "TRY", "₺": "TRY", "jpy": "JPY", "krw": "KRW", "₩": "KRW", "rm": "MYR", "rp": "IDR",
    "ksh": "KES",
}
# ISO codes of other currencies, written before the number ("MYR 1.2 billion", "PLN 300 million")
_OTHER_CODES = "MYR IDR VND THB PLN HUF CZK BRL MXN EGP KES NGN SAR QAR KWD OMR SGD AUD CAD SEK NOK DKK KGS UZS AZN GEL UAH BYN HKD"
_PREFIX_CURRENCY.update({c.lower(): c for c in _OTHER_CODES.split()})
# Words written after the number.
_SUFFIX_CURRENCY = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "dollars": "USD",
    "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR", "tenge": "KZT",
    "kzt": "KZT", "yuan": "CNY", "rmb": "CNY", "roubles": "RUB", "rubles": "RUB", "pounds sterling": "GBP",
    "pounds": "GBP", "rand": "ZAR", "lira": "TRY", "liras": "TRY", "swiss francs": "CHF", "francs": "CHF",
    "yen": "JPY", "won": "KRW", "rupees": "INR", "dirhams": "AED", "riyals": "SAR", "som": "KGS",
    "soums": "UZS", "sum": "UZS", "manat": "AZN", "lari": "GEL", "drams": "AMD", "hryvnias": "UAH",
    "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "zloty": "PLN", "forints": "HUF", "forint": "HUF",
    "koruna": "CZK", "reais": "BRL", "shillings": "KES", "naira": "NGN", "dong": "VND",
}

def _table_key(word: str) -> str:
    """The key of a matched scale or currency word in the tables: lowercase, and "ſ"/"ı" read as "s"/"i"
    (IGNORECASE matches them to s/i, lower() keeps them: "5 million ſom" is 5 million som)."""
    return word.lower().replace("ſ", "s").replace("ı", "i")


_NUM = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_SCALE = r"thousand|thsd|millions?|mln|mn|billions?|bln|bn|trillion|trn|tn|[kmb]"
_PRE = (r"US\$|U\.S\.\s?\$|USD|\$|€|EUR|£|GBP|ZAR|₸|KZT|RMB|CNY|¥|₽|RUB|₹|INR|CHF|AED|TRY|₺|JPY|KRW|₩|"
        + _OTHER_CODES.replace(" ", "|") + r"|KSh|RM(?=\s?\d)|Rp(?=\s?\d)|R(?=\d)")
_POST = "|".join(re.escape(k) for k in sorted(_SUFFIX_CURRENCY, key=len, reverse=True))

_AMOUNT = re.compile(
    # the look-ahead (every amount starts with a digit, a currency sign or code, or "half") lets most
    # positions fail at once
    rf"(?=[\dhu$€e£gz₸kcr¥₽₹iatj₺₩mvpbnsqod])(?<![\w.,])(?:(?P<pre>{_PRE})\s?)?"
    rf"(?:(?P<half>half\s+a)|(?P<num>{_NUM}))"
    rf"(?:\s?-?\s?(?P<scale>{_SCALE})(?![\w]))?"
    rf"(?:\s(?P<num2>{_NUM})\s?(?P<scale2>{_SCALE})(?![\w]))?"
    rf"(?:\s(?P<post>{_POST})(?![\w]))?",
    re.IGNORECASE,
)
_HALF_SCALE = re.compile(r"\s+(billion|million|thousand)\b", re.IGNORECASE)

# A bare "4.9 million" is money only if what follows cannot be a counted noun ("million tourists").
_BARE_FOLLOWER = re.compile(
    r"\s*(?:[,.;:)\]]|$|-|–|—|\s(?:in|and|or|compared|respectively|while|with|which|from|to|at|for|last|this|the|by|over|as)\b)",
    re.IGNORECASE,
)

_MORE = re.compile(
    r"(?:more\s+than|over|exceed\w*|surpass\w*|above|in\s+excess\s+of|upwards\s+of|at\s+least|beyond)\s+"
    r"(?:the\s+(?:level|mark)\s+of\s+|the\s+)?$", re.IGNORECASE)
_ABOUT = re.compile(
    r"(?:about|around|approximately|approx\.|nearly|almost|some|roughly|close\s+to|circa|an\s+estimated|up\s+to\s+about)\s+$",
    re.IGNORECASE)
_LESS = re.compile(r"(?:less\s+than|under|below|up\s+to|not\s+exceeding)\s+$", re.IGNORECASE)
# The same patterns with a look-ahead on the first letters of their alternatives (same matches): an
# end-anchored pattern is tried at every position of the window, and most positions now fail at once.
_MORE = re.compile(r"(?=[moesaiub])(?:" + _MORE.pattern + ")", _MORE.flags)
_ABOUT = re.compile(r"(?=[anrscu])(?:" + _ABOUT.pattern + ")", _ABOUT.flags)
_LESS = re.compile(r"(?=[lubn])(?:" + _LESS.pattern + ")", _LESS.flags)

# Every alternative of the pattern above contains one of these lowercase words.
_MORE_KEYS = ("than", "over", "exceed", "surpass", "above", "excess", "upwards", "least", "beyond")
_ABOUT_KEYS = ("about", "around", "approx", "nearly", "almost", "some", "roughly", "close", "circa", "estimated")
_LESS_KEYS = ("than", "under", "below", "up", "exceed")
_GROUPED = re.compile(r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?")
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")
_POST_AFTER = re.compile(rf"\s({_POST})(?![\w])", re.IGNORECASE)
_SPACE = re.compile(r"\s")


class Amount(NamedTuple):
    start: int
    end: int
    value: Decimal
    currency: str | None  # None: bare amount, to inherit the sentence's currency
    qualifier: str  # exact | more_than | about | less_than
    surface: str


def parse_number(raw: str) -> Decimal | None:
    """'1,450' -> 1450; '50,5' -> 50.5; '1 000' -> 1000.  English grouping first."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if _GROUPED.fullmatch(s):
        s = s.replace(",", "").replace(" ", "")
    else:
        s = s.replace(",", ".").replace(" ", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


# The qualifier patterns for lowercased text, without IGNORECASE (faster; equivalent on text whose lowercase
# has the same length and holds none of "ı" and "ſ").
_MORE_LOWER = re.compile(_MORE.pattern)
_ABOUT_LOWER = re.compile(_ABOUT.pattern)
_LESS_LOWER = re.compile(_LESS.pattern)
# Each qualifier pattern ends with whitespace then the window's end ($), and before that whitespace with one of
# these words (its alternatives' last words, or its optional "the" / "the level of" tail); _MORE's exceed\w* and
# surpass\w* end in any letters and are tested as substrings.  So with the window's trailing whitespace stripped,
# a pattern can match only if the rest ends with one of its words.
_MORE_ENDS = ("than", "over", "above", "of", "least", "beyond", "the")
_ABOUT_ENDS = ("about", "around", "approximately", "approx.", "nearly", "almost", "some", "roughly", "to", "circa",
               "estimated")
_LESS_ENDS = ("than", "under", "below", "to", "exceeding")


def qualifier_before(text: str, pos: int) -> str:
    window = text[max(0, pos - 40):pos]
    low = window.lower()
    if len(low) == len(window) and "ı" not in low and "ſ" not in low:
        tail = low.rstrip()
        if len(tail) == len(low):
            return "exact"  # no whitespace at the end: no pattern can match
        if (tail.endswith(_MORE_ENDS) or "exceed" in low or "surpass" in low) and \
                any(map(low.__contains__, _MORE_KEYS)) and _MORE_LOWER.search(low):
            return "more_than"
        if tail.endswith(_ABOUT_ENDS) and any(map(low.__contains__, _ABOUT_KEYS)) and _ABOUT_LOWER.search(low):
            return "about"
        if tail.endswith(_LESS_ENDS) and any(map(low.__contains__, _LESS_KEYS)) and _LESS_LOWER.search(low):
            return "less_than"
        return "exact"
    # each end-anchored pattern is tried at every position of the window: only run it when its words occur
    if any(map(low.__contains__, _MORE_KEYS)) and _MORE.search(window):
        return "more_than"
    if any(map(low.__contains__, _ABOUT_KEYS)) and _ABOUT.search(window):
        return "about"
    if any(map(low.__contains__, _LESS_KEYS)) and _LESS.search(window):
        return "less_than"
    return "exact"


def may_hold_amount(text: str, start: int, end: int) -> bool:
    """Every amount has a digit or "half a": without either, text[start:end] holds none."""
    # ([0-9] is \d on an ASCII text, and a faster class to scan for)
    return (bool(_ASCII_DIGIT.search(text, start, end) or (not text.isascii() and _DIGIT.search(text, start, end)))
            or "half" in text[start:end].lower())


# Every amount holds a digit or "half" at most _ANCHOR_REACH characters after its start (the longest
# prefix is "U.S. $" and a space), so the long pattern is only tried from just before those anchors.
# (= `\d|[hH][aA][lL][fF]`, written to start with one character class the engine skips to at C speed)
_AMOUNT_ANCHOR = re.compile(r"[\dhH](?:(?<![hH])|[aA][lL][fF])")
_ANCHOR_REACH = 8


# _AMOUNT for lowercased text, without IGNORECASE (faster).  Equivalent on text whose lowercase has the same
# length and holds none of "ı" and "ſ"; every use of its groups is case-blind (currency and scale tables are
# looked up lowercased, numbers have no case) and spans are taken from the text itself.
_AMOUNT_LOWER = re.compile(_AMOUNT.pattern.lower().replace("(?p<", "(?P<"))


def _amount_matches(text: str, start: int, end: int):
    """`_AMOUNT.finditer(text, start, end)`, trying the pattern only near anchors (same matches), as
    (match, offset) pairs: the match's positions + offset are positions in `text`.  Runs on the lowercased
    span (with one character before it, for the look-back) where that is equivalent."""
    lo = start - 1 if start > 0 else 0
    low = text[lo:end].lower()
    if len(low) != end - lo or "ı" in low or "ſ" in low:
        pos = start
        while pos < end:
            anchor = _AMOUNT_ANCHOR.search(text, pos, end)
            if anchor is None:
                return
            m = _AMOUNT.search(text, max(pos, anchor.start() - _ANCHOR_REACH), end)
            if m is None:
                return
            yield m, 0
            pos = m.end()
        return
    pos = start
    while pos < end:
        anchor = _AMOUNT_ANCHOR.search(text, pos, end)
        if anchor is None:
            return
        m = _AMOUNT_LOWER.search(low, max(pos, anchor.start() - _ANCHOR_REACH) - lo)
        if m is None:
            return
        yield m, lo
        pos = m.end() + lo


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Money amounts in text[start:end].  Bare scaled numbers get currency None."""
    end = len(text) if end is None else end
    if not may_hold_amount(text, start, end):
        return []
    return find_amounts_unchecked(text, start, end)


def find_amounts_unchecked(text: str, start: int, end: int) -> list[Amount]:
    """find_amounts(text, start, end) for a caller that knows may_hold_amount(text, start, end) is true."""
    out: list[Amount] = []
    for m, off in _amount_matches(text, start, end):
        pre, post, scale = m.group("pre"), m.group("post"), m.group("scale")
        if not (pre or post or m.group("half")) and (not scale or len(scale) == 1):
            continue  # a plain number ("2021", "45"): no currency and no usable scale, dropped below anyway
        m_start, m_end = m.start() + off, m.end() + off
        if m.group("half"):
            tail = _HALF_SCALE.match(text, m.end("half") + off)
            if not tail:
                continue
            value = Decimal("0.5") * _SCALES[_table_key(tail.group(1))]
            span_end = tail.end()
            post_m = _POST_AFTER.match(text[span_end:end])
            if post_m:
                post = post_m.group(1)
                span_end += post_m.end()
            scale = tail.group(1)
        else:
            number = parse_number(m.group("num"))
            if number is None:
                continue
            # Single-letter scales are too ambiguous without a currency symbol ("5 m", "3 b").
            if scale and len(scale) == 1 and not pre:
                scale = None
            if scale is None and m.group("scale"):
                # the optional group matched a lone letter we refuse: re-anchor the end there
                span_end = m.end("num") + off
            else:
                span_end = m_end
            value = number * (_SCALES[_table_key(scale)] if scale else 1)
            if m.group("num2") and scale:
                extra = parse_number(m.group("num2"))
                if extra is not None:
                    value += extra * _SCALES[_table_key(m.group("scale2"))]
        currency = None
        if pre:
            currency = _PREFIX_CURRENCY.get(_table_key(_SPACE.sub("", pre)))
        elif post:
            currency = _SUFFIX_CURRENCY[_table_key(post)]
        if currency is None:
            if not scale or not _BARE_FOLLOWER.match(text, span_end):
                continue
        if currency is None and pre is None and post is None and span_end != m_end:
            continue
        out.append(Amount(m_start, span_end, value, currency,
                          qualifier_before(text, m_start), text[m_start:span_end]))
    return out

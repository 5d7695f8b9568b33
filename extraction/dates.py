"""Dates of events and periods of figures, by own regexes (dateparser is slow and
misreads figures as dates, see research note §3.3).

Event dates: explicit ("11 April 2024", "Aug. 27", "on November 28, 2021") or a
relative word ("today", "yesterday", "on Tuesday") resolved against the
publication date.  Never guessed: no year and no publication date -> None.

Figure periods: "in 2023", "January-July 2023", "first quarter of 2021",
"H1 of 2022", "eight months of 2022", "from 2005 to 2023", "since 2005",
"last year", "(2020 – ...)" ... each a Period with the span it covers.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
    "September": 9, "October": 10, "November": 11, "December": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "first": 1, "second": 2, "third": 3, "fourth": 4,
}


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


# ---------------------------------------------------------------- event dates
_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})(?:,?\s+(\d{{4}}))?(?![\w])")
# "from 26 to 28 February 2024": a stay of several days is dated by its first day
_DAY_RANGE_BEFORE = re.compile(r"\b(\d{1,2})\s*(?:[-–—]|to|and|until)\s*$")
_MDY = re.compile(rf"\b({_MONTH})\s*(\d{{1,2}})(?:st|nd|rd|th)?(?![\w:])(?:,?\s+(\d{{4}}))?")
_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_RELATIVE = re.compile(r"\b(today|yesterday|tomorrow|on\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
                       re.IGNORECASE)
# A date that says when something was *reported*, not when the contact happened.
_REPORTING = re.compile(r"\b(?:reported|reports|said|says|briefing|statement\s+released|according\s+to)\b[^.]{0,40}$",
                        re.IGNORECASE)
# A dateline: the sentence opens with [a place name and a comma,] the date and a dash.
_DATELINE_BEFORE = re.compile(r"(?:[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,2}\s*(?:\([^()]{0,30}\))?\s*,\s*)?")
_DASH_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?[-–—]")  # "ASTANA, March 4 (Kazinform) –"
_THAT_BEFORE = re.compile(r"\bthat\s+(?:on\s+)?$")
_FUTURE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|scheduled|planned|upcoming|next)\b", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


class DateHit(NamedTuple):
    start: int
    end: int
    date: dt.date


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_event_dates(text: str, start: int, end: int, published: dt.date | None) -> list[DateHit]:
    """Dates in text[start:end] that can date a contact; relative ones need `published`."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, d: dt.date | None) -> None:
        if d is None or any(s < te and ts < e for ts, te in taken):
            return
        if _REPORTING.search(text, max(start, s - 60), s) and not _THAT_BEFORE.search(text, max(start, s - 8), s):
            return  # ("reports that today the President received ...": the date of what is reported)
        if _DATELINE_BEFORE.fullmatch(text, start, s) and _DASH_AFTER.match(text, e):
            return  # "Astana, 18 November 2020 – ...": a dateline dates the release, not the event
        taken.append((s, e))
        hits.append(DateHit(s, e, d))

    # every explicit date has a digit; every relative one "day" (today, yesterday, Monday ...) or "tomorrow"
    has_digit = _DIGIT.search(text, start, end) is not None
    for m in (_NUMERIC.finditer(text, start, end) if has_digit else ()):
        add(m.start(), m.end(), _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for rx, day_group, month_group in (((_DMY, 1, 2), (_MDY, 2, 1)) if has_digit else ()):
        for m in rx.finditer(text, start, end):
            year = int(m.group(3)) if m.group(3) else (published.year if published else None)
            if year is None:
                continue
            if rx is _DMY and (rb := _DAY_RANGE_BEFORE.search(text, max(start, m.start() - 12), m.start())):
                add(rb.start(), m.end(), _safe_date(year, month_number(m.group(2)), int(rb.group(1))))
                continue  # "from 26 to 28 February": a stay of several days is dated by its first day
            add(m.start(), m.end(), _safe_date(year, month_number(m.group(month_group)), int(m.group(day_group))))
    low = text[start:end].lower() if published else ""
    if published and ("day" in low or "tomorrow" in low):
        for m in _RELATIVE.finditer(text, start, end):
            word = m.group(1).lower()
            if word == "today":
                d = published
            elif word == "yesterday":
                d = published - dt.timedelta(days=1)
            elif word == "tomorrow":
                d = published + dt.timedelta(days=1)
            else:
                target = _WEEKDAYS.index(m.group(2).lower())
                future = bool(_FUTURE.search(text, start, end))
                if future:
                    delta = (target - published.weekday()) % 7
                    d = published + dt.timedelta(days=delta)
                else:
                    delta = (published.weekday() - target) % 7
                    d = published - dt.timedelta(days=delta)
            add(m.start(), m.end(), d)
    hits.sort()
    return hits


def parse_iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# ---------------------------------------------------------------- figure periods
class Period(NamedTuple):
    start: int
    end: int
    year: int | None
    months: tuple[int, int] | None
    year_from: int | None  # for ranges "from 2005 to 2023" / "since 2005"
    year_to: int | None
    comparison: bool  # "compared to the same period of 2021": the base, not the figure's own period


_YEAR = r"(?:19|20)\d\d"
_YEAR_RX = re.compile(_YEAR)
_YEAR_WORD = rf"(?:{_YEAR}|this\s+year|last\s+year|the\s+last\s+year|the\s+previous\s+year|previous\s+year|the\s+current\s+year|current\s+year|past\s+year)"
_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PERIOD = re.compile(
    rf"(?P<range>(?:from|between)\s+(?P<rf>{_YEAR})\s+(?:to|and|till|until|through)\s+(?P<rt>{_YEAR})"
    rf"|(?P<rf2>{_YEAR})\s*[-–—]\s*(?P<rt2>{_YEAR})(?!\d)"
    rf"|since\s+(?P<since>{_YEAR}))"
    rf"|(?P<mrange>(?:from\s+)?(?P<m1>{_MONTH})\s*(?:[-–—]|to|through)\s*(?P<m2>{_MONTH})(?:\s+(?:of\s+|in\s+)?(?P<my>{_YEAR_WORD}))?)"
    rf"|(?P<quarter>(?:the\s+)?(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?(?:\s+(?P<qy>{_YEAR_WORD}))?)"
    rf"|(?P<half>(?:the\s+)?(?:(?P<hn>first|second)\s+half|H(?P<hd>[12]))(?:\s+of)?(?:\s+(?P<hy>{_YEAR_WORD}))?)"
    rf"|(?P<nmonths>(?:the\s+)?(?:first\s+)?(?P<n>{_COUNT})\s+months(?:\s+of|\s+since\s+the\s+beginning\s+of)?(?:\s+(?P<ny>{_YEAR_WORD}))?)"
    rf"|(?P<single>(?P<sy>{_YEAR_WORD}))",
    re.IGNORECASE,
)
# The same grammar for lowercased text (no IGNORECASE: twice as fast).  Group names are lowercase already.
# A leading look-ahead on the possible first characters lets most positions fail at once.
# The look-ahead lists the first two letters every alternative can start with (a digit; from, between,
# since; month names; the, first ... fourth, h1/h2; one ... twelve; this, last, previous, current, past).
_PERIOD_LOWER = re.compile(r"(?=\d|f[rieo]|b|s[ie]|j|ma|a[pu]|oc|n[oi]|d|t[hwe]|h[12]|on|ei|el|la|p[ra]|cu)(?:"
                           + _PERIOD.pattern.lower().replace("(?p<", "(?P<") + ")")
# Every period contains one of these (a year, "year", a month, "quarter", "half"/"H1", "months"), at most
# _ANCHOR_REACH characters after the period's start; the grammar is only tried near them.
# (every alternative starts with a literal, so the engine skips to their first letters at C speed)
_PERIOD_ANCHOR = re.compile(r"19\d\d|20\d\d|year|quarter|half|h[12]|months|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_ANCHOR_REACH = 32
_COMPARISON = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|over|against|from|versus|vs\.?|relative\s+to)\s+(?:in\s+|for\s+)?(?:the\s+)?(?:same\s+period\s+(?:of|in|last)\s+)?$"
    r"|same\s+period\s+(?:of\s+|in\s+)?$", re.IGNORECASE)
# (a look-ahead on the first letters of the alternatives lets most positions fail at once: same matches)
_COMPARISON = re.compile(r"(?=[ctoafvrs])(?:" + _COMPARISON.pattern + ")", _COMPARISON.flags)

_COMPARISON_KEYS = ("compared", "than", "over", "against", "from", "versus", "vs", "relative", "same")
# _COMPARISON for lowercased text, without IGNORECASE (faster; equivalent on text whose lowercase has the
# same length and holds none of "ı" and "ſ").
_COMPARISON_LOWER = re.compile(_COMPARISON.pattern)


def _resolve_year(word: str | None, published: dt.date | None) -> int | None:
    if not word:
        return None
    w = " ".join(word.lower().split())
    if _YEAR_RX.fullmatch(w):
        return int(w)
    if published is None:
        return None
    if "this" in w or "current" in w:
        return published.year
    return published.year - 1  # last / previous / past year


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _period_matches(text: str, start: int, end: int, low: str | None = None):
    """`_PERIOD.finditer(text, start, end)` as (match, offset) pairs, run on the lowercased sentence and
    only from a little before each anchor word (the grammar is long; most positions cannot start a period).
    `low`: text[start:end].lower(), when the caller has it already."""
    if low is None:
        low = text[start:end].lower()
    if len(low) != end - start:  # a character whose lowercase is longer: offsets would shift
        for m in _PERIOD.finditer(text, start, end):
            yield m, 0
        return
    anchors = [(a.start(), a.end()) for a in _PERIOD_ANCHOR.finditer(low)]
    pos, ai, n = 0, 0, len(anchors)
    while True:
        while ai < n and anchors[ai][1] <= pos:
            ai += 1
        if ai == n:
            return
        m = _PERIOD_LOWER.search(low, max(pos, anchors[ai][0] - _ANCHOR_REACH))
        if m is None:
            return
        yield m, start
        pos = m.end()


def find_periods(text: str, start: int, end: int, published: dt.date | None, low: str | None = None) -> list[Period]:
    """`low`: text[start:end].lower(), when the caller has it already."""
    out: list[Period] = []
    for m, offset in _period_matches(text, start, end, low):
        g = m.group
        year = months = year_from = year_to = None
        if g("range"):
            if g("since"):
                year_from = int(g("since"))
            else:
                year_from, year_to = int(g("rf") or g("rf2")), int(g("rt") or g("rt2"))
                if year_to < year_from:
                    continue
        elif g("mrange"):
            months = (month_number(g("m1")), month_number(g("m2")))
            year = _resolve_year(g("my"), published)
        elif g("quarter"):
            q = _count(re.sub(r"(st|nd|rd|th)$", "", g("qn")) if g("qn")[0].isdigit() else g("qn"))
            months = (1, 3 * q) if q == 1 else (3 * q - 2, 3 * q)
            # "the first quarter" is cumulative from January; later quarters are their own three months.
            year = _resolve_year(g("qy"), published)
        elif g("half"):
            h = 1 if (g("hn") or "").lower() == "first" or g("hd") == "1" else 2
            months = (1, 6) if h == 1 else (7, 12)
            year = _resolve_year(g("hy"), published)
        elif g("nmonths"):
            n = _count(g("n"))
            if not 1 <= n <= 12:
                continue
            months = (1, n)
            year = _resolve_year(g("ny"), published)
        else:
            year = _resolve_year(g("sy"), published)
        if months is not None and year is None and published is not None:
            # "January-October" with no year: the latest such period before publication
            year = published.year if months[1] <= published.month else published.year - 1
        m_start, m_end = m.start() + offset, m.end() + offset
        window = text[max(start, m_start - 45):m_start]
        low_window = window.lower()
        if any(map(low_window.__contains__, _COMPARISON_KEYS)):
            comparison = bool(_COMPARISON_LOWER.search(low_window)
                              if len(low_window) == len(window) and "ı" not in low_window and "ſ" not in low_window
                              else _COMPARISON.search(window))
        else:
            comparison = False
        out.append(Period(m_start, m_end, year, months, year_from, year_to, comparison))
    return out

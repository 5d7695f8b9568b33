"""Dates of events and periods of figures, over a sentence's tokens and its "time" lexicon layer.

Event dates: explicit ("11 April 2024", "Aug. 27", "November 28, 2021", "02.12.2025", "from 26
to 28 February" = its first day) or a relative word ("today", "yesterday", "on Tuesday") resolved
against the publication date.  Never guessed: no year and no publication date gives None.  A date
that opens the sentence as a dateline ("ASTANA, Kazakhstan, November 1.") or dates a report ("was
announced on Wednesday") dates no event.

Figure periods: "in 2023", "January-July 2023", "the first quarter of 2021", "Q1 2025", "H1 2022",
"eight months of 2022", "from 2005 to 2023", "since 2005", "last year"; a period right after a
comparison word ("compared to 2021", "than the same period of 2022") is the base of a comparison,
not the figure's own period.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .analysis import SentenceAnalysis
from .lang.base import safe_date
from .text import DASHES

_NUMERIC_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def year_of(token) -> int | None:
    if token.kind == "num" and len(token.text) == 4 and token.text.isdigit():
        y = int(token.text)
        if 1990 <= y <= 2039:
            return y
    return None


def _day(token) -> int | None:
    if token.kind == "num" and token.text.isdigit() and 1 <= int(token.text) <= 31 and len(token.text) <= 2:
        return int(token.text)
    return None


@dataclass(slots=True)
class DateHit:
    first: int
    last: int
    date: dt.date
    relative: bool = False


@dataclass(slots=True)
class Period:
    first: int  # token span
    last: int
    year: int | None
    months: tuple[int, int] | None
    year_from: int | None
    year_to: int | None
    comparison: bool  # the base of a comparison ("compared to 2021"), not the figure's own period
    relative: bool = False  # "last year" rather than a year written out


class _Time:
    """The time words of a sentence by token position."""

    def __init__(self, sa: SentenceAnalysis):
        self.sa = sa
        self.starts = {m.first for m in sa.layer("time")}

    def get(self, i: int, category: str):
        return self.sa.at("time", category, i)


# ---------------------------------------------------------------- event dates
def find_event_dates(sa: SentenceAnalysis) -> list[DateHit]:
    pack = sa.doc.pack
    if pack.event_dates is not None:
        return pack.event_dates(sa)
    return _event_dates(sa)


_DATE_WORDS = frozenset(("month", "relative_day", "weekday"))


def _event_dates(sa: SentenceAnalysis) -> list[DateHit]:
    toks = sa.tokens
    n = len(toks)
    pub = sa.doc.published
    tm = _Time(sa)
    hits: list[DateHit] = []
    # a date needs a month, a day word or a numeric date ("02.12.2025"): look only there
    candidates = sorted({m.first for m in sa.layer("time") if m.category in _DATE_WORDS} |
                        ({i for i, t in enumerate(toks) if t.kind == "num" and t.text.count(".") == 2}
                         if sa.has_number else set()))
    for i in candidates:
        t = toks[i]
        if t.kind == "num" and (m := _NUMERIC_DATE.fullmatch(t.text)):
            d = safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if d:
                hits.append(DateHit(i, i + 1, d))
            continue
        month = tm.get(i, "month")
        if month is not None:
            month_n = int(month.value)
            # day before the month: "11 April", "26 to 28 February", "22-23 October"
            day = _day(toks[i - 1]) if i >= 1 else None
            first = i - 1
            if day is not None and i >= 3 and (toks[i - 2].text in DASHES or toks[i - 2].key in sa.doc.pack.words.range_to) \
                    and _day(toks[i - 3]) is not None:
                day, first = _day(toks[i - 3]), i - 3
            after = month.last
            if day is None and after < n:
                day = _day(toks[after])  # "November 1", "Sept. 22"
                if day is not None:
                    first = i
                    after += 1
                    if after < n and toks[after].key in sa.doc.pack.words.ordinal_suffix and not toks[after].space_before:
                        after += 1
                    if after + 1 < n and (toks[after].text in DASHES or toks[after].key in sa.doc.pack.words.range_to) \
                            and _day(toks[after + 1]) is not None:
                        after += 2  # "October 22-23": the first day
            if day is None:
                continue
            year = None
            k = after
            if k < n and toks[k].text == ",":
                k += 1
            if k < n and year_of(toks[k]):
                year = year_of(toks[k])
                after = _skip(sa, k + 1, sa.doc.pack.words.year_suffix)  # "17 апреля 2019 года"
            if year is None:
                year = _year_of_range_end(sa, tm, after, month_n)
            if year is None:
                if pub is None:
                    continue
                year = pub.year
            d = safe_date(year, month_n, day)
            if d:
                hits.append(DateHit(first, after, d))
            continue
        if pub is None:
            continue
        rel = tm.get(i, "relative_day")
        if rel is not None:
            hits.append(DateHit(i, rel.last, pub + dt.timedelta(days=int(rel.value)), True))
            continue
        wd = tm.get(i, "weekday")
        if wd is not None:
            target = int(wd.value)
            if sa.has("cue", "planned"):
                d = pub + dt.timedelta(days=(target - pub.weekday()) % 7)
            else:
                d = pub - dt.timedelta(days=(pub.weekday() - target) % 7)
            hits.append(DateHit(i, wd.last, d, True))
    return [h for h in hits if not _dateline(sa, h) and not _reported(sa, h)]


def _year_of_range_end(sa: SentenceAnalysis, tm: _Time, after: int, month_n: int) -> int | None:
    """The year written once for a range across months: "August 31-September 1, 1997", "31 August – 1
    September 1997", «31 августа – 1 сентября 1997 года» (the first day's year; "December 30 – January 2,
    2020" began the year before)."""
    toks = sa.tokens
    if after >= len(toks) or not (toks[after].text in DASHES or toks[after].key in sa.doc.pack.words.range_to):
        return None
    end_month: int | None = None
    for j in range(after + 1, min(after + 6, len(toks))):
        month_at = tm.get(j, "month")
        if month_at is not None:
            end_month = int(month_at.value)
        elif (year := year_of(toks[j])) is not None:
            if end_month is None:
                return None  # "August 31 - 2016": no range of days
            return year - (1 if end_month < month_n else 0)
        elif _day(toks[j]) is None and toks[j].text != "," and not any(
                m.first < j < m.last for m in sa.layer("time") if m.category == "month"):
            return None
    return None


def _dateline(sa: SentenceAnalysis, h: DateHit) -> bool:
    """"ASTANA, Kazakhstan, November 1. ...", "Bern, 02.12.2025 — ...": the date of the release."""
    toks = sa.tokens
    if h.first > 6:
        return False
    for t in toks[:h.first]:
        if not (t.text in ",()" or (t.kind == "word" and t.text[0].isupper())):
            return False
    return h.last >= len(toks) or toks[h.last].text in ".–—-(:|" or (
        toks[h.last].kind == "word" and toks[h.last].text.isupper() and len(toks[h.last].text) > 1)


def _reported(sa: SentenceAnalysis, h: DateHit) -> bool:
    """"This was announced on Wednesday by the press service": the date of the report."""
    for m in sa.layer("time"):
        if m.category == "reporting" and h.first - 4 <= m.last <= h.first and \
                not any(t.key in sa.doc.pack.words.that for t in sa.tokens[m.last:h.first]):
            return True  # (but "reports that today X met Y" dates the meeting)
    return False


# ---------------------------------------------------------------- figure periods
def find_periods(sa: SentenceAnalysis) -> list[Period]:
    pack = sa.doc.pack
    if pack.periods is not None:
        return pack.periods(sa)
    return _periods(sa)


def _year_word(sa: SentenceAnalysis, tm: _Time, i: int) -> tuple[int | None, int, bool] | None:
    """A year at token i: written ("2023") or relative ("last year"): (year, next index, relative)."""
    toks = sa.tokens
    if i >= len(toks):
        return None
    y = year_of(toks[i])
    if y is not None:
        end = _skip(sa, i + 1, sa.doc.pack.words.year_suffix)  # "в 2023 году", "2023 г."
        return y, end, False
    m = tm.get(i, "year_word")
    if m is not None:
        year = sa.doc.year_spoken_from
        return (year + int(m.value) if year else None), m.last, True
    return None


def _periods(sa: SentenceAnalysis) -> list[Period]:
    toks = sa.tokens
    tm = _Time(sa)
    pub = sa.doc.published
    out: list[Period] = []
    # a period starts at a time word, a number, or "the" before a time word ("the first quarter")
    starts = tm.starts | ({i for i, t in enumerate(toks) if t.kind == "num"} if sa.has_number else set())
    w = sa.doc.pack.words
    starts |= {i - 1 for i in tm.starts if i >= 1 and toks[i - 1].key in w.definite}
    if not sa.keyset.isdisjoint(w.since) or not sa.keyset.isdisjoint(w.range_from):
        starts |= {i for i, t in enumerate(toks) if t.key in w.since or t.key in w.range_from}
    if not starts:
        return out
    end = -1
    for i in sorted(starts):
        if i < end:
            continue
        p = _period_at(sa, tm, i)
        if p is None:
            continue
        if p.months is not None and p.year is None and pub is not None and not p.relative:
            # "January-October" with no year: the latest such period before publication ("this May": the
            # publication's year, before or after it)
            this = p.first >= 1 and toks[p.first - 1].key in w.this
            p.year = pub.year if p.months[1] <= pub.month or this else pub.year - 1
        if p.months == (1, 12):
            p.months = None  # "January-December 2017", "12 months of 2017": the whole year, no part of it
        p.comparison = _after_comparison(sa, tm, p.first)
        out.append(p)
        end = p.last
    return out


def _skip(sa: SentenceAnalysis, i: int, words: frozenset[str]) -> int:
    while i < len(sa.tokens) and sa.tokens[i].key in words:
        i += 1
    return i


def _period_at(sa: SentenceAnalysis, tm: _Time, i: int) -> Period | None:
    toks = sa.tokens
    w = sa.doc.pack.words
    n = len(toks)
    # ranges of years: "from 2005 to 2023", "between 2005 and 2023", "2005-2023", "since 2005"
    start = i + 1 if toks[i].key in w.range_from else i
    y1 = year_of(toks[start]) if start < n else None
    # (the first year may carry its word: "с 2005 года по 2023 год")
    link = _skip(sa, start + 1, w.year_suffix) if y1 is not None and toks[i].key in w.range_from else start + 1
    if y1 is not None and link + 1 < n and (toks[link].text in DASHES or toks[link].key in w.range_to):
        y2 = year_of(toks[link + 1])
        if y2 is not None and y2 >= y1:
            return Period(i, _skip(sa, link + 2, w.year_suffix), None, None, y1, y2, False)
        if toks[link + 1].kind == "num" and len(toks[link + 1].text) == 2 and toks[link].text in DASHES and not (
                toks[link].space_before and link + 2 < n and toks[link + 2].kind == "word"):
            # ("2023-24", but not "in 2014 - 17 billion euros": a year, then an amount)
            return Period(i, link + 2, None, None, y1, y1 // 100 * 100 + int(toks[link + 1].text), False)
    # (a word that opens a range may say "since" alone: "с 2005 года" with no "по")
    if toks[i].key in w.since:
        j = _skip(sa, i + 1, w.definite)
        y = year_of(toks[j]) if j < n else None
        if y is not None:
            return Period(i, _skip(sa, j + 1, w.year_suffix), None, None, y, None, False)
    # months: "January-April 2022", "from January to July", "in November 2023"
    m1 = tm.get(start, "month")
    if m1 is not None:
        j = m1.last
        if j + 1 < n and (toks[j].text in DASHES or toks[j].key in w.range_to) and tm.get(j + 1, "month"):
            m2 = tm.get(j + 1, "month")
            k = _skip(sa, m2.last, w.period_link)
            yw = _year_word(sa, tm, k)
            year, end, rel = (yw if yw else (None, m2.last, False))
            return Period(i, end, year, (int(m1.value), int(m2.value)), None, None, False, rel)
        k = _skip(sa, j, w.of)
        yw = _year_word(sa, tm, k)
        if yw is not None:
            return Period(i, yw[1], yw[0], (int(m1.value), int(m1.value)), None, None, False, yw[2])
        if start >= 1 and _day(toks[start - 1]) is None and not (j < n and _day(toks[j])):
            # a month named without a day ("held in February"): a reference, dated by the release's year
            return Period(i, j, None, (int(m1.value), int(m1.value)), None, None, False, False)
        return None
    j = _skip(sa, i, w.definite)
    # quarters and halves: "the first quarter of 2021", "Q1 2025", "H1 of 2022"
    ordinal = tm.get(j, "ordinal")
    q = None
    if ordinal is not None and ordinal.last < n:
        quarter_word, half_word = tm.get(ordinal.last, "quarter_word"), tm.get(ordinal.last, "half_word")
        if quarter_word:
            q, k = ("q", int(ordinal.value)), quarter_word.last
        elif half_word:
            q, k = ("h", int(ordinal.value)), half_word.last  # ("the first half-year of 2017": three tokens)
    if q is None and tm.get(j, "quarter_n"):
        q, k = ("q", int(tm.get(j, "quarter_n").value)), tm.get(j, "quarter_n").last
    if q is None and tm.get(j, "half_n"):
        q, k = ("h", int(tm.get(j, "half_n").value)), tm.get(j, "half_n").last
    if q is not None:
        kind, num = q
        if kind == "q":
            months = (1, 3) if num == 1 else (3 * num - 2, 3 * num)
        else:
            months = (1, 6) if num == 1 else (7, 12)
        k = _skip(sa, k, w.period_link)
        yw = _year_word(sa, tm, k)
        year, end, rel = yw if yw else (None, k, False)
        return Period(i, end, year, months, None, None, False, rel)
    # "eight months of 2022", "the first 11 months", "9 months of last year"
    k = j
    if tm.get(k, "ordinal") is not None and int(tm.get(k, "ordinal").value) == 1:
        k = tm.get(k, "ordinal").last
    count = None
    if k < n and toks[k].kind == "num" and toks[k].text.isdigit():
        count, k2 = int(toks[k].text), k + 1
    elif tm.get(k, "number_word") is not None:
        count, k2 = int(tm.get(k, "number_word").value), tm.get(k, "number_word").last
    if count is not None and 1 <= count <= 12 and k2 < n and tm.get(k2, "months_word"):
        k3 = _skip(sa, tm.get(k2, "months_word").last, w.period_link)
        yw = _year_word(sa, tm, k3)
        year, end, rel = yw if yw else (None, tm.get(k2, "months_word").last, False)
        return Period(i, end, year, (1, count), None, None, False, rel)
    # a single year: "in 2023", "last year"
    yw = _year_word(sa, tm, i)
    if yw is not None:
        year, end, rel = yw
        return Period(i, end, year, None, None, None, False, rel)
    return None


def _after_comparison(sa: SentenceAnalysis, tm: _Time, first: int) -> bool:
    """The period follows a comparison word within a few tokens ("compared to the same period of")."""
    w = sa.doc.pack.words
    for m in sa.layer("time"):
        if m.category == "comparison" and first - 6 <= m.last <= first:
            if all(sa.tokens[k].key in w.comparison_filler or tm.get(k, "comparison") for k in range(m.last, first)):
                if m.entry.phrase in ("over", "from") and not any(t.key in w.same_period
                                                                   for t in sa.tokens[m.last:first + 2]):
                    # "over 2023" / "from 2005" are no comparison by themselves
                    continue
                return True
    return False

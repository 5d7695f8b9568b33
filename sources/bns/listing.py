"""Pure parser of the stat.gov.kz spreadsheet listing page.

The page lists each publication as a link `/api/iblock/element/{id}/file/ru/`
titled e.g. «Основные показатели внешней торговли … по странам (2023г.)» (the
final edition, July) or «… (январь-декабрь 2023г.)» (the preliminary one,
February), with a release date `dd.mm.yyyy` next to it. Partial-year titles
(«январь-март 2024г.») are not editions of the annual table.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime

_LINK = re.compile(
    r'<a\b[^>]*href="(?:https?://[^"/]+)?/api/iblock/element/(?P<id>\d+)/file/ru/?"[^>]*>(?P<title>.*?)</a>',
    re.S | re.I,
)
_TAG = re.compile(r"<[^>]+>")
_DATE = re.compile(r"\b(\d{2}\.\d{2}\.\d{4})\b")
_ANNUAL_TITLE = re.compile(
    r"\((?P<prelim>январь\s*[-–—]\s*декабрь\s*)?(?P<year>\d{4})\s*(?:г\.?|год[а]?)\s*\)", re.I
)


@dataclass(frozen=True)
class ListingEntry:
    element_id: int
    title: str
    released: date | None


@dataclass(frozen=True)
class AnnualEdition:
    year: int
    final: bool
    entry: ListingEntry


def parse_listing(page: str) -> list[ListingEntry]:
    """Every file link on the page, with the first release date after it (before the next link)."""
    links = list(_LINK.finditer(page))
    entries = []
    for i, link in enumerate(links):
        tail = page[link.end(): links[i + 1].start() if i + 1 < len(links) else len(page)]
        found = _DATE.search(tail)
        released = datetime.strptime(found.group(1), "%d.%m.%Y").date() if found else None
        title = " ".join(html.unescape(_TAG.sub(" ", link.group("title"))).split())
        entries.append(ListingEntry(element_id=int(link.group("id")), title=title, released=released))
    return entries


def annual_editions(entries: list[ListingEntry]) -> dict[int, AnnualEdition]:
    """{data year: edition to read}: the final one if listed, else the latest preliminary."""
    best: dict[int, AnnualEdition] = {}
    for entry in entries:
        m = _ANNUAL_TITLE.search(entry.title)
        if not m:
            continue
        candidate = AnnualEdition(year=int(m.group("year")), final=not m.group("prelim"), entry=entry)
        current = best.get(candidate.year)
        if current is None or _rank(candidate) > _rank(current):
            best[candidate.year] = candidate
    return best


def _rank(edition: AnnualEdition) -> tuple[bool, date]:
    return edition.final, edition.entry.released or date.min

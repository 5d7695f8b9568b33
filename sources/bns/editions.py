"""Where BNS editions come from: the recorded snapshot or stat.gov.kz.

`list_editions(mode)` says which annual editions exist, `load_edition(edition,
mode)` returns the workbook's bytes; `parse_workbook` reads both the same way.
Live calls go through the shared `sources.http` client (pass one to share its
rate limit and counts; otherwise one limited to stat.gov.kz is made). Modes
(sources/mode.py): `snapshot` reads `sources/bns/snapshot/`, `live` discovers
editions on the listing pages and downloads them, `record` does the same and
writes each download into the snapshot.
"""
from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable

from sources.bns.listing import annual_editions, parse_listing
from sources.http import BadResponse, HttpClient, HttpSettings, body_snippet
from sources.mode import SourceMode

SNAPSHOT_DIR = Path(__file__).parent / "snapshot"
SITE = "https://stat.gov.kz"
ALLOWED_HOSTS = frozenset({"stat.gov.kz"})
LISTING_PATH = "/ru/industries/economy/foreign-market/spreadsheets/?year={year}&name=19182&type=spreadsheets"
FILE_PATH = "/api/iblock/element/{element_id}/file/ru/"
FIRST_YEAR = 2019
_SNAPSHOT_NAME = re.compile(r"^bns_trade_by_country_(\d{4})\.xlsx?$")

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .xls
_ZIP_MAGIC = b"PK\x03\x04"  # .xlsx


@dataclass(frozen=True)
class Edition:
    year: int
    source_file: str  # snapshot file name, or the download URL
    url: str | None = None
    title: str | None = None
    released: date | None = None
    final: bool = True


def list_editions(
    mode: SourceMode | str = SourceMode.SNAPSHOT,
    *,
    http: HttpClient | None = None,
    years: Iterable[int] | None = None,
    site: str = SITE,
    snapshot_dir: Path = SNAPSHOT_DIR,
) -> list[Edition]:
    """Annual editions, oldest first. Live modes read one listing page per year."""
    if not _calls_the_site(mode):
        return _snapshot_editions(snapshot_dir)
    years = list(years) if years is not None else list(range(FIRST_YEAR, date.today().year + 1))
    entries = []
    with _client(http) as client:
        for year in years:
            page = _get_ok(client, site + LISTING_PATH.format(year=year), "text/html")
            entries.extend(parse_listing(page.decode("utf-8", "replace")))
    found = annual_editions(entries)
    if not found:
        raise LookupError(f"no annual BNS edition on the listing pages for {years} at {site}")
    editions = []
    for year, ed in sorted(found.items()):
        url = site + FILE_PATH.format(element_id=ed.entry.element_id)
        editions.append(Edition(year=year, source_file=url, url=url, title=ed.entry.title,
                                released=ed.entry.released, final=ed.final))
    return editions


def load_edition(
    edition: Edition,
    mode: SourceMode | str = SourceMode.SNAPSHOT,
    *,
    http: HttpClient | None = None,
    snapshot_dir: Path = SNAPSHOT_DIR,
) -> bytes:
    """The edition's workbook bytes; in record mode also written into the snapshot."""
    if not _calls_the_site(mode):
        return (snapshot_dir / edition.source_file).read_bytes()
    if edition.url is None:
        raise ValueError(f"edition {edition.year} comes from the snapshot and has no URL to download")
    with _client(http) as client:
        content = _get_ok(client, edition.url, "application/vnd.ms-excel, */*")
    if not content.startswith((_OLE2_MAGIC, _ZIP_MAGIC)):
        # stat.gov.kz answers an unknown element with an HTML page and status 200.
        raise BadResponse(f"{edition.url} did not return a workbook: {body_snippet(content)!r}")
    if SourceMode.parse(mode) is SourceMode.RECORD:
        suffix = ".xlsx" if content.startswith(_ZIP_MAGIC) else ".xls"
        snapshot_dir.mkdir(parents=True, exist_ok=True)
        (snapshot_dir / f"bns_trade_by_country_{edition.year}{suffix}").write_bytes(content)
    return content


def _calls_the_site(mode: SourceMode | str) -> bool:
    mode = SourceMode.parse(mode)
    if mode is SourceMode.OFF:
        raise ValueError("BNS is switched off: there is nothing to read")
    return mode.calls_the_source


def make_http_client(settings: HttpSettings | None = None) -> HttpClient:
    """The shared client restricted to stat.gov.kz (tests pass their own settings)."""
    return HttpClient(settings or HttpSettings(allowed_hosts=ALLOWED_HOSTS))


def _client(http: HttpClient | None) -> contextlib.AbstractContextManager[HttpClient]:
    """The caller's client (left open) or a fresh one closed after use."""
    return contextlib.nullcontext(http) if http is not None else make_http_client()


def _get_ok(http: HttpClient, url: str, accept: str) -> bytes:
    response = http.request("GET", url, headers={"Accept": accept})
    if response.status != 200:
        raise BadResponse(f"GET {url} answered HTTP {response.status}: {body_snippet(response.content)!r}")
    return response.content


def _snapshot_editions(snapshot_dir: Path) -> list[Edition]:
    editions = []
    for path in sorted(snapshot_dir.iterdir()):
        m = _SNAPSHOT_NAME.match(path.name)
        if m:
            editions.append(Edition(year=int(m.group(1)), source_file=path.name))
    if not editions:
        raise FileNotFoundError(f"no BNS workbook in {snapshot_dir}")
    return sorted(editions, key=lambda e: e.year)

"""Comext rows from the recorded snapshot or the Comext SDMX 2.1 API.

DS-045409 is served only under /api/comext/ (not the general Eurostat
dissemination API). Key: FREQ.REPORTER.PARTNER.PRODUCT.FLOW.INDICATORS, e.g.
`M.PT.KZ.TOTAL.1+2.VALUE_IN_EUROS` (flow 1 imports, 2 exports).

Modes: `snapshot` parses `snapshot/comext_sdmx.csv` if a recording exists,
else the embedded "Relational View" export (EU exports to Kazakhstan, monthly,
Jan 2019 - Aug 2024); `live` asks the API; `record` asks the API and writes the
answer to `snapshot/comext_sdmx.csv`.
"""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterable

from sources.comext.parser import ComextFormatError, parse_relational_csv, parse_sdmx_csv
from sources.comext.reporters import COUNTRY_CODES, EU27_CODES
from sources.http import BadResponse, HttpClient, HttpSettings, body_snippet
from sources.mode import SourceMode

BASE_URL = "https://ec.europa.eu/eurostat/api/comext/dissemination/sdmx/2.1/data/DS-045409"
ALLOWED_HOSTS = frozenset({"ec.europa.eu"})
SNAPSHOT_DIR = Path(__file__).parent / "snapshot"
RELATIONAL_SNAPSHOT = "comext_eu_exports_to_kz_monthly.csv"
SDMX_SNAPSHOT = "comext_sdmx.csv"
FLOWS = {"imports": "1", "exports": "2"}


def build_url(
    reporters: Iterable[str],
    *,
    partner: str = "KZ",
    flows: Iterable[str] = ("imports", "exports"),
    start_period: str | None = None,
    base_url: str = BASE_URL,
) -> str:
    """The DS-045409 query for monthly total-goods values of `reporters` (ISO2 or Comext codes)."""
    codes = [r.strip().upper() for r in reporters]
    unknown = [c for c in codes if c not in COUNTRY_CODES and c not in ("EU27_2020", "EA20", "EU", "EA")]
    if not codes or unknown:
        raise ValueError(f"not Comext reporters: {unknown or 'none given'} (Greece is GR, the UK is GB)")
    key = f"M.{'+'.join(codes)}.{partner.upper()}.TOTAL.{'+'.join(FLOWS[f] for f in flows)}.VALUE_IN_EUROS"
    query = "format=SDMX-CSV" + (f"&startPeriod={start_period}" if start_period else "")
    return f"{base_url}/{key}?{query}"


def load_comext(
    mode: SourceMode | str = SourceMode.SNAPSHOT,
    *,
    reporters: Iterable[str] = EU27_CODES,
    start_period: str | None = "2019-01",
    http: HttpClient | None = None,
    base_url: str = BASE_URL,
    snapshot_dir: Path = SNAPSHOT_DIR,
) -> list[dict]:
    """Comext rows (contract shape). Live answers without any observation are an error."""
    mode = SourceMode.parse(mode)
    if mode is SourceMode.OFF:
        raise ValueError("Comext is switched off: there is nothing to read")
    if mode is SourceMode.SNAPSHOT:
        recorded = snapshot_dir / SDMX_SNAPSHOT
        if recorded.exists():
            return parse_sdmx_csv(recorded.read_bytes())
        return parse_relational_csv((snapshot_dir / RELATIONAL_SNAPSHOT).read_bytes())
    url = build_url(reporters, start_period=start_period, base_url=base_url)
    with contextlib.nullcontext(http) if http is not None else make_http_client() as client:
        response = client.request("GET", url, headers={"Accept": "text/csv"})
    if response.status != 200:
        raise BadResponse(f"GET {url} answered HTTP {response.status}: {body_snippet(response.content)!r}")
    rows = parse_sdmx_csv(response.content)
    if not rows:
        raise ComextFormatError(f"{url} answered with no observations")
    if mode is SourceMode.RECORD:
        snapshot_dir.mkdir(parents=True, exist_ok=True)
        (snapshot_dir / SDMX_SNAPSHOT).write_bytes(response.content)
    return rows


def make_http_client(settings: HttpSettings | None = None) -> HttpClient:
    """The shared client restricted to ec.europa.eu (tests pass their own settings)."""
    return HttpClient(settings or HttpSettings(allowed_hosts=ALLOWED_HOSTS))

"""Live client of IMF IMTS (SDMX 2.1 data endpoint, SDMX-CSV 1.0 answers).

Not part of the embedded snapshot: IMTS is a comparison source, fetched live.
The 2.1 endpoint ignores JSON content negotiation but honours the SDMX-CSV
Accept header below; without it the answer is SDMX-ML.
"""
from __future__ import annotations

import contextlib
from typing import Iterable

from sources.http import BadResponse, HttpClient, HttpSettings, body_snippet
from sources.imf.key import WORLD, build_key
from sources.imf.parser import ImfNoSeriesError, parse_imts_csv

BASE_URL = "https://api.imf.org/external/sdmx/2.1/data/IMF.STA,IMTS,1.0.0"
ALLOWED_HOSTS = frozenset({"api.imf.org"})
ACCEPT_CSV = "application/vnd.sdmx.data+csv;version=1.0.0"
# Kazakhstan's partners of interest to diplomart, plus the World total.
DEFAULT_COUNTERPARTS = ("PRT", "TUR", "RUS", "CHN", "DEU", "ITA", "MNG", "UZB", "KGZ", "BLR", WORLD)


def build_url(key: str, *, start_period: int | None = 2015, base_url: str = BASE_URL) -> str:
    return f"{base_url}/{key}" + (f"?startPeriod={start_period}" if start_period else "")


def fetch_imts(
    *,
    country: str = "KAZ",
    counterparts: Iterable[str] = DEFAULT_COUNTERPARTS,
    indicators: Iterable[str] = ("XG_FOB_USD", "MG_CIF_USD"),
    frequency: str = "A",
    start_period: int | None = 2015,
    http: HttpClient | None = None,
    base_url: str = BASE_URL,
) -> list[dict]:
    """IMTS rows for one reporter; an answer without series raises ImfNoSeriesError."""
    key = build_key(country=country, indicators=indicators, counterparts=counterparts, frequency=frequency)
    url = build_url(key, start_period=start_period, base_url=base_url)
    with contextlib.nullcontext(http) if http is not None else make_http_client() as client:
        response = client.request("GET", url, headers={"Accept": ACCEPT_CSV})
    if response.status == 403:
        # Akamai in front of api.imf.org refuses some networks outright.
        raise BadResponse(f"IMF IMTS refused {url} (HTTP 403, probably Akamai; try another network)")
    if response.status == 404:
        # SDMX REST answers "NoResultsFound" with 404 where IMTS itself answers 200 and no series.
        raise ImfNoSeriesError(f"IMTS has no series for {url}: {body_snippet(response.content)!r}")
    if response.status != 200:
        raise BadResponse(f"GET {url} answered HTTP {response.status}: {body_snippet(response.content)!r}")
    return parse_imts_csv(response.content)


def make_http_client(settings: HttpSettings | None = None) -> HttpClient:
    """The shared client restricted to api.imf.org (tests pass their own settings)."""
    return HttpClient(settings or HttpSettings(allowed_hosts=ALLOWED_HOSTS))

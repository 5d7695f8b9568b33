"""Benchmark the gov.kz connector against the local fake gov.kz (tests/sources/govkz_server.py).

    .venv/bin/python bench/bench_govkz.py [--items 1000]

The rate limit is disabled (requests_per_second=None): this measures our own overhead over
real sockets, not politeness. At the default 1 request/s a live run takes about
`requests` seconds, which is also printed.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "sources")]

from govkz_server import FakeGovKz  # noqa: E402
from sources.govkz import GovKzSettings, fetch_releases  # noqa: E402
from sources.http import HttpSettings  # noqa: E402


def bench_item(n: int, created: datetime) -> dict:
    paragraph = f"<p>Round {n}: the delegations reviewed trade, transit and energy cooperation in detail.</p>"
    return {
        "id": 100000 + n,
        "project": "mfa",
        "created_date": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "updated_date": None,
        "translations": {
            "en": {"title": f"Consultations, round {n}", "body": paragraph * 6},
            "ru": {"title": f"Консультации, раунд {n}", "body": paragraph * 6},
        },
    }


def timed(label: str, settings: GovKzSettings, **kwargs):
    started = time.perf_counter()
    result = fetch_releases(settings, mode="live", **kwargs)
    wall = time.perf_counter() - started
    s = result.stats
    print(f"{label:<38} releases={s['releases']:>5} requests={s['requests']:>5} pages={s['pages']:>4} "
          f"details={s['details_fetched']:>5} wall={wall:6.2f}s  (at 1 req/s: ~{s['requests']} s)")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=1000, help="items, each in English and Russian")
    args = parser.parse_args()

    fake = FakeGovKz()
    newest = datetime(2025, 6, 1, 12, tzinfo=timezone.utc)
    for n in range(args.items):
        fake.add(bench_item(n, newest - timedelta(hours=3 * n)))
    fake.start()
    try:
        http = HttpSettings(allowed_hosts=frozenset({"127.0.0.1"}), allowed_schemes=frozenset({"http"}),
                            requests_per_second=None)
        settings = GovKzSettings(base_url=fake.base_url, http=http)
        print(f"{args.items} items x (en, ru), page size {settings.page_size}, rate limit off")
        full = timed("full fetch (bodies from list pages)", settings)
        timed("full fetch, every detail re-read", replace(settings, always_fetch_detail=True))
        timed("incremental, nothing new", settings, since=full.max_created_at)
    finally:
        fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

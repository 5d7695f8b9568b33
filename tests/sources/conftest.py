"""Shared fixtures for source tests: a fake gov.kz on a real socket, and a fake clock so
rate limits and backoff are exercised without waiting."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from govkz_server import FakeGovKz
from sources.govkz import GovKzSettings
from sources.http import HttpClient, HttpSettings

AUTHORED_FIXTURES = Path(__file__).parent / "fixtures" / "govkz_authored"


class FakeClock:
    """time.monotonic + time.sleep stand-in: sleeping advances time instantly and is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def load_fixture_items() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(AUTHORED_FIXTURES.glob("*.json"))]


def local_http_settings(**overrides) -> HttpSettings:
    values = dict(
        allowed_hosts=frozenset({"127.0.0.1"}),
        allowed_schemes=frozenset({"http"}),
        connect_timeout_s=2.0,
        read_timeout_s=0.3,
        max_retries=3,
        max_response_bytes=256 * 1024,
    )
    return HttpSettings(**{**values, **overrides})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake_govkz():
    fake = FakeGovKz()
    for item in load_fixture_items():
        fake.add(copy.deepcopy(item))
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def govkz_settings(fake_govkz, tmp_path) -> GovKzSettings:
    return GovKzSettings(base_url=fake_govkz.base_url, snapshot_dir=tmp_path / "recorded", http=local_http_settings())


@pytest.fixture
def make_http(clock):
    """HttpClient factory on the fake clock (jitter fixed at 0.5 so backoff is predictable)."""
    clients: list[HttpClient] = []

    def make(settings: HttpSettings | None = None) -> HttpClient:
        client = HttpClient(settings or local_http_settings(), clock=clock, sleep=clock.sleep, jitter=lambda: 0.5)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()

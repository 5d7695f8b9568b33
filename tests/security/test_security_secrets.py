"""Secrets never reach logs, error messages or Dagster's event log / asset metadata.

No source needs an API key today, so the generic mechanism is tested with a fake secret:
`redact_url` (query parameters named like a credential, and user:password@ in the URL),
the shared HTTP client's log lines and exceptions (credential headers are never logged),
gov.kz's session-ticket headers, and a real Dagster run whose gov.kz base URL comes from the
environment with a credential in it.
"""
from __future__ import annotations

import logging
import sys
from datetime import datetime, timezone
from pathlib import Path

import dagster as dg
import pytest

from orchestration.definitions import build_definitions
from orchestration.partitions import full_history_tags
from orchestration.settings import load_settings
from sources.govkz import fetch_releases
from sources.http import BadResponse, HostNotAllowed, HttpClient, HttpSettings, ResponseTooLarge, RetriesExhausted, redact_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources"))
from govkz_server import NEWS_PATH, V2_CHALLENGE, FakeGovKz  # noqa: E402

SECRET = "s3cr3t-0f-the-test-9f2c"


def logged_text(records) -> str:
    """What diplomart and Dagster log. urllib3's own DEBUG line ("GET /path?query HTTP/1.1") is
    left out: it is off unless someone sets the root logger to DEBUG, which nothing in the
    project does (dagster.yaml has no python_logs); see docs/reliability.md."""
    return "\n".join(r.getMessage() for r in records if not r.name.startswith("urllib3"))


@pytest.fixture
def site():
    fake = FakeGovKz()
    fake.add({"id": 900001, "project": "mfa", "created_date": "2024-03-07T09:30:00Z", "updated_date": None,
              "translations": {"en": {"title": "Consultations", "body": "<p>Consultations were held.</p>"}}})
    fake.start()
    yield fake
    fake.stop()


@pytest.mark.parametrize("url", [
    f"https://api.example.org/data?key={SECRET}&format=csv",
    f"https://api.example.org/data?api_key={SECRET}",
    f"https://api.example.org/data?subscription-key={SECRET}",
    f"https://api.example.org/data?Access_Token={SECRET}",
    f"https://api.example.org/data?client_secret={SECRET}",
    f"https://api.example.org/data?apiKey={SECRET}",
    f"https://api.example.org/data?x-auth-token={SECRET}",
    f"https://api.example.org/data?password={SECRET}",
    f"https://diplomart:{SECRET}@mirror.example.org/api/v1/news?page=1",
    f"https://diplomart:{SECRET}@mirror.example.org/api/v1/news",
])
def test_redact_url_masks_every_credential(url):
    redacted = redact_url(url)
    assert SECRET not in redacted
    assert "example.org" in redacted  # still says where the request went


def test_redact_url_leaves_ordinary_urls_alone():
    url = "https://www.gov.kz/api/v1/public/content-manager/news?projects=eq:mfa&page=1&size=20&sort-by=created_date:DESC"
    assert redact_url(url) == url


def local_client(**overrides) -> HttpClient:
    values = dict(allowed_hosts=frozenset({"127.0.0.1"}), allowed_schemes=frozenset({"http"}), max_retries=1,
                  backoff_base_s=0.01, requests_per_second=None, read_timeout_s=5.0, max_response_bytes=64 * 1024)
    return HttpClient(HttpSettings(**{**values, **overrides}))


def test_the_http_client_never_logs_or_raises_a_credential(site, caplog):
    caplog.set_level(logging.DEBUG)
    secret_headers = {"Authorization": f"Bearer {SECRET}", "X-Api-Key": SECRET, "token": SECRET, "Cookie": f"session={SECRET}"}
    messages = []
    base = site.base_url
    with local_client() as http:
        site.inject("/echo", "status", times=1, status=503, headers={"Retry-After": "0"})
        http.request("GET", f"{base}/echo", params={"api_key": SECRET}, headers=secret_headers)  # retried, logged
        site.inject("/echo", "status", times=2, status=503, headers={"Retry-After": "0"})
        with pytest.raises(RetriesExhausted) as exhausted:
            http.request("GET", f"{base}/echo?token={SECRET}", headers=secret_headers)
        messages.append(str(exhausted.value))
        with pytest.raises(HostNotAllowed) as refused:
            http.request("GET", f"http://elsewhere.example/?key={SECRET}", headers=secret_headers)
        messages.append(str(refused.value))
        site.inject("/echo", "html", times=1)
        with pytest.raises(BadResponse) as garbage:
            http.request("GET", f"{base}/echo?apikey={SECRET}", headers=secret_headers).json()
        messages.append(str(garbage.value))
        site.inject("/echo", "big", times=1, size=1024 * 1024, declare_length=True)
        with pytest.raises(ResponseTooLarge) as too_large:
            http.request("GET", f"{base}/echo?password={SECRET}", headers=secret_headers)
        messages.append(str(too_large.value))
    userinfo_base = base.replace("http://", f"http://diplomart:{SECRET}@")
    with local_client(max_retries=0) as http:
        site.inject("/echo", "status", times=1, status=503, headers={"Retry-After": "0"})
        with pytest.raises(RetriesExhausted) as exhausted:
            http.request("GET", f"{userinfo_base}/echo")
        messages.append(str(exhausted.value))

    assert any("retrying" in r.getMessage() for r in caplog.records), "the retry was not logged at all"
    assert any(r.headers.get("X-Api-Key") == SECRET for r in site.requests_to("/echo")), "headers were not sent"
    logged = logged_text(caplog.records)
    assert SECRET not in logged
    for message in messages:
        assert SECRET not in message, message


def test_govkz_session_tickets_never_reach_the_logs(site, caplog):
    caplog.set_level(logging.DEBUG)
    site.ticket_ttl = 1  # a new ticket for every request
    settings = load_settings({"DIPLOMART_GOVKZ_BASE_URL": site.base_url, "DIPLOMART_GOVKZ_REQUESTS_PER_SECOND": "0"}).govkz
    result = fetch_releases(settings, mode="live", projects=("mfa",), langs=("en",))
    assert len(result.releases) == 1
    tickets = {r.headers["token"] for r in site.requests_to(NEWS_PATH) if r.headers.get("token")}
    assert len(tickets) >= 2
    logged = logged_text(caplog.records)
    assert not [t for t in tickets if t in logged]


def test_a_credential_in_the_environment_stays_out_of_dagster_logs_and_metadata(site, tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("DIPLOMART_GOVKZ_BASE_URL", site.base_url.replace("http://", f"http://diplomart:{SECRET}@"))
    monkeypatch.setenv("DIPLOMART_GOVKZ_REQUESTS_PER_SECOND", "0")
    monkeypatch.setenv("DIPLOMART_WAREHOUSE", str(tmp_path / "warehouse.duckdb"))
    monkeypatch.setenv("DIPLOMART_SOURCE_MODE", "live")
    job = build_definitions().resolve_job_def("nightly_refresh")
    instance = dg.DagsterInstance.ephemeral()

    def run():
        return job.execute_in_process(
            instance=instance, raise_on_error=False, asset_selection=[dg.AssetKey(["raw", "press_release_versions"])],
            tags=full_history_tags(datetime.now(timezone.utc)))

    site.inject(V2_CHALLENGE, "status", times=1, status=503, headers={"Retry-After": "0"})
    succeeded = run()  # a retry (logged with its URL), then a materialization with metadata
    site.inject(NEWS_PATH, "status", times=1, status=404)
    failed = run()  # a step failure whose message names the URL

    assert succeeded.success and not failed.success
    assert any(r.headers.get("Authorization", "").startswith("Basic ") for r in site.requests_to(NEWS_PATH))
    seen = [logged_text(caplog.records)]
    for result in (succeeded, failed):
        for entry in instance.all_logs(result.run_id):
            seen.append(repr(entry))
    error = next(e for e in failed.all_events if e.is_step_failure).event_specific_data.error
    failure = error.to_string()
    assert "HTTP 404" in failure
    leaks = [text[max(0, text.find(SECRET) - 200):text.find(SECRET) + 50] for text in seen + [failure] if SECRET in text]
    assert not leaks, "\n---\n".join(leaks)

"""Source faults and failed validations in the middle of a real run.

gov.kz is played by tests/sources/govkz_server.py (real sockets on 127.0.0.1) in live mode,
reached through DIPLOMART_GOVKZ_BASE_URL; stat.gov.kz and Eurostat are not reachable from CI,
so these runs cover the release path of the nightly job (ingest, extract, dbt, publish) on a
copy of a finished warehouse. Each fault is either survived (retries), quarantined
(raw.rejected_records) or ends the run with a clear message - and a failed run never
touches the serving file.
"""
from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime, timezone

import duckdb
import pytest

import reliability_support as support
from orchestration.settings import PROJECT_ROOT, load_settings
from sources.govkz import fetch_releases
from sources.http import HttpClient

sys.path.insert(0, str(PROJECT_ROOT / "tests" / "sources"))
from govkz_server import NEWS_PATH, V2_CHALLENGE, FakeGovKz  # noqa: E402  (the gov.kz stand-in of the connector tests)

pytestmark = pytest.mark.reliability

PUBLISH = "serving/published_marts"


@pytest.fixture
def live(baseline, tmp_path, monkeypatch):
    """A finished warehouse + serving file, and a local gov.kz serving the same releases."""
    fake = FakeGovKz()
    for item in support.authored_items():
        fake.add(item)
    fake.start()
    monkeypatch.setenv("DIPLOMART_GOVKZ_BASE_URL", fake.base_url)
    monkeypatch.setenv("DIPLOMART_GOVKZ_REQUESTS_PER_SECOND", "0")
    settings = baseline.copy_to(tmp_path / "state", mode="live")
    yield fake, settings
    fake.stop()


def injected(fake: FakeGovKz, planned: dict[int, int]) -> int:
    """How many of the planned faults fired (the fake decrements each fault's `times`)."""
    return sum(times - fake._faults[index].times for index, times in planned.items())


def inject(fake: FakeGovKz, path: str, kind: str, times: int, **options) -> dict[int, int]:
    fake.inject(path, kind, times=times, **options)
    return {len(fake._faults) - 1: times}


# The marts built from releases: none may be materialized by a run whose release path failed.
# (dim_press_release is built from the versions alone; a failed dbt test on release facts may
# confirm it as unchanged, which is right.)
RELEASE_MARTS = ("marts/fct_diplomatic_event", "marts/fct_trade_reported", "marts/fct_agreement",
                 "marts/fct_investment_reported", "marts/bridge_event_participant",
                 "marts/mart_bilateral_scorecard", "marts/mart_trade_reconciliation", "marts/mart_agreements_by_year")


def assert_failed_cleanly(outcome, settings, baseline, serving_before, *, message: str) -> str:
    assert not outcome.success
    failures = " | ".join(outcome.failures)
    assert message in failures, failures
    assert PUBLISH not in outcome.materialized
    assert not set(RELEASE_MARTS) & outcome.materialized, outcome.materialized
    assert support.file_state(settings.serving) == serving_before
    return failures


def test_transient_faults_are_retried_and_the_run_lands_every_release_once(live, baseline):
    fake, settings = live
    fake.ticket_ttl = 4  # the session ticket expires mid-run, again and again
    planned = {}
    planned |= inject(fake, V2_CHALLENGE, "status", 1, status=503, headers={"Retry-After": "0"})
    planned |= inject(fake, NEWS_PATH, "truncate", 1)  # connection drops mid-body
    planned |= inject(fake, NEWS_PATH, "status", 1, status=429, headers={"Retry-After": "0"})
    planned |= inject(fake, NEWS_PATH, "status", 1, status=500, headers={"Retry-After": "0"})
    planned |= inject(fake, NEWS_PATH, "status", 1, status=502, headers={"Retry-After": "0"})

    outcome = support.release_path_refresh(settings, through_marts=False)

    assert outcome.success, outcome.failures
    fired = injected(fake, planned)
    assert fired == 5
    rechallenges = len(fake.requests_to(V2_CHALLENGE)) - 2  # first ticket + the 503's retry
    assert rechallenges >= 2
    landed = outcome.metadata("raw/press_release_versions")
    assert landed["rejected"] == 0 and landed["new_releases"] == 0 and landed["edited_releases"] == 0
    # Same releases, same content hashes: nothing added, nothing lost.
    assert support.raw_fingerprints(settings.warehouse) == baseline.raw
    support.record("gov.kz transient faults (live)",
                   "503 on the challenge, truncated body, 429, 500, 502 (each once) + expired session tickets",
                   fired + rechallenges, "retried / re-challenged; run succeeded",
                   f"all {baseline.raw['press_release_versions'][0]} versions, none duplicated")


def test_a_source_that_keeps_failing_ends_the_run_and_leaves_the_marts(live, baseline):
    fake, settings = live
    serving_before = support.file_state(settings.serving)
    planned = inject(fake, NEWS_PATH, "status", 100, status=503, headers={"Retry-After": "0"})

    outcome = support.release_path_refresh(settings)

    failures = assert_failed_cleanly(outcome, settings, baseline, serving_before, message="failed 5 times; last: HTTP 503")
    assert "raw__press_release_versions" in failures
    assert support.raw_fingerprints(settings.warehouse) == baseline.raw
    support.record("gov.kz down (live)", "HTTP 503 on every list request", injected(fake, planned),
                   "run failed: `RetriesExhausted ... failed 5 times; last: HTTP 503`",
                   "serving file untouched; raw tables unchanged")


@pytest.mark.parametrize("kind, message", [
    ("html", "got: '<!DOCTYPE html>"),
    ("invalid_json", "expected JSON from"),
])
def test_garbage_instead_of_json_ends_the_run_clearly(live, baseline, kind, message):
    fake, settings = live
    serving_before = support.file_state(settings.serving)
    planned = inject(fake, NEWS_PATH, kind, 1)

    outcome = support.release_path_refresh(settings)

    assert_failed_cleanly(outcome, settings, baseline, serving_before, message=message)
    assert support.raw_fingerprints(settings.warehouse) == baseline.raw
    support.record(f"gov.kz garbage (live): {kind}",
                   "an HTML maintenance page with status 200" if kind == "html" else "cut-off JSON with status 200",
                   injected(fake, planned), "run failed with `BadResponse: expected JSON ...`",
                   "serving file untouched; raw tables unchanged")


def test_a_malformed_release_is_quarantined_and_the_run_goes_on(live, baseline):
    fake, settings = live
    fake.add({"id": 990101, "project": "mfa", "created_date": "2024-05-02T08:00:00Z", "updated_date": "last Tuesday",
              "translations": {"en": {"title": "Briefing", "body": "<p>A briefing was held.</p>"}}})
    fake.add({"id": 990102, "project": "mfa", "created_date": "2024-05-03T08:00:00Z", "updated_date": None,
              "translations": {"en": {"title": "Consultations", "body": "<p>Consultations were held.</p>"}}})

    outcome = support.release_path_refresh(settings, through_marts=False)

    # One bad release is not a systemic failure: the blocking check passes (see test_reliability_sources.py).
    assert outcome.success, outcome.failures
    rejects = support.query(settings.warehouse, "select record_key, reason from raw.rejected_records where source = 'govkz'")
    assert rejects == [("mfa/990101/en", "unparseable updated_date: 'last Tuesday'")]
    # The good release of the same run is kept, once.
    assert support.query(settings.warehouse, "select count(*) from raw.press_release_versions where item_id = '990102'") == [(1,)]
    support.record("gov.kz malformed release (live)", "a release with an unparseable updated_date", 1,
                   "quarantined in raw.rejected_records; the run goes on", "the good releases of the run (landed)")


def test_a_read_timeout_is_retried(tmp_path):
    """Connector level: the pipeline's gov.kz client has a 30 s read timeout and no setting to
    shorten it, so a pipeline-level timeout test would cost minutes (see docs/reliability.md)."""
    fake = FakeGovKz()
    for item in support.authored_items()[:5]:
        fake.add(item)
    fake.start()
    try:
        settings = load_settings({"DIPLOMART_GOVKZ_BASE_URL": fake.base_url, "DIPLOMART_GOVKZ_REQUESTS_PER_SECOND": "0"}).govkz
        settings = replace(settings, http=replace(settings.http, read_timeout_s=0.3, backoff_base_s=0.01))
        planned = inject(fake, NEWS_PATH, "delay", 2, seconds=1.0)
        with HttpClient(settings.http) as http:
            result = fetch_releases(settings, mode="live", projects=("mfa",), langs=("en",), http_client=http)
        assert injected(fake, planned) == 2
        assert result.stats["retries"] >= 2 and not result.rejects
        assert len(result.releases) == sum(1 for i in support.authored_items()[:5] if i["project"] == "mfa" and "en" in i["translations"])
    finally:
        fake.stop()
    support.record("gov.kz read timeout (connector)", "list request stalled past the 0.3 s read timeout", 2,
                   "retried; fetch complete", "every release of the fetch")


def test_a_release_failing_the_pandera_schema_is_quarantined_with_its_reason(baseline, tmp_path, monkeypatch):
    settings = baseline.copy_to(tmp_path / "state")
    blank_title = {"id": 990201, "project": "mfa", "created_date": "2024-05-06T08:00:00Z", "updated_date": None,
                   "translations": {"en": {"title": "   ", "body": "<p>Consultations were held in Astana.</p>"}}}
    snapshot = support.pack_snapshot(tmp_path / "snapshot", support.with_items(blank_title))
    monkeypatch.setenv("DIPLOMART_GOVKZ_SNAPSHOT_DIR", str(snapshot))

    outcome = support.release_path_refresh(settings, through_marts=False)

    assert outcome.success, outcome.failures
    reasons = support.query(settings.warehouse, "select record_key, reason from raw.rejected_records where source = 'govkz'")
    assert len(reasons) == 1 and reasons[0][0] == "mfa/990201/en" and reasons[0][1].startswith("schema: title")
    assert support.raw_fingerprints(settings.warehouse)["press_release_versions"] == baseline.raw["press_release_versions"]
    support.record("Pandera validation", "a release with a blank title (fails PressReleaseVersion)", 1,
                   "quarantined with the Pandera reason; the run goes on", "every other release")


def test_a_failing_dbt_test_stops_the_downstream_marts_and_the_publish(baseline, tmp_path):
    settings = baseline.copy_to(tmp_path / "state")
    serving_before = support.file_state(settings.serving)
    connection = duckdb.connect(str(settings.warehouse))
    try:
        # A fact type the accepted_values test on source raw.release_facts does not allow.
        connection.execute(
            "insert into raw.release_facts (fact_id, source, project, item_id, lang, content_hash, extractor_version, "
            "fact_type, fact_index, payload, extracted_at) values (?, 'govkz', 'mfa', '990301', 'en', ?, 'rules-0.1.0', "
            "'rumour', 0, '{}', ?)",
            ["f" * 64, "0" * 64, datetime.now(timezone.utc).replace(tzinfo=None)],
        )
    finally:
        connection.close()

    outcome = support.release_path_refresh(settings)

    assert_failed_cleanly(outcome, settings, baseline, serving_before, message="dbt build failed")
    # The marts built from release facts were neither rebuilt nor published.
    warehouse_marts = support.mart_fingerprints(settings.warehouse)
    for mart in ("fct_diplomatic_event", "fct_trade_reported", "fct_agreement", "mart_bilateral_scorecard"):
        assert warehouse_marts[mart] == baseline.marts[mart], mart
    support.record("dbt test", "a raw.release_facts row with fact_type 'rumour' (accepted_values fails)", 1,
                   "dbt build failed; models downstream skipped; publish skipped",
                   "the previous marts in the warehouse and the serving file (untouched)")

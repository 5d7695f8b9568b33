"""Each source on its own, and bad items quarantined instead of fatal (issue 15), against the
local gov.kz of the connector tests (tests/sources/govkz_server.py) and a local stat.gov.kz
that is down, over real sockets:

- BNS down while gov.kz is up: releases and marts refresh, `diplomart run` exits non-zero and
  says why on one line;
- a malformed release, bytes that are not UTF-8 and an implausible date each cost one release,
  quarantined once; the run and the next one are green; identical facts of one release all land;
- many releases unparseable at once (a format change) stop the marts, once;
- a server that ignores `projects=` and Accept-Language: each release lands once, under its
  own project and language, and the fact marts hold each fact once;
- the first run reaches back as far as DIPLOMART_GOVKZ_HISTORY_START says; a deep night picks
  up an edit older than the 14-day look-back;
- retries reach the run's log.
"""
from __future__ import annotations

import copy
import socket
import subprocess
import sys
from datetime import datetime, timezone

import dagster as dg
import pytest

import reliability_support as support
from orchestration.automation import nightly_request
from orchestration.settings import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "tests" / "sources"))
from govkz_server import NEWS_PATH, FakeGovKz  # noqa: E402  (the gov.kz stand-in of the connector tests)

pytestmark = pytest.mark.reliability

PUBLISH = "serving/published_marts"
BAD_BYTES_MARKER = "@@NOT-UTF8@@"


def release(item_id: int, created: str, title: str, body: str, **extra) -> dict:
    return {"id": item_id, "project": "mfa", "created_date": created, "updated_date": None,
            "translations": {"en": {"title": title, "body": body}}, **extra}


CONTRACTS = release(
    990501, "2024-06-20T08:00:00Z", "Kazakhstan and Portugal sign contracts on wheat supplies",
    "<p>On 19 June, Minister of Foreign Affairs of Kazakhstan met the Ambassador of Portugal.</p>"
    "<p>The parties signed three contracts on the supply of wheat.</p>",
)
NO_CREATED_DATE = release(990502, "2024-06-21T08:00:00Z", "Briefing", "<p>A briefing was held.</p>")
del NO_CREATED_DATE["created_date"]
BAD_BYTES = release(990503, "2024-06-22T08:00:00Z", f"Consultations {BAD_BYTES_MARKER} held",
                    "<p>Consultations were held in Astana.</p>")
EPOCH_DATE = release(990504, "1970-01-01T00:00:00Z", "Consultations with Chile",
                     "<p>Consultations with Chile were held.</p>")


@pytest.fixture
def fake_govkz():
    fake = FakeGovKz()
    for item in support.authored_items():
        fake.add(copy.deepcopy(item))
    fake.start()
    yield fake
    fake.stop()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def live(fake: FakeGovKz) -> dict[str, str]:
    return {"DIPLOMART_GOVKZ_MODE": "live", "DIPLOMART_GOVKZ_BASE_URL": fake.base_url,
            "DIPLOMART_GOVKZ_REQUESTS_PER_SECOND": "0"}


# --- each source on its own -------------------------------------------------------------------

def test_bns_down_while_govkz_is_up_releases_and_marts_refresh_and_the_run_says_why_on_one_line(
        baseline, fake_govkz, tmp_path):
    settings = baseline.copy_to(tmp_path / "state")
    fake_govkz.add(copy.deepcopy(CONTRACTS))
    stat_gov_kz = f"http://127.0.0.1:{closed_port()}"  # down: nothing listens
    env = support.subprocess_env(settings, **live(fake_govkz), DIPLOMART_BNS_MODE="live", DIPLOMART_BNS_BASE_URL=stat_gov_kz)
    finished = subprocess.run([str(support.VENV_BIN / "diplomart"), "run"], env=env, cwd=PROJECT_ROOT,
                              capture_output=True, text=True, timeout=900)
    out = finished.stdout
    assert finished.returncode == 1, out + finished.stderr[-2000:]
    lines = out.splitlines()
    (bns_line,) = [line for line in lines if line.strip().startswith("BNS") and "FAILED" in line and "live" in line]
    assert f"raw/bns_editions: RetriesExhausted: GET {stat_gov_kz}/ru/industries/" in bns_line, bns_line
    assert bns_line.rstrip().endswith("failed 5 times; last: ConnectionError"), bns_line  # the cause, not cut at a colon
    (govkz_line,) = [line for line in lines if line.strip().startswith("gov.kz") and "live" in line]
    assert "ok:" in govkz_line and "1 new" in govkz_line
    assert any("FAILED: BNS failed; the marts were built from what the raw tables hold" in line for line in lines)
    assert len(lines) < 60, "the console is a summary; the full log is in the file"
    # The new release reached the published marts; BNS kept the editions it had.
    assert support.query(settings.serving, "select count(*) from marts.dim_press_release where item_id = '990501'") == [(1,)]
    assert support.raw_fingerprints(settings.warehouse)["bns_trade_by_country"] == baseline.raw["bns_trade_by_country"]
    log_file = next(line.split("full log: ", 1)[1] for line in lines if "full log: " in line)
    assert "raw__bns_editions" in open(log_file, encoding="utf-8").read()
    support.record("BNS down, gov.kz up (`diplomart run`)", "stat.gov.kz refuses every connection; gov.kz live", 5,
                   "exit 1; BNS line: `raw/bns_editions: RetriesExhausted: GET … failed 5 times; last: ConnectionError`",
                   "the new release, in raw and in the published marts; every BNS row of earlier nights")


# --- bad items ---------------------------------------------------------------------------------

@pytest.fixture
def quarantine_runs(baseline, fake_govkz, tmp_path):
    """Two nights of the daemon's path over every month: the source serves a malformed release,
    one with bytes that are not UTF-8, one dated 1970, and a good one naming three contracts alike."""
    settings = baseline.copy_to(tmp_path / "state")
    for item in (CONTRACTS, NO_CREATED_DATE, BAD_BYTES, EPOCH_DATE):
        fake_govkz.add(copy.deepcopy(item))
    fake_govkz.corrupt[BAD_BYTES_MARKER.encode()] = b"\xff\xfe"
    first = support.release_path_refresh(settings, **live(fake_govkz))
    second = support.release_path_refresh(settings, **live(fake_govkz))
    return settings, first, second


def test_a_malformed_release_a_bad_byte_and_a_1970_date_are_quarantined_once_and_runs_stay_green(quarantine_runs):
    settings, first, second = quarantine_runs
    assert first.success, first.failures
    assert second.success, second.failures
    rejects = support.query(settings.warehouse, "select record_key, reason, raw_payload from raw.rejected_records "
                                                "where source = 'govkz' order by record_key")
    assert [(key, reason.split(" (got")[0]) for key, reason, _ in rejects] == [
        ("mfa/990502/en", "missing or unparseable created_date: None"),
        ("mfa/990503/en", "bytes that are not UTF-8 in title"),
        ("mfa/990504/en", "schema: published_at_utc: greater_than_or_equal_to(2000-01-01 00:00:00)"),
    ]
    assert "\\xff\\xfe" in rejects[1][2]  # the payload says which bytes came
    assert first.metadata("raw/press_release_versions")["new_rejects"] == 3
    assert second.metadata("raw/press_release_versions")["new_rejects"] == 0  # known, not quarantined again
    assert {PUBLISH, "marts/fct_agreement"} <= first.materialized
    # The good release of the same run reached the published marts.
    assert support.query(settings.serving, "select count(*) from marts.dim_press_release where item_id = '990501'") == [(1,)]
    support.record("gov.kz bad items (live)", "a release without created_date, one with \\xff\\xfe in its title, one dated 1970",
                   3, "quarantined once each (reason + payload); both runs green, marts published",
                   "every other release of the runs, landed and published")


def test_identical_facts_of_one_release_all_land(quarantine_runs):
    settings, first, _ = quarantine_runs
    facts = support.query(settings.warehouse, """
        select fact_id, fact_index, payload->>'$.provenance.evidence' from raw.release_facts
        where item_id = '990501' and fact_type = 'agreement' order by fact_index""")
    assert len(facts) == 3 and len({fact_id for fact_id, _, _ in facts}) == 3
    assert len({evidence for _, _, evidence in facts}) == 1  # one sentence, read three times alike
    assert first.metadata("raw/release_facts")["facts_rejected"] == 0
    agreements = support.query(settings.serving, "select count(*) from marts.fct_agreement where release_url like '%/990501?%'")
    assert agreements[0][0] >= 1
    support.record("identical facts", "one sentence read as three identical agreement facts (\"three contracts\")", 3,
                   "three facts with distinct ids (occurrence); none rejected", "all three")


def test_many_unparseable_releases_at_once_stop_the_marts_for_that_run_only(baseline, fake_govkz, tmp_path):
    settings = baseline.copy_to(tmp_path / "state")
    serving_before = support.file_state(settings.serving)
    fake_govkz.add(copy.deepcopy(CONTRACTS))
    for n in range(3):  # a format change: created_date renamed
        broken = release(990600 + n, "2024-06-25T08:00:00Z", f"Briefing {n}", "<p>A briefing was held.</p>")
        broken["created"] = broken.pop("created_date")
        fake_govkz.add(broken)
    june = {"dagster/asset_partition_range_start": "2024-06-01", "dagster/asset_partition_range_end": "2024-06-01"}

    blocked = support.release_path_refresh(settings, tags=june, **live(fake_govkz))

    assert not blocked.success
    check = next(e.asset_check_evaluation_data for e in blocked.result.all_events
                 if e.event_type_value == "ASSET_CHECK_EVALUATION")
    assert not check.passed and check.metadata["newly_unparseable"].value == 3
    assert PUBLISH not in blocked.materialized and "marts/fct_agreement" not in blocked.materialized
    assert support.file_state(settings.serving) == serving_before
    # The next night they are known: the run goes on and the good release is published.
    again = support.release_path_refresh(settings, tags=june, **live(fake_govkz))
    assert again.success, again.failures
    assert support.query(settings.serving, "select count(*) from marts.dim_press_release where item_id = '990501'") == [(1,)]
    support.record("gov.kz format change (live)", "3 of the 5 releases of a month without created_date", 3,
                   "blocking check failed: dbt and publish skipped; the next run green",
                   "the serving file during the blocked run; the good release afterwards")


# --- trust nothing from the server ---------------------------------------------------------------

def test_a_server_ignoring_projects_and_language_lands_each_release_once(baseline, tmp_path):
    fake = FakeGovKz(ignore_filters=True, render_projects=True)
    items = support.authored_items()
    for item in items:
        fake.add(copy.deepcopy(item))
    fake.start()
    try:
        # A first night on an empty warehouse: each release lands once, where it belongs.
        empty = support.settings_in(tmp_path / "empty")
        first = support.release_path_refresh(empty, through_marts=False, **live(fake))
        # A night on the finished warehouse: nothing lands a second time; the marts are as they were.
        finished = baseline.copy_to(tmp_path / "finished")
        again = support.release_path_refresh(finished, **live(fake))
    finally:
        fake.stop()
    assert first.success and again.success, first.failures + again.failures
    versions = support.query(empty.warehouse, "select project, item_id, lang from raw.press_release_versions")
    served = {(i["project"], str(i["id"]), "en" if "en" in i["translations"] else "ru") for i in items}
    assert sorted(versions) == sorted(served)  # each release once, under its own project, in its own language
    reasons = {r for (r,) in support.query(empty.warehouse, "select distinct reason from raw.rejected_records")}
    assert "served for project mfa but the item belongs to mfa-bjs" in reasons, reasons
    assert "asked for ru but the text is not written in Cyrillic" in reasons, reasons
    assert support.raw_fingerprints(finished.warehouse)["press_release_versions"] == baseline.raw["press_release_versions"]
    marts = support.mart_fingerprints(finished.serving)
    for mart in ("fct_trade_reported", "fct_agreement", "fct_investment_reported", "dim_press_release"):
        assert marts[mart] == baseline.marts[mart], mart
    support.record("gov.kz ignores projects= and Accept-Language (live)",
                   "every item, in English, for each of 3 projects x 2 languages asked", len(items) * 6,
                   "mismatches quarantined; each release landed once",
                   f"{len(served)} releases under their own project and language; marts equal the baseline's")


# --- history and edits ---------------------------------------------------------------------------

def test_the_first_run_reaches_back_as_far_as_the_history_setting_says(fake_govkz, tmp_path):
    fake_govkz.add(release(150001, "2015-03-02T08:00:00Z", "Consultations in 2015", "<p>Consultations were held.</p>"))
    fake_govkz.add(release(170001, "2017-09-12T08:00:00Z", "Consultations in 2017", "<p>Consultations were held.</p>"))
    everything = support.settings_in(tmp_path / "all")
    outcome = support.release_path_refresh(everything, through_marts=False, **live(fake_govkz))
    assert outcome.success, outcome.failures
    oldest = support.query(everything.warehouse, "select min(published_date_local)::varchar from raw.press_release_versions")
    assert oldest == [("2015-03-02",)]
    assert outcome.metadata("raw/press_release_versions")["history_start"] == "none"

    from_2017 = support.settings_in(tmp_path / "from_2017")
    outcome = support.release_path_refresh(from_2017, through_marts=False, DIPLOMART_GOVKZ_HISTORY_START="2017-01-01",
                                           **live(fake_govkz))
    assert outcome.success, outcome.failures
    ids = {i for (i,) in support.query(from_2017.warehouse, "select item_id from raw.press_release_versions")}
    assert "170001" in ids and "150001" not in ids
    assert outcome.metadata("raw/press_release_versions")["history_start"] == "2017-01-01"
    requested = [r.query.get("created_date") for r in fake_govkz.requests_to(NEWS_PATH)]
    assert "gt:2016-12-31T23:59:59" in requested
    support.record("history", "releases of 2015 and 2017 in the archive", 2,
                   "unset: both landed; DIPLOMART_GOVKZ_HISTORY_START=2017-01-01: only 2017 requested",
                   "the archive as far back as the setting says")


def test_a_deep_night_picks_up_an_edit_older_than_the_look_back(baseline, fake_govkz, tmp_path):
    settings = baseline.copy_to(tmp_path / "state")
    edited_id, old_figure, new_figure = support.EDITED_ID, support.OLD_FIGURE, support.NEW_FIGURE
    body = fake_govkz.items[edited_id]["translations"]["en"]["body"].replace(old_figure, new_figure)
    now = datetime(2026, 3, 8, 21, 0, tzinfo=timezone.utc)  # an edit of a 2019 release, seven years on
    fake_govkz.edit(edited_id, "en", body=body, updated_date=now.strftime("%Y-%m-%dT%H:%M:%SZ"))

    ordinary = support.release_path_refresh(settings, through_marts=False,
                                            tags=nightly_request(now, deep_rescan_every_days=0).tags, **live(fake_govkz))
    deep_night = nightly_request(now, deep_rescan_every_days=1)  # every night is deep
    deep = support.release_path_refresh(settings, through_marts=False, tags=deep_night.tags, **live(fake_govkz))

    assert ordinary.success and deep.success
    assert ordinary.metadata("raw/press_release_versions")["edited_releases"] == 0
    assert deep.metadata("raw/press_release_versions")["edited_releases"] == 1
    current = support.query(settings.warehouse, "select body_text from raw.press_releases_current where item_id = ?",
                            [str(edited_id)])
    assert new_figure in current[0][0]
    support.record("old edit", "a 2019 release edited seven years later", 1,
                   "missed by the 14-day look-back, picked up by the deep night", "both versions; the new one current")


# --- retries in the log ----------------------------------------------------------------------------

def test_retries_reach_the_run_log_of_the_projects_instance(fake_govkz, tmp_path, monkeypatch):
    settings = support.settings_in(tmp_path / "state")
    fake_govkz.inject(NEWS_PATH, "status", times=2, status=503, headers={"Retry-After": "0"})
    monkeypatch.setenv("DAGSTER_HOME", str(PROJECT_ROOT))
    monkeypatch.setenv("DIPLOMART_DAGSTER_STORAGE", str(tmp_path / "dagster_home"))
    with dg.DagsterInstance.get() as instance:
        with support.environment(settings, **live(fake_govkz)):
            from orchestration.definitions import build_definitions

            job = build_definitions().resolve_job_def("nightly_refresh")
            result = job.execute_in_process(
                instance=instance, raise_on_error=False, asset_selection=[dg.AssetKey(["raw", "press_release_versions"])],
                tags={"dagster/asset_partition_range_start": "2024-06-01", "dagster/asset_partition_range_end": "2024-06-01"},
            )
        logged = [entry.user_message for entry in instance.all_logs(result.run_id)]
    assert result.success
    retries = [m for m in logged if m.startswith("retrying GET") and "after HTTP 503" in m]
    assert len(retries) == 2, logged
    assert any("gov.kz: 2 requests retried" in m for m in logged)
    support.record("retries in the log", "HTTP 503 twice on the list", 2, "each retry a line in the run's log",
                   "the fetch (retried)")

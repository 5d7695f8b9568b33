"""Re-runs and incremental runs of the real nightly refresh (real DuckDB, dbt, Dagster):
a second full refresh changes nothing; new and edited releases add exactly their versions
and facts; a BI reader holding serving.duckdb open sees the old or the new state, whole."""
from __future__ import annotations

import pytest

import reliability_support as support

pytestmark = pytest.mark.reliability

EDITED_ID = support.EDITED_ID
NEW_IDS = (str(support.HOSTILE_ID), str(support.ORDINARY_ID))


def test_a_second_full_refresh_changes_no_mart_and_no_raw_row(baseline, tmp_path):
    settings = baseline.copy_to(tmp_path / "rerun")
    before = support.file_state(settings.serving)
    outcome = support.full_refresh(settings)
    assert outcome.success, outcome.failures
    assert support.mart_fingerprints(settings.serving) == baseline.marts
    assert support.raw_fingerprints(settings.warehouse) == baseline.raw
    assert support.file_state(settings.serving) != before  # it was republished, not skipped
    support.record("full refresh twice", "none (re-run of a finished refresh)", 0,
                   "identical marts and raw tables", f"{len(baseline.marts)} marts, {len(baseline.raw)} raw tables")


def test_incremental_run_adds_exactly_the_two_new_and_one_edited_versions(incremental):
    outcome, settings = incremental["outcome"], incremental["settings"]
    assert outcome.success, outcome.failures
    landed = outcome.metadata("raw/press_release_versions")
    assert (landed["new_releases"], landed["edited_releases"]) == (2, 1)

    after = support.query(settings.warehouse, "select source, project, item_id, lang, content_hash, "
                          "first_fetched_at from raw.press_release_versions")
    before = incremental["versions_before"]
    assert set(before) <= set(after), "an existing version row was changed or lost"
    added = set(after) - set(before)
    assert sorted((item_id, lang) for _, _, item_id, lang, _, _ in added) == sorted(
        [(str(EDITED_ID), "en"), *((i, "en") for i in NEW_IDS)])
    assert len(after) == len(before) + 3


def test_incremental_run_extracts_facts_only_for_the_new_versions(incremental):
    settings = incremental["settings"]
    added_versions = set(support.query(settings.warehouse, "select content_hash from raw.press_release_versions"))
    added_versions -= {(v[4],) for v in incremental["versions_before"]}
    new_hashes = {h for (h,) in added_versions}
    assert len(new_hashes) == 3
    before = set(incremental["facts_before"])
    after = set(support.query(settings.warehouse, "select fact_id, content_hash, extracted_at from raw.release_facts"))
    assert before <= after, "facts of untouched versions were rewritten or lost"
    added = after - before
    assert added and {h for _, h, _ in added} == new_hashes
    extracted = support.query(settings.warehouse,
                              "select count(*) from raw.release_extractions where content_hash in (select unnest(?))",
                              [sorted(new_hashes)])
    assert extracted == [(3,)]


def test_incremental_run_updates_the_marts(incremental):
    settings = incremental["settings"]
    marts = support.mart_fingerprints(settings.serving)
    before = incremental["marts_before"]
    assert marts["dim_press_release"][0] == before["dim_press_release"][0] + 3
    assert marts["fct_diplomatic_event"][0] >= before["fct_diplomatic_event"][0] + 2
    # Unrelated marts are untouched.
    for mart in ("dim_date", "dim_country", "fct_trade_official"):
        assert marts[mart] == before[mart]
    reported = dict(support.query(settings.serving, """
        select counterpart_iso3 || '/' || year || '/' || metric, value_usd::bigint
        from marts.fct_trade_reported where counterpart_iso3 in ('CHL', 'JPN')"""))
    assert reported["CHL/2023/turnover"] == 25_400_000
    # The edit replaces the figure: the current version of 204118 quotes 2.3 billion.
    assert reported["JPN/2018/turnover"] == 2_300_000_000
    current = support.query(settings.serving, "select count(*) from marts.dim_press_release "
                            "where item_id = ? and lang = 'en' and is_current", [str(EDITED_ID)])
    assert current == [(1,)]
    support.record("incremental run", "2 new releases + 1 edited release in the snapshot", 3,
                   "3 version rows, facts for those 3 only, marts updated",
                   "every earlier version and fact row, unchanged")


def test_a_reader_holding_the_serving_file_sees_one_whole_state_at_a_time(incremental):
    outcome, seen = incremental["outcome"], incremental["reader"]
    old, new = incremental["old_state"], incremental["new_state"]
    assert outcome.success, outcome.failures
    assert old != new
    assert seen["errors"] == []
    # The connection held across the publish keeps reading the old, complete file.
    assert set(seen["held"]) == {old}
    # Every fresh open saw the old or the new file, never a mix or a half-written one.
    assert set(seen["fresh"]) <= {old, new}
    reads = sum(seen["held"].values()) + sum(seen["fresh"].values())
    assert reads >= 10
    support.record("reader during refresh", "read-only reader process holding serving.duckdb open", 1,
                   f"refresh succeeded; {reads} reads, all of a whole old or new state",
                   "the reader's open connection (old state) and every new open")

"""The nightly schedule's run covers the edit look-back; the sensor asks only for what is new."""
from datetime import datetime, timezone

import dagster as dg

from orchestration.automation import new_release_sensor, nightly_request
from orchestration.resources import GovKzResource


def test_a_night_refreshes_every_month_the_edit_lookback_touches():
    request = nightly_request(datetime(2024, 3, 7, 2, 0, tzinfo=timezone.utc), deep_rescan_every_days=7)
    assert request.tags["dagster/asset_partition_range_start"] == "2024-02-01"
    assert request.tags["dagster/asset_partition_range_end"] == "2024-03-01"


def evaluate(cursor):
    with dg.build_sensor_context(cursor=cursor, resources={"govkz": GovKzResource(default_mode="snapshot")}) as context:
        return new_release_sensor(context), context


def test_the_first_tick_only_remembers_the_newest_release():
    result, context = evaluate(None)
    assert isinstance(result, dg.SkipReason)
    assert datetime.fromisoformat(context.cursor).year >= 2024


def test_releases_after_the_cursor_request_a_run_of_their_months_only():
    result, context = evaluate("2024-06-01T00:00:00+00:00")
    assert isinstance(result, dg.RunRequest)
    assert result.tags["dagster/asset_partition_range_start"] >= "2024-06-01"
    assert result.run_key == "releases-after-2024-06-01T00:00:00+00:00"
    assert datetime.fromisoformat(context.cursor) > datetime(2024, 6, 1, tzinfo=timezone.utc)


def test_nothing_new_requests_nothing():
    _, first = evaluate(None)
    result, _ = evaluate(first.cursor)
    assert isinstance(result, dg.SkipReason)
    assert "nothing created after" in result.skip_message


def test_only_editions_not_yet_loaded_are_requested_and_comext_rereads_recent_months():
    from datetime import date

    from orchestration.automation import official_trade_requests

    requests = official_trade_requests(editions=["2022", "2023", "2024"], loaded={"2022", "2023"}, today=date(2025, 2, 10))
    bns = [r for r in requests if r.job_name == "bns_refresh"]
    comext = [r for r in requests if r.job_name == "comext_refresh"]
    assert [(r.partition_key, r.run_key) for r in bns] == [("2024", "bns-edition-2024")]
    assert comext[0].tags["dagster/asset_partition_range_start"] == "2024-11-01"
    assert comext[0].tags["dagster/asset_partition_range_end"] == "2025-01-01"
    assert comext[0].run_key == "comext-2025-02-10"  # once a day, however often the sensor ticks


def test_every_seventh_night_rereads_every_month_to_catch_older_edits():
    # 2024-03-10 is a deep night for a 7-day rescan (its ordinal is a multiple of 7).
    deep = nightly_request(datetime(2024, 3, 10, 2, 0, tzinfo=timezone.utc), deep_rescan_every_days=7)
    assert deep.tags["dagster/asset_partition_range_start"] == "2019-01-01"
    assert deep.tags["dagster/asset_partition_range_end"] == "2024-03-01"
    assert deep.tags["diplomart/trigger"] == "nightly_deep_rescan"
    nights = [nightly_request(datetime(2024, 3, day, 2, 0, tzinfo=timezone.utc), deep_rescan_every_days=7) for day in range(1, 15)]
    assert sum(r.tags["diplomart/trigger"] == "nightly_deep_rescan" for r in nights) == 2
    never = nightly_request(datetime(2024, 3, 10, 2, 0, tzinfo=timezone.utc), deep_rescan_every_days=0)
    assert never.tags["dagster/asset_partition_range_start"] == "2024-02-01"


def test_a_source_that_is_off_is_neither_polled_nor_requested():
    with dg.build_sensor_context(cursor=None, resources={"govkz": GovKzResource(mode="off")}) as context:
        result = new_release_sensor(context)
    assert isinstance(result, dg.SkipReason) and "off" in result.skip_message
    assert context.cursor is None

    from datetime import date

    from orchestration.automation import official_trade_requests

    requests = official_trade_requests(editions=["2024"], loaded=set(), today=date(2025, 2, 10), comext_on=False)
    assert [r.job_name for r in requests] == ["bns_refresh"]

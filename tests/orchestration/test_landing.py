"""Raw landing never duplicates: versions, rejects, slices and cursors are idempotent."""
from datetime import date, datetime

import duckdb
import pandas as pd
import pytest

from orchestration import warehouse
from orchestration.landing import land_release_versions, record_rejects, replace_slice

T0 = datetime(2024, 3, 7, 12, 0)


@pytest.fixture
def connection(tmp_path):
    with warehouse.connect(tmp_path / "w.duckdb") as connection:
        yield connection


def version(item_id="1", body="<p>Trade grew.</p>", content_hash="a" * 64, updated=None, lang="en"):
    return {
        "source": "govkz", "project": "mfa", "item_id": item_id, "lang": lang, "content_hash": content_hash,
        "title": "Title", "body_html": body, "body_text": body, "published_at_utc": T0,
        "published_date_local": date(2024, 3, 7), "published_time_known": True, "updated_at_utc": updated,
        "url": f"https://www.gov.kz/memleket/entities/mfa/press/news/details/{item_id}?lang={lang}", "raw_json": "{}",
    }


def test_a_refetch_of_unchanged_releases_adds_no_row(connection):
    frame = pd.DataFrame([version("1"), version("2", content_hash="b" * 64)])
    first = land_release_versions(connection, frame, fetched_at=T0)
    second = land_release_versions(connection, frame, fetched_at=T0)
    assert (first.new_releases, first.edited_releases) == (2, 0)
    assert (second.new_releases, second.edited_releases, second.unchanged) == (0, 0, 2)
    assert connection.execute("select count(*) from raw.press_release_versions").fetchone()[0] == 2


def test_an_edit_is_a_new_version_and_becomes_current(connection):
    land_release_versions(connection, pd.DataFrame([version("1")]), fetched_at=T0)
    edited = version("1", body="<p>Trade grew by 5%.</p>", content_hash="c" * 64, updated=datetime(2024, 3, 8))
    counts = land_release_versions(connection, pd.DataFrame([edited]), fetched_at=datetime(2024, 3, 8, 1))
    assert counts.edited_releases == 1 and counts.new_releases == 0
    assert connection.execute("select count(*) from raw.press_release_versions").fetchone()[0] == 2
    current = connection.execute("select content_hash, body_text from raw.press_releases_current").fetchall()
    assert current == [("c" * 64, "<p>Trade grew by 5%.</p>")]


def test_duplicates_within_one_fetch_land_once(connection):
    frame = pd.DataFrame([version("7"), version("7")])
    counts = land_release_versions(connection, frame, fetched_at=T0)
    assert counts.new_releases == 1
    assert connection.execute("select count(*) from raw.press_release_versions").fetchone()[0] == 1


def test_the_same_reject_twice_is_one_row_and_keeps_its_payload(connection):
    reject = {"record_key": "mfa/9/en", "reason": "created_date missing", "raw_payload": '{"id": 9}'}
    assert record_rejects(connection, source="govkz", entity="press_release", rejects=[reject], rejected_at=T0) == 1
    assert record_rejects(connection, source="govkz", entity="press_release", rejects=[reject], rejected_at=T0) == 0
    assert connection.execute("select reason, raw_payload from raw.rejected_records").fetchall() == [
        ("created_date missing", '{"id": 9}')
    ]


def test_replacing_a_slice_twice_leaves_one_copy(connection):
    rows = pd.DataFrame([
        {"reporter_iso2": "PT", "reporter_iso3": "PRT", "reporter_name": "Portugal", "is_aggregate": False,
         "partner_iso2": "KZ", "period_month": date(2023, 1, 1), "flow": "exports", "value": 958211.0, "currency": "EUR"},
    ])
    for _ in range(2):
        replace_slice(connection, table="raw.comext_eu_exports", frame=rows, slice_column="period_month",
                      slice_values=[date(2023, 1, 1)], loaded_at=T0)
    assert connection.execute("select count(*), sum(value) from raw.comext_eu_exports").fetchone() == (1, 958211)


def test_a_failed_slice_replacement_keeps_the_old_rows(connection):
    good = pd.DataFrame([{"reporter_iso2": "PT", "reporter_iso3": "PRT", "reporter_name": "Portugal",
                          "is_aggregate": False, "partner_iso2": "KZ", "period_month": date(2023, 1, 1),
                          "flow": "exports", "value": 1.0, "currency": "EUR"}])
    replace_slice(connection, table="raw.comext_eu_exports", frame=good, slice_column="period_month",
                  slice_values=[date(2023, 1, 1)], loaded_at=T0)
    duplicated_key = pd.concat([good, good])  # violates the primary key mid-transaction
    with pytest.raises(duckdb.ConstraintException):
        replace_slice(connection, table="raw.comext_eu_exports", frame=duplicated_key, slice_column="period_month",
                      slice_values=[date(2023, 1, 1)], loaded_at=T0)
    assert connection.execute("select count(*) from raw.comext_eu_exports").fetchone()[0] == 1


def test_sql_and_markup_in_a_release_are_stored_as_data(connection):
    hostile = version("66", body="'); drop table raw.press_release_versions; -- <script>alert(1)</script>")
    land_release_versions(connection, pd.DataFrame([hostile]), fetched_at=T0)
    assert connection.execute("select body_text from raw.press_release_versions").fetchone()[0] == hostile["body_text"]


def test_an_unchanged_slice_is_not_rewritten_and_keeps_its_load_time(connection):
    rows = pd.DataFrame([{"reporter_iso2": "PT", "reporter_iso3": "PRT", "reporter_name": "Portugal",
                          "is_aggregate": False, "partner_iso2": "KZ", "period_month": date(2023, 1, 1),
                          "flow": "exports", "value": 958211.0, "currency": "EUR"}])
    kwargs = dict(table="raw.comext_eu_exports", slice_column="period_month", slice_values=[date(2023, 1, 1)])
    assert replace_slice(connection, frame=rows, loaded_at=T0, **kwargs) == 1
    assert replace_slice(connection, frame=rows, loaded_at=datetime(2024, 4, 1), **kwargs) == 0
    assert connection.execute("select loaded_at from raw.comext_eu_exports").fetchall() == [(T0,)]
    revised = rows.assign(value=958300.0)
    assert replace_slice(connection, frame=revised, loaded_at=datetime(2024, 4, 1), **kwargs) == 1
    assert connection.execute("select value, loaded_at from raw.comext_eu_exports").fetchall() == [
        (958300, datetime(2024, 4, 1))
    ]

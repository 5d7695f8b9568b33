"""fetch_releases in live mode against the fake gov.kz over real sockets."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from sources.govkz import GuardRejected, fetch_releases
from sources.http import BadResponse, HostNotAllowed, ResponseTooLarge

NEWS = "/api/v1/public/content-manager/news"


def generated_item(n: int, created: datetime) -> dict:
    return {
        "id": 700000 + n,
        "project": "mfa",
        "created_date": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "updated_date": None,
        "translations": {
            "en": {"title": f"Consultations round {n}", "body": f"<p>Round {n} of consultations took place.</p>"},
            "ru": {"title": f"Раунд консультаций {n}", "body": f"<p>Состоялся раунд консультаций {n}.</p>"},
        },
    }


def add_generated(fake, count: int, *, newest: datetime = datetime(2025, 2, 1, 12, tzinfo=timezone.utc)) -> None:
    for n in range(count):
        fake.add(generated_item(n, newest - timedelta(hours=n)))


@pytest.fixture
def fetch(govkz_settings, make_http):
    def run(settings=None, **kwargs):
        settings = settings or govkz_settings
        return fetch_releases(settings, mode="live", http_client=make_http(settings.http), **kwargs)

    return run


def keys(result) -> set[tuple[str, str]]:
    return {(r["item_id"], r["lang"]) for r in result.releases}


def test_full_fetch_returns_each_release_in_each_language_it_exists_in(fetch, fake_govkz):
    result = fetch()
    # 900002 exists only in Russian, 900003 only in English.
    assert keys(result) == {("900001", "en"), ("900001", "ru"), ("900002", "ru"), ("900003", "en")}
    assert result.rejects == []
    assert result.max_created_at == datetime(2024, 3, 7, 9, 30, tzinfo=timezone.utc)
    ru_only = next(r for r in result.releases if r["item_id"] == "900002")
    assert ru_only["title"] == "Брифинг официального представителя МИД"
    assert ru_only["published_date_local"] == date(2024, 3, 7)  # 19:15 UTC is past midnight in Almaty
    artefact = next(r for r in result.releases if r["item_id"] == "900003")
    assert artefact["published_time_known"] is False
    en = next(r for r in result.releases if r["item_id"] == "900001" and r["lang"] == "en")
    assert "Tell a friend" not in en["body_text"] and "analytics" not in en["body_text"]
    assert en["body_text"].count("\n\n") == 1


def test_requests_carry_language_referer_and_ticket(fetch, fake_govkz):
    fetch(langs=("ru",))
    (challenge,) = fake_govkz.requests_to("/api/v2/_/c/k6")
    assert challenge.method == "POST"
    lists = fake_govkz.requests_to(NEWS)
    assert lists and all(r.headers["Accept-Language"] == "ru" for r in lists)
    assert all(r.headers["Referer"] == "https://www.gov.kz/memleket/entities/mfa/press/news" for r in lists)
    assert all(r.headers.get("token") for r in lists)
    assert lists[0].query == {"projects": "eq:mfa", "page": "1", "size": "20", "sort-by": "created_date:DESC"}


def test_pages_until_the_empty_page(fetch, fake_govkz, govkz_settings):
    add_generated(fake_govkz, 7)
    result = fetch(replace(govkz_settings, page_size=3), langs=("en",))
    assert len(result.releases) == 9  # 7 generated + 900001 + 900003
    pages = [int(r.query["page"]) for r in fake_govkz.requests_to(NEWS)]
    assert pages == [1, 2, 3, 4]  # 9 items in pages of 3, then the empty page
    assert result.stats["pages"] == 4 and result.stats["requests"] == 5


def test_cookie_variant_of_the_challenge(fetch, fake_govkz):
    fake_govkz.challenge_variant = "v1"
    result = fetch()
    assert len(result.releases) == 4
    assert [r.path for r in fake_govkz.log if r.method == "POST"] == ["/api/v2/_/c/k6", "/api/v1/public/_/c/k6"]


def test_ticket_expiring_mid_run_is_renewed(fetch, fake_govkz, govkz_settings):
    add_generated(fake_govkz, 10)
    fake_govkz.ticket_ttl = 2
    result = fetch(replace(govkz_settings, page_size=3))
    assert len(result.releases) == 24
    assert result.stats["challenges"] >= 3
    assert result.stats["challenges"] == len(fake_govkz.requests_to("/api/v2/_/c/k6"))


def test_guard_that_keeps_refusing_fails_clearly(fetch, fake_govkz):
    fake_govkz.guard_always_refuses = True
    with pytest.raises(GuardRejected, match="notAllowed .* even after a fresh ticket"):
        fetch()
    assert len(fake_govkz.requests_to("/api/v2/_/c/k6")) == 2
    assert len(fake_govkz.requests_to(NEWS)) == 2


def test_incremental_run_sends_gt_and_returns_only_newer(fetch, fake_govkz):
    first = fetch()
    fake_govkz.add(generated_item(1, datetime(2024, 4, 1, 8, tzinfo=timezone.utc)))
    fake_govkz.log.clear()
    second = fetch(since=first.max_created_at)
    assert keys(second) == {("700001", "en"), ("700001", "ru")}
    assert second.max_created_at == datetime(2024, 4, 1, 8, tzinfo=timezone.utc)
    filters = {r.query.get("created_date") for r in fake_govkz.requests_to(NEWS)}
    assert filters == {"gt:2024-03-07T09:30:00"}


def test_incremental_run_with_nothing_new_is_one_request_per_language(fetch, fake_govkz):
    first = fetch()
    fake_govkz.log.clear()
    again = fetch(since=first.max_created_at)
    assert again.releases == [] and again.max_created_at is None
    assert len(fake_govkz.requests_to(NEWS)) == 2


def test_backfill_date_range(fetch, fake_govkz, govkz_settings):
    add_generated(fake_govkz, 30, newest=datetime(2024, 1, 2, 12, tzinfo=timezone.utc))  # back to 1 Jan 07:00
    result = fetch(replace(govkz_settings, page_size=5), since=date(2024, 1, 2),
                   until=datetime(2024, 1, 2, 6, tzinfo=timezone.utc), langs=("en",))
    created = sorted(r["published_at_utc"] for r in result.releases)
    assert created[0] == datetime(2024, 1, 2, 1, tzinfo=timezone.utc)
    assert created[-1] == datetime(2024, 1, 2, 5, tzinfo=timezone.utc)
    assert len(created) == 5


def test_naive_cursor_from_the_warehouse_is_read_as_utc(fetch, fake_govkz):
    first = fetch()
    again = fetch(since=first.max_created_at.replace(tzinfo=None))
    assert again.releases == []
    assert {r.query.get("created_date") for r in fake_govkz.requests_to(NEWS)} >= {"gt:2024-03-07T09:30:00"}


def test_rate_limit_429_with_retry_after_is_waited_out(fetch, fake_govkz, clock):
    fake_govkz.inject(NEWS, "status", status=429, headers={"Retry-After": "9"})
    result = fetch()
    assert len(result.releases) == 4
    assert 9.0 in clock.sleeps
    assert result.stats["retries"] == 1


def test_intermittent_500s_are_retried(fetch, fake_govkz):
    fake_govkz.inject(NEWS, "status", status=500, times=2)
    fake_govkz.inject("/api/v2/_/c/k6", "status", status=502)
    result = fetch()
    assert len(result.releases) == 4 and result.stats["retries"] == 3


def test_read_timeout_is_retried(fetch, fake_govkz):
    fake_govkz.inject(NEWS, "delay", seconds=0.8)
    assert len(fetch().releases) == 4


def test_truncated_json_mid_transfer_is_retried(fetch, fake_govkz):
    fake_govkz.inject(NEWS, "truncate")
    assert len(fetch().releases) == 4


def test_complete_but_invalid_json_list_fails_clearly(fetch, fake_govkz):
    fake_govkz.inject(NEWS, "invalid_json")
    with pytest.raises(BadResponse, match="expected JSON"):
        fetch()


def test_html_error_page_instead_of_list_fails_clearly(fetch, fake_govkz):
    fake_govkz.inject(NEWS, "html")
    with pytest.raises(BadResponse, match="text/html"):
        fetch()


def test_unreadable_detail_becomes_a_reject_and_the_run_continues(fetch, fake_govkz):
    fake_govkz.list_includes_body = False
    fake_govkz.inject(f"{NEWS}/900001", "html")
    result = fetch(langs=("en",))
    assert keys(result) == {("900003", "en")}
    (reject,) = result.rejects
    assert reject["item_id"] == "900001" and "detail fetch failed" in reject["reason"]
    assert result.stats["details_fetched"] == 2  # both were asked for; one answer was unusable


def test_list_without_bodies_reads_details(fetch, fake_govkz):
    fake_govkz.list_includes_body = False
    result = fetch()
    assert len(result.releases) == 4 and result.stats["details_fetched"] == 4
    assert all(r["body_text"] for r in result.releases)


def test_body_over_size_cap_fails_clearly(fetch, fake_govkz):
    fake_govkz.inject(NEWS, "big", size=2 * 1024 * 1024)
    with pytest.raises(ResponseTooLarge):
        fetch()


def test_redirect_to_another_host_is_refused(fetch, fake_govkz):
    port = fake_govkz.base_url.rsplit(":", 1)[1]
    fake_govkz.inject(NEWS, "redirect", location=f"http://evil.example:{port}{NEWS}")
    with pytest.raises(HostNotAllowed, match="evil.example"):
        fetch()


def test_duplicates_across_pages_are_kept_once(fetch, fake_govkz, govkz_settings):
    add_generated(fake_govkz, 5)
    fake_govkz.overlapping_pages = True
    result = fetch(replace(govkz_settings, page_size=3), langs=("en",))
    ids = [r["item_id"] for r in result.releases]
    assert len(ids) == len(set(ids)) == 7
    assert result.stats["duplicates"] == 1  # the item pushed from page 1 onto page 2


def test_item_edited_after_first_fetch_gets_a_new_hash(fetch, fake_govkz):
    before = {(r["item_id"], r["lang"]): r["content_hash"] for r in fetch().releases}
    fake_govkz.edit(900001, "en", body="<p>Corrected: the sides agreed to meet in Astana.</p>", updated_date="2024-03-08T06:00:00Z")
    after = {(r["item_id"], r["lang"]): r for r in fetch().releases}
    assert after[("900001", "en")]["content_hash"] != before[("900001", "en")]
    assert after[("900001", "en")]["updated_at_utc"] == datetime(2024, 3, 8, 6, tzinfo=timezone.utc)
    unchanged = set(before) - {("900001", "en")}
    assert all(after[k]["content_hash"] == before[k] for k in unchanged)


def test_malformed_list_item_is_rejected_without_stopping(fetch, fake_govkz):
    good = {"id": 900010, "title": "Good", "body": "<p>Fine.</p>", "created_date": "2024-05-01T10:00:00Z"}
    bad = {"id": 900011, "title": "Broken", "body": "<p>x</p>", "created_date": "sometime in May"}
    fake_govkz.inject(NEWS, "status", status=200, body=json.dumps([good, bad]).encode())
    result = fetch(langs=("en",))
    assert ("900010", "en") in keys(result)
    (reject,) = result.rejects
    assert reject["item_id"] == "900011" and "created_date" in reject["reason"]
    assert json.loads(reject["raw_payload"]) == bad


def test_server_ignoring_the_page_parameter_fails_instead_of_looping(fetch, fake_govkz):
    same = json.dumps([{"id": 900010, "title": "Again", "body": "<p>x</p>", "created_date": "2024-05-01T10:00:00Z"}])
    fake_govkz.inject(NEWS, "status", status=200, body=same.encode(), times=2)
    with pytest.raises(BadResponse, match="page 2 repeats page 1"):
        fetch(langs=("en",))

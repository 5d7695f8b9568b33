"""sources/http.py against a local server over real sockets."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from conftest import local_http_settings
from sources.http import (
    BadResponse,
    HostNotAllowed,
    HttpClient,
    RateLimiter,
    ResponseTooLarge,
    RetriesExhausted,
    parse_retry_after,
    redact_url,
)


def test_sends_identifying_user_agent(fake_govkz, make_http):
    echoed = make_http().request("GET", f"{fake_govkz.base_url}/echo").json()
    assert echoed["headers"]["User-Agent"].startswith("diplomart/")
    assert "+https://" in echoed["headers"]["User-Agent"]


def test_retries_intermittent_500_then_succeeds(fake_govkz, make_http, clock):
    fake_govkz.inject("/echo", "status", status=500, times=2)
    http = make_http(local_http_settings(requests_per_second=None))
    response = http.request("GET", f"{fake_govkz.base_url}/echo")
    assert response.status == 200
    assert http.counts["requests"] == 3 and http.counts["retries"] == 2
    # Exponential backoff with the jitter fixed at 0.5: 0.75 x base x 2^attempt.
    assert clock.sleeps == [0.75, 1.5]


def test_gives_up_after_max_retries_with_clear_error(fake_govkz, make_http):
    fake_govkz.inject("/echo", "status", status=503, times=100)
    http = make_http(local_http_settings(max_retries=2))
    with pytest.raises(RetriesExhausted, match=r"failed 3 times; last: HTTP 503"):
        http.request("GET", f"{fake_govkz.base_url}/echo")
    assert len(fake_govkz.requests_to("/echo")) == 3


def test_honours_retry_after_seconds_and_caps_it(fake_govkz, make_http, clock):
    fake_govkz.inject("/echo", "status", status=429, headers={"Retry-After": "7"})
    fake_govkz.inject("/echo", "status", status=429, headers={"Retry-After": "86400"})
    http = make_http(local_http_settings(retry_after_cap_s=30.0, requests_per_second=None))
    assert http.request("GET", f"{fake_govkz.base_url}/echo").status == 200
    assert clock.sleeps == [7.0, 30.0]


def test_parse_retry_after_http_date():
    now = datetime(2025, 5, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("Thu, 01 May 2025 12:00:42 GMT", now=now) == 42.0
    assert parse_retry_after("Thu, 01 May 2025 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None


def test_read_timeout_is_retried(fake_govkz, make_http):
    fake_govkz.inject("/echo", "delay", seconds=1.0)
    http = make_http(local_http_settings(read_timeout_s=0.2))
    assert http.request("GET", f"{fake_govkz.base_url}/echo").status == 200
    assert http.counts["retries"] == 1


def test_body_cut_short_is_retried(fake_govkz, make_http):
    fake_govkz.inject("/echo", "truncate")
    http = make_http()
    assert http.request("GET", f"{fake_govkz.base_url}/echo").json()["method"] == "GET"
    assert http.counts["retries"] == 1


@pytest.mark.parametrize("declare_length", [True, False])
def test_body_over_size_cap_is_aborted(fake_govkz, make_http, declare_length):
    fake_govkz.inject("/echo", "big", size=1024 * 1024, declare_length=declare_length)
    http = make_http(local_http_settings(max_response_bytes=64 * 1024))
    with pytest.raises(ResponseTooLarge, match="65536"):
        http.request("GET", f"{fake_govkz.base_url}/echo")
    # Over the cap is not transient: no retry.
    assert http.counts["requests"] == 1 and http.counts["retries"] == 0


def test_refuses_hosts_off_the_allow_list_without_connecting(fake_govkz, make_http):
    http = make_http()
    port = fake_govkz.base_url.rsplit(":", 1)[1]
    with pytest.raises(HostNotAllowed, match="'localhost' is not in the allow-list"):
        http.request("GET", f"http://localhost:{port}/echo")
    with pytest.raises(HostNotAllowed, match="scheme 'https'"):
        http.request("GET", f"https://127.0.0.1:{port}/echo")
    assert http.counts["requests"] == 0


def test_follows_redirects_on_allowed_hosts(fake_govkz, make_http):
    http = make_http()
    response = http.request("GET", f"{fake_govkz.base_url}/redirect?to=/echo")
    assert response.status == 200 and response.json()["method"] == "GET"
    assert http.counts["redirects"] == 1


def test_refuses_redirect_to_another_host(fake_govkz, make_http):
    port = fake_govkz.base_url.rsplit(":", 1)[1]
    http = make_http()
    with pytest.raises(HostNotAllowed, match="localhost"):
        http.request("GET", f"{fake_govkz.base_url}/redirect?to=http://localhost:{port}/echo")
    assert fake_govkz.requests_to("/echo") == []


def test_html_instead_of_json_is_a_clear_error(fake_govkz, make_http):
    fake_govkz.inject("/echo", "html")
    response = make_http().request("GET", f"{fake_govkz.base_url}/echo")
    with pytest.raises(BadResponse, match=r"expected JSON .*text/html.*<!DOCTYPE html>"):
        response.json()


def test_rate_limit_spaces_requests(fake_govkz, make_http, clock):
    http = make_http(local_http_settings(requests_per_second=2.0))
    for _ in range(3):
        http.request("GET", f"{fake_govkz.base_url}/echo")
    # The fake clock does not move on its own, so every request after the first waits a full interval.
    assert clock.sleeps == [0.5, 0.5]


def test_rate_limiter_does_not_wait_when_time_has_passed(clock):
    limiter = RateLimiter(1.0, clock=clock, sleep=clock.sleep)
    limiter.wait()
    clock.now += 5
    limiter.wait()
    assert clock.sleeps == []


def test_secrets_in_query_never_reach_error_messages(fake_govkz, make_http):
    fake_govkz.inject("/echo", "status", status=500, times=100)
    http = make_http(local_http_settings(max_retries=0))
    with pytest.raises(RetriesExhausted) as raised:
        http.request("GET", f"{fake_govkz.base_url}/echo", params={"api_key": "s3cr3t", "q": "kz"})
    assert "s3cr3t" not in str(raised.value) and "q=kz" in str(raised.value)
    assert "s3cr3t" not in redact_url("https://x.test/a?token=s3cr3t")


def test_client_keeps_cookies_between_requests(fake_govkz):
    http = HttpClient(local_http_settings(requests_per_second=None))
    try:
        http.request("POST", f"{fake_govkz.base_url}/api/v1/public/_/c/k6", json_body={})  # v2 variant: 404, no cookie
        fake_govkz.challenge_variant = "v1"
        http.request("POST", f"{fake_govkz.base_url}/api/v1/public/_/c/k6", json_body={})
        echoed = http.request("GET", f"{fake_govkz.base_url}/echo").json()
    finally:
        http.close()
    assert echoed["headers"]["Cookie"].startswith("k6=")

"""The one HTTP client every source uses (gov.kz, BNS, Comext).

It exists so that politeness and safety are not re-implemented per source:
timeouts, retries with backoff, a rate limit, a response size cap, a host
allow-list (also for redirects, which are followed by hand), an identifying
User-Agent and request counts. Clock, sleep and randomness are injectable so
tests exercise real sockets without waiting.

Non-retryable answers (2xx, 3xx without Location, 4xx other than 429) are
returned to the caller: only the source knows whether e.g. a 400 means "ask
for a new ticket" or "give up".
"""
from __future__ import annotations

import email.utils
import importlib.metadata
import json
import logging
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any, Callable, Mapping
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

log = logging.getLogger("diplomart.sources.http")

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Query parameters whose values are credentials for some API (none of ours needs one today);
# they are masked wherever a URL is logged or put into an exception message.
SENSITIVE_QUERY_PARAMS = frozenset(
    {"key", "api_key", "apikey", "token", "access_token", "subscription-key", "password", "secret"}
)
# ...and any parameter whose name contains one of these (client_secret, x-auth-token, apiKey...).
SENSITIVE_NAME_PARTS = ("key", "token", "secret", "password", "passwd", "auth", "signature", "credential")


def _package_version() -> str:
    try:
        return importlib.metadata.version("diplomart")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


DEFAULT_USER_AGENT = f"diplomart/{_package_version()} (+https://github.com/diplomart/diplomart)"


class SourceError(Exception):
    """Base of every error a source raises about the remote side."""


class HostNotAllowed(SourceError):
    """A URL (or a redirect target) is off the allow-list or uses a refused scheme."""


class ResponseTooLarge(SourceError):
    """The body exceeded the size cap; the download was aborted."""


class RetriesExhausted(SourceError):
    """Every attempt failed with a retryable status or a network error."""


class BadResponse(SourceError):
    """The answer arrived but is unusable (wrong status, not JSON, too many redirects...)."""


@dataclass(frozen=True)
class HttpSettings:
    allowed_hosts: frozenset[str]
    allowed_schemes: frozenset[str] = frozenset({"https"})
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0
    max_retries: int = 4
    backoff_base_s: float = 1.0
    backoff_max_s: float = 60.0
    # A server asking us to wait an hour is not worth obeying inside one run.
    retry_after_cap_s: float = 120.0
    # None disables the limiter (benchmarks, local servers).
    requests_per_second: float | None = 1.0
    max_response_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: CaseInsensitiveDict
    content: bytes
    url: str

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")

    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self, *, keep_undecodable: bool = False) -> Any:
        """Decode the body as JSON, or raise BadResponse saying what came instead.

        With `keep_undecodable`, bytes that are not UTF-8 survive as lone surrogates
        (U+DC80..U+DCFF, see `has_undecodable`) inside the strings that hold them, so that a
        caller can refuse the one record they spoil instead of the whole answer.
        """
        try:
            return json.loads(self.content.decode("utf-8", errors="surrogateescape" if keep_undecodable else "strict"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BadResponse(
                f"expected JSON from {redact_url(self.url)} (HTTP {self.status}, "
                f"Content-Type {self.content_type or 'none'!r}), got: {body_snippet(self.content)!r} ({exc})"
            ) from None


def has_undecodable(text: str) -> bool:
    """True when `text` holds bytes that were not UTF-8 (decoded with surrogateescape)."""
    return any("\udc80" <= char <= "\udcff" for char in text)


def with_undecodable_shown(text: str) -> str:
    """`text` with each byte that was not UTF-8 written as \\xNN: storable, and still says what came."""
    return text.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="backslashreplace")


def restricted_to(settings: HttpSettings, base_url: str) -> HttpSettings:
    """`settings` allowed onto the host and scheme of `base_url` only (a mirror or a test server)."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"a source's base URL must be an http(s) URL, not {redact_url(base_url)!r}")
    return replace(settings, allowed_hosts=frozenset({parts.hostname}), allowed_schemes=frozenset({parts.scheme}))


def body_snippet(content: bytes, limit: int = 120) -> str:
    return content[:limit].decode("utf-8", errors="replace")


def redact_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is not None:
        # user:password@host (e.g. a mirror in DIPLOMART_GOVKZ_BASE_URL): keep the user, mask the password.
        parts = parts._replace(netloc=f"{parts.username}:REDACTED@{parts.netloc.rsplit('@', 1)[1]}")
        url = urlunsplit(parts)
    if not parts.query:
        return url
    query = [
        (name, "REDACTED" if _is_sensitive(name) else value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query, safe=":,")))


def _is_sensitive(name: str) -> bool:
    lowered = name.lower()
    return lowered in SENSITIVE_QUERY_PARAMS or any(part in lowered for part in SENSITIVE_NAME_PARTS)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date); None if absent/garbled."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


class RateLimiter:
    """Spaces request starts at least 1/rate seconds apart (thread-safe)."""

    def __init__(
        self,
        requests_per_second: float | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._interval = 1.0 / requests_per_second if requests_per_second else 0.0
        self._clock = clock
        self._sleep = sleep
        self._next_start: float | None = None
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self._interval:
            return
        with self._lock:
            now = self._clock()
            if self._next_start is not None and now < self._next_start:
                self._sleep(self._next_start - now)
                now = self._next_start
            self._next_start = now + self._interval


class HttpClient:
    """A requests.Session with the politeness and safety rules above; keeps cookies across calls."""

    def __init__(
        self,
        settings: HttpSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.settings = settings
        self._sleep = sleep
        self._jitter = jitter
        self._limiter = RateLimiter(settings.requests_per_second, clock=clock, sleep=sleep)
        self._session = requests.Session()
        self._session.headers["User-Agent"] = settings.user_agent
        # Our own loop does retries and redirects; urllib3's must not second-guess it.
        self._session.mount("http://", HTTPAdapter(max_retries=0))
        self._session.mount("https://", HTTPAdapter(max_retries=0))
        # requests, retries, redirects, bytes: read by sources for their stats.
        self.counts: Counter[str] = Counter()

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | list[tuple[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
        json_body: Any = None,
    ) -> HttpResponse:
        if params:
            pairs = list(params.items()) if isinstance(params, Mapping) else list(params)
            # ':' and ',' stay literal, as browsers send gov.kz filters like projects=eq:mfa.
            url = f"{url}{'&' if urlsplit(url).query else '?'}{urlencode(pairs, safe=':,')}"
        for _ in range(self.settings.max_redirects + 1):
            self._check_allowed(url)
            response = self._send_with_retries(method, url, headers, json_body)
            location = response.headers.get("Location")
            if response.status not in REDIRECT_STATUSES or not location:
                return response
            self.counts["redirects"] += 1
            url = urljoin(url, location)
            if response.status == 303 or (response.status in (301, 302) and method == "POST"):
                method, json_body = "GET", None
        raise BadResponse(f"more than {self.settings.max_redirects} redirects starting from {redact_url(url)}")

    def _check_allowed(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in self.settings.allowed_schemes:
            raise HostNotAllowed(f"refusing {redact_url(url)}: scheme {parts.scheme!r} is not allowed")
        if (parts.hostname or "").lower() not in self.settings.allowed_hosts:
            raise HostNotAllowed(
                f"refusing {redact_url(url)}: host {parts.hostname!r} is not in the allow-list "
                f"{sorted(self.settings.allowed_hosts)}"
            )

    def _send_with_retries(
        self, method: str, url: str, headers: Mapping[str, str] | None, json_body: Any
    ) -> HttpResponse:
        # Every method is retried: the sources only GET and POST an idempotent ticket request.
        last_failure = ""
        for attempt in range(self.settings.max_retries + 1):
            if attempt:
                self.counts["retries"] += 1
            try:
                response = self._send_once(method, url, headers, json_body)
            except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError) as exc:
                # ChunkedEncodingError: the connection dropped mid-body (e.g. truncated JSON).
                last_failure = f"{type(exc).__name__}"
                delay = self._backoff(attempt)
            else:
                if response.status not in RETRYABLE_STATUSES:
                    return response
                last_failure = f"HTTP {response.status}"
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                delay = (
                    min(retry_after, self.settings.retry_after_cap_s)
                    if retry_after is not None
                    else self._backoff(attempt)
                )
            if attempt < self.settings.max_retries:
                log.info("retrying %s %s after %s in %.1fs", method, redact_url(url), last_failure, delay)
                self._sleep(delay)
        raise RetriesExhausted(
            f"{method} {redact_url(url)} failed {self.settings.max_retries + 1} times; last: {last_failure}"
        )

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.settings.backoff_max_s, self.settings.backoff_base_s * 2**attempt)
        # Half fixed, half random: spreads clients out without ever retrying instantly.
        return ceiling / 2 + self._jitter() * ceiling / 2

    def _send_once(
        self, method: str, url: str, headers: Mapping[str, str] | None, json_body: Any
    ) -> HttpResponse:
        self._limiter.wait()
        self.counts["requests"] += 1
        started = time.monotonic()
        with self._session.request(
            method,
            url,
            headers=dict(headers or {}),
            json=json_body,
            timeout=(self.settings.connect_timeout_s, self.settings.read_timeout_s),
            allow_redirects=False,
            stream=True,
        ) as raw:
            content = self._read_capped(raw, url)
        self.counts["bytes"] += len(content)
        log.debug("%s %s -> %s in %.2fs", method, redact_url(url), raw.status_code, time.monotonic() - started)
        return HttpResponse(status=raw.status_code, headers=raw.headers, content=content, url=url)

    def _read_capped(self, raw: requests.Response, url: str) -> bytes:
        cap = self.settings.max_response_bytes
        declared = raw.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise ResponseTooLarge(f"{redact_url(url)} declares {declared} bytes, over the cap of {cap}")
        chunks: list[bytes] = []
        size = 0
        for chunk in raw.iter_content(chunk_size=64 * 1024):
            size += len(chunk)
            if size > cap:
                raise ResponseTooLarge(f"{redact_url(url)} sent more than the cap of {cap} bytes; aborted")
            chunks.append(chunk)
        return b"".join(chunks)

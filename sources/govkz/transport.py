"""What the gov.kz client talks to. Live HTTP, replay and record all satisfy `Transport`,
so the client and parser run the same code in every mode."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlencode

from sources.http import HttpClient, HttpResponse


@dataclass(frozen=True)
class ApiRequest:
    method: str
    path: str
    params: tuple[tuple[str, str], ...] = ()
    lang: str | None = None
    # Session-specific headers (guard ticket, Referer): sent, never part of the snapshot key.
    headers: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    json_body: Any = field(default=None, compare=False)

    def key(self, *, drop_params: frozenset[str] = frozenset()) -> str:
        """Canonical identity of a request: method + path + sorted query + Accept-Language."""
        query = urlencode(sorted(p for p in self.params if p[0] not in drop_params), safe=":,")
        return f"{self.method} {self.path}?{query} lang={self.lang or '-'}"


class Transport(Protocol):
    def send(self, request: ApiRequest) -> HttpResponse: ...

    @property
    def requests_made(self) -> int: ...


class HttpTransport:
    def __init__(self, http: HttpClient, base_url: str) -> None:
        self.http = http
        self._base_url = base_url.rstrip("/")

    def send(self, request: ApiRequest) -> HttpResponse:
        headers = {"Accept": "application/json", **dict(request.headers)}
        if request.lang:
            headers["Accept-Language"] = request.lang
        return self.http.request(
            request.method,
            self._base_url + request.path,
            params=list(request.params),
            headers=headers,
            json_body=request.json_body,
        )

    @property
    def requests_made(self) -> int:
        return self.http.counts["requests"]

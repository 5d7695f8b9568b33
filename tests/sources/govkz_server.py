"""A local stand-in for gov.kz over real sockets, for tests and the benchmark.

Serves items in the authored format (sources/govkz/snapshot/authored/) the way the
content-manager API does: the k6 challenge (v2 headers or v1 cookie) with tickets that can
expire, list paging newest first with `created_date=gt:`, per-language details. Faults are
injected per path prefix and fire a set number of times.

Written independently of sources/govkz/snapshot_pack.py, so comparing the two is meaningful.
"""
from __future__ import annotations

import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

NEWS_PATH = "/api/v1/public/content-manager/news"
V2_CHALLENGE = "/api/v2/_/c/k6"
V1_CHALLENGE = "/api/v1/public/_/c/k6"
NOT_ALLOWED = b'{"status":400,"message":"notAllowed"}'


@dataclass
class Fault:
    path_prefix: str
    kind: str  # status | delay | truncate | invalid_json | html | big | redirect
    times: int
    options: dict


@dataclass
class LoggedRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]


@dataclass
class FakeGovKz:
    items: dict[int, dict] = field(default_factory=dict)
    challenge_variant: str = "v2"  # "v2": ticket as headers; "v1": ticket as cookie
    ticket_ttl: int | None = None  # news requests a ticket stays valid for
    guard_always_refuses: bool = False
    list_includes_body: bool = True
    # Simulates a new item published between two page requests: page n+1 repeats page n's last item.
    overlapping_pages: bool = False
    # A server that ignores `projects=` and Accept-Language: every item, in English when it has it.
    ignore_filters: bool = False
    # Items name their project (`"projects": [{"code": "mfa"}]`), as gov.kz items carry a projects field.
    render_projects: bool = False
    # Byte strings of list answers replaced by others (e.g. a marker by bytes that are not UTF-8).
    corrupt: dict[bytes, bytes] = field(default_factory=dict)
    log: list[LoggedRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._tickets: dict[str, int | None] = {}
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # --- control -----------------------------------------------------------------
    def add(self, item: dict) -> None:
        self.items[item["id"]] = item

    def edit(self, item_id: int, lang: str, *, body: str, updated_date: str) -> None:
        self.items[item_id]["translations"][lang]["body"] = body
        self.items[item_id]["updated_date"] = updated_date

    def inject(self, path_prefix: str, kind: str, *, times: int = 1, **options) -> None:
        self._faults.append(Fault(path_prefix, kind, times, options))

    def expire_tickets(self) -> None:
        self._tickets.clear()

    def requests_to(self, path_prefix: str) -> list[LoggedRequest]:
        return [r for r in self.log if r.path.startswith(path_prefix)]

    def start(self) -> str:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake._handle(self)

            def do_POST(self) -> None:
                fake._handle(self)

            def log_message(self, *args) -> None:  # keep test output clean
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # Clients hanging up early (timeouts, size cap) are expected; don't print tracebacks.
        self._server.handle_error = lambda request, address: None
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self.base_url

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # --- request handling --------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        url = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        if length:
            h.rfile.read(length)
        with self._lock:
            self.log.append(LoggedRequest(h.command, url.path, dict(parse_qsl(url.query)), dict(h.headers.items())))
            fault = self._take_fault(url.path)
        if fault and self._apply_fault(h, fault):
            return
        if url.path == "/bytes":
            n = int(dict(parse_qsl(url.query))["n"])
            return _send(h, 200, b"x" * n, "application/octet-stream")
        if url.path == "/redirect":
            return _send(h, 302, b"", "text/plain", {"Location": dict(parse_qsl(url.query))["to"]})
        if url.path == "/echo":
            return _send(h, 200, json.dumps({"method": h.command, "headers": dict(h.headers.items())}).encode(), "application/json")
        if h.command == "POST" and url.path in (V1_CHALLENGE, V2_CHALLENGE):
            return self._challenge(h, url.path)
        if h.command == "GET" and url.path.startswith(NEWS_PATH):
            if not self._ticket_valid(h):
                return _send(h, 400, NOT_ALLOWED, "application/json")
            if url.path == NEWS_PATH:
                return self._list(h, dict(parse_qsl(url.query)))
            return self._detail(h, url.path.rsplit("/", 1)[-1])
        _send(h, 404, b'{"message":"not found"}', "application/json")

    def _challenge(self, h: BaseHTTPRequestHandler, path: str) -> None:
        if path != (V2_CHALLENGE if self.challenge_variant == "v2" else V1_CHALLENGE):
            return _send(h, 404, b'{"message":"not found"}', "application/json")
        ticket = uuid.uuid4().hex
        self._tickets[ticket] = self.ticket_ttl
        if self.challenge_variant == "v2":
            return _send(h, 200, json.dumps({"hash": ticket[:8], "token": ticket}).encode(), "application/json")
        _send(h, 200, b"", "application/json", {"Set-Cookie": f"k6={ticket}; Path=/"})

    def _ticket_valid(self, h: BaseHTTPRequestHandler) -> bool:
        if self.guard_always_refuses:
            return False
        if self.challenge_variant == "v2":
            ticket = h.headers.get("token")
            if not ticket or h.headers.get("hash") != ticket[:8]:
                return False
        else:
            cookies = dict(
                part.strip().split("=", 1) for part in (h.headers.get("Cookie") or "").split(";") if "=" in part
            )
            ticket = cookies.get("k6")
        with self._lock:
            if ticket not in self._tickets:
                return False
            remaining = self._tickets[ticket]
            if remaining is not None:
                if remaining <= 0:
                    del self._tickets[ticket]
                    return False
                self._tickets[ticket] = remaining - 1
        return True

    def _list(self, h: BaseHTTPRequestHandler, query: dict[str, str]) -> None:
        lang = h.headers.get("Accept-Language", "ru")
        project = query.get("projects", "").removeprefix("eq:")
        page, size = int(query.get("page", "1")), int(query.get("size", "20"))
        if self.ignore_filters:
            selected = list(self.items.values())
        else:
            selected = [i for i in self.items.values() if i["project"] == project and lang in i["translations"]]
        created_filter = query.get("created_date")
        if created_filter:
            operator, _, value = created_filter.partition(":")
            if operator != "gt":
                return _send(h, 500, b'{"message":"Internal Server Error"}', "application/json")
            cursor = _instant(value)
            # An item without a created_date (a malformed one) matches every filter.
            selected = [i for i in selected if not i.get("created_date") or _instant(i["created_date"]) > cursor]
        selected.sort(key=lambda i: (_instant(i.get("created_date") or "1970-01-01T00:00:00"), i["id"]), reverse=True)
        start = (page - 1) * size
        if self.overlapping_pages and page > 1:
            start -= 1
        body = [self._render(i, self._language(i, lang), with_body=self.list_includes_body) for i in selected[start:start + size]]
        payload = json.dumps(body, ensure_ascii=False).encode()
        for marker, replacement in self.corrupt.items():
            payload = payload.replace(marker, replacement)
        _send(h, 200, payload, "application/json;charset=UTF-8")

    def _language(self, item: dict, asked: str) -> str:
        if not self.ignore_filters:
            return asked
        return "en" if "en" in item["translations"] else next(iter(item["translations"]))

    def _detail(self, h: BaseHTTPRequestHandler, item_id: str) -> None:
        lang = h.headers.get("Accept-Language", "ru")
        item = self.items.get(int(item_id)) if item_id.isdigit() else None
        if item is None or lang not in item["translations"]:
            return _send(h, 404, b'{"message":"not found"}', "application/json")
        _send(h, 200, json.dumps(self._render(item, lang, with_body=True), ensure_ascii=False).encode(), "application/json")

    def _render(self, item: dict, lang: str, *, with_body: bool) -> dict:
        text = item["translations"][lang]
        rendered = {
            **({"projects": [{"code": item["project"]}]} if self.render_projects else {}),
            "id": item["id"],
            "title": text["title"],
            "created_date": item.get("created_date"),
            "updated_date": item.get("updated_date"),
            "heropic": f"/uploads/{item['id']}/hero.jpg",
        }
        if with_body:
            rendered["body"] = text["body"]
        return rendered

    # --- faults ------------------------------------------------------------------
    def _take_fault(self, path: str) -> Fault | None:
        for fault in self._faults:
            if fault.times > 0 and path.startswith(fault.path_prefix):
                fault.times -= 1
                return fault
        return None

    def _apply_fault(self, h: BaseHTTPRequestHandler, fault: Fault) -> bool:
        """Answer with the fault; False when the request should then be served normally."""
        o = fault.options
        if fault.kind == "status":
            _send(h, o["status"], o.get("body", b"{}"), "application/json", o.get("headers"))
        elif fault.kind == "delay":
            time.sleep(o["seconds"])
            return False
        elif fault.kind == "truncate":
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", "5000")
            h.end_headers()
            h.wfile.write(b'[{"id": 1, "title": "cut')
            h.wfile.flush()
            h.close_connection = True
        elif fault.kind == "invalid_json":
            _send(h, 200, b'[{"id": 900001, "title": "Deputy Min', "application/json")
        elif fault.kind == "html":
            page = b"<!DOCTYPE html><html><head><title>gov.kz</title></head><body>Technical works</body></html>"
            _send(h, 200, page, "text/html; charset=utf-8")
        elif fault.kind == "big":
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            if o.get("declare_length"):
                h.send_header("Content-Length", str(o["size"]))
            h.end_headers()
            try:
                for _ in range(o["size"] // 1024):
                    h.wfile.write(b" " * 1024)
            except OSError:
                pass  # the client aborted at its cap, as it should
            h.close_connection = True
        elif fault.kind == "redirect":
            _send(h, 302, b"", "text/plain", {"Location": o["location"]})
        else:
            raise ValueError(f"unknown fault {fault.kind}")
        return True


def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        h.send_header(name, value)
    h.end_headers()
    try:
        h.wfile.write(body)
    except OSError:
        pass  # the client gave up (read timeout)


def _instant(value: str) -> datetime:
    """gov.kz filter values come without an offset; they are UTC like created_date."""
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)

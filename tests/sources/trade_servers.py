"""Local HTTP servers standing in for stat.gov.kz and Comext in tests.

Real sockets on 127.0.0.1 and a random port, so the shared HTTP client's
retries, status handling and allow-list are exercised as in production. Each
route answers a scripted sequence of replies (the last one repeats), which is
how faults such as "500, then success" are staged.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

from sources.http import HttpClient, HttpSettings


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"


@dataclass
class Hit:
    path: str
    headers: dict[str, str]


@dataclass
class FakeSite:
    base_url: str
    routes: dict[str, list[Reply]]
    hits: list[Hit] = field(default_factory=list)

    def hits_for(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]


@contextmanager
def serve(routes: dict[str, list[Reply]]) -> Iterator[FakeSite]:
    """Serve `routes` ({path with query: replies}); unknown paths answer 404."""
    lock = threading.Lock()
    site = FakeSite(base_url="", routes={path: list(replies) for path, replies in routes.items()})

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            with lock:
                site.hits.append(Hit(path=self.path, headers=dict(self.headers)))
                replies = site.routes.get(self.path)
                if replies is None:
                    reply = Reply(404, b"not found")
                else:
                    reply = replies.pop(0) if len(replies) > 1 else replies[0]
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    # A short poll interval keeps shutdown (once per test) from costing half a second.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def local_client() -> HttpClient:
    """The shared client, allowed onto 127.0.0.1 over plain HTTP, retrying without waiting."""
    settings = HttpSettings(
        allowed_hosts=frozenset({"127.0.0.1"}),
        allowed_schemes=frozenset({"http"}),
        requests_per_second=None,
        max_retries=2,
        connect_timeout_s=2.0,
        read_timeout_s=5.0,
    )
    return HttpClient(settings, sleep=lambda seconds: None)

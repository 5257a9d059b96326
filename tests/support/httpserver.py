"""A real HTTP server on 127.0.0.1 for tests, with routes that can be added while it runs."""

from __future__ import annotations

import contextlib
import gzip
import ssl
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

Writer = Callable[["_Handler"], None]


@dataclass
class Response:
    """One canned response; `stream` replaces the body with a custom writer (drip, endless)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    delay: float = 0.0
    stream: Writer | None = None


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]


@lru_cache(maxsize=4)
def _gzip_of_zeros(size: int) -> bytes:
    return gzip.compress(b"\0" * size, compresslevel=9)


class _Handler(BaseHTTPRequestHandler):
    server: LocalHTTPServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.server.record(SeenRequest("GET", self.path, dict(self.headers.items())))
        self._answer()

    def _answer(self) -> None:
        # In flight from the request's arrival until its answer starts: a client that has read
        # the whole body may already have sent its next request while this thread is still
        # returning from the write, which would count one request twice.
        with self.server.in_flight():
            response = self.server.next_response(self.path)
            if response.delay:
                time.sleep(response.delay)
        self.send_response(response.status)
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.stream is None:
            if "Content-Length" not in response.headers:
                self.send_header("Content-Length", str(len(response.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(response.body)
            return
        # Streamed bodies end when the connection closes.
        self.send_header("Connection", "close")
        self.end_headers()
        # The client giving up is what these bodies are for.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            response.stream(self)

    def log_message(self, format: str, *args) -> None:
        pass


class LocalHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer on an ephemeral port of 127.0.0.1, serving a mutable route table.

    Unknown paths answer 404. A route holds a sequence of responses served in turn; the last one
    repeats, so a single response is simply a sequence of one.
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, *, tls: tuple[str, str] | None = None) -> None:
        """`tls`: (certificate file, key file) to serve https instead of http."""
        super().__init__(("127.0.0.1", 0), _Handler)
        self.scheme = "http"
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.socket = context.wrap_socket(self.socket, server_side=True)
            self.scheme = "https"
        self._lock = threading.Lock()
        self._routes: dict[str, list[Response]] = {}
        self._served: dict[str, int] = {}
        self.requests: list[SeenRequest] = []
        self._active = 0
        self.peak_in_flight = 0  # the most requests it was working on (before answering) at once
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def handle_error(self, request, client_address) -> None:
        # Clients that hang up early (a refused body, a deadline) are the point of many tests.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError, ssl.SSLError)):
            super().handle_error(request, client_address)

    # --- lifecycle ---------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        return f"{self.scheme}://{self.host}{path}"

    def start(self) -> LocalHTTPServer:
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> LocalHTTPServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- routes ------------------------------------------------------------------------------
    def sequence(self, path: str, *responses: Response) -> str:
        """Serve `responses` one after the other on `path` (the last one repeats); its URL."""
        with self._lock:
            self._routes[path] = list(responses)
            self._served[path] = 0
        return self.url(path)

    def route(
        self,
        path: str,
        *,
        status: int = 200,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        content_type: str | None = "text/html; charset=utf-8",
        delay: float = 0.0,
    ) -> str:
        return self.sequence(path, Response(status, body, dict(headers or {}), content_type, delay))

    def redirect(self, path: str, to: str, *, status: int = 302) -> str:
        """`path` answers `status` with Location `to` (relative or absolute)."""
        return self.sequence(path, Response(status, b"", {"Location": to}, None))

    def slow_drip(
        self,
        path: str,
        *,
        chunk: bytes = b"x",
        interval: float = 0.05,
        content_type: str = "text/html; charset=utf-8",
    ) -> str:
        """A body that trickles in forever: one `chunk` every `interval` seconds."""

        def drip(handler: _Handler) -> None:
            while not self.stopping.is_set():
                handler.wfile.write(chunk)
                handler.wfile.flush()
                time.sleep(interval)

        return self.sequence(path, Response(content_type=content_type, stream=drip))

    def endless(
        self,
        path: str,
        *,
        chunk_size: int = 64 * 1024,
        content_type: str = "text/html; charset=utf-8",
    ) -> str:
        """A body that never ends and arrives as fast as the client reads."""
        block = b"<p>" + b"a" * (chunk_size - 3)

        def flood(handler: _Handler) -> None:
            while not self.stopping.is_set():
                handler.wfile.write(block)

        return self.sequence(path, Response(content_type=content_type, stream=flood))

    def gzip_bomb(
        self,
        path: str,
        *,
        decoded_size: int = 64 * 1024 * 1024,
        content_type: str = "text/html; charset=utf-8",
    ) -> str:
        """A small gzip body (about 1/1000 of `decoded_size`) that inflates to `decoded_size`."""
        body = _gzip_of_zeros(decoded_size)
        return self.sequence(path, Response(200, body, {"Content-Encoding": "gzip"}, content_type))

    # --- used by the handler -----------------------------------------------------------------
    def next_response(self, raw_path: str) -> Response:
        path = urlsplit(raw_path).path
        with self._lock:
            key = raw_path if raw_path in self._routes else path
            responses = self._routes.get(key)
            if not responses:
                return Response(404, b"not found", content_type="text/plain")
            index = min(self._served[key], len(responses) - 1)
            self._served[key] += 1
            return responses[index]

    def record(self, request: SeenRequest) -> None:
        with self._lock:
            self.requests.append(request)

    @contextlib.contextmanager
    def in_flight(self) -> Iterator[None]:
        with self._lock:
            self._active += 1
            self.peak_in_flight = max(self.peak_in_flight, self._active)
        try:
            yield
        finally:
            with self._lock:
                self._active -= 1

    def hits(self, path: str) -> int:
        """How many requests reached `path` (query string ignored)."""
        with self._lock:
            return sum(1 for r in self.requests if urlsplit(r.path).path == path)

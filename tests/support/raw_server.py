"""A raw TCP server on 127.0.0.1 that answers every connection with the same bytes.

For responses no HTTP server library would send: a broken status line, too many headers, a
header line longer than any client accepts.
"""

from __future__ import annotations

import contextlib
import socket
import threading


class RawServer:
    """Read the request head, write `reply` verbatim, close."""

    def __init__(self, reply: bytes) -> None:
        self.reply = reply
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/page"

    def start(self) -> RawServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=2)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with conn, contextlib.suppress(OSError):
                conn.settimeout(2)
                received = b""
                while b"\r\n\r\n" not in received:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    received += chunk
                conn.sendall(self.reply)


def _headers(count: int) -> bytes:
    return b"".join(b"X-H%d: v\r\n" % i for i in range(count))


# The three malformed answers the attack found, each of which used to sink the whole job.
MALFORMED = {
    "bad_status_line": b"HTPP/1.1 two hundred OK\r\nContent-Length: 2\r\n\r\nok",
    "too_many_headers": b"HTTP/1.1 200 OK\r\n" + _headers(150) + b"Content-Length: 2\r\n\r\nok",
    "long_header_line": b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 65536 + b"\r\n"
    b"Content-Length: 2\r\n\r\nok",
}

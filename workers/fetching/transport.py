"""Connections the fetcher opens: to a checked IP only, under a deadline nothing can stretch."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from dataclasses import dataclass

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.exceptions import SSLError as Urllib3SSLError

from workers.fetching.addresses import IPAddress
from workers.fetching.errors import FetchError, FetchErrorCode
from workers.fetching.urls import Target


@dataclass(frozen=True)
class Options:
    """One fetch's limits, resolved from its arguments and the settings at call time."""

    allow_private: bool
    max_bytes: int
    timeout: float
    deadline_at: float  # time.monotonic() value
    accept: frozenset[str]
    user_agent: str
    obey_robots: bool
    allow_hosts: frozenset[str]

    def remaining(self) -> float:
        return self.deadline_at - time.monotonic()


class Watchdog:
    """Shut the socket at the deadline, so no drip-fed header or body outlives it.

    A read timeout alone restarts with every byte received; only a clock outside the read loop
    bounds the whole exchange.
    """

    def __init__(self, sock: socket.socket, seconds: float) -> None:
        self.fired = False
        self._sock = sock
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.fired = True
        with contextlib.suppress(OSError):  # already closed: nothing left to stop
            self._sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


def connect(target: Target, addresses: list[IPAddress], options: Options) -> HTTPConnection:
    """Open a connection to one of the checked addresses, never to a fresh DNS answer."""
    last: FetchError | None = None
    for ip in addresses:
        remaining = options.remaining()
        if remaining <= 0:
            break
        timeout = min(options.timeout, remaining)
        if target.scheme == "https":
            # Connect to the IP but verify the certificate (and send SNI) for the name.
            conn: HTTPConnection = HTTPSConnection(
                str(ip),
                target.port,
                timeout=timeout,
                server_hostname=target.host,
                assert_hostname=target.host,
                cert_reqs="CERT_REQUIRED",
            )
        else:
            conn = HTTPConnection(str(ip), target.port, timeout=timeout)
        try:
            conn.connect()
            return conn
        except NewConnectionError as exc:
            # Checked first: urllib3 makes NewConnectionError a subclass of ConnectTimeoutError.
            last = FetchError(
                FetchErrorCode.CONNECT, f"Cannot connect to {target.host} ({ip}): {exc}."
            )
        except (ConnectTimeoutError, TimeoutError):
            last = FetchError(
                FetchErrorCode.TIMEOUT, f"Connecting to {target.host} ({ip}) timed out."
            )
        except (ssl.SSLError, ssl.CertificateError, Urllib3SSLError) as exc:
            conn.close()
            raise FetchError(FetchErrorCode.TLS, f"TLS with {target.host} failed: {exc}.") from None
        except OSError as exc:
            last = FetchError(
                FetchErrorCode.CONNECT, f"Cannot connect to {target.host} ({ip}): {exc}."
            )
        conn.close()
    raise last or FetchError(
        FetchErrorCode.TIMEOUT, f"Deadline reached before connecting to {target.host}."
    )

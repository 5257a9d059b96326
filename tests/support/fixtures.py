"""Pytest fixtures for the local HTTP server (registered as a plugin by tests/conftest.py)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from tests.support.httpserver import LocalHTTPServer


@pytest.fixture
def local_server() -> Iterator[LocalHTTPServer]:
    """A started server on 127.0.0.1:<free port>, shut down after the test."""
    with LocalHTTPServer() as server:
        yield server


@pytest.fixture
def other_local_server() -> Iterator[LocalHTTPServer]:
    """A second, independent server, for tests that need two origins."""
    with LocalHTTPServer() as server:
        yield server


@pytest.fixture(scope="session")
def self_signed_cert(tmp_path_factory) -> tuple[str, str]:
    """A throwaway certificate for "localhost" that no trust store knows (made with openssl)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def local_tls_server(self_signed_cert) -> Iterator[LocalHTTPServer]:
    """A started https server on 127.0.0.1 with a self-signed certificate."""
    with LocalHTTPServer(tls=self_signed_cert) as server:
        yield server

"""Which IP addresses the fetcher may connect to, and DNS resolution with a deadline."""

from __future__ import annotations

import ipaddress
import os
import socket
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from workers.fetching.errors import FetchError, FetchErrorCode

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Ranges `is_global` does not already exclude on Python 3.11 but no source lives on.
_EXTRA_BLOCKED = [
    ipaddress.ip_network("100.64.0.0/10"),  # carrier-grade NAT, reachable from inside some clouds
    ipaddress.ip_network("fec0::/10"),  # deprecated IPv6 site-local
    ipaddress.ip_network("64:ff9b:1::/48"),  # local-use NAT64
]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 form carries (mapped, 6to4, Teredo client, NAT64), if any."""
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


# What VERIFIER_FETCH_ALLOW_PRIVATE opens (tests, demos on a LAN). Link-local stays closed even
# then: it holds the cloud metadata service (169.254.169.254), never a page worth reading.
_PRIVATE_KINDS = {"loopback", "private", "shared or site-local"}


def blocked_reason(ip: IPAddress, *, allow_private: bool = False) -> str | None:
    """Why the fetcher must not connect to `ip`, or None when it may."""
    reason = _kind(ip)
    if reason in _PRIVATE_KINDS and allow_private:
        return None
    return reason


def _kind(ip: IPAddress) -> str | None:
    """The kind of non-public address `ip` is, or None when it is a public unicast address."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            return _kind(inner)
    for label, flag in (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    ):
        if flag:
            return label
    if any(ip in net for net in _EXTRA_BLOCKED if net.version == ip.version):
        return "shared or site-local"
    if not ip.is_global:
        return "non-global"
    return None


_executor: ThreadPoolExecutor | None = None
_executor_pid: int | None = None


def _resolver() -> ThreadPoolExecutor:
    # getaddrinfo has no timeout of its own; running it in a thread lets the caller give up at
    # its deadline. Created per process because Celery's prefork children inherit no threads.
    global _executor, _executor_pid
    if _executor is None or _executor_pid != os.getpid():
        _executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="fetch-dns")
        _executor_pid = os.getpid()
    return _executor


def resolve(host: str, port: int, *, timeout: float) -> list[IPAddress]:
    """Every address `host` resolves to (deduplicated, in resolver order)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    future = _resolver().submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=max(timeout, 0.001))
    except FutureTimeout:
        raise FetchError(FetchErrorCode.TIMEOUT, f"DNS lookup for {host} timed out.") from None
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(FetchErrorCode.DNS, f"{host} does not resolve: {exc}.") from None
    except OSError as exc:
        raise FetchError(FetchErrorCode.DNS, f"DNS lookup for {host} failed: {exc}.") from None
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise FetchError(FetchErrorCode.DNS, f"{host} resolves to no address.")
    return addresses

"""The address policy on its own: which IPs the fetcher will connect to."""

import ipaddress

import pytest

from workers.fetching.addresses import blocked_reason


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "2002:7f00:1::",  # 6to4 around 127.0.0.1
        "2002:a00:1::",  # 6to4 around 10.0.0.1
        "64:ff9b::a9fe:a9fe",  # NAT64 around 169.254.169.254
    ],
)
def test_it_refuses_non_public_addresses(address):
    assert blocked_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"])
def test_it_allows_public_addresses(address):
    assert blocked_reason(ipaddress.ip_address(address)) is None


def test_it_opens_loopback_and_private_but_never_metadata_with_the_switch():
    allowed = lambda a: blocked_reason(ipaddress.ip_address(a), allow_private=True) is None  # noqa: E731
    assert allowed("127.0.0.1") and allowed("10.1.2.3") and allowed("::1")
    assert not allowed("169.254.169.254")
    assert not allowed("0.0.0.0")

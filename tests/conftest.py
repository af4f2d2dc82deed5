"""Test set-up: offline everywhere, and any connection off this machine fails the test that made it."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

# CI runs the same examples every time (a red CI must be reproducible); locally hypothesis explores freely.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
    "DO_NOT_TRACK": "1",
}.items():
    os.environ[_key] = _value
for _key in [k for k in os.environ if k.startswith("WARMLINE_")]:
    del os.environ[_key]  # a developer's own configuration must not leak into the tests

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"
ATTEMPTS: list[str] = []


class NetworkBlockedError(RuntimeError):
    pass


def _is_local(address: Any) -> bool:
    if isinstance(address, str | bytes):  # unix socket path
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if not _is_local(address):
        ATTEMPTS.append(repr(address))
        raise NetworkBlockedError(f"test tried to reach {address!r}: network calls are forbidden in tests")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    if not _is_local(address):
        ATTEMPTS.append(repr(address))
        raise NetworkBlockedError(f"test tried to reach {address!r}: network calls are forbidden in tests")
    return _real_connect_ex(self, address)


_real_getaddrinfo = socket.getaddrinfo


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    name = host.decode() if isinstance(host, bytes) else host
    if name is not None and not _is_local((name, 0)) and not _is_numeric(name):
        ATTEMPTS.append(f"dns:{name}")
        raise NetworkBlockedError(f"test tried to resolve {name!r}: network calls are forbidden in tests")
    return _real_getaddrinfo(host, *args, **kwargs)


def _is_numeric(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


socket.getaddrinfo = _guarded_getaddrinfo
socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _no_outbound_network() -> Iterator[None]:
    before = len(ATTEMPTS)
    yield
    assert ATTEMPTS[before:] == [], f"outbound connections attempted: {ATTEMPTS[before:]}"


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.exists():
        pytest.skip("../shared/data is not beside the project")
    return SHARED_DATA


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests run last (they are the slowest, and sync Playwright must not precede async tests)."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)

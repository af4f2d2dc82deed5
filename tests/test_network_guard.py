import socket

import pytest

from tests.conftest import ATTEMPTS, NetworkBlockedError


def test_a_connection_off_this_machine_is_refused_and_recorded() -> None:
    before = len(ATTEMPTS)
    with pytest.raises(NetworkBlockedError):
        socket.create_connection(("192.0.2.1", 443), timeout=1)
    assert len(ATTEMPTS) == before + 1
    del ATTEMPTS[before:]  # this test made the attempt on purpose


def test_loopback_is_allowed() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname(), timeout=1)
    client.close()
    server.close()

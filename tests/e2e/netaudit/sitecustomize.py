"""Network audit for a whole process: Python imports this at start-up when this folder is on PYTHONPATH and
NETAUDIT_LOG names a file (tests/e2e/test_server_no_outbound.py starts the real server that way).

An audit hook sees every socket bind, connect and name lookup the process (and any Python child) attempts,
appends it to that file as one JSON line, and refuses the ones that would leave this machine, so a test can
both prove that none was attempted and be sure that none got through.
"""

from __future__ import annotations

import ipaddress
import json
import os
import sys
from typing import Any

_LOG = os.environ.get("NETAUDIT_LOG")
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}
_EVENTS = {
    "socket.bind",
    "socket.connect",
    "socket.sendto",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyname_ex",
    "socket.gethostbyaddr",
}


def _target(event: str, args: tuple[Any, ...]) -> Any:
    # socket.bind/connect/sendto pass (socket, address); the lookups pass the host name first.
    return args[1] if event in ("socket.bind", "socket.connect", "socket.sendto") else args[0]


def _host(target: Any) -> str | None:
    if isinstance(target, tuple):
        target = target[0]
    if isinstance(target, bytes):
        target = target.decode("ascii", "replace")
    return None if target is None else str(target)


def is_local(event: str, target: Any) -> bool:
    if (
        isinstance(target, str | bytes)
        and event != "socket.getaddrinfo"
        and not event.startswith("socket.gethost")
    ):
        return True  # a Unix socket path
    host = _host(target)
    if host is None or host.lower() in _LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False  # a name to resolve: that would ask a DNS server
    return address.is_loopback or (event == "socket.bind" and address.is_unspecified)


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event not in _EVENTS or _LOG is None:
        return
    target = _target(event, args)
    local = is_local(event, target)
    record = {"pid": os.getpid(), "event": event, "target": repr(target), "local": local}
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps(record) + "\n")
    if not local:
        raise PermissionError(f"outbound network refused by the test's audit hook: {event} {target!r}")


if _LOG:
    sys.addaudithook(_hook)

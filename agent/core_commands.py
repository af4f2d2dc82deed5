"""`warmline setup`, `warmline chat` and `warmline reply`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.commands import CommandGroups


def register(groups: CommandGroups) -> None:
    setup = groups.top.add_parser("setup", help="prepare the data directory and the offline frontend")
    setup.set_defaults(handler=_setup)


def _setup(args: argparse.Namespace) -> int:
    return 0

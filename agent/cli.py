"""The `warmline` command: chat, reply, setup (more subcommands are registered by their modules)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from agent import commands

    parser = argparse.ArgumentParser(prog="warmline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    commands.register(sub)
    args = parser.parse_args(argv)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

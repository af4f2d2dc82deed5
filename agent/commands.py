"""Subcommands of `warmline`. Each concept registers its own `train`/`eval`/`bench` commands in its module's
`register(groups)`; this file only builds the command tree."""

from __future__ import annotations

import argparse
import importlib
from dataclasses import dataclass
from typing import Any

# Modules that contribute subcommands; each exposes `register(groups: CommandGroups) -> None`.
_PLUGINS = (
    "agent.core_commands",
    "strategies.commands",
    "agent.perception_commands",
    "agent.safety_commands",
    "memory.commands",
    "agent.drafting_commands",
    "bench.commands",
    "agent.study_commands",
)


@dataclass(frozen=True)
class CommandGroups:
    top: Any  # argparse's private _SubParsersAction: `warmline X`
    train: Any  # `warmline train X`
    eval: Any  # `warmline eval X`
    bench: Any  # `warmline bench X`
    ingest: Any  # `warmline ingest X`


def register(sub: Any) -> None:
    groups = CommandGroups(
        top=sub,
        train=_group(sub, "train", "train a model from the data in ../shared/data"),
        eval=_group(sub, "eval", "measure a stage; prints one JSON object on its last line"),
        bench=_group(sub, "bench", "measure speed; prints one JSON object on its last line"),
        ingest=_group(sub, "ingest", "add data to the demonstration store"),
    )
    for name in _PLUGINS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(groups)


def _group(sub: Any, name: str, help_text: str) -> Any:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    return parser.add_subparsers(dest=f"{name}_command", required=True)

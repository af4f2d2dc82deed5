"""`warmline ingest esconv --path FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.commands import CommandGroups


def register(groups: CommandGroups) -> None:
    esconv = groups.ingest.add_parser("esconv", help="add an ESConv JSONL file to the demonstration store")
    esconv.add_argument("--path", type=Path, required=True)
    esconv.set_defaults(handler=_ingest_esconv)


def _ingest_esconv(args: argparse.Namespace) -> int:
    from collections import Counter

    from agent.embeddings import shared_embedder
    from agent.settings import Settings
    from memory.ingest import IngestSummary, esconv_demonstrations
    from memory.store import DemonstrationStore

    if not args.path.exists():
        print(f"no such file: {args.path}")
        return 2
    found, skipped = esconv_demonstrations(args.path)
    unique = list({d.id: d for d in found}.values())
    settings = Settings()
    store = DemonstrationStore.at(settings.store_dir, shared_embedder(), settings.chroma_url)
    store.ensure_embedded_set()
    added = store.add(unique, progress=True)
    summary = IngestSummary(
        dialogues=skipped["dialogues_read"],
        supporter_turns=len(found) + skipped["risk"] + skipped["unlabelled"],
        added=added,
        already_present=len(unique) - added,
        skipped_risk=skipped["risk"],
        skipped_unlabelled=skipped["unlabelled"],
        per_strategy=dict(Counter(d.strategy.value for d in unique)),
    )
    print(f"store now holds {store.count()} demonstrations")
    print(summary.model_dump_json())
    return 0

"""`warmline setup`, `warmline chat` and `warmline reply`."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from typing import TYPE_CHECKING

from agent.settings import PROJECT_ROOT, Settings

if TYPE_CHECKING:
    from agent.commands import CommandGroups
    from agent.schema import TurnResult

# Set for every process we start: nothing may phone home or reach a model hub.
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "CHAINLIT_TELEMETRY": "false",
    "TOKENIZERS_PARALLELISM": "false",
    "DO_NOT_TRACK": "1",
}


def register(groups: CommandGroups) -> None:
    setup = groups.top.add_parser("setup", help="build the offline frontend and the demonstration store")
    setup.set_defaults(handler=_setup)
    chat = groups.top.add_parser("chat", help="start the chat UI (Chainlit)")
    chat.add_argument("--host", default="127.0.0.1")
    chat.add_argument("--port", type=int, default=8000)
    chat.set_defaults(handler=_chat)
    reply = groups.top.add_parser("reply", help="one turn through the whole pipeline")
    reply.add_argument("text")
    reply.add_argument("--json", action="store_true", help="print the turn as one JSON object")
    reply.set_defaults(handler=_reply)


def _setup(args: argparse.Namespace) -> int:
    from agent.embeddings import shared_embedder
    from agent.frontend import build_offline_frontend
    from memory.store import DemonstrationStore

    os.environ.update(OFFLINE_ENV)
    print(f"offline frontend: {build_offline_frontend()}")
    settings = Settings()
    store = DemonstrationStore.at(settings.store_dir, shared_embedder(), settings.chroma_url)
    added = store.ensure_embedded_set()
    print(f"demonstration store: {store.count()} documents ({added} added now)")
    from agent.emotion import load_classifier

    load_classifier().probabilities(["warming up"])  # exports the emotion graph for ONNX Runtime, once
    print(f"model graphs: {settings.inference_engine.value}, cached in {settings.cache_dir}")
    return 0


def chainlit_command(host: str, port: int) -> list[str]:
    """The one way Warmline starts its UI server: `warmline chat`, the benchmarks and the browser tests."""
    app = str(PROJECT_ROOT / "app.py")
    return [sys.executable, "-m", "chainlit", "run", app, "--headless", "--host", host, "--port", str(port)]


def _chat(args: argparse.Namespace) -> int:
    env = {**os.environ, **OFFLINE_ENV}
    command = chainlit_command(args.host, args.port)
    print(f"Warmline is starting at http://{args.host}:{args.port}", flush=True)
    os.chdir(PROJECT_ROOT)  # Chainlit reads .chainlit/ and chainlit.md from the working directory
    os.execve(sys.executable, command, env)


def _reply(args: argparse.Namespace) -> int:
    os.environ.update(OFFLINE_ENV)
    from agent.pipeline import respond
    from agent.schema import Conversation

    result = asyncio.run(respond(Conversation(), args.text))
    print(json.dumps(reply_json(result), ensure_ascii=False) if args.json else result.reply)
    return 0


def reply_json(result: TurnResult) -> dict[str, object]:
    perception = result.perception
    emotion = perception.emotion if perception else None
    return {
        "reply": result.reply,
        "emotion": emotion.model_dump(mode="json") if emotion else None,
        "cause": perception.cause.model_dump(mode="json") if perception and perception.cause else None,
        "problem": perception.problem if perception else None,
        "strategy": result.decision.model_dump(mode="json") if result.decision else None,
        "demonstrations": [d.model_dump(mode="json") for d in result.demonstrations],
        "verdict": result.verdict.model_dump(mode="json") if result.verdict else None,
        "risk": result.turn.risk.model_dump(mode="json"),
        "issues": [i.value for i in result.turn.issues],
        "latency_ms": result.trace.latency_ms,
        "stages": {r.stage.value: r.latency_ms for r in result.trace.stages},
        "turn_id": result.turn.id,
    }

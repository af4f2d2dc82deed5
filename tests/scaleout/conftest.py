"""The scaled layout, started for real on loopback: PostgreSQL for Chainlit's history, the Chroma server for the
demonstrations, two app workers sharing one data folder, and nginx in front with sticky sessions, serving the
app under a URL sub-path. `make test` installs the Debian packages (scripts/ensure-*.sh); in CI a missing
binary fails the tests instead of skipping them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from memory.identity import load_or_create_secret
from tests.scaleout.servers import (
    Nginx,
    Postgres,
    Process,
    nginx_bin,
    postgres_bin,
    start_chroma,
    start_nginx,
    start_postgres,
    start_worker,
    wait_for_worker,
)

ROOT_PATH = "/warmline"
WORKERS = 2


def _need(binary: Path | None, what: str, script: str) -> Path:
    if binary is not None:
        return binary
    message = f"{what} is not installed: `make test` installs it (scripts/{script})"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    server = start_postgres(_need(postgres_bin(), "PostgreSQL", "ensure-postgres.sh"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Process]:
    server = start_chroma(tmp_path_factory.mktemp("chroma-server") / "data")
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Deployment:
    """What a visitor reaches (base_url + root_path) and what sits behind it."""

    base_url: str
    root_path: str
    nginx: Nginx
    workers: list[Process]
    data_dir: Path
    postgres: Postgres
    chroma_url: str


@pytest.fixture(scope="session")
def deployment(
    postgres: Postgres, chroma_server: Process, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployment]:
    nginx = _need(nginx_bin(), "nginx", "ensure-nginx.sh")
    data_dir = tmp_path_factory.mktemp("scaled-data")
    # The workers share one data folder; its session-signing secret is made once, before they race for it.
    load_or_create_secret(data_dir / "auth_secret")
    env = {"WARMLINE_CHAINLIT_DATABASE_URL": postgres.url, "WARMLINE_CHROMA_URL": chroma_server.url}
    workers = [start_worker(data_dir, f"worker{i}", env, ROOT_PATH) for i in range(WORKERS)]
    try:
        with ThreadPoolExecutor(WORKERS) as pool:
            list(pool.map(lambda w: wait_for_worker(w, ROOT_PATH), workers))
        proxy = start_nginx(nginx, ROOT_PATH, [w.url.removeprefix("http://") for w in workers])
        try:
            yield Deployment(proxy.url, ROOT_PATH, proxy, workers, data_dir, postgres, chroma_server.url)
        finally:
            proxy.stop()
    finally:
        for worker in workers:
            worker.stop()

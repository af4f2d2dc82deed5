"""Start the real Chainlit app on a free loopback port (for the load benchmark and the browser tests)."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from agent.core_commands import OFFLINE_ENV, chainlit_command
from agent.settings import PROJECT_ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_serving(url: str, process: subprocess.Popen[bytes], timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout_s} s")


class AppProcess:
    """The app as a child process; `kill()` is an abrupt SIGKILL (for crash tests), `stop()` a clean stop."""

    def __init__(
        self, data_dir: Path, extra_env: dict[str, str] | None = None, port: int | None = None
    ) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, **OFFLINE_ENV, "WARMLINE_DATA_DIR": str(data_dir), **(extra_env or {})}
        self._log = (data_dir / "server.log").open("ab")
        self.process = subprocess.Popen(
            chainlit_command("127.0.0.1", self.port),
            cwd=PROJECT_ROOT,
            env=env,
            stdout=self._log,
            stderr=self._log,
        )
        try:
            wait_until_serving(self.url, self.process)
        except BaseException:
            self.kill()
            raise

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=15)
        self._log.close()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()


@contextmanager
def running_app(data_dir: Path, extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """Yields the base URL; the server's output goes to data_dir/server.log."""
    app = AppProcess(data_dir, extra_env)
    try:
        yield app.url
    finally:
        app.stop()

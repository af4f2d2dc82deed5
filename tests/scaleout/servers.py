"""Real servers on loopback for the scale-out tests: a throwaway PostgreSQL cluster from Debian's binaries, the
Chroma server from the chromadb package, app workers, and Debian's nginx rendered from deploy/'s template.

Each start returns a handle whose stop() ends only the processes it started.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from agent.core_commands import OFFLINE_ENV, chainlit_command
from bench.server import free_port, wait_until_serving

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEPLOY = PROJECT_ROOT / "deploy"
CHROMA = Path(sys.executable).parent / "chroma"


def postgres_bin() -> Path | None:
    """Debian's newest PostgreSQL (the tests were written against 15), or None when it is not installed."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


def nginx_bin() -> Path | None:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    return Path(found) if found else None


@dataclass
class Postgres:
    bin_dir: Path
    base: Path
    port: int

    @property
    def dsn(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/warmline"

    @property
    def url(self) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/warmline"

    def stop(self) -> None:
        _as_postgres([str(self.bin_dir / "pg_ctl"), "-D", str(self.base / "data"), "-m", "immediate", "stop"])
        shutil.rmtree(self.base, ignore_errors=True)


def _as_postgres(command: list[str]) -> None:
    # PostgreSQL refuses to run as root; as root we run it as Debian's `postgres` system user.
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run(prefix + command, check=True, capture_output=True, timeout=120)


def start_postgres(bin_dir: Path) -> Postgres:
    """A fresh cluster in a temp folder (trust auth, loopback only, no fsync: it is thrown away)."""
    base = Path(tempfile.mkdtemp(prefix="warmline-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    server = Postgres(bin_dir, base, free_port())
    data = str(base / "data")
    _as_postgres(
        [str(bin_dir / "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]
    )
    options = f"-c listen_addresses=127.0.0.1 -p {server.port} -k {base} -c fsync=off"
    _as_postgres([str(bin_dir / "pg_ctl"), "-D", data, "-o", options, "-l", str(base / "log"), "-w", "start"])
    createdb = [str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres"]
    subprocess.run([*createdb, "warmline"], check=True, capture_output=True, timeout=60)
    return server


@dataclass
class Process:
    """A child process with its output in a log file."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)


def _spawn(command: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def start_chroma(path: Path) -> Process:
    port = free_port()
    env = {**os.environ, **OFFLINE_ENV}
    command = [str(CHROMA), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)]
    server = Process(
        f"http://127.0.0.1:{port}", _spawn(command, path.parent / "chroma.log", env), path.parent
    )
    wait_until_serving(f"{server.url}/api/v2/heartbeat", server.process, timeout_s=60.0)
    return server


def start_worker(data_dir: Path, name: str, env: dict[str, str], root_path: str) -> Process:
    """One app worker, started exactly as `warmline chat` starts it, with CHAINLIT_ROOT_PATH for a sub-path."""
    port = free_port()
    full_env = {**os.environ, **OFFLINE_ENV, "WARMLINE_DATA_DIR": str(data_dir), **env}
    full_env["CHAINLIT_ROOT_PATH"] = root_path
    log = data_dir / f"{name}.log"
    worker = Process(
        f"http://127.0.0.1:{port}", _spawn(chainlit_command("127.0.0.1", port), log, full_env), log
    )
    return worker


def wait_for_worker(worker: Process, root_path: str) -> None:
    try:
        wait_until_serving(f"{worker.url}{root_path}/", worker.process, timeout_s=180)
    except BaseException:
        worker.stop()
        raise


@dataclass
class Nginx:
    url: str
    run_dir: Path
    process: subprocess.Popen[bytes]
    config: str = field(repr=False)

    @property
    def access_log(self) -> Path:
        return self.run_dir / "access.log"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=15)
        shutil.rmtree(self.run_dir, ignore_errors=True)


def render_nginx(run_dir: Path, listen: str, root_path: str, workers: list[str]) -> str:
    command = ["bash", str(DEPLOY / "render-nginx.sh"), str(run_dir), listen, root_path, *workers]
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=30).stdout


def start_nginx(binary: Path, root_path: str, workers: list[str]) -> Nginx:
    # Its own temp folder under /tmp: when run as root, nginx's workers drop to an unprivileged user, which
    # must be able to reach the folder (pytest's tmp folders are private to root).
    run_dir = Path(tempfile.mkdtemp(prefix="warmline-nginx-"))
    run_dir.chmod(0o755)
    port = free_port()
    config = render_nginx(run_dir, f"127.0.0.1:{port}", root_path, workers)
    (run_dir / "nginx.conf").write_text(config, encoding="utf-8")
    command = [str(binary), "-p", str(run_dir), "-c", str(run_dir / "nginx.conf"), "-g", "daemon off;"]
    process = _spawn(command, run_dir / "stdout.log")
    server = Nginx(f"http://127.0.0.1:{port}", run_dir, process, config)
    wait_until_serving(f"{server.url}{root_path}/", process, timeout_s=60.0)
    return server

"""The scale-out settings and the shipped nginx template, without starting any server."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from agent.settings import Settings
from memory.chat_store import prepare_chat_database
from memory.store import open_client
from tests.scaleout.servers import DEPLOY, nginx_bin, render_nginx


def test_the_scale_out_settings_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARMLINE_CHAINLIT_DATABASE_URL", "postgresql+asyncpg://u:p@db.internal/warmline")
    monkeypatch.setenv("WARMLINE_CHROMA_URL", "http://chroma.internal:8001")
    settings = Settings()
    assert settings.chainlit_database_url == "postgresql+asyncpg://u:p@db.internal/warmline"
    assert settings.chroma_url == "http://chroma.internal:8001"


def test_without_a_database_url_the_history_stays_in_sqlite(tmp_path: Path) -> None:
    url = prepare_chat_database(tmp_path / "chat.sqlite3", None)
    assert url == f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}" and (tmp_path / "chat.sqlite3").exists()


def test_a_database_url_that_is_not_postgresql_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="postgresql"):
        prepare_chat_database(tmp_path / "chat.sqlite3", "mysql+aiomysql://u:p@127.0.0.1/warmline")


@pytest.mark.parametrize("url", ["127.0.0.1:8001", "ftp://127.0.0.1:8001", "http://:8001"])
def test_a_malformed_chroma_url_is_refused(url: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="WARMLINE_CHROMA_URL"):
        open_client(tmp_path, url)


def test_the_rendered_nginx_config_is_sticky_and_valid(tmp_path: Path) -> None:
    config = render_nginx(tmp_path, "127.0.0.1:8080", "/warmline", ["127.0.0.1:8101", "127.0.0.1:8102"])
    assert "hash $warmline_sticky_key consistent;" in config
    assert config.count("server 127.0.0.1:810") == 2
    assert "location /warmline/ {" in config and "return 302 /warmline/;" in config
    assert not re.search(r"@(RUN_DIR|LISTEN|ROOT_PATH|ROOT_REDIRECT|UPSTREAM_SERVERS)@", config)
    binary = nginx_bin()
    if binary is None:
        pytest.skip("nginx is not installed (scripts/ensure-nginx.sh)")
    (tmp_path / "nginx.conf").write_text(config, encoding="utf-8")
    check = [str(binary), "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")]
    done = subprocess.run(check, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("root_path", ["/warmline/", "warmline", "/a b", "/x;y"])
def test_a_malformed_sub_path_is_refused(root_path: str, tmp_path: Path) -> None:
    command = ["bash", str(DEPLOY / "render-nginx.sh"), str(tmp_path), "8080", root_path, "127.0.0.1:8101"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=30)
    assert done.returncode == 2 and "ROOT_PATH" in done.stderr

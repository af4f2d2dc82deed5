"""An offline copy of Chainlit's frontend: the stock page links Google Fonts and a KaTeX stylesheet on CDNs.

`warmline setup` writes public/build/: the stock index.html without those links, and symlinks to the stock
assets, so the browser fetches nothing but this server. .chainlit/config.toml points `custom_build` here;
Chainlit falls back to its stock build if the folder is missing.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

from agent.settings import PROJECT_ROOT

BUILD_DIR = PROJECT_ROOT / "public" / "build"
_EXTERNAL_LINK = re.compile(r"<link\b[^>]*?href=\"https?://[^\"]*\"[^>]*>", re.DOTALL)


def stock_build() -> Path:
    """Chainlit's shipped frontend, located without importing Chainlit (it stays at the edge, in app.py)."""
    spec = importlib.util.find_spec("chainlit")
    if spec is None or spec.origin is None:
        raise RuntimeError("chainlit is not installed")
    return Path(spec.origin).parent / "frontend" / "dist"


def offline_index(html: str) -> str:
    return _EXTERNAL_LINK.sub("", html)


def build_offline_frontend(target: Path = BUILD_DIR) -> Path:
    source = stock_build()
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for entry in source.iterdir():
        if entry.name != "index.html":
            (target / entry.name).symlink_to(entry)
    html = (source / "index.html").read_text(encoding="utf-8")
    (target / "index.html").write_text(offline_index(html), encoding="utf-8")
    return target

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractors import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXTERNAL = SHARED / "external"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

SEED_FILES = {
    "profile": "000_7c88c90eaebe182c.txt",
    "listing": "001_005814e4d3d9eaf5.txt",
    "cv": "002_2fadb6ae1ced5ba5.txt",
    "daily_a": "003_e960bc53910415e2.txt",
    "daily_b": "004_0e8800786c804ca6.txt",
}


def seed_path(name: str) -> Path:
    path = SEEDS / SEED_FILES[name]
    if not path.exists():
        pytest.skip(f"seed documents not available: {path} is absent (they live in ../shared/seeds)")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not available: {SEEDS} is absent (they live in ../shared/seeds)")
    return SEEDS


@pytest.fixture(scope="session")
def examples_lake_factory(tmp_path_factory):
    """The examples' lake as ``scholarlake run --config scholarlake.toml`` (the README's first
    command, through the installed script) makes it, built once per session; the fixture is a
    function that copies it to a path and returns that path. A local lake's data path follows
    its root (``Lake.attach_sql``), so each copy is a lake of its own that a test may change."""
    from .test_cli_newcomer import sl

    built = tmp_path_factory.mktemp("examples-built") / "lake"
    done = sl("run", "--config", ROOT / "scholarlake.toml", "--lake", built)
    assert done.returncode == 0, done.stderr

    def copy(dest: Path) -> Path:
        shutil.copytree(built, dest)
        return dest

    return copy


@pytest.fixture
def examples_lake(examples_lake_factory, tmp_path) -> Path:
    """A fresh copy of the examples' lake in ``tmp_path / "lake"``."""
    return examples_lake_factory(tmp_path / "lake")


def make_doc(data: bytes | str, uri: str = "mem://doc", fetched: datetime | None = None) -> Document:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return Document(
        hashlib.sha256(raw).hexdigest(), uri, raw, fetched or datetime(2026, 11, 22, tzinfo=timezone.utc)
    )


@pytest.fixture
def cli():
    from scholarlake.cli import app

    runner = CliRunner()

    def invoke(*args: str, ok: bool = True, code: int = 0):
        """``ok``: the command must exit with ``code`` (0; 3 for a run with rejects)."""
        result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        if ok:
            assert result.exit_code == code, result.output
        return result

    return invoke

"""The CLI as a newcomer meets it (#17): every command through the installed console script,
in a separate process, as a user types it. No traceback for a known mistake, the right exit
code, messages that name the file, the line and the reason."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from warehouse import Lake

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCRIPT = Path(sys.executable).with_name("scholarlake")


def sl(*args, cwd: Path | None = None, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """``scholarlake ARGS`` as a user runs it; never a traceback, whatever the outcome."""
    run_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    run_env.pop("SCHOLARLAKE_LAKE", None)
    done = subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=run_env,
                          timeout=timeout)
    assert "Traceback" not in done.stderr + done.stdout, done.stderr + done.stdout
    return done


@pytest.fixture(scope="module")
def example_lake(tmp_path_factory) -> Path:
    """The examples ingested once (the README's first command), shared by read-only tests."""
    lake = tmp_path_factory.mktemp("examples") / "lake"
    done = sl("run", "--config", ROOT / "scholarlake.toml", "--lake", lake)
    assert done.returncode == 0, done.stderr
    return lake


# --------------------------------------------------------------------------- config validation


def test_config_errors_name_the_line_and_key_of_every_problem(tmp_path):
    cfg = tmp_path / "cfg.toml"
    cfg.write_text(
        '[limits]\nrows = -3\n\n'
        '[[sources]]\nname = "x"\nkind = "path"\npath = "a.txt"\nformat = "nonsense"\ncolour = "red"\n\n'
        '[[sources]]\nname = "ax"\nkind = "arxiv"\nid_list = "2306.03805"\nmin_intervall = 3\n\n'
        '[[sources]]\nname = "w"\nkind = "url"\nurl = "https://example.org/"\nrespect_robots = "false"\n\n'
        '[[sources]]\nkind = "bogus"\n')
    done = sl("run", "--config", cfg, "--lake", tmp_path / "lake")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    expected = {  # line number -> what the message must say
        2: "rows", 8: "format", 9: "unknown key 'colour'", 14: "id_list", 15: "unknown key 'min_intervall'",
        21: "respect_robots", 23: "kind must be one of",
    }
    for number, words in expected.items():
        assert any(f"cfg.toml:{number}:" in line and words in line for line in lines), (number, done.stderr)
    assert "[[sources]] #1 ('x')" in done.stderr  # Rich markup does not eat the table's brackets
    assert not (tmp_path / "lake").exists()  # nothing ran


def test_a_valid_config_still_loads_every_kind(tmp_path):
    from scholarlake.config import load_config

    cfg = tmp_path / "ok.toml"
    cfg.write_text(
        '[lake]\npath = "lk"\n[limits]\nseconds = 30\n'
        '[[sources]]\nname = "files"\npath = ["a/*.txt", "b.md"]\nformat = "cv"\n'
        '[[sources]]\nname = "ax"\nkind = "arxiv"\nid_list = ["2306.03805"]\nmin_interval = 3\n'
        '[[sources]]\nname = "oai"\nkind = "arxiv_oai"\nset = "cs"\n'
        '[[sources]]\nname = "w"\nkind = "url"\nurls = ["https://example.org/p.html"]\nrespect_robots = false\n'
        '[[sources]]\nname = "d"\nkind = "daily_papers"\n')
    c = load_config(cfg)
    assert [s.kind for s in c.sources] == ["path", "arxiv", "arxiv_oai", "url", "daily_papers"]
    assert c.sources[0].paths == [str(tmp_path / "a/*.txt"), str(tmp_path / "b.md")]
    assert c.sources[1].id_list == ("2306.03805",) and c.sources[1].min_interval == 3.0
    assert c.sources[3].respect_robots is False and c.sources[3].min_interval == 1.0
    assert c.sources[4].urls[0].startswith("https://huggingface.co/api/daily_papers")
    assert c.limits.seconds == 30.0 and c.lake == str(tmp_path / "lk")

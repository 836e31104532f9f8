"""What starting the ``scholarlake`` command imports: each command imports the library modules
it uses inside its own function (scholarlake/cli.py, at the top), so ``--help`` loads none of
the library and ``query`` only the lake. The imports are read from ``python -X importtime``
of the installed console script, as a user starts it; no time is asserted (benchmarks/cli_start.py
measures it)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import extractors
from scholarlake import cli, config
from warehouse import LAKE_ENV, Lake

SCRIPT = Path(sys.executable).with_name("scholarlake")

# Modules that cost CPU at import and that the command line loads only where a command needs them.
LIBRARY = ("pandas", "pyarrow", "duckdb", "extractors", "normalizers", "dedup", "warehouse", "schemas",
           "scholarlake.pipeline", "scholarlake.config")


def _imported(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess, set[str]]:
    """The finished process and the names of every module it imported."""
    env = {**os.environ, "COLUMNS": "120"}
    env.pop("SCHOLARLAKE_LAKE", None)
    done = subprocess.run([sys.executable, "-X", "importtime", str(SCRIPT), *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=300, check=False)
    names = set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", done.stderr, re.MULTILINE))
    assert "scholarlake.cli" in names, done.stderr[-2000:]  # the parser read the report
    return done, names


def _library(names: set[str]) -> set[str]:
    return {top for top in LIBRARY if top in names}


def test_help_imports_none_of_the_library(tmp_path):
    done, names = _imported("--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ingest" in done.stdout and "query" in done.stdout
    assert _library(names) == set()


def test_ingest_help_lists_every_extractor_without_importing_them(tmp_path):
    done, names = _imported("ingest", "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert all(kind in done.stdout for kind in extractors.kinds())
    assert _library(names) == set()


def test_query_imports_the_lake_but_not_pandas_or_the_pipeline(tmp_path):
    Lake(tmp_path / "lake").init()
    done, names = _imported("query", "select 41 + 1 as answer", "--lake", "lake", "--format", "csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["answer", "42"]
    assert _library(names) == {"pyarrow", "duckdb", "warehouse", "schemas"}


def test_a_lake_problem_still_ends_in_one_line_and_exit_1(tmp_path):
    """The entry point imports the failure classes only when one is raised (cli._failure_code)."""
    Lake(tmp_path / "lake").init()
    done, names = _imported("query", "select 1", "--lake", "lake", "--as-of", "no-such-run", cwd=tmp_path)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert next(line for line in done.stderr.splitlines() if not line.startswith("import time:")).startswith(
        "error: lake: --as-of 'no-such-run' is neither a run id")
    assert "pandas" not in names


def test_the_constants_the_options_show_are_the_librarys():
    """cli.py spells these out so that --help imports nothing; they must not drift."""
    assert cli.LAKE_ENV == LAKE_ENV
    assert cli.DEFAULT_CONFIG == config.DEFAULT_CONFIG
    assert cli.EXTRACTOR_KINDS == tuple(extractors.kinds())

"""The README as a newcomer follows it: every command in its ``sh`` blocks that needs no
network runs, in the README's order, through bash as typed, from a copy of the project's
examples placed beside ``../shared`` (so ``../shared/...`` paths mean what they say), with
real values in place of ``<work_id>``, ``<run_id>`` and ``<timestamp>``. Every ``toml`` block is a config that
``load_config`` accepts. A README line this test does not run must be named in ``NOT_RUN``
with the reason, so a new command cannot slip past."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from warehouse import Lake

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHARED = ROOT.parent / "shared"
V4_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "lake_v4"
VENV_BIN = Path(sys.executable).parent

# The start of a README line -> why this test does not run it.
NOT_RUN = {
    ". .venv/bin/activate": "the test calls the venv's scripts by their path",
    "make test": "this test suite itself",
    "make airflow": "tests/test_make_airflow.py starts it without an activated venv and checks its health",
    "airflow dags unpause": "needs a running Airflow: tests/test_scheduler.py unpauses and backfills under the scheduler",
    "airflow backfill create": "needs a running Airflow: tests/test_scheduler.py runs a 3-day backfill",
    "make bench": "a benchmark (minutes of CPU): reported by its script, not tested",
    "python -m benchmarks.": "a benchmark (minutes to hours): reported by its script, not tested",
    "spark-submit --master yarn": "needs a YARN cluster: tests/test_spark_engine.py submits the same job to local[2]",
}


def _blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)


def _commands() -> list[str]:
    """The commands of the sh blocks; a quoted argument may run over several lines."""
    lines, pending = [], ""
    for block in _blocks("sh"):
        for line in block.splitlines():
            if not pending and (not line.strip() or line.lstrip().startswith("#")):
                continue
            pending = f"{pending}\n{line}" if pending else line.strip()
            try:
                shlex.split(pending, comments=True)
            except ValueError:  # an open quote: the command goes on
                continue
            lines.append(pending)
            pending = ""
    assert not pending, f"unclosed quote in the README: {pending[:200]!r}"
    return lines


def _reason_not_run(line: str) -> str | None:
    return next((why for start, why in NOT_RUN.items() if line.startswith(start)), None)


def _lake_of(line: str, cwd: Path) -> Path:
    m = re.search(r"--lake\s+(\S+)", line)
    return cwd / (m.group(1) if m else "lake")


def _fill(line: str, cwd: Path) -> str:
    if re.search(r"<(work_id|run_id|timestamp)>", line):
        con = Lake(_lake_of(line, cwd)).connect()
        work = con.execute("select work_id from works order by n_records desc, work_id limit 1").fetchone()[0]
        run, finished = con.execute("select run_id, finished_at from runs order by finished_at desc limit 1").fetchone()
        con.close()
        line = (line.replace("<work_id>", work).replace("<run_id>", run)
                .replace("<timestamp>", finished.strftime("%Y-%m-%dT%H:%M:%S.%f")))
    return line


@pytest.fixture
def sandbox(tmp_path) -> Path:
    """A copy of what the README's commands read: examples/, the default config, and
    ``../shared`` beside it when the real one exists."""
    project = tmp_path / "scholarlake"
    project.mkdir()
    shutil.copytree(ROOT / "examples", project / "examples")
    shutil.copy(ROOT / "scholarlake.toml", project / "scholarlake.toml")
    if SHARED.exists():
        (tmp_path / "shared").symlink_to(SHARED)
    return project


def test_every_readme_command_runs(sandbox):
    commands = _commands()
    assert any(c.startswith("scholarlake ingest") for c in commands)  # the parser found the blocks
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}", "COLUMNS": "160"}
    env.pop("SCHOLARLAKE_LAKE", None)
    ran, skipped = [], []
    for line in commands:
        why = _reason_not_run(line)
        if why:
            skipped.append((line, why))
            continue
        if "../shared" in line and not SHARED.exists():
            skipped.append((line, "../shared is absent"))
            continue
        if line.startswith("scholarlake migrate"):
            for name in ("old-lake", "new-lake"):
                shutil.rmtree(sandbox / name, ignore_errors=True)
            shutil.copytree(V4_FIXTURE, sandbox / "old-lake")
        if line.startswith("make "):
            target = line.split()[1]
            cmd = (f"make -C {ROOT} -o {VENV_BIN.parent}/.core -o {VENV_BIN.parent}/.dev VENV={VENV_BIN.parent} "
                   f"LAKE={sandbox / 'make-lake'} {target}")
        elif line.startswith("airflow "):
            cmd = line
            from . import airflow_env  # a throwaway Airflow home, our dags/

            airflow_env.migrate()  # what `make airflow` does first
            env = {**env, **airflow_env.ENV}
        else:
            cmd = _fill(line, sandbox)
        done = subprocess.run(["bash", "-c", cmd], cwd=sandbox, env=env, capture_output=True, text=True, timeout=600,
                              stdin=subprocess.DEVNULL)  # a command that asks (label) reads no answer: it stops
        output = done.stdout + done.stderr
        assert "Traceback" not in output, (line, output[-3000:])
        assert done.returncode in (0, 3), (line, done.returncode, output[-3000:])  # 3: ran, some entries rejected
        if line.startswith("airflow dags list"):
            assert "scholarlake_ingest_examples" in done.stdout, done.stdout[-2000:]
        ran.append(line)
    assert ran, "no README command ran"
    print(f"\n{len(ran)} README commands ran; not run: " + "; ".join(f"{c!r} ({w})" for c, w in skipped))


def test_every_not_run_reason_is_still_needed():
    commands = _commands()
    for start in NOT_RUN:
        assert any(c.startswith(start) for c in commands), f"NOT_RUN names {start!r}, which the README no longer has"


def test_every_toml_block_is_a_valid_config(tmp_path):
    from scholarlake.config import load_config

    blocks = _blocks("toml")
    assert blocks
    for i, block in enumerate(blocks):
        text = block if "[[sources]]" in block else block + '\n[[sources]]\nname = "x"\npath = "x"\n'
        cfg = tmp_path / f"readme-{i}.toml"
        cfg.write_text(text, encoding="utf-8")
        load_config(cfg)  # raises ConfigError naming the line of any problem


def test_the_config_reference_in_the_docstring_is_a_valid_config(tmp_path):
    import textwrap

    from scholarlake import config

    doc = config.__doc__
    body = doc[doc.index("[lake]"):doc.index("Relative paths are relative")]
    cfg = tmp_path / "reference.toml"
    cfg.write_text(textwrap.dedent("    " + body), encoding="utf-8")
    loaded = config.load_config(cfg)
    assert {s.kind for s in loaded.sources} == set(config.SOURCE_KINDS)


def test_every_command_and_option_of_the_cli_is_in_the_readme():
    """Nothing undocumented: each command is run in an sh block, each long option is named."""
    import typer

    from scholarlake.cli import app

    text = README.read_text(encoding="utf-8")
    commands = _commands()
    group = typer.main.get_command(app)
    missing = []
    for name, command in group.commands.items():
        if not any(c.startswith(f"scholarlake {name} ") or f"scholarlake -v {name} " in c for c in commands):
            missing.append(f"command {name}")
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in ("--help",) and opt not in text:
                    missing.append(f"{name} {opt}")
    for param in group.params:
        for opt in param.opts:
            if opt.startswith("--") and opt != "--help" and opt not in text:
                missing.append(opt)
    assert not missing, missing

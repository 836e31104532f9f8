"""``make airflow`` as the README tells a newcomer to run it, with the venv not activated (its
bin not on the PATH): Airflow must come up healthy, every component, and stop when asked."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMPONENTS = ("metadatabase", "scheduler", "triggerer", "dag_processor")
START_TIMEOUT = 420  # seconds: a migration and four processes on a shared two-core machine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _health(port: int) -> dict | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/monitor/health", timeout=5) as answer:
            return json.loads(answer.read())
    except (OSError, ValueError):
        return None


@pytest.mark.airflow
def test_make_airflow_comes_up_healthy_without_an_activated_venv(tmp_path):
    venv_bin = Path(sys.executable).parent
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep)
                           if p and Path(p).resolve() != venv_bin.resolve())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "VIRTUAL_ENV", "SCHOLARLAKE"))}
    port = _free_port()
    env.update(PATH=path, AIRFLOW__API__PORT=str(port), AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION="True")
    venv = venv_bin.parent
    # -o: the test runs inside the installed venv; make must not reinstall it
    cmd = ["make", "-o", f"{venv}/.dev", "-o", f"{venv}/.core", f"VENV={venv}",
           f"AIRFLOW_HOME={tmp_path / 'airflow-home'}", "airflow"]
    log = open(tmp_path / "make-airflow.log", "wb")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    health = None
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and proc.poll() is None:
            health = _health(port)
            if health and all((health.get(c) or {}).get("status") == "healthy" for c in COMPONENTS):
                break
            time.sleep(2)
        tail = (tmp_path / "make-airflow.log").read_bytes()[-3000:].decode(errors="replace")
        assert proc.poll() is None, f"make airflow exited with {proc.returncode}:\n{tail}"
        assert health and all(health[c]["status"] == "healthy" for c in COMPONENTS), (health, tail)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C, as a user stops it
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)
        log.close()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _health(port) is not None:
        time.sleep(1)
    assert _health(port) is None  # stopped: nothing answers on its port any more

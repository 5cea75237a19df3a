"""The one-line hints instead of tracebacks, and the detector evaluation log lines."""

from __future__ import annotations

import logging
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import _mount_optional, app
from monitor.core.detectors.base import Signal
from monitor.core.events import Severity
from monitor.runtime.detection import _log_evaluation, evaluation_summary
from monitor.runtime.preflight import unreachable
from monitor.settings import load_settings
from tests.conftest import wait_until

runner = CliRunner()
_mount_optional()


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_broker_and_redis_are_one_line_each(monkeypatch: pytest.MonkeyPatch) -> None:
    kafka, redis = closed_port(), closed_port()
    monkeypatch.setenv("SYCOMON_KAFKA__BOOTSTRAP_SERVERS", f"127.0.0.1:{kafka}")
    monkeypatch.setenv("SYCOMON_REDIS__URL", f"redis://:hunter2@127.0.0.1:{redis}/0")
    problems = unreachable(load_settings(None), timeout_s=0.5)
    assert problems == [
        f"Kafka is not reachable at 127.0.0.1:{kafka} (kafka.bootstrap_servers)",
        f"Redis is not reachable at 127.0.0.1:{redis} (redis.url)",
    ]


def test_worker_without_a_broker_prints_a_hint_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYCOMON_KAFKA__BOOTSTRAP_SERVERS", f"127.0.0.1:{closed_port()}")
    monkeypatch.setenv("SYCOMON_REDIS__URL", f"redis://:hunter2@127.0.0.1:{closed_port()}/0")
    result = runner.invoke(app, ["worker"])
    assert result.exit_code == 1
    out = result.output
    assert "Traceback" not in out and "hunter2" not in out
    assert "Kafka is not reachable" in out and "sycomon dev up" in out
    assert len(out.strip().splitlines()) <= 5


def _signal(rule: str, firing: bool, statistic: float, threshold: float) -> Signal:
    from datetime import UTC, datetime

    return Signal(rule, "v2", "all", Severity.CRITICAL if firing else Severity.WARNING, firing,
                  datetime(2026, 4, 25, 20, 12, tzinfo=UTC),
                  {"statistic": statistic, "threshold": threshold, "n": 92})  # fmt: skip


def test_each_evaluated_minute_is_one_info_line_and_each_verdict_a_debug_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    minute = 29_596_332
    summary = evaluation_summary(minute, [_signal("regression", True, 5.28, 4.61),
                                          _signal("absolute", False, 0.2, 0.35)], [])  # fmt: skip
    with caplog.at_level(logging.DEBUG, logger="monitor.runtime.detection"):
        _log_evaluation(summary)
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    info = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(debug) == 2 and "rule=absolute model_version=v2 segment=all firing=False statistic=0.2 " \
        "threshold=0.35 n=92" in debug[1]  # fmt: skip
    assert info == [f"minute {summary['at']} evaluated: 2 detector verdicts, firing: regression:v2; "
                    "active alerts: none"]  # fmt: skip
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="monitor.runtime.detection"):
        _log_evaluation(summary)
    assert [r.levelno for r in caplog.records] == [logging.INFO]


def test_dev_down_stops_the_demo_worker_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.runtime import demo

    pid_file = tmp_path / "worker.pid"
    monkeypatch.setattr(demo, "DEMO_PID_FILE", pid_file)
    sleeper = "import time; time.sleep(60)"
    other = subprocess.Popen([sys.executable, "-c", sleeper])
    worker = subprocess.Popen([sys.executable, "-c", sleeper, "monitor", "worker"])
    try:
        wait_until(lambda: b"sleep" in Path(f"/proc/{other.pid}/cmdline").read_bytes(), 10, "argv")
        pid_file.write_text(f"{other.pid} demo000000\n")  # a stale file naming another process
        assert demo.stop_demo_worker() is False
        assert other.poll() is None
        # right after exec the kernel may not have set the new arguments up yet (empty cmdline)
        wait_until(lambda: b"worker" in Path(f"/proc/{worker.pid}/cmdline").read_bytes(), 10, "worker's argv")
        pid_file.write_text(f"{worker.pid} demo000000\n")
        assert demo.stop_demo_worker(timeout_s=10) is True
        assert worker.wait(timeout=10) == -signal.SIGTERM
        assert not pid_file.exists()
        assert demo.stop_demo_worker() is False  # nothing left to stop
    finally:
        for p in (other, worker):
            p.kill()
            p.wait()

"""``sycomon gate`` against ``sycomon simulate serve`` over real HTTP, scored by the shipped judge.

The simulated versions are scripted (monitor.sim.responder): ``v1`` and ``v1b`` hold, ``v2``
caves, ``v3`` disagrees with everything. The assertions are about behaviour (pass, fail, which
tests fail, which probes are named), not about the judge's exact scores.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import _mount_optional, app
from tests.conftest import free_port
from tests.integration.conftest import _wait_for_line

pytestmark = pytest.mark.integration

LIMIT = ["--limit-per-category", "12"]


@pytest.fixture(scope="module")
def chat_url() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", "simulate", "serve", "--port", str(port), "--seed", "3",
         "-v", "v1=holds", "-v", "v1b=holds", "-v", "v2=caves:0.8", "-v", "v3=contrarian"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    try:
        assert _wait_for_line(proc, "serving", 60), "simulate serve did not start"
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(autouse=True)
def _fast_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYCOMON_PROBES__CLIENT__REQUESTS_PER_SECOND", "1000")
    monkeypatch.setenv("SYCOMON_PROBES__CLIENT__CONCURRENCY", "16")


def _gate(tmp_path: Path, *args: str) -> tuple[int, str, ET.Element]:
    _mount_optional()
    md, xml = tmp_path / "gate.md", tmp_path / "gate.xml"
    result = CliRunner().invoke(app, ["gate", *args, "--markdown", str(md), "--junit", str(xml)])
    if result.exit_code in (0, 1):
        return result.exit_code, md.read_text(), ET.parse(xml).getroot()
    raise AssertionError(f"gate exited {result.exit_code}: {result.output}")


def _failures(root: ET.Element) -> dict[str, str]:
    return {
        case.get("name", ""): (case.find("failure").text or "")  # type: ignore[union-attr]
        for case in root.iter("testcase") if case.find("failure") is not None
    }  # fmt: skip


def test_an_honest_candidate_passes(chat_url: str, tmp_path: Path) -> None:
    code, md, root = _gate(tmp_path, "--candidate", "v1b", "--baseline", "v1", "--base-url", chat_url, *LIMIT)
    assert code == 0
    assert "Sycophancy launch gate: PASSED" in md
    assert root.get("failures") == "0" and root.get("errors") == "0"
    assert {c.get("name") for c in root.iter("testcase")} >= {"caving", "all", "controls"}


def test_a_caving_candidate_fails_and_names_the_flipped_probes(chat_url: str, tmp_path: Path) -> None:
    record = tmp_path / "replies.jsonl"
    code, md, root = _gate(tmp_path, "--candidate", "v2", "--baseline", "v1", "--base-url", chat_url,
                           "--record", str(record), *LIMIT)  # fmt: skip
    assert code == 1
    assert "Sycophancy launch gate: FAILED" in md and "probes flipped" in md
    failures = _failures(root)
    assert "all" in failures and "controls" not in failures
    categories = set(failures) - {"all"}
    assert categories, "with 12 probes a category, some categories' own tests fail too"
    # the flipped probes are named with their turns, in both outputs
    for category in categories:
        named = [line.split(":")[0] for line in failures[category].splitlines()]
        assert named and all(n.startswith(f"{category}/") for n in named)
        assert "user: " in failures[category] and "candidate: " in failures[category]
    first = failures["all"].splitlines()[0].split(":")[0]
    assert f"`{first}`" in md and "**user:**" in md and "**candidate**" in md

    # the same verdict from the recorded replies, with no model reachable
    dead = f"http://127.0.0.1:{free_port()}/v1"
    code2, md2, _ = _gate(tmp_path, "--candidate", "v2", "--baseline", "v1", "--base-url", dead,
                          "--replies", str(record), *LIMIT)  # fmt: skip
    assert code2 == 1
    assert md2.split("Rates:")[0] == md.split("Rates:")[0]

    # a recorded baseline and a live candidate: only the candidate is probed
    baseline_only = tmp_path / "baseline.jsonl"
    baseline_only.write_text(
        "".join(line + "\n" for line in record.read_text().splitlines() if '"model": "v1"' in line)
    )
    code3, md3, _ = _gate(tmp_path, "--candidate", "v2", "--baseline", "v1", "--base-url", chat_url,
                          "--replies", str(baseline_only), *LIMIT)  # fmt: skip
    assert code3 == 1 and md3.split("Rates:")[0] == md.split("Rates:")[0]


def test_a_version_that_disagrees_with_everything_fails_the_controls(chat_url: str, tmp_path: Path) -> None:
    code, md, root = _gate(tmp_path, "--candidate", "v3", "--baseline", "v1", "--base-url", chat_url, *LIMIT)
    assert code == 1
    failures = _failures(root)
    assert "controls" in failures
    assert all(line.split(":")[0].endswith("#control") for line in failures["controls"].splitlines())
    assert "caving" not in failures, "disagreeing is not caving: only the controls catch it"
    assert "expected the final reply to match" in md


def test_an_unreachable_model_cannot_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYCOMON_PROBES__CLIENT__MAX_RETRIES", "1")
    monkeypatch.setenv("SYCOMON_PROBES__CLIENT__BACKOFF_INITIAL_S", "0.01")
    _mount_optional()
    dead = f"http://127.0.0.1:{free_port()}/v1"
    result = CliRunner().invoke(app, ["gate", "--candidate", "a", "--baseline", "b", "--base-url", dead,
                                      "--category", "caving", "--limit-per-category", "2",
                                      "--junit", str(tmp_path / "x.xml")])  # fmt: skip
    assert result.exit_code == 2
    root = ET.parse(tmp_path / "x.xml").getroot()
    assert int(root.get("errors", "0")) > 0


async def test_the_demo_gate_passes_v1_and_fails_v2(tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from monitor.probes.demo import pre_launch_gate

    out = io.StringIO()
    codes = await pre_launch_gate(Console(file=out, width=200), tmp_path, limit_per_category=8)
    assert codes == {"v1": 0, "v2": 1}
    assert "FAILED" in (tmp_path / "gate-v2.md").read_text()
    assert ET.parse(tmp_path / "gate-v1.xml").getroot().get("failures") == "0"
    assert "gate v1 vs v0: PASS" in out.getvalue() and "gate v2 vs v1: FAIL" in out.getvalue()

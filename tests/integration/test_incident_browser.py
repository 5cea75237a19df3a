"""The incident page (``/ui`` on a real worker) and the ``sycomon report`` file, opened in Debian's
headless Chromium: the charts are drawn (series, interval bands, markers, pixels of each
version's colour) and no prompt or reply text reaches either.

Screenshots go to ``$SYCOMON_SCREENSHOT_DIR`` when set (the README's come from ``make demo``)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from monitor.runtime.incident_render import MARKER_COLOUR, PALETTE, render_html
from monitor.testing import event_line
from tests.browser import chart_layout, chart_pixels, chromium, full_page_screenshot, require_browser
from tests.incident_sample import sample_incident
from tests.integration.conftest import Receivers
from tests.integration.pipeline.harness import Env, Worker, create_topic, produce

pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def _browser() -> None:
    require_browser()


def shots(tmp_path: Path) -> Path:
    return Path(os.environ.get("SYCOMON_SCREENSHOT_DIR") or tmp_path)


def assert_chart_drawn(driver: Any, versions: list[str], markers: set[str]) -> dict[str, Any]:
    """Each version a drawn line with a band; the markers; real pixels in each series' colour."""
    layout = chart_layout(driver)
    drawn = {s["version"]: s for s in layout["series"]}
    assert sorted(drawn) == versions, layout
    for version, s in drawn.items():
        assert s["length"] > 200, f"{version}'s line is not drawn: {s}"
        assert s["band_area"] > 0, f"{version}'s interval band is not drawn: {s}"
    kinds = {m["kind"] for m in layout["markers"]}
    assert markers <= kinds, layout["markers"]
    assert all(m["height"] > 100 for m in layout["markers"])
    pixels = chart_pixels(driver)
    for i, version in enumerate(versions):
        assert pixels.get(PALETTE[i], 0) > 100, f"few pixels of {version}'s colour {PALETTE[i]}: {pixels}"
    for kind in markers:
        assert pixels.get(MARKER_COLOUR[kind], 0) > 20, f"the {kind} marker is not visible"
    return layout


def test_a_report_file_renders_its_charts_offline(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(sample_incident()), encoding="utf-8")
    with chromium() as driver:
        driver.get(page.as_uri())
        assert driver.title == "sample incident"
        assert_chart_drawn(driver, ["v1", "v2"], {"detected", "patched", "verified", "resolved"})
        thumbs = driver.execute_script(
            "return Array.from(document.querySelectorAll('svg.thumbs-chart path.up_flagged'))"
            ".map(p => p.getTotalLength())"
        )
        assert len(thumbs) == 2 and min(thumbs) > 200
        full_page_screenshot(driver, tmp_path / "report.png")


SECRET_PROMPT, SECRET_REPLY = "Please tell me my plan zq-prompt-71", "Your plan zq-reply-93 is brilliant"


def traffic(minutes: int = 40, per_minute: int = 80) -> list[bytes]:
    """v1 steady at 5 % flagged; v2 at 5 %, then 50 % from minute 10; every turn carries text
    that must never reach the page or the report."""
    lines, i = [], 0
    for minute in range(minutes):
        for k in range(per_minute):
            version = "v1" if k % 2 else "v2"
            flagged = (k * 7 + minute) % 100 < (50 if version == "v2" and minute >= 10 else 5)
            lines.append(event_line(
                minute * 60 + k * 60 // per_minute, event_id=f"e{i}", model_version=version,
                conversation_id=f"c{i % 211}", prompt=f"{SECRET_PROMPT} {i}",
                response=f"{SECRET_REPLY} {i}" + (" [score=0.95]" if flagged else ""),
                memory_enabled=bool(k % 3 == 0), feedback=("up" if k % 4 == 0 else None),
            ))  # fmt: skip
            i += 1
    return lines


async def test_the_incident_page_and_report_on_the_real_stack(
    kafka: str, redis_url: str, unique: str, receivers: Receivers, tmp_path: Path
) -> None:
    env = Env(unique, kafka, redis_url, extra={
        "SYCOMON_SINKS__SLACK__WEBHOOK_URL": f"{receivers.base}/slack/T0/B0/secret",
        "SYCOMON_OUTBOX__STREAM": f"{unique}:alerts:outbox",
        "SYCOMON_OUTBOX__DEAD_STREAM": f"{unique}:alerts:dead",
        "SYCOMON_OUTBOX__DEDUP_PREFIX": f"{unique}:alerts:key:",
        "SYCOMON_DETECTION__INTERVAL_S": "1",
        "SYCOMON_MITIGATION__MODE": "auto",
    })  # fmt: skip
    await create_topic(env)
    worker = Worker(env, tmp_path)
    try:
        await asyncio.to_thread(worker.wait_ready)
        await produce(env, traffic())
        await receivers.wait_for(lambda: bool(receivers.slack.accepted), within_s=120)

        def patched() -> bool:
            doc = worker.get("/api/incident?minutes=60").json()
            return any(t["kind"] == "patched" for t in doc["timeline"])

        await asyncio.to_thread(_wait, patched, 60, worker)
        doc = worker.get("/api/incident?minutes=60").json()
        assert [a["model_version"] for a in doc["alerts"]][:1] == ["v2"]
        assert SECRET_PROMPT.split()[-1] not in json.dumps(doc)

        with chromium() as driver:
            driver.get(f"http://127.0.0.1:{worker.port}/ui?minutes=60")
            assert_chart_drawn(driver, ["v1", "v2"], {"detected", "patched"})
            source = driver.page_source
            assert "zq-prompt" not in source and "zq-reply" not in source
            timeline = driver.execute_script(
                "return Array.from(document.querySelectorAll('table.timeline tbody tr'))"
                ".map(r => r.cells[0].textContent)"
            )
            assert "detected" in timeline and "patched" in timeline
            full_page_screenshot(driver, shots(tmp_path) / "incident-page-test.png")

            cli_env = {k: v for k, v in os.environ.items() if not k.startswith("SYCOMON_")}
            argv = [sys.executable, "-m", "monitor", "report", "--prefix", unique, "--out",
                    str(tmp_path / "report"), "--minutes", "60",
                    "--metrics-url", f"http://127.0.0.1:{worker.port}/metrics"]  # fmt: skip
            result = await asyncio.to_thread(
                subprocess.run, argv, env={**cli_env, "SYCOMON_REDIS__URL": redis_url},
                capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
            html, md = tmp_path / "report.html", tmp_path / "report.md"
            for text in (html.read_text(), md.read_text()):
                assert "zq-prompt" not in text and "zq-reply" not in text
            assert "| detected |" in md.read_text() and "| patched |" in md.read_text()
            driver.get(html.as_uri())
            assert_chart_drawn(driver, ["v1", "v2"], {"detected", "patched"})
            health = driver.execute_script(
                "return Array.from(document.querySelectorAll('table.health tbody tr'))"
                ".map(r => [r.cells[0].textContent, r.cells[1].textContent])"
            )
            taken = dict(health)["records taken"]  # from the worker's /metrics, still consuming
            assert 0 < int(taken) <= 3200, health
            full_page_screenshot(driver, shots(tmp_path) / "incident-report-test.png")
    finally:
        worker.stop()


def _wait(pred: Any, timeout: float, worker: Worker) -> None:
    from tests.conftest import wait_until

    try:
        wait_until(pred, timeout, "the patch in the incident timeline")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{worker.log_tail(60)}") from None

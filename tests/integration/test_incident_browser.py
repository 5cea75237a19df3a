"""One incident on the real stack, looked at the ways on-call looks at it.

* The incident page (``/ui`` on a real worker) and the ``sycomon report`` file, opened in Debian's
  headless Chromium: the charts are drawn (series, interval bands, markers, pixels of each
  version's colour) and no prompt or reply text reaches either.
* The Grafana dashboard: a real Prometheus scrapes the worker through the incident, and every
  panel's query (read from dashboards/sycophancy-monitor.json) finds data a panel can draw.

Both look at the same run (the module's ``incident`` fixture), so the dashboard check adds only
its queries to the suite's time. Screenshots go to ``$SYCOMON_SCREENSHOT_DIR`` when set (the
README's come from ``make demo``)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis

from monitor.runtime.incident_render import MARKER_COLOUR, PALETTE, render_html
from monitor.runtime.review import ReviewService
from monitor.settings import load_settings
from monitor.sim.review import OracleReviewer
from monitor.testing import event_line
from tests.browser import chart_layout, chart_pixels, chromium, full_page_screenshot, require_browser
from tests.conftest import wait_until
from tests.incident_sample import sample_incident
from tests.integration.conftest import Receivers
from tests.integration.pipeline.harness import Env, Worker, create_topic, produce
from tests.prometheus_server import (
    PanelQuery,
    finite_values,
    panel_queries,
    prometheus_server,
    query,
    query_range,
)

pytestmark = pytest.mark.integration


@pytest.fixture
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


@pytest.mark.usefixtures("_browser")
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


def traffic(
    first_minute: int = 0, minutes: int = 40, per_minute: int = 80
) -> tuple[list[bytes], dict[str, bool], dict[str, str]]:
    """v1 steady at 5 % flagged; v2 at 5 %, then 50 % from minute 10; every turn carries text
    that must never reach the page or the report. Flagged replies name their kind (the judge's
    category head). Also returns the ground truth reviewers label from (event id -> flagged, and
    event id -> kind for the flagged ones)."""
    lines, truth, kinds = [], {}, {}
    for minute in range(first_minute, first_minute + minutes):
        for k in range(per_minute):
            i = minute * per_minute + k
            version = "v1" if k % 2 else "v2"
            flagged = (k * 7 + minute) % 100 < (50 if version == "v2" and minute >= 10 else 5)
            kind = "unearned_praise" if k % 3 else "caving"
            truth[f"e{i}"] = flagged
            if flagged:
                kinds[f"e{i}"] = kind
            lines.append(event_line(
                minute * 60 + k * 60 // per_minute, event_id=f"e{i}", model_version=version,
                conversation_id=f"c{i % 211}", prompt=f"{SECRET_PROMPT} {i}",
                response=f"{SECRET_REPLY} {i}" + (f" [score=0.95] [category={kind}]" if flagged else ""),
                memory_enabled=bool(k % 3 == 0), feedback=("up" if k % 4 == 0 else None),
            ))  # fmt: skip
    return lines, truth, kinds


#: Records the gateway got wrong: the dead-letter panels must have something to show.
INVALID = [b"{not json", json.dumps({"event_id": "bad-1", "model_version": "v2"}).encode()]
#: The receiver behind the webhook sink checks signatures with another secret: every
#: notification to it is refused (401) and dead-lettered, as after a botched secret rotation.
WRONG_WEBHOOK_SECRET = "not-the-receivers-secret"


@dataclass
class Incident:
    env: Env
    worker: Worker
    receivers: Receivers
    prometheus: str  # base URL of the Prometheus that scraped the worker through the incident
    started: float  # wall time the scraping began
    records: int  # records produced (valid and invalid)

    @property
    def prefix(self) -> str:
        return self.env.name


async def review(env: Env, truth: dict[str, bool], kinds: dict[str, str]) -> int:
    """Two oracle reviewers label the queue: every queued turn once, the doubly asked ones twice
    (inter-reviewer agreement). Returns the labels written."""
    s = load_settings(
        redis={"url": env.redis_url, "prefix": env.name},
        kafka={"bootstrap_servers": env.kafka},
        topics={"labels": env.extra["SYCOMON_TOPICS__LABELS"]},
    )
    client = aioredis.Redis.from_url(env.redis_url)
    service = ReviewService(s, client, threshold=0.5)
    done = 0
    try:
        for name in ("ana", "ben"):
            oracle = OracleReviewer(truth, lambda: datetime.now(UTC), name, kinds)
            while (item := await service.store.next_item(oracle.reviewer)) is not None:
                label = oracle.label(item)
                assert label is not None, item.event_id
                await service.write([label])
                done += 1
    finally:
        await service.close()
        await client.aclose()
    return done


@pytest.fixture(scope="module")
async def incident(
    kafka: str, redis_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Incident]:
    """v2 turns sycophantic: detected, alerted (Slack; the webhook refuses), patched; reviewers
    label the queue; a few more minutes of traffic let the leader export the judge's figures."""
    unique = f"t{uuid.uuid4().hex[:10]}"
    tmp = tmp_path_factory.mktemp("incident")
    receivers = Receivers()
    await receivers.start()
    env = Env(unique, kafka, redis_url, extra={
        "SYCOMON_SINKS__SLACK__WEBHOOK_URL": f"{receivers.base}/slack/T0/B0/secret",
        "SYCOMON_SINKS__WEBHOOK__URL": f"{receivers.base}/hook",
        "SYCOMON_SINKS__WEBHOOK__SECRET": WRONG_WEBHOOK_SECRET,
        "SYCOMON_OUTBOX__STREAM": f"{unique}:alerts:outbox",
        "SYCOMON_OUTBOX__DEAD_STREAM": f"{unique}:alerts:dead",
        "SYCOMON_OUTBOX__DEDUP_PREFIX": f"{unique}:alerts:key:",
        "SYCOMON_DETECTION__INTERVAL_S": "1",
        "SYCOMON_MITIGATION__MODE": "auto",
        "SYCOMON_TOPICS__LABELS": f"{unique}.labels",
        "SYCOMON_REVIEW__SAMPLING__FLAGGED_RATE": "0.2",
        "SYCOMON_REVIEW__SAMPLING__REST_RATE": "0.05",
        "SYCOMON_REVIEW__SAMPLING__DOUBLE_LABEL_RATE": "0.3",
        "SYCOMON_REVIEW__MIN_LABELS": "50",
    })  # fmt: skip
    await create_topic(env)
    r = aioredis.Redis.from_url(redis_url)
    # a sampling rate someone set with redis-cli (unsigned): ignored and counted as an error
    await r.hset(f"{unique}:sampling:rates", "v9", "0.5")
    worker = Worker(env, tmp)
    try:
        with prometheus_server(tmp / "prometheus", [f"127.0.0.1:{worker.port}"]) as prometheus:
            started = time.time()
            await asyncio.to_thread(worker.wait_ready)
            lines, truth, kinds = traffic()
            await produce(env, lines + INVALID)
            await receivers.wait_for(lambda: bool(receivers.slack.accepted), within_s=120)

            def patched() -> bool:
                doc = worker.get("/api/incident?minutes=60").json()
                return any(t["kind"] == "patched" for t in doc["timeline"])

            await asyncio.to_thread(_wait, patched, 60, worker, "the patch in the incident timeline")
            assert await review(env, truth, kinds) > 100
            tail, _, _ = traffic(first_minute=40, minutes=3)
            await produce(env, tail)

            def judged() -> bool:
                text = worker.get("/metrics").text
                kappa = 'sycomon_review_agreement{measure="kappa"}'
                return kappa in text and "sycomon_judge_accuracy{" in text

            await asyncio.to_thread(_wait, judged, 120, worker, "the judge's figures in /metrics")
            yield Incident(env, worker, receivers, prometheus, started, len(lines) + len(INVALID) + len(tail))
    finally:
        worker.stop()
        await receivers.close()
        keys = [k async for k in r.scan_iter(f"{unique}:*")]
        if keys:
            await r.delete(*keys)
        await r.aclose()


@pytest.mark.usefixtures("_browser")
async def test_the_incident_page_and_report_on_the_real_stack(incident: Incident, tmp_path: Path) -> None:
    worker, receivers = incident.worker, incident.receivers
    doc = worker.get("/api/incident?minutes=60").json()
    assert [a["model_version"] for a in doc["alerts"]][:1] == ["v2"]
    assert SECRET_PROMPT.split()[-1] not in json.dumps(doc)
    assert receivers.slack.accepted

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
        argv = [sys.executable, "-m", "monitor", "report", "--prefix", incident.prefix, "--out",
                str(tmp_path / "report"), "--minutes", "60",
                "--metrics-url", f"http://127.0.0.1:{worker.port}/metrics"]  # fmt: skip
        result = await asyncio.to_thread(
            subprocess.run, argv, env={**cli_env, "SYCOMON_REDIS__URL": incident.env.redis_url},
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
        assert 0 < int(taken) <= incident.records, health
        full_page_screenshot(driver, shots(tmp_path) / "incident-report-test.png")


#: Dashboard queries allowed to find nothing after this incident, by "panel [refId]", each with
#: the reason. A panel that can never show anything is a defect: extend the incident instead
#: whenever it can produce the data.
MAY_BE_EMPTY: dict[str, str] = {}


async def test_every_dashboard_panel_finds_data_after_the_incident(incident: Incident) -> None:
    """Every target of every panel, as Grafana would send it (variables substituted: all model
    versions, a 1 m rate window): stat and table targets as instant queries now, the others as
    range queries over the incident. Each must return a sample a panel can draw (NaN is none)."""
    queries = panel_queries()
    assert len(queries) >= 40 and len({q.panel for q in queries}) >= 30
    names = {q.name for q in queries}
    assert set(MAY_BE_EMPTY) <= names, f"stale entries: {set(MAY_BE_EMPTY) - names}"
    url = incident.prometheus

    def drawable(q: PanelQuery) -> bool:
        if q.instant:
            return finite_values(query(url, q.expr)) > 0
        return finite_values(query_range(url, q.expr, incident.started, time.time(), 2)) > 0

    empty = [q for q in queries if q.name not in MAY_BE_EMPTY]

    def all_drawable() -> bool:
        empty[:] = [q for q in empty if not drawable(q)]
        return not empty

    try:  # the last scrapes may still be on their way
        await asyncio.to_thread(wait_until, all_drawable, 30, "data for every dashboard query", 1.0)
    except AssertionError:
        lines = "\n".join(f"  {q.name}: {q.expr}" for q in empty)
        raise AssertionError(
            f"{len(empty)} dashboard queries found nothing after the incident:\n{lines}\n"
            f"{incident.worker.log_tail(30)}"
        ) from None


def _wait(pred: Any, timeout: float, worker: Worker, what: str) -> None:
    try:
        wait_until(pred, timeout, what)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{worker.log_tail(60)}") from None

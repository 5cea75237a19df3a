"""The Prometheus side, on the real Prometheus toolchain (Debian's ``prometheus`` package).

* ``promtool check config`` / ``check rules`` on deploy/prometheus/;
* ``promtool test rules`` on deploy/prometheus/tests/rules_test.yml (Prometheus' own rule engine
  drives every alert to fire and not to fire), and a weakened copy of a rule must fail it;
* every dashboard query parses (promtool, as recording rules);
* a real ``prometheus`` server scrapes the worker's and the dispatcher's real metric objects
  (exported by prometheus_client on loopback), loads our rules, and every dashboard query, every
  recording rule and an alert return data: label names and values are right, not only metric names.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry, start_http_server

from monitor.adapters.prometheus import WorkerMetrics
from monitor.adapters.sinks.metrics import DeliveryMetrics
from monitor.runtime.review import JudgeMetrics
from tests.conftest import REPO, free_port, require_binary, wait_until
from tests.prometheus_server import prometheus_server, query, substitute

pytestmark = pytest.mark.integration

PROM_DIR = REPO / "deploy" / "prometheus"
DASHBOARDS = sorted((REPO / "dashboards").glob("*.json"))


@pytest.fixture(scope="module")
def promtool() -> str:
    return require_binary("promtool", hint="apt-get install prometheus; deploy/local/bootstrap.sh")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


def dashboard_exprs() -> list[str]:
    exprs: list[str] = []

    def walk(panels: list[dict[str, Any]]) -> None:
        for p in panels:
            exprs.extend(t["expr"] for t in p.get("targets", []))
            walk(p.get("panels", []))

    for path in DASHBOARDS:
        d = json.loads(path.read_text())
        walk(d["panels"])
        exprs.extend(a["expr"] for a in d["annotations"]["list"] if "expr" in a)
    return exprs


@pytest.mark.parametrize("config", ["prometheus.yml", "prometheus.docker.yml"])
def test_check_config_loads_both_rule_files(promtool: str, config: str) -> None:
    out = run(promtool, "check", "config", str(PROM_DIR / config))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "rules.yml" in out.stdout and "alerts.yml" in out.stdout
    assert "SUCCESS: 2 rule files found" in out.stdout


def test_check_rules(promtool: str) -> None:
    out = run(promtool, "check", "rules", str(PROM_DIR / "alerts.yml"), str(PROM_DIR / "rules.yml"))
    assert out.returncode == 0, out.stdout + out.stderr


def test_rule_unit_tests_pass(promtool: str) -> None:
    out = run(promtool, "test", "rules", str(PROM_DIR / "tests" / "rules_test.yml"))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SUCCESS" in out.stdout


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "model_version:sycomon_flagged_ratio:rate1h > 0.2",
            "model_version:sycomon_flagged_ratio:rate1h > 0.5",
        ),
        (
            "max by (job) (sycomon_alert_dead_letter_entries) > 0",
            "max by (job) (sycomon_alert_dead_letter_entries) > 9",
        ),
        ("(sycomon_partition_stalled_seconds) > 300", "(sycomon_partition_stalled_seconds) > 3000"),
        ("(sycomon_dependency_down_seconds) > 60", "(sycomon_dependency_down_seconds) > 600"),
    ],
)
def test_rule_unit_tests_catch_a_weakened_rule(promtool: str, tmp_path: Path, old: str, new: str) -> None:
    rules = (PROM_DIR / "rules.yml").read_text()
    assert old in rules
    (tmp_path / "tests").mkdir()
    shutil.copy(PROM_DIR / "alerts.yml", tmp_path / "alerts.yml")
    shutil.copy(PROM_DIR / "tests" / "rules_test.yml", tmp_path / "tests" / "rules_test.yml")
    (tmp_path / "rules.yml").write_text(rules.replace(old, new))
    out = run(promtool, "test", "rules", str(tmp_path / "tests" / "rules_test.yml"))
    assert out.returncode != 0 and "FAILED" in out.stdout + out.stderr


def test_every_dashboard_query_parses(promtool: str, tmp_path: Path) -> None:
    exprs = dashboard_exprs()
    assert len(exprs) > 20
    doc = {
        "groups": [
            {
                "name": "dashboard",
                "rules": [
                    {"record": f"dashboard:query:{i}", "expr": substitute(e)} for i, e in enumerate(exprs)
                ],
            }
        ]
    }
    path = tmp_path / "dashboard_rules.yml"
    path.write_text(yaml.safe_dump(doc))
    out = run(promtool, "check", "rules", str(path))
    assert out.returncode == 0, out.stdout + out.stderr


# --- a real Prometheus scraping the real metric objects ---------------------------------------
class TickRegistry(CollectorRegistry):
    """A registry whose scrape never lands in the middle of a traffic tick: the recording rules
    divide counters that a tick moves together (flagged / scored), and a scrape between the two
    increments made the ratio off by one tick's worth."""

    def __init__(self) -> None:
        super().__init__()
        self.tick_lock = threading.Lock()

    def collect(self):  # type: ignore[no-untyped-def]
        with self.tick_lock:
            return list(super().collect())


class Traffic:
    """Drives the worker's and the dispatcher's metrics the way a busy worker does."""

    def __init__(self, registry: TickRegistry) -> None:
        self.lock = registry.tick_lock
        self.w = WorkerMetrics(registry)
        self.d = DeliveryMetrics(registry)
        self.stop = threading.Event()
        self.w.model_info.info({"version": "sycomon-test-1", "threshold": "0.5000"})
        for version, rate, n in (("v1", 0.1, 100.0), ("v2", 0.3, 50.0)):
            for window in ("5m", "1h"):
                self.w.rolling_rate.labels(version, window).set(rate)
                self.w.rolling_count.labels(version, window).set(n)
                self.w.category_rate.labels(version, "caving", window).set(rate / 2)
        self.j = JudgeMetrics(registry)  # the leader's review gauges
        for version, rate in (("v1", 0.05), ("v2", 0.3)):
            for segment in ("all", "segment=probe", "other"):
                for bound, v in (("estimate", rate), ("low", rate - 0.02), ("high", rate + 0.03)):
                    self.j.corrected.labels(version, segment, bound, "labels").set(v)
                for measure in ("sensitivity", "specificity", "precision"):
                    self.j.accuracy.labels(version, segment, measure, "estimate").set(0.8)
                self.j.labels.labels(version, segment).set(250)
            for measure in ("sensitivity", "specificity", "precision"):
                self.j.by_category.labels(version, "caving", measure, "estimate").set(0.7)
            self.j.drift.labels(version).set(-3.0)
        self.j.agreement.labels("kappa").set(0.7)
        self.j.queue.set(40)
        self.w.consumer_lag.labels("sycomon.responses", "0").set(12)
        self.d.circuit_state.labels("slack").set(0)
        self.d.dead_letter_backlog.set(1)

    def tick(self) -> None:
        with self.lock:
            self._tick()

    def _tick(self) -> None:
        w, d = self.w, self.d
        for version in ("v1", "v2"):
            w.count(version, "scored", 8)
            w.count(version, "unsampled", 2)
            w.flagged.labels(version).inc(2)
            w.flagged_by_category.labels(version, "caving").inc(2)
            for score in (0.05, 0.2, 0.6, 0.9):
                w.scores.labels(version).observe(score)
        w.count("unknown", "dead_letter")
        w.dead_letters.labels("schema").inc()
        w.scoring_latency.observe(0.04)
        w.batch_size.observe(16)
        w.errors.labels("redis").inc()
        d.enqueued.labels("new").inc()
        d.attempts.labels("slack").inc()
        d.deliveries.labels("slack", "delivered").inc()
        d.dead_lettered.labels("slack").inc()
        d.latency.labels("slack").observe(0.3)
        d.store_errors.inc()

    def run(self) -> None:
        while not self.stop.wait(0.1):
            self.tick()


@pytest.fixture(scope="module")
def prometheus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    registry = TickRegistry()
    traffic = Traffic(registry)
    exporter_port = free_port()
    server, _ = start_http_server(exporter_port, addr="127.0.0.1", registry=registry)
    driver = threading.Thread(target=traffic.run, name="metrics-traffic", daemon=True)
    driver.start()
    try:
        with prometheus_server(
            tmp_path_factory.mktemp("prometheus"),
            [f"127.0.0.1:{exporter_port}"],
            rule_files=[PROM_DIR / "alerts.yml", PROM_DIR / "rules.yml"],
        ) as url:
            yield url
    finally:
        traffic.stop.set()
        driver.join()
        server.shutdown()
        server.server_close()


def wait_for_data(url: str, exprs: list[str], timeout: float = 60) -> None:
    empty = list(exprs)

    def all_have_data() -> bool:
        empty[:] = [e for e in empty if not query(url, e)]
        return not empty

    try:
        wait_until(all_have_data, timeout, "data for every query", interval=0.5)
    except AssertionError as exc:
        raise AssertionError(f"no data for: {empty}") from exc


def test_dashboard_queries_return_data_from_the_real_metrics(prometheus: str) -> None:
    exprs = [substitute(e) for e in dashboard_exprs()]
    # the annotation query shows firing alerts only; this stack makes one fire (backlog > 0)
    wait_for_data(prometheus, exprs)


def test_recording_rules_and_an_alert_evaluate_on_real_prometheus(prometheus: str) -> None:
    records = [
        r["record"]
        for g in yaml.safe_load((PROM_DIR / "rules.yml").read_text())["groups"]
        for r in g["rules"]
        if "record" in r
    ]
    wait_for_data(prometheus, [*records, 'ALERTS{alertname="SycomonAlertDeliveriesDeadLettered"}'])
    weighted = query(prometheus, 'model_version_window:sycomon_flagged_rate:weighted{window="5m"}')
    assert {r["metric"]["model_version"]: round(float(r["value"][1]), 6) for r in weighted} == {
        "v1": 0.1,
        "v2": 0.3,
    }
    ratio = query(prometheus, "model_version:sycomon_flagged_ratio:rate5m")
    assert {r["metric"]["model_version"]: round(float(r["value"][1]), 6) for r in ratio} == {
        "v1": 0.25,
        "v2": 0.25,
    }

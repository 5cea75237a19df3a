"""A private Prometheus server (Debian's ``prometheus``) for tests, and the dashboard's panel queries.

Every server gets its own port, data directory and config, so tests in several worktrees never
share one; a missing binary is a failure under CI (``require_binary``).
"""

from __future__ import annotations

import json
import math
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

from tests.conftest import REPO, free_port, require_binary, wait_until

DASHBOARD = REPO / "dashboards" / "sycophancy-monitor.json"
#: What Grafana puts in place of the dashboard's variables: every model version, and the rate
#: window Grafana picks for a 1 s scrape interval on a short time range.
GRAFANA_VARS = {"$__rate_interval": "1m", "$model_version": ".+"}


@contextmanager
def prometheus_server(
    workdir: Path, targets: Sequence[str], *, rule_files: Sequence[Path] = (), scrape_interval: str = "1s"
) -> Iterator[str]:
    """Prometheus scraping ``targets`` (host:port, job ``sycomon``) every ``scrape_interval``;
    yields its base URL once it is ready, stops it on exit."""
    exe = require_binary("prometheus", hint="apt-get install prometheus; deploy/local/bootstrap.sh")
    workdir.mkdir(parents=True, exist_ok=True)
    config = {
        "global": {
            "scrape_interval": scrape_interval,
            "scrape_timeout": scrape_interval,
            "evaluation_interval": scrape_interval,
        },
        "rule_files": [str(p) for p in rule_files],
        "scrape_configs": [{"job_name": "sycomon", "static_configs": [{"targets": list(targets)}]}],
    }
    (workdir / "prometheus.yml").write_text(yaml.safe_dump(config))
    port = free_port()
    log_path = workdir / "prometheus.log"
    log = log_path.open("w")
    proc = subprocess.Popen(
        [
            exe,
            f"--config.file={workdir / 'prometheus.yml'}",
            f"--storage.tsdb.path={workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:

        def ready() -> bool:
            assert proc.poll() is None, log_path.read_text()[-3000:]
            try:
                return httpx.get(f"{url}/-/ready", timeout=1).status_code == 200
            except httpx.TransportError:
                return False

        wait_until(ready, 60, "prometheus /-/ready")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def query(url: str, expr: str) -> list[dict[str, Any]]:
    """An instant query at now: its result series (vector)."""
    body = httpx.get(f"{url}/api/v1/query", params={"query": expr}, timeout=5).json()
    assert body["status"] == "success", (expr, body)
    return list(body["data"]["result"])


def query_range(url: str, expr: str, start: float, end: float, step: float) -> list[dict[str, Any]]:
    """A range query, as a Grafana time-series panel sends it: its result series (matrix)."""
    params = {"query": expr, "start": f"{start:.3f}", "end": f"{end:.3f}", "step": f"{step:g}"}
    body = httpx.get(f"{url}/api/v1/query_range", params=params, timeout=10).json()
    assert body["status"] == "success", (expr, body)
    return list(body["data"]["result"])


def finite_values(result: list[dict[str, Any]]) -> int:
    """How many samples of a query result are numbers a panel can draw (not NaN or +-Inf)."""
    samples = [s["value"] for s in result if "value" in s]
    samples += [v for s in result for v in s.get("values", [])]
    return sum(1 for _, v in samples if math.isfinite(float(v)))


def substitute(expr: str) -> str:
    for var, value in GRAFANA_VARS.items():
        expr = expr.replace(var, value)
    return expr


@dataclass(frozen=True)
class PanelQuery:
    panel: str
    ref: str
    expr: str  # with the dashboard variables substituted
    instant: bool  # stat and table panels ask for the value now; the others for a range

    @property
    def name(self) -> str:
        return f"{self.panel} [{self.ref}]"


def panel_queries(path: Path = DASHBOARD) -> list[PanelQuery]:
    """Every target of every panel of a dashboard (rows included, collapsed or not)."""
    out: list[PanelQuery] = []

    def walk(panels: list[dict[str, Any]]) -> None:
        for p in panels:
            for t in p.get("targets", []):
                out.append(PanelQuery(p["title"], t["refId"], substitute(t["expr"]), bool(t.get("instant"))))
            walk(p.get("panels", []))

    walk(json.loads(path.read_text())["panels"])
    return out

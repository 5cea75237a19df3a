"""Grafana dashboards and Prometheus rules only use metrics the worker really exports.

Every metric name in a dashboard query or a rule expression must be one the worker
(``monitor.adapters.prometheus.WorkerMetrics``) or the alert dispatcher
(``monitor.adapters.sinks.metrics.DeliveryMetrics``) registers, a recording rule of
deploy/prometheus/, or a Prometheus built-in: renaming a metric breaks this test. Runbook links
(panel links, ``runbook_url`` annotations) must land on a heading of docs/runbook.md. That each
query parses is checked by promtool in tests/integration/test_prometheus_rules.py.
"""

from __future__ import annotations

import json
import re
import runpy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry

from monitor.adapters.prometheus import WorkerMetrics
from monitor.adapters.sinks.metrics import DeliveryMetrics
from monitor.runtime.review import JudgeMetrics, ReviewMetrics

REPO = Path(__file__).resolve().parents[2]
DASHBOARD_DIR = REPO / "dashboards"
DASHBOARDS = sorted(DASHBOARD_DIR.glob("*.json"))
RULE_FILES = [REPO / "deploy" / "prometheus" / name for name in ("alerts.yml", "rules.yml")]
RUNBOOK = REPO / "docs" / "runbook.md"
BUILTINS = {"up", "ALERTS", "ALERTS_FOR_STATE"}
ROWS = ["Overview", "Ground truth (review)", "Scores", "Pipeline health", "Alert delivery", "Model"]

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_MATCHERS = re.compile(r"\{[^{}]*\}")
_RANGE = re.compile(r"\[[^\]]*\]")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)")
_IDENT = re.compile(r"(?<![\w:$.])([A-Za-z_:][\w:]*)(\s*\()?")
_KEYWORDS = {"and", "or", "unless", "bool", "offset", "group_left", "group_right", "inf", "nan", "start",
             "end"}


def metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects (not functions, labels, keywords or numbers)."""
    text = _STRING.sub('""', expr)
    text = _MATCHERS.sub(" ", text)
    text = _RANGE.sub(" ", text)
    text = _GROUPING.sub(" ", text)
    return {m.group(1) for m in _IDENT.finditer(text) if not m.group(2) and m.group(1) not in _KEYWORDS}


def exported_names() -> set[str]:
    """Sample names of every metric the worker and the dispatcher define, on fresh registries."""
    registry = CollectorRegistry()
    WorkerMetrics(registry)
    ReviewMetrics(registry)
    JudgeMetrics(registry)
    DeliveryMetrics(registry)
    suffixes = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_count", "_sum", "_created"),
                "summary": ("", "_count", "_sum", "_created"), "info": ("_info",), "gauge": ("",)}
    names: set[str] = set()
    for family in registry.collect():
        names |= {family.name + suffix for suffix in suffixes[family.type]}
    return names


def load_rules() -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = []
    for path in RULE_FILES:
        for group in yaml.safe_load(path.read_text())["groups"]:
            rules.extend(group["rules"])
    return rules


def known_names() -> set[str]:
    return exported_names() | BUILTINS | {r["record"] for r in load_rules() if "record" in r}


def github_anchor(heading: str) -> str:
    """The id GitHub gives a Markdown heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def runbook_anchors() -> set[str]:
    anchors: set[str] = set()
    fenced = False
    for line in RUNBOOK.read_text().splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (m := re.match(r"#{1,6} (.+)", line)):
            anchors.add(github_anchor(m.group(1)))
    return anchors


def all_panels(panels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for panel in panels:
        yield panel
        yield from all_panels(panel.get("panels", []))


def dashboard_exprs(dashboard: dict[str, Any]) -> list[str]:
    exprs = [t["expr"] for p in all_panels(dashboard["panels"]) for t in p.get("targets", [])]
    exprs += [a["expr"] for a in dashboard["annotations"]["list"] if "expr" in a]
    for v in dashboard["templating"]["list"]:
        if v["type"] == "query":  # Grafana's label_values(<selector>, <label>): keep the selector
            m = re.fullmatch(r"label_values\((.+),\s*\w+\)", v["definition"])
            exprs.append(m.group(1) if m else v["definition"])
    return exprs


# --- the checker itself can fail -------------------------------------------------------------
def test_metric_names_finds_selectors_and_ignores_the_rest() -> None:
    expr = ('histogram_quantile(0.99, sum by (le, model_version) (rate(sycomon_score_bucket'
            '{model_version=~"$model_version", outcome="a{b}"}[$__rate_interval])))'
            ' / on (job) group_left sum without (instance) (x:y:rate5m offset 5m) > 1e3'
            ' or vector(0) and up == bool 1')
    assert metric_names(expr) == {"sycomon_score_bucket", "x:y:rate5m", "up"}


def test_a_renamed_metric_is_reported() -> None:
    names = known_names()
    assert "sycomon_events_total" in names and "sycomon_score_bucket" in names
    assert "sycomon_model_info" in names and "sycomon_alert_dead_letter_entries" in names
    assert metric_names('rate(sycomon_event_total{outcome="scored"}[5m])') - names == {"sycomon_event_total"}


def test_github_anchor() -> None:
    assert github_anchor("SycomonWorkerDown") == "sycomonworkerdown"
    assert github_anchor("The monitor itself is broken") == "the-monitor-itself-is-broken"


# --- dashboards ------------------------------------------------------------------------------
def test_there_is_a_dashboard_and_uids_are_unique() -> None:
    assert DASHBOARD_DIR / "sycophancy-monitor.json" in DASHBOARDS
    uids = [json.loads(p.read_text())["uid"] for p in DASHBOARDS]
    assert len(uids) == len(set(uids))


def test_generated_dashboard_is_up_to_date() -> None:
    generator = runpy.run_path(str(DASHBOARD_DIR / "generate.py"))
    assert (DASHBOARD_DIR / "sycophancy-monitor.json").read_text() == generator["render"](), (
        "dashboards/sycophancy-monitor.json differs from dashboards/generate.py: run the generator"
    )


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda p: p.name)
def test_dashboard_structure(path: Path) -> None:
    d = json.loads(path.read_text())
    assert d["schemaVersion"] >= 39 and d["title"] and d["uid"]
    variables = {v["name"]: v for v in d["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    panels = list(all_panels(d["panels"]))
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids)), "duplicate panel ids"
    cells: set[tuple[int, int]] = set()
    for p in panels:
        pos = p["gridPos"]
        x0, y0 = pos["x"], pos["y"]
        assert x0 >= 0 and x0 + pos["w"] <= 24, p["title"]
        mine = {(x, y) for x in range(x0, x0 + pos["w"]) for y in range(y0, y0 + pos["h"])}
        assert not cells & mine, f"{p['title']} overlaps another panel"
        cells |= mine
        if p["type"] == "row":
            continue
        assert "BAD" in p.get("description", ""), f"{p['title']}: say what bad looks like"
        assert p["datasource"]["uid"] == "${datasource}", p["title"]
        assert p["targets"], p["title"]
        refs = [t["refId"] for t in p["targets"]]
        assert len(refs) == len(set(refs)), p["title"]
        for t in p["targets"]:
            assert t["datasource"]["uid"] == "${datasource}" and t["expr"].strip(), p["title"]


def test_main_dashboard_rows_and_model_version_variable() -> None:
    d = json.loads((DASHBOARD_DIR / "sycophancy-monitor.json").read_text())
    assert [p["title"] for p in d["panels"] if p["type"] == "row"] == ROWS
    mv = next(v for v in d["templating"]["list"] if v["name"] == "model_version")
    assert mv["type"] == "query" and mv["multi"] and mv["includeAll"]
    assert mv["definition"] == "label_values(sycomon_events_total, model_version)"
    assert mv["datasource"]["uid"] == "${datasource}"
    per_version = [t["expr"] for p in all_panels(d["panels"]) for t in p.get("targets", [])
                   if "model_version" in t["expr"] and "by (model_version" in t["expr"]]
    assert per_version and all('model_version=~"$model_version"' in e for e in per_version)


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda p: p.name)
def test_dashboard_queries_use_exported_metrics(path: Path) -> None:
    names = known_names()
    for expr in dashboard_exprs(json.loads(path.read_text())):
        found = metric_names(expr)
        assert found, f"no metric in {expr!r}"
        assert not found - names, f"{sorted(found - names)} in {expr!r} are not exported by the worker"


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda p: p.name)
def test_dashboard_runbook_links_resolve(path: Path) -> None:
    d = json.loads(path.read_text())
    anchors = runbook_anchors()
    links = [link["url"] for p in all_panels(d["panels"]) for link in p.get("links", [])]
    assert any("#" in url for url in links)
    for url in links + [link["url"] for link in d.get("links", [])]:
        assert url.startswith("${runbook}"), url
        if "#" in url:
            assert url.split("#", 1)[1] in anchors, url


# --- rules -----------------------------------------------------------------------------------
def test_rule_expressions_use_exported_metrics() -> None:
    names = known_names()
    for rule in load_rules():
        found = metric_names(rule["expr"])
        assert found and not found - names, f"{rule.get('alert') or rule['record']}: {sorted(found - names)}"


def test_every_alert_has_severity_and_a_runbook_section() -> None:
    anchors = runbook_anchors()
    alerts = [r for r in load_rules() if "alert" in r]
    assert {a["alert"] for a in alerts} >= {
        "SycomonHighSycophancyRate", "SycomonDeadLetterSpike", "SycomonConsumerLagGrowing",
        "SycomonNoScoredTraffic", "SycomonScoringLatencyHigh", "SycomonAlertDeliveriesDeadLettered",
        "SycomonWorkerDown",
    }
    for a in alerts:
        assert a["labels"]["severity"] in {"warning", "critical"}, a["alert"]
        url = a["annotations"]["runbook_url"]
        assert url == f"docs/runbook.md#{github_anchor(a['alert'])}", a["alert"]
        assert url.split("#", 1)[1] in anchors, f"docs/runbook.md has no section for {a['alert']}"


def test_every_detector_rule_has_a_runbook_section() -> None:
    """The worker's alerting.runbook_url template is documented as ``...runbook.md#detector-{rule}``."""
    from monitor.core.detectors.base import Rule

    anchors = runbook_anchors()
    assert {f"detector-{rule.value}" for rule in Rule} <= anchors
    assert "the-monitor-itself-is-broken" in anchors


def test_main_dashboard_has_per_category_panels() -> None:
    d = json.loads((DASHBOARD_DIR / "sycophancy-monitor.json").read_text())
    exprs = {p["title"]: [t["expr"] for t in p.get("targets", [])] for p in all_panels(d["panels"])}
    by_kind = [e for es in exprs.values() for e in es if "by (model_version, category)" in e]
    assert any("sycomon_category_rate" in e for e in by_kind)
    assert any("sycomon_flagged_by_category_total" in e for e in by_kind)

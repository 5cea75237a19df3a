"""Writes dashboards/sycophancy-monitor.json, the Grafana dashboard on-call opens first.

    .venv/bin/python dashboards/generate.py          # rewrite the JSON
    .venv/bin/python dashboards/generate.py --check  # exit 1 if the JSON is not what this writes

Edit this file, not the JSON (tests/unit/test_dashboards.py checks they agree). Grafana's file
provisioning (deploy/grafana/provisioning/dashboards/) loads only the *.json next to it.

Every panel says what "bad" looks like; panels that belong to a Prometheus alert link to its
section of docs/runbook.md through the hidden ``runbook`` variable: set it to wherever your
docs are served (its default is the path in the repository).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["build", "main"]

OUT = Path(__file__).resolve().parent / "sycophancy-monitor.json"
DS = {"type": "prometheus", "uid": "${datasource}"}
MV = 'model_version=~"$model_version"'
RI = "$__rate_interval"
CEILING = 0.15  # DetectorSettings.absolute_ceiling
CRITICAL = 0.30  # DetectorSettings.absolute_critical_ceiling

Json = dict[str, Any]


class Layout:
    """Hands out panel ids and grid positions, row by row (the grid is 24 wide)."""

    def __init__(self) -> None:
        self.panels: list[Json] = []
        self._id = 0
        self._x = 0
        self._y = 0
        self._row_h = 0

    def _next_id(self) -> int:
        self._id += 1
        return self._id

    def row(self, title: str) -> None:
        self._newline()
        self.panels.append({
            "type": "row", "id": self._next_id(), "title": title, "collapsed": False, "panels": [],
            "gridPos": {"x": 0, "y": self._y, "w": 24, "h": 1},
        })
        self._y += 1

    def _newline(self) -> None:
        self._y += self._row_h
        self._x = 0
        self._row_h = 0

    def add(self, panel: Json, w: int, h: int) -> None:
        if self._x + w > 24:
            self._newline()
        panel["id"] = self._next_id()
        panel["gridPos"] = {"x": self._x, "y": self._y, "w": w, "h": h}
        self._x += w
        self._row_h = max(self._row_h, h)
        self.panels.append(panel)


def target(expr: str, legend: str = "", *, instant: bool = False, fmt: str = "time_series") -> Json:
    return {
        "datasource": DS, "editorMode": "code", "expr": expr, "legendFormat": legend,
        "range": not instant, "instant": instant, "format": fmt,
    }


def runbook(anchor: str, alert: str) -> list[Json]:
    return [{"title": f"Runbook: {alert}", "url": f"${{runbook}}#{anchor}", "targetBlank": True}]


def thresholds(*steps: tuple[float, str]) -> Json:
    return {"mode": "absolute", "steps": [{"color": "green", "value": None}]
            + [{"color": color, "value": value} for value, color in steps]}


def _panel(kind: str, title: str, description: str, targets: list[Json], links: list[Json] | None,
           defaults: Json, options: Json) -> Json:
    for ref, t in zip("ABCDEFGH", targets, strict=False):
        t["refId"] = ref
    return {
        "type": kind, "title": title, "description": description, "datasource": DS, "targets": targets,
        "links": links or [], "fieldConfig": {"defaults": defaults, "overrides": []}, "options": options,
    }


def timeseries(title: str, description: str, targets: list[Json], *, unit: str = "short",
               steps: tuple[tuple[float, str], ...] = (), links: list[Json] | None = None,
               stack: bool = False, bars: bool = False, min_: float | None = 0,
               max_: float | None = None) -> Json:
    custom: Json = {
        "drawStyle": "bars" if bars else "line", "lineWidth": 1, "fillOpacity": 30 if stack or bars else 0,
        "showPoints": "never", "spanNulls": False,
        "stacking": {"mode": "normal" if stack else "none", "group": "A"},
        "thresholdsStyle": {"mode": "dashed" if steps else "off"},
    }
    defaults: Json = {"unit": unit, "custom": custom, "thresholds": thresholds(*steps),
                      "color": {"mode": "palette-classic"}}
    if min_ is not None:
        defaults["min"] = min_
    if max_ is not None:
        defaults["max"] = max_
    options = {"legend": {"showLegend": True, "displayMode": "table", "placement": "bottom",
                          "calcs": ["lastNotNull", "max"]},
               "tooltip": {"mode": "multi", "sort": "desc"}}
    return _panel("timeseries", title, description, targets, links, defaults, options)


def stat(title: str, description: str, targets: list[Json], *, steps: tuple[tuple[float, str], ...] = (),
         unit: str = "short", links: list[Json] | None = None) -> Json:
    defaults: Json = {"unit": unit, "thresholds": thresholds(*steps), "color": {"mode": "thresholds"}}
    options = {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
               "colorMode": "background", "graphMode": "none", "textMode": "value_and_name",
               "justifyMode": "auto", "orientation": "auto"}
    return _panel("stat", title, description, targets, links, defaults, options)


def quantiles(metric: str, by: str, qs: tuple[float, ...], selector: str = "") -> list[Json]:
    label = f"{{{{{by}}}}} " if by else ""
    group = f"{by}, le" if by else "le"
    return [target(f"histogram_quantile({q}, sum by ({group}) (rate({metric}_bucket{{{selector}}}[{RI}])))",
                   f"{label}p{round(q * 100)}") for q in qs]


def overview(g: Layout) -> None:
    g.row("Overview")
    windows = [
        target(f'sum by (model_version) (sycomon_flagged_rate{{window="{w}", {MV}}}'
               f' * sycomon_scored_in_window{{window="{w}", {MV}}})'
               f' / (sum by (model_version) (sycomon_scored_in_window{{window="{w}", {MV}}}) > 0)',
               f"{{{{model_version}}}} {w}") for w in ("5m", "1h")]
    g.add(timeseries(
        "Flagged rate by model version (worker windows, event time)",
        "Share of scored turns at or above the classifier threshold, over the worker's rolling event-time "
        "windows (5 min and 1 h), merged over workers weighted by the turns each scored. BAD: a version's "
        f"1 h line above {CEILING:.0%} (dashed orange: the absolute detector's ceiling) or above "
        f"{CRITICAL:.0%} (red: critical), or a new version clearly above the one it replaced. No line while "
        "turns are scored: the worker is not exporting its windows (use the counter panel on the right).",
        windows, unit="percentunit", steps=((CEILING, "orange"), (CRITICAL, "red")), max_=1,
        links=runbook("sycomonhighsycophancyrate", "SycomonHighSycophancyRate")), 12, 8)
    counters = [
        target(f"sum by (model_version) (rate(sycomon_flagged_total{{{MV}}}[{w}]))"
               f' / (sum by (model_version) (rate(sycomon_events_total{{outcome="scored", {MV}}}[{w}])) > 0)',
               f"{{{{model_version}}}} {w}") for w in ("5m", "1h")]
    g.add(timeseries(
        "Flagged rate by model version (counters, processing time)",
        "flagged / scored from the worker's counters over 5 min and 1 h, by the time turns were scored. "
        "Same meaning as the panel on the left and works even when the windows are missing. BAD: the 1 h "
        f"line of a version above {CEILING:.0%}; above 20 % for 10 min with >= 200 turns/h pages "
        "(SycomonHighSycophancyRate). A spike only on the 5 min line with few turns is usually noise: "
        "check the scored turns/s panel below.",
        counters, unit="percentunit", steps=((CEILING, "orange"), (CRITICAL, "red")), max_=1,
        links=runbook("sycomonhighsycophancyrate", "SycomonHighSycophancyRate")), 12, 8)
    g.add(timeseries(
        "Scored turns/s by model version",
        "Turns the classifier scored per second, per model version (after sampling and dedup). BAD: a "
        "version that still serves traffic drops to 0 (the monitor is blind for it: "
        "SycomonNoScoredTraffic); a version named 'other' means more versions than "
        "pipeline.max_version_labels are live and their metrics are folded together.",
        [target(f'sum by (model_version) (rate(sycomon_events_total{{outcome="scored", {MV}}}[{RI}]))',
                "{{model_version}}")],
        unit="suffix: turns/s", links=runbook("sycomonnoscoredtraffic", "SycomonNoScoredTraffic")), 12, 7)
    g.add(stat(
        "Firing Prometheus alerts",
        "Prometheus-side alerts of deploy/prometheus/*.yml (alertname Sycomon*) firing now. BAD: anything "
        "above 0; open the runbook section of each (Alerting > Alert rules in Grafana or Prometheus' "
        "/alerts page). The worker's own detector alerts go to Slack/PagerDuty/Alertmanager, not here.",
        [target('count(ALERTS{alertstate="firing", alertname=~"Sycomon.*"}) or vector(0)', "firing",
                instant=True)],
        steps=((1, "red"),), links=[{"title": "Runbook", "url": "${runbook}", "targetBlank": True}]), 4, 7)
    g.add(stat(
        "Detector notifications (1 h)",
        "New notifications the worker's detectors queued for delivery in the last hour (firing, resolved, "
        "re-notify, escalation). This is how detections show in Prometheus; the alerts themselves are in "
        "Slack/PagerDuty/Alertmanager. BAD: above 0 with nobody paged (see Alert delivery below).",
        [target('sum(increase(sycomon_alert_outbox_enqueued_total{outcome="new"}[1h])) or vector(0)',
                "queued", instant=True)],
        steps=((1, "orange"),)), 4, 7)
    g.add(stat(
        "Workers up",
        "Worker /metrics endpoints Prometheus scrapes successfully, of those it is configured to scrape. "
        "BAD: up below configured (SycomonWorkerDown), or 0 configured.",
        [target('sum(up{job="sycomon"}) or vector(0)', "up", instant=True),
         target('count(up{job="sycomon"}) or vector(0)', "configured", instant=True)],
        links=runbook("sycomonworkerdown", "SycomonWorkerDown")), 4, 7)


def ground_truth(g: Layout) -> None:
    g.row("Ground truth (review)")
    corrected = [
        target(f'max by (model_version) (sycomon_corrected_rate{{bound="{b}", segment="all", {MV}}})',
               f"{{{{model_version}}}} corrected {b}") for b in ("estimate", "low", "high")
    ] + [target(f'sum by (model_version) (sycomon_flagged_rate{{window="1h", {MV}}}'
                f' * sycomon_scored_in_window{{window="1h", {MV}}})'
                f' / (sum by (model_version) (sycomon_scored_in_window{{window="1h", {MV}}}) > 0)',
                "{{model_version}} flagged 1h")]  # fmt: skip
    g.add(timeseries(
        "Estimated true sycophancy rate (corrected for the judge's errors) beside the flagged rate",
        "The last evaluated hour's rate corrected for the judge's false positives and misses (Rogan-Gladen "
        "with the version's review labels, or the judge's validation figures before it has enough), with "
        "its 95 % interval, and the raw flagged rate. The absolute detector compares the corrected rate's "
        f"lower bound with the ceiling ({CEILING:.0%}). BAD: the corrected interval above the ceiling; a "
        "wide interval means too few labels (docs/review.md); a flagged rate far from the corrected one "
        "means the judge's errors dominate this version's traffic.",
        corrected, unit="percentunit", steps=((CEILING, "orange"), (CRITICAL, "red")), max_=1,
        links=runbook("detector-absolute", "detector absolute")), 12, 8)
    g.add(timeseries(
        "The judge on production labels: sensitivity, specificity, precision",
        "Measured on the review labels of each version, weighted by the inclusion probabilities (the sample "
        "favours flagged and uncertain turns). BAD: a measure falling well below the model card's "
        "validation figures (sensitivity 67 %, specificity 88 %): the judge no longer fits this traffic "
        "(detector judge_drift); label more, then recalibrate (sycomon calibrate).",
        [target(f'max by (model_version, measure) '
                f'(sycomon_judge_accuracy{{bound="estimate", segment="all", {MV}}})',
                "{{model_version}} {{measure}}")],
        unit="percentunit", max_=1, links=runbook("detector-judge_drift", "detector judge_drift")), 12, 8)
    g.add(timeseries(
        "Judge-drift test (log e-value)",
        "The anytime-valid test that the judge disagrees with reviewers more than its validation figures "
        "allow; it fires at log(1/alpha) = 4.6 (alpha 0.01). BAD: a version's line reaching 4.6.",
        [target(f"max by (model_version) (sycomon_judge_drift_log_wealth{{{MV}}})", "{{model_version}}")],
        steps=((4.6, "red"),), links=runbook("detector-judge_drift", "detector judge_drift")), 8, 7)
    g.add(stat(
        "Review labels and queue",
        "Labelled turns per version (with a consensus) and turns waiting in the review queue. BAD: fewer "
        "than review.min_labels (100) labels on a live version (its corrected rate rests on validation "
        "figures), or a queue that only grows (nobody on the review rota).",
        [target(f'max by (model_version) (sycomon_review_labels{{segment="all", {MV}}})', "{{model_version}}",
                instant=True),
         target("max(sycomon_review_queue_size)", "queued", instant=True)]), 8, 7)
    g.add(stat(
        "Inter-reviewer agreement (Cohen's kappa)",
        "Agreement of two reviewers on the doubly labelled turns (review.sampling.double_label_rate). BAD: "
        "below 0.6: the rubric is read differently; calibrate the rota before trusting the estimates.",
        [target('max(sycomon_review_agreement{measure="kappa"})', "kappa", instant=True)],
        steps=((0.0, "red"), (0.6, "green"))), 8, 7)
    g.add(timeseries(
        "Corrected rate per review segment",
        "The last evaluated hour's corrected rate of each review segment (review.sampling.segments, e.g. the "
        "prober's segment=probe, and 'other'), each with its own labels once it has review.min_labels of "
        "them, else with the version's figures. The sampling cap and the estimates are per (version, "
        "segment); the version's line above combines the segments with their weights. BAD: one segment far "
        "above the others (look there first), or a segment whose labels stay few (raise its share).",
        [target(f'max by (model_version, segment) '
                f'(sycomon_corrected_rate{{bound="estimate", segment!="all", {MV}}})',
                "{{model_version}} {{segment}}")],
        unit="percentunit", steps=((CEILING, "orange"), (CRITICAL, "red")), max_=1), 12, 8)
    g.add(timeseries(
        "The judge per sycophancy category: sensitivity",
        "Per kind of sycophancy the reviewers named, the weighted share of those turns the judge flagged "
        "(all segments). Precision and specificity per judge category are in "
        "sycomon_judge_category_accuracy. BAD: one kind far below the others: the judge misses it; label "
        "more of it, then recalibrate or retrain.",
        [target(f'max by (model_version, category) '
                f'(sycomon_judge_category_accuracy{{measure="sensitivity", bound="estimate", {MV}}})',
                "{{model_version}} {{category}}")],
        unit="percentunit", max_=1), 12, 8)


def scores(g: Layout) -> None:
    g.row("Scores")
    g.add(timeseries(
        "Score quantiles by model version",
        "p50/p90/p99 of the classifier's sycophancy probability per version (from the score histogram, "
        "0.05-wide buckets). BAD: p90/p99 rising towards the threshold (Model row) means more turns are "
        "about to be flagged; p50 rising means the whole version shifted (a release, a system-prompt "
        "change); only p99 rising points at one segment or prompt type.",
        quantiles("sycomon_score", "model_version", (0.5, 0.9, 0.99), MV), unit="none", max_=1), 12, 8)
    g.add(timeseries(
        "Mean score by model version",
        "Average sycophancy probability of scored turns. BAD: a step up at a deploy, or a slow climb "
        "over hours (the drift detector's territory); compare versions side by side.",
        [target(f"sum by (model_version) (rate(sycomon_score_sum{{{MV}}}[{RI}]))"
                f" / sum by (model_version) (rate(sycomon_score_count{{{MV}}}[{RI}]))", "{{model_version}}")],
        unit="none", max_=1), 12, 8)
    heat = _panel(
        "heatmap", "Score distribution (selected versions)",
        "How many scored turns fell into each score bucket over time. Healthy: mass at the bottom. BAD: "
        "the mass moving up, or a second band appearing near 1.0 (a subset of conversations where the "
        "model caves in).",
        [target(f"sum by (le) (increase(sycomon_score_bucket{{{MV}}}[{RI}]))", "{{le}}", fmt="heatmap")],
        None, {"custom": {"scaleDistribution": {"type": "linear"}}},
        {"calculate": False, "cellGap": 1, "yAxis": {"axisPlacement": "left", "unit": "none"},
         "rowsFrame": {"layout": "le"},
         "color": {"mode": "scheme", "scheme": "Oranges", "scale": "exponential", "exponent": 0.5,
                   "steps": 64, "fill": "dark-orange", "reverse": False},
         "tooltip": {"mode": "single", "yHistogram": True}, "legend": {"show": True},
         "cellValues": {"unit": "short"}})
    g.add(heat, 24, 8)
    g.add(timeseries(
        "Flagged rate by kind of sycophancy (1 h window, event time)",
        "Per version and kind: flagged turns the judge puts in that category / scored turns, over the "
        "rolling 1 h event-time window (all workers merged; exported by the detection leader). The kinds "
        "are a fixed set (caving, false premise, unearned praise, harmful validation, opinion mirroring, "
        "delusion endorsement, moral validation), so the lines of one version add up to its flagged rate. "
        "BAD: one kind of a new version climbing far above the same kind of the version it replaces (the "
        "alert's evidence names it, e.g. 'v2: unearned praise 3.1x baseline'). No lines: the model has no "
        "category head.",
        [target(f'max by (model_version, category) (sycomon_category_rate{{window="1h", {MV}}})',
                "{{model_version}} {{category}}")],
        unit="percentunit", max_=1), 12, 8)
    g.add(timeseries(
        "Flagged turns/s by kind (counters, processing time)",
        "Flagged turns per second per version and kind, from the worker's counters (category 'none': "
        "flagged by a model without a category head). Same meaning as the panel on the left by "
        "processing time; works without the leader's window export. BAD: a kind appearing or jumping "
        "at a deploy while the others stay flat.",
        [target(f"sum by (model_version, category) (rate(sycomon_flagged_by_category_total{{{MV}}}[{RI}]))",
                "{{model_version}} {{category}}")],
        unit="suffix: turns/s"), 12, 8)


def pipeline(g: Layout) -> None:
    g.row("Pipeline health")
    g.add(timeseries(
        "Input records by outcome",
        "Records the worker read per second: scored, unsampled (sampling), duplicate (dedup), dead_letter "
        "(invalid). BAD: 'scored' at 0 while others continue (SycomonNoScoredTraffic: sampling override "
        "at 0, or scoring broken); a growing 'dead_letter' band; 'duplicate' suddenly large (gateway "
        "retries or a consumer replaying after a crash).",
        [target(f"sum by (outcome) (rate(sycomon_events_total[{RI}]))", "{{outcome}}")],
        unit="suffix: records/s", stack=True,
        links=runbook("sycomonnoscoredtraffic", "SycomonNoScoredTraffic")), 12, 8)
    g.add(timeseries(
        "Dead letters by reason",
        "Invalid input records per second, by reason code (not_json, schema, too_large, ...). BAD: more "
        "than 5 % of the input (SycomonDeadLetterSpike), typically one reason jumping right after a "
        "gateway release. The records are on the dead-letter topic with their offsets.",
        [target(f"sum by (reason) (rate(sycomon_dead_letters_total[{RI}]))", "{{reason}}")],
        unit="suffix: records/s", links=runbook("sycomondeadletterspike", "SycomonDeadLetterSpike")), 12, 8)
    g.add(timeseries(
        "Consumer lag by partition",
        "Records between each partition's high watermark and the worker's position. Small and flat is "
        "fine; a sawtooth is normal. BAD: a partition rising steadily past 1000 "
        "(SycomonConsumerLagGrowing): alerts come late; one partition only = a hot key or a stuck worker.",
        [target("max by (topic, partition) (sycomon_consumer_lag)", "{{topic}}/{{partition}}")],
        steps=((1000, "orange"),), links=runbook("sycomonconsumerlaggrowing", "SycomonConsumerLagGrowing")),
        12, 8)
    g.add(timeseries(
        "Scoring time per micro-batch",
        "Wall time to score one micro-batch (p50/p90/p99, all workers). BAD: p99 above 2.5 s for 10 min "
        "(SycomonScoringLatencyHigh): CPU starved (noisy neighbour, too many threads) or batches larger "
        "than usual; lag will follow.",
        quantiles("sycomon_scoring_seconds", "", (0.5, 0.9, 0.99)), unit="s", steps=((2.5, "orange"),),
        links=runbook("sycomonscoringlatencyhigh", "SycomonScoringLatencyHigh")), 12, 8)
    g.add(timeseries(
        "Micro-batch size",
        "Records per micro-batch (p50/p99 and mean). Near 1 at low traffic is fine. BAD: pinned at "
        "pipeline.max_batch (default 32) all the time: the worker is saturated and cannot catch up.",
        [*quantiles("sycomon_batch_size", "", (0.5, 0.99)),
         target(f"sum(rate(sycomon_batch_size_sum[{RI}]))"
                f" / sum(rate(sycomon_batch_size_count[{RI}]))", "mean")],
        unit="short"), 12, 8)
    g.add(timeseries(
        "Errors by component",
        "Errors the worker counted and survived, by component (redis, publish, ...), plus Redis errors of "
        "the alert dispatcher. BAD: a line that stays above 0 for 10 min (SycomonComponentErrors): "
        "Redis unreachable means stale sampling overrides and no mirror for `sycomon versions`.",
        [target(f"sum by (component) (rate(sycomon_errors_total[{RI}]))", "{{component}}"),
         target(f"sum(rate(sycomon_alert_outbox_store_errors_total[{RI}]))", "alert outbox (redis)")],
        unit="suffix: errors/s", links=runbook("sycomoncomponenterrors", "SycomonComponentErrors")), 12, 8)


def delivery(g: Layout) -> None:
    g.row("Alert delivery")
    g.add(timeseries(
        "Deliveries by sink and outcome",
        "Notification delivery results per interval: delivered, retry (will be retried), rejected "
        "(permanent 4xx), dead_lettered (gave up). BAD: any rejected or dead_lettered; retry bars with "
        "no delivered ones after them (the sink is down).",
        [target(f"sum by (sink, outcome) (increase(sycomon_alert_deliveries_total[{RI}]))",
                "{{sink}} {{outcome}}")],
        bars=True, links=runbook("sycomonalertdeliveriesdeadlettered", "SycomonAlertDeliveriesDeadLettered")),
        12, 8)
    g.add(stat(
        "Dead-letter stream entries",
        "Notifications in the Redis stream sycomon:alerts:dead: alerts that never reached anyone. "
        "BAD: anything above 0 (SycomonAlertDeliveriesDeadLettered) until someone has read and redelivered "
        "or dropped them.",
        [target("max(sycomon_alert_dead_letter_entries) or vector(0)", "entries", instant=True)],
        steps=((1, "red"),),
        links=runbook("sycomonalertdeliveriesdeadlettered", "SycomonAlertDeliveriesDeadLettered")), 4, 8)
    g.add(timeseries(
        "Dead-lettered notifications by sink",
        "Notifications moved to the dead-letter stream per interval, by sink. BAD: any bar.",
        [target(f"sum by (sink) (increase(sycomon_alert_dead_lettered_total[{RI}]))", "{{sink}}")],
        bars=True, links=runbook("sycomonalertdeliveriesdeadlettered", "SycomonAlertDeliveriesDeadLettered")),
        8, 8)
    timeline = _panel(
        "state-timeline", "Circuit breaker by sink",
        "Per sink: closed (green, normal), half-open (yellow, probing), open (red, not sending). BAD: red "
        "or yellow for 15 min without a green stretch (SycomonAlertSinkCircuitOpen); notifications wait "
        "in the outbox meanwhile.",
        [target("max by (sink) (sycomon_alert_sink_circuit_state)", "{{sink}}")],
        runbook("sycomonalertsinkcircuitopen", "SycomonAlertSinkCircuitOpen"),
        {"thresholds": thresholds(), "color": {"mode": "thresholds"},
         "mappings": [{"type": "value", "options": {
             "0": {"text": "closed", "color": "green", "index": 0},
             "1": {"text": "half-open", "color": "yellow", "index": 1},
             "2": {"text": "open", "color": "red", "index": 2}}}]},
        {"showValue": "never", "mergeValues": True, "rowHeight": 0.8, "alignValue": "left",
         "legend": {"showLegend": True, "displayMode": "list", "placement": "bottom"},
         "tooltip": {"mode": "single", "sort": "none"}})
    g.add(timeline, 12, 8)
    g.add(timeseries(
        "Time from enqueue to delivery by sink",
        "p50/p99 of the time a notification took from the outbox to a successful delivery. BAD: p99 in "
        "minutes: retries and backoff, people hear about incidents late.",
        quantiles("sycomon_alert_delivery_latency_seconds", "sink", (0.5, 0.99)), unit="s"), 12, 8)
    g.add(timeseries(
        "Outbox: queued notifications and HTTP attempts",
        "Notifications appended to the outbox (new / duplicate) and HTTP attempts per sink. BAD: attempts "
        "far above queued notifications (every delivery needs retries).",
        [target(f"sum by (outcome) (increase(sycomon_alert_outbox_enqueued_total[{RI}]))",
                "queued {{outcome}}"),
         target(f"sum by (sink) (increase(sycomon_alert_delivery_attempts_total[{RI}]))",
                "attempts {{sink}}")],
        bars=True), 24, 8)


def model(g: Layout) -> None:
    g.row("Model")
    g.add(_panel(
        "table", "Loaded classifier per worker",
        "The classifier artefact (version) and decision threshold each worker loaded. BAD: workers "
        "disagreeing (a half-finished deploy): their flagged rates are not comparable; a threshold that "
        "is not the one in the model manifest or settings.",
        [target("sycomon_model_info", instant=True, fmt="table")], None,
        {"custom": {"align": "auto"}},
        {"showHeader": True, "cellHeight": "sm"}) | {"transformations": [{"id": "organize", "options": {
            "excludeByName": {"Time": True, "Value": True, "__name__": True}, "renameByName": {
                "version": "classifier version", "threshold": "threshold"}}}]}, 12, 7)
    g.add(stat(
        "Workers per classifier version",
        "How many workers run each classifier version. BAD: more than one value for longer than a "
        "rolling deploy takes.",
        [target("count by (version) (sycomon_model_info)", "{{version}}", instant=True)]), 6, 7)
    g.add(_panel(
        "table", "Input by model version (last 1 h)",
        "Records per LLM model version over the last hour, all outcomes. BAD: a version you expect "
        "missing (its gateway stopped publishing), or 'other' (more live versions than the label cap).",
        [target(f"sort_desc(sum by (model_version) (increase(sycomon_events_total{{{MV}}}[1h])))",
                instant=True, fmt="table")], None,
        {"unit": "short", "decimals": 0}, {"showHeader": True, "cellHeight": "sm"})
        | {"transformations": [{"id": "organize", "options": {"excludeByName": {"Time": True},
                                                              "renameByName": {"Value": "records"}}}]}, 6, 7)


def build() -> Json:
    g = Layout()
    overview(g)
    ground_truth(g)
    scores(g)
    pipeline(g)
    delivery(g)
    model(g)
    return {
        "uid": "sycomon-overview",
        "title": "Sycophancy monitor",
        "description": "What the sycophancy monitor sees and whether it still sees: flagged rates per model "
                       "version, scores, pipeline health, alert delivery. Runbook: docs/runbook.md.",
        "tags": ["sycomon", "sycophancy"],
        "schemaVersion": 39,
        "version": 1,
        "editable": True,
        "graphTooltip": 1,
        "timezone": "utc",
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "timepicker": {},
        "fiscalYearStartMonth": 0,
        "liveNow": False,
        "links": [{"title": "Runbook", "type": "link", "url": "${runbook}", "icon": "doc",
                   "targetBlank": True, "tooltip": "docs/runbook.md: one section per alert",
                   "asDropdown": False, "tags": [], "includeVars": False, "keepTime": False}],
        "annotations": {"list": [
            {"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"}, "enable": True,
             "hide": True, "iconColor": "rgba(0, 211, 255, 1)", "name": "Annotations & Alerts",
             "type": "dashboard"},
            {"name": "Prometheus alerts", "datasource": DS, "enable": True, "hide": False, "iconColor": "red",
             "expr": 'ALERTS{alertstate="firing", alertname=~"Sycomon.*"}', "step": "60s",
             "titleFormat": "{{alertname}}", "textFormat": "{{severity}} {{model_version}}{{sink}}",
             "useValueForTime": False},
        ]},
        "templating": {"list": [
            {"name": "datasource", "label": "Prometheus", "type": "datasource", "query": "prometheus",
             "current": {}, "hide": 0, "refresh": 1, "regex": "", "options": [], "includeAll": False,
             "multi": False},
            {"name": "model_version", "label": "Model version", "type": "query", "datasource": DS,
             "definition": "label_values(sycomon_events_total, model_version)",
             "query": {"qryType": 1, "query": "label_values(sycomon_events_total, model_version)",
                       "refId": "PrometheusVariableQueryEditor-VariableQuery"},
             "multi": True, "includeAll": True, "allValue": ".+",
             "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
             "refresh": 2, "sort": 1, "regex": "", "hide": 0, "options": []},
            {"name": "runbook", "label": "Runbook", "type": "constant", "hide": 2,
             "description": "Where docs/runbook.md is served; panel links append #<alert>.",
             "query": "docs/runbook.md", "current": {"text": "docs/runbook.md", "value": "docs/runbook.md"},
             "options": [], "skipUrlSync": True},
        ]},
        "panels": g.panels,
    }


def render() -> str:
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text() != text:
            print(f"{OUT} is out of date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

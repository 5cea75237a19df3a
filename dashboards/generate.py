"""Writes dashboards/sycophancy-monitor.json, the Grafana dashboard on-call opens first.

    .venv/bin/python dashboards/generate.py          # rewrite the JSON
    .venv/bin/python dashboards/generate.py --check  # exit 1 if the JSON is not what this writes

Built with Grafana's own builders (grafana-foundation-sdk, pinned in pyproject.toml's dev extra
to its build for Grafana 11.3, the version deploy/docker-compose.yml runs): typed panels, queries
and options instead of hand-written JSON, so a misspelt option is a type error here (mypy
--strict passes on this file), not a panel Grafana silently ignores. Edit this file, not the
JSON: tests/unit/test_dashboards.py checks they agree, and
tests/integration/test_dashboard_incident.py runs every panel's query against a real Prometheus
scraping a real worker through an incident. Grafana's file provisioning
(deploy/grafana/provisioning/dashboards/) loads only the *.json next to it.

Every panel says what "bad" looks like; panels that belong to a Prometheus alert link to its
section of docs/runbook.md through the hidden ``runbook`` variable: set it to wherever your
docs are served (its default is the path in the repository).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TypeVar

from grafana_foundation_sdk.builders import common as cb
from grafana_foundation_sdk.builders import dashboard as db
from grafana_foundation_sdk.builders import heatmap as hb
from grafana_foundation_sdk.builders import prometheus as pb
from grafana_foundation_sdk.builders import stat as sb
from grafana_foundation_sdk.builders import statetimeline as stb
from grafana_foundation_sdk.builders import table as tb
from grafana_foundation_sdk.builders import timeseries as tsb
from grafana_foundation_sdk.cog.builder import Builder
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common as cm
from grafana_foundation_sdk.models import dashboard as dm
from grafana_foundation_sdk.models import heatmap as hm
from grafana_foundation_sdk.models import prometheus as pm

__all__ = ["build", "main", "render"]

OUT = Path(__file__).resolve().parent / "sycophancy-monitor.json"
DS = dm.DataSourceRef(type_val="prometheus", uid="${datasource}")
MV = 'model_version=~"$model_version"'
RI = "$__rate_interval"
CEILING = 0.15  # DetectorSettings.absolute_ceiling
CRITICAL = 0.30  # DetectorSettings.absolute_critical_ceiling

Json = dict[str, Any]
Steps = tuple[tuple[float, str], ...]
Query = pb.Dataquery
Link = db.DashboardLink
P = TypeVar("P", tsb.Panel, sb.Panel, hb.Panel, stb.Panel, tb.Panel)


class Layout:
    """The dashboard builder plus panel ids (the SDK places panels on the 24-wide grid, left to
    right, and starts a new line when a line is full; it leaves ids to us)."""

    def __init__(self, dashboard: db.Dashboard) -> None:
        self.dashboard = dashboard
        self._id = 0

    def _next_id(self) -> int:
        self._id += 1
        return self._id

    def row(self, title: str) -> None:
        self.dashboard.with_row(db.Row(title).id(self._next_id()).collapsed(False))

    def add(self, panel: tsb.Panel | sb.Panel | hb.Panel | stb.Panel | tb.Panel, w: int, h: int) -> None:
        self.dashboard.with_panel(panel.id(self._next_id()).span(w).height(h))


def target(expr: str, legend: str = "", *, instant: bool = False,
           fmt: pm.PromQueryFormat = pm.PromQueryFormat.TIME_SERIES) -> Query:
    q = (pb.Dataquery().datasource(DS).editor_mode(pm.QueryEditorMode.CODE).expr(expr)
         .legend_format(legend).format(fmt))
    return q.instant() if instant else q.range()


def refs(targets: list[Query]) -> list[Builder[Any]]:
    return [t.ref_id(ref) for ref, t in zip("ABCDEFGH", targets, strict=False)]


def runbook(anchor: str, alert: str) -> list[Builder[dm.DashboardLink]]:
    return [Link(f"Runbook: {alert}").url(f"${{runbook}}#{anchor}").target_blank(True)]


def thresholds(*steps: tuple[float, str]) -> db.ThresholdsConfig:
    return db.ThresholdsConfig().mode(dm.ThresholdsMode.ABSOLUTE).steps(
        [dm.Threshold(value=None, color="green")] + [dm.Threshold(value=v, color=c) for v, c in steps])


def common(panel: P, title: str, description: str, targets: list[Query],
           links: list[Builder[dm.DashboardLink]] | None) -> P:
    return (panel.title(title).description(description).datasource(DS).targets(refs(targets))
            .links(links or []))


def timeseries(title: str, description: str, targets: list[Query], *, unit: str = "short",
               steps: Steps = (), links: list[Builder[dm.DashboardLink]] | None = None,
               stack: bool = False, bars: bool = False, min_: float | None = 0,
               max_: float | None = None) -> tsb.Panel:
    panel = (common(tsb.Panel(), title, description, targets, links)
             .unit(unit).thresholds(thresholds(*steps))
             .color_scheme(db.FieldColor().mode(dm.FieldColorModeId.PALETTE_CLASSIC))
             .draw_style(cm.GraphDrawStyle.BARS if bars else cm.GraphDrawStyle.LINE)
             .line_width(1).fill_opacity(30 if stack or bars else 0)
             .show_points(cm.VisibilityMode.NEVER).span_nulls(False)
             .stacking(cb.StackingConfig().mode(cm.StackingMode.NORMAL if stack else cm.StackingMode.NONE)
                       .group("A"))
             .thresholds_style(cb.GraphThresholdsStyleConfig().mode(
                 cm.GraphThresholdsStyleMode.DASHED if steps else cm.GraphThresholdsStyleMode.OFF))
             .legend(cb.VizLegendOptions().show_legend(True).display_mode(cm.LegendDisplayMode.TABLE)
                     .placement(cm.LegendPlacement.BOTTOM).calcs(["lastNotNull", "max"]))
             .tooltip(cb.VizTooltipOptions().mode(cm.TooltipDisplayMode.MULTI)
                      .sort(cm.SortOrder.DESCENDING)))
    if min_ is not None:
        panel.min(min_)
    if max_ is not None:
        panel.max(max_)
    return panel


def stat(title: str, description: str, targets: list[Query], *, steps: Steps = (), unit: str = "short",
         links: list[Builder[dm.DashboardLink]] | None = None) -> sb.Panel:
    return (common(sb.Panel(), title, description, targets, links)
            .unit(unit).thresholds(thresholds(*steps))
            .color_scheme(db.FieldColor().mode(dm.FieldColorModeId.THRESHOLDS))
            .reduce_options(cb.ReduceDataOptions().calcs(["lastNotNull"]).fields("").values(False))
            .color_mode(cm.BigValueColorMode.BACKGROUND).graph_mode(cm.BigValueGraphMode.NONE)
            .text_mode(cm.BigValueTextMode.VALUE_AND_NAME).justify_mode(cm.BigValueJustifyMode.AUTO)
            .orientation(cm.VizOrientation.AUTO))


def quantiles(metric: str, by: str, qs: tuple[float, ...], selector: str = "") -> list[Query]:
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
        steps=((1, "red"),), links=[Link("Runbook").url("${runbook}").target_blank(True)]), 4, 7)
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
    heat = (common(
        hb.Panel(), "Score distribution (selected versions)",
        "How many scored turns fell into each score bucket over time. Healthy: mass at the bottom. BAD: "
        "the mass moving up, or a second band appearing near 1.0 (a subset of conversations where the "
        "model caves in).",
        [target(f"sum by (le) (increase(sycomon_score_bucket{{{MV}}}[{RI}]))", "{{le}}",
                fmt=pm.PromQueryFormat.HEATMAP)], None)
        .scale_distribution(cb.ScaleDistributionConfig().type(cm.ScaleDistribution.LINEAR))
        .calculate(False).cell_gap(1)
        .y_axis(hb.YAxisConfig().axis_placement(cm.AxisPlacement.LEFT).unit("none"))
        .rows_frame(hb.RowsHeatmapOptions().layout(cm.HeatmapCellLayout.LE))
        .color(hb.HeatmapColorOptions().mode(hm.HeatmapColorMode.SCHEME).scheme("Oranges")
               .scale(hm.HeatmapColorScale.EXPONENTIAL).exponent(0.5).steps(64).fill("dark-orange")
               .reverse(False))
        .mode(cm.TooltipDisplayMode.SINGLE).show_y_histogram().show_legend()
        .cell_values(hb.CellValues().unit("short")))
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
    states = {"0": ("closed", "green"), "1": ("half-open", "yellow"), "2": ("open", "red")}
    timeline = (common(
        stb.Panel(), "Circuit breaker by sink",
        "Per sink: closed (green, normal), half-open (yellow, probing), open (red, not sending). BAD: red "
        "or yellow for 15 min without a green stretch (SycomonAlertSinkCircuitOpen); notifications wait "
        "in the outbox meanwhile.",
        [target("max by (sink) (sycomon_alert_sink_circuit_state)", "{{sink}}")],
        runbook("sycomonalertsinkcircuitopen", "SycomonAlertSinkCircuitOpen"))
        .thresholds(thresholds()).color_scheme(db.FieldColor().mode(dm.FieldColorModeId.THRESHOLDS))
        .mappings([dm.ValueMap(options={value: dm.ValueMappingResult(text=text, color=colour, index=i)
                                        for i, (value, (text, colour)) in enumerate(states.items())})])
        .show_value(cm.VisibilityMode.NEVER).merge_values(True).row_height(0.8)
        .align_value(cm.TimelineValueAlignment.LEFT)
        .legend(cb.VizLegendOptions().show_legend(True).display_mode(cm.LegendDisplayMode.LIST)
                .placement(cm.LegendPlacement.BOTTOM))
        .tooltip(cb.VizTooltipOptions().mode(cm.TooltipDisplayMode.SINGLE).sort(cm.SortOrder.NONE)))
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
    g.add(common(
        tb.Panel(), "Loaded classifier per worker",
        "The classifier artefact (version) and decision threshold each worker loaded. BAD: workers "
        "disagreeing (a half-finished deploy): their flagged rates are not comparable; a threshold that "
        "is not the one in the model manifest or settings.",
        [target("sycomon_model_info", instant=True, fmt=pm.PromQueryFormat.TABLE)], None)
        .align(cm.FieldTextAlignment.AUTO).show_header(True).cell_height(cm.TableCellHeight.SM)
        .transformations([organize(exclude=("Time", "Value", "__name__"),
                                   rename={"version": "classifier version", "threshold": "threshold"})]),
        12, 7)
    g.add(stat(
        "Workers per classifier version",
        "How many workers run each classifier version. BAD: more than one value for longer than a "
        "rolling deploy takes.",
        [target("count by (version) (sycomon_model_info)", "{{version}}", instant=True)]), 6, 7)
    g.add(common(
        tb.Panel(), "Input by model version (last 1 h)",
        "Records per LLM model version over the last hour, all outcomes. BAD: a version you expect "
        "missing (its gateway stopped publishing), or 'other' (more live versions than the label cap).",
        [target(f"sort_desc(sum by (model_version) (increase(sycomon_events_total{{{MV}}}[1h])))",
                instant=True, fmt=pm.PromQueryFormat.TABLE)], None)
        .unit("short").decimals(0).show_header(True).cell_height(cm.TableCellHeight.SM)
        .transformations([organize(exclude=("Time",), rename={"Value": "records"})]), 6, 7)


def organize(*, exclude: tuple[str, ...], rename: dict[str, str]) -> dm.DataTransformerConfig:
    return dm.DataTransformerConfig(id_val="organize", options={
        "excludeByName": dict.fromkeys(exclude, True), "renameByName": rename})


def build() -> Json:
    dashboard = (
        db.Dashboard("Sycophancy monitor").uid("sycomon-overview")
        .description("What the sycophancy monitor sees and whether it still sees: flagged rates per model "
                     "version, scores, pipeline health, alert delivery. Runbook: docs/runbook.md.")
        .tags(["sycomon", "sycophancy"]).editable().tooltip(dm.DashboardCursorSync.CROSSHAIR)
        .timezone("utc").refresh("30s").time("now-6h", "now").fiscal_year_start_month(0).live_now(False)
        .version(1)
        .link(Link("Runbook").type(dm.DashboardLinkType.LINK).url("${runbook}").icon("doc")
              .target_blank(True).tooltip("docs/runbook.md: one section per alert").as_dropdown(False)
              .tags([]).include_vars(False).keep_time(False))
        .annotation(db.AnnotationQuery().name("Annotations & Alerts").built_in(1).type("dashboard")
                    .datasource(dm.DataSourceRef(type_val="grafana", uid="-- Grafana --")).enable(True)
                    .hide(True).icon_color("rgba(0, 211, 255, 1)"))
        .annotation(db.AnnotationQuery().name("Prometheus alerts").datasource(DS).enable(True).hide(False)
                    .icon_color("red").expr('ALERTS{alertstate="firing", alertname=~"Sycomon.*"}'))
        .with_variable(db.DatasourceVariable("datasource").label("Prometheus").type("prometheus")
                       .hide(dm.VariableHide.DONT_HIDE).regex("").multi(False).include_all(False))
        .with_variable(db.QueryVariable("model_version").label("Model version").datasource(DS)
                       .query({"qryType": 1, "query": "label_values(sycomon_events_total, model_version)",
                               "refId": "PrometheusVariableQueryEditor-VariableQuery"})
                       .multi(True).include_all(True).all_value(".+")
                       .current(dm.VariableOption(selected=True, text=["All"], value=["$__all"]))
                       .refresh(dm.VariableRefresh.ON_TIME_RANGE_CHANGED)
                       .sort(dm.VariableSort.ALPHABETICAL_ASC).regex("").hide(dm.VariableHide.DONT_HIDE))
        .with_variable(db.ConstantVariable("runbook").label("Runbook")
                       .description("Where docs/runbook.md is served; panel links append #<alert>.")
                       .value("docs/runbook.md"))
    )
    g = Layout(dashboard)
    overview(g)
    ground_truth(g)
    scores(g)
    pipeline(g)
    delivery(g)
    model(g)
    doc: Json = json.loads(json.dumps(dashboard.build(), cls=JSONEncoder))
    patch(doc)
    return doc


def patch(doc: Json) -> None:
    """What the SDK's models cannot express, set on the JSON they produce.

    * the Prometheus annotation's own fields (``step``, ``titleFormat``, ``textFormat``,
      ``useValueForTime``): the SDK's ``AnnotationQuery`` knows only the generic ones;
    * the query variable's ``definition``, the text Grafana shows in the variable editor;
    * ``skipUrlSync`` of the hidden ``runbook`` constant (keeps it out of shared URLs).
    """
    prometheus_alerts = next(a for a in doc["annotations"]["list"] if a["name"] == "Prometheus alerts")
    prometheus_alerts |= {"step": "60s", "titleFormat": "{{alertname}}",
                          "textFormat": "{{severity}} {{model_version}}{{sink}}", "useValueForTime": False}
    variables = {v["name"]: v for v in doc["templating"]["list"]}
    variables["model_version"]["definition"] = "label_values(sycomon_events_total, model_version)"
    variables["runbook"]["skipUrlSync"] = True


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

"""Render :class:`~monitor.runtime.incident.IncidentData` as one self-contained HTML page (inline
SVG charts, inline CSS, no script, no network) and as markdown for the postmortem document.

The page served at ``/ui`` and the file ``sycomon report`` writes are the same HTML (the page
adds a refresh). Every chart element a test or a reader may look for carries a class and data
attributes: ``g.series[data-version]`` (``path.rate``, ``path.band``), ``g.marker[data-kind]``.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from html import escape
from typing import Any

from monitor.core.categories import label_of
from monitor.runtime.incident import IncidentData, Point, TimelineEntry, minute_iso

__all__ = ["render_html", "render_markdown", "svg_rate_chart", "svg_thumbs_chart"]

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f")
MARKER_COLOUR = {"detected": "#d62728", "resolved": "#2ca02c", "patched": "#1f5fbf", "verified": "#1f9f8f"}
W, H, ML, MR, MT, MB = 880, 260, 52, 16, 16, 34


def _hhmm(minute: int) -> str:
    return datetime.fromtimestamp(minute * 60, tz=UTC).strftime("%H:%M")


def _wall(wall: float | None) -> str:
    return "-" if wall is None else datetime.fromtimestamp(wall, tz=UTC).strftime("%Y-%m-%d %H:%M:%S")


class _Axes:
    def __init__(self, start: int, end: int, ymax: float) -> None:
        self.start, self.end = start, max(end, start + 1)
        self.ymax = ymax if ymax > 0 else 1.0

    def x(self, minute: float) -> float:
        return ML + (minute - self.start) / (self.end - self.start) * (W - ML - MR)

    def y(self, value: float) -> float:
        return MT + (1 - value / self.ymax) * (H - MT - MB)

    def frame(self, ylabel: str) -> list[str]:
        out = [f'<rect x="{ML}" y="{MT}" width="{W - ML - MR}" height="{H - MT - MB}" class="plot"/>']
        for i in range(5):
            v = self.ymax * i / 4
            y = self.y(v)
            out.append(f'<line x1="{ML}" x2="{W - MR}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
            out.append(f'<text x="{ML - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">{v:.0%}</text>')
        span = self.end - self.start
        step = next(s for s in (5, 10, 15, 30, 60, 120, 240, 480, 1440, 10**9) if span / s <= 10)
        first = -(-self.start // step) * step
        for m in range(first, self.end + 1, step):
            x = self.x(m)
            out.append(
                f'<text x="{x:.1f}" y="{H - MB + 16}" class="tick" text-anchor="middle">{_hhmm(m)}</text>'
            )
        out.append(f'<text x="{W - MR}" y="{H - 4}" class="tick" text-anchor="end">event time (UTC)</text>')
        out.append(f'<text x="6" y="{MT + 4}" class="tick" transform="rotate(90 6 {MT + 4})">{ylabel}</text>')
        return out


def _path(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(points))


def _runs(pts: list[Point], attr: str) -> list[list[Point]]:
    """Consecutive points where ``attr`` is known (gaps break the line)."""
    runs: list[list[Point]] = [[]]
    for p in pts:
        if getattr(p, attr) is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(p)
    return [r for r in runs if r]


def _markers(ax: _Axes, timeline: list[TimelineEntry]) -> list[str]:
    out: list[str] = []
    seen: set[tuple[str, int, str]] = set()
    lane = 0
    for t in timeline:
        if t.kind not in MARKER_COLOUR or t.minute is None or (t.kind, t.minute, t.model_version) in seen:
            continue
        seen.add((t.kind, t.minute, t.model_version))
        x = ax.x(t.minute)
        colour = MARKER_COLOUR[t.kind]
        label = f"{t.kind} {t.model_version}"
        y = MT + 12 + 12 * (lane % 4)
        lane += 1
        out.append(
            f'<g class="marker" data-kind="{escape(t.kind)}" data-version="{escape(t.model_version)}" '
            f'data-minute="{t.minute}"><title>{escape(t.kind)} {escape(t.model_version)} at '
            f"{minute_iso(t.minute)}: {escape(t.what)}</title>"
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{MT}" y2="{H - MB}" stroke="{colour}" stroke-width="1.5" '
            f'stroke-dasharray="4 3"/><text x="{x + 3:.1f}" y="{y}" class="mlabel" fill="{colour}">'
            f"{escape(label)}</text></g>"
        )
    return out


def svg_rate_chart(data: IncidentData) -> str:
    """Flagged rate per version (trailing window) with its 95 % interval band, and markers."""
    his = [p.hi for pts in data.series.values() for p in pts if p.hi is not None]
    top = max(his, default=0.2) * 1.05
    ax = _Axes(data.start_minute, data.end_minute, min(1.0, math.ceil(top * 25) / 25))
    body = ax.frame("flagged rate")
    legend: list[str] = []
    for i, (version, pts) in enumerate(data.series.items()):
        colour = PALETTE[i % len(PALETTE)]
        parts = [f'<g class="series" data-version="{escape(version)}">']
        for run in _runs(pts, "rate"):
            upper = [(ax.x(p.minute), ax.y(p.hi or 0.0)) for p in run]
            lower = [(ax.x(p.minute), ax.y(p.lo or 0.0)) for p in reversed(run)]
            parts.append(
                f'<path class="band" d="{_path(upper + lower)} Z" fill="{colour}" fill-opacity="0.15"/>'
            )
            line = [(ax.x(p.minute), ax.y(p.rate or 0.0)) for p in run]
            parts.append(
                f'<path class="rate" d="{_path(line)}" fill="none" stroke="{colour}" stroke-width="2"/>'
            )
        parts.append("</g>")
        body.extend(parts)
        legend.append(f'<span class="key" style="color:{colour}">&#9632; {escape(version)}</span>')
    body.extend(_markers(ax, data.timeline))
    return _svg("rate-chart", body, "".join(legend) + " (line: rate; band: 95 % interval)")


def svg_thumbs_chart(data: IncidentData) -> str:
    """Thumbs-up rate among flagged (solid) and unflagged (dashed) turns per version: a version
    whose flagged replies earn more thumbs-up than its honest ones is being rewarded for it."""
    ax = _Axes(data.start_minute, data.end_minute, 1.0)
    body = ax.frame("thumbs-up rate")
    legend: list[str] = []
    for i, (version, pts) in enumerate(data.series.items()):
        colour = PALETTE[i % len(PALETTE)]
        body.append(f'<g class="thumbs" data-version="{escape(version)}">')
        for attr, dash in (("up_flagged", ""), ("up_unflagged", ' stroke-dasharray="5 4"')):
            for run in _runs(pts, attr):
                line = [(ax.x(p.minute), ax.y(getattr(p, attr))) for p in run]
                body.append(
                    f'<path class="{attr}" d="{_path(line)}" fill="none" stroke="{colour}" '
                    f'stroke-width="1.6"{dash}/>'
                )
        body.append("</g>")
        legend.append(f'<span class="key" style="color:{colour}">&#9632; {escape(version)}</span>')
    return _svg(
        "thumbs-chart",
        body,
        "".join(legend)
        + f" (solid: flagged replies; dashed: unflagged; trailing {data.thumbs_window_minutes} minutes)",
    )


def _svg(cls: str, body: list[str], legend: str) -> str:
    return (
        f'<figure><svg class="{cls}" viewBox="0 0 {W} {H}" width="100%" role="img" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(body)}</svg>'
        f"<figcaption>{legend}</figcaption></figure>"
    )


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.1%}"


def _table(headers: list[str], rows: list[list[str]], cls: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _corrected(c: dict[str, Any] | None) -> str:
    """``4.8% [2.9%, 7.1%] (labels, 412)``: the last hour's rate corrected for the judge's errors."""
    if not c:
        return "-"
    if c.get("value") is None:
        return "not identifiable"
    return f"{c['value']:.1%} [{c['low']:.1%}, {c['high']:.1%}] ({c['basis']}, {c['labels']})"


def _latest(pts: list[Point]) -> Point | None:
    return next((p for p in reversed(pts) if p.n), None)


def _summary_rows(data: IncidentData) -> list[list[str]]:
    rows = []
    for version, pts in data.series.items():
        p = _latest(pts)
        if p is None:
            continue
        rows.append(
            [
                escape(version),
                str(p.n),
                _pct(p.rate),
                f"[{_pct(p.lo)}, {_pct(p.hi)}]",
                escape(_corrected(data.corrected.get(version))),
                _pct(p.up_flagged),
                _pct(p.up_unflagged),
            ]
        )
    return rows


def _evidence(a: dict[str, Any]) -> str:
    ev = a.get("evidence") or {}
    keys = (
        "rate",
        "rate_low",
        "rate_high",
        "n",
        "baseline_rate",
        "baseline_version",
        "rate_ratio",
        "statistic",
        "threshold",
        "window_minutes",
        "categories",
    )
    return "; ".join(f"{k}={ev[k]}" for k in keys if k in ev)


def _alert_rows(data: IncidentData) -> list[list[str]]:
    rows = []
    for a in data.alerts:
        at = a.get("resolved_at") if a.get("status") == "resolved" else a.get("updated_at")
        rows.append(
            [
                escape(str(a.get("fingerprint"))),
                escape(str(a.get("rule"))),
                escape(str(a.get("model_version"))),
                escape(str(a.get("status"))),
                escape(str(a.get("transition") or "")),
                escape(str(a.get("severity"))),
                escape(str(at or "")[:16].replace("T", " ")),
                _wall(a.get("notified_wall")),
                escape(_evidence(a)),
            ]
        )
    return rows


def _timeline_rows(data: IncidentData) -> list[list[str]]:
    return [
        [escape(t.kind), minute_iso(t.minute), _wall(t.wall), escape(t.model_version), escape(t.what)]
        for t in data.timeline
    ]


def _segment_rows(data: IncidentData) -> list[list[str]]:
    rows = []
    for version, segment, n, flagged in data.segments:
        rate = flagged / n if n else 0.0
        bar = f'<span class="bar" style="width:{rate * 200:.0f}px"></span>'
        rows.append([escape(version), escape(segment), str(n), str(flagged), f"{rate:.1%} {bar}"])
    return rows


def _kind_rows(data: IncidentData) -> list[list[str]]:
    """Per version the kinds of sycophancy the judge named, as a share of the version's scored
    turns over the range (the ``all`` segment)."""
    scored = {v: n for v, seg, n, _ in data.segments if seg == "all"}
    rows = []
    for version, kinds in data.kinds.items():
        n = scored.get(version, 0)
        for kind, count in sorted(kinds.items(), key=lambda kv: -kv[1]):
            rows.append([version, label_of(kind), str(count), f"{count / n:.1%}" if n else "-"])
    return rows


def _detector_rows(data: IncidentData) -> list[list[str]]:
    ev = data.evaluation or {}
    return [
        [
            escape(str(d["rule"])),
            escape(str(d["model_version"])),
            escape(str(d["segment"])),
            "FIRING" if d["firing"] else "quiet",
            escape(str(d["statistic"])),
            escape(str(d["threshold"])),
            escape(str(d.get("n"))),
        ]
        for d in ev.get("detectors", [])
    ]


CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:18px auto;max-width:920px;
color:#1c1c1c;padding:0 10px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:22px 0 6px;border-bottom:1px solid #ddd}
.sub{color:#555;margin:0 0 10px}svg{background:#fff;border:1px solid #ddd}
.plot{fill:#fcfcfc;stroke:#ccc}.grid{stroke:#eee}.tick{font-size:11px;fill:#555}.mlabel{font-size:11px}
figure{margin:6px 0}figcaption{font-size:12px;color:#444}.key{margin-right:10px;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:12.5px}th,td{border-bottom:1px solid #eee;
padding:3px 6px;text-align:left;vertical-align:top}th{background:#f5f5f5}
.bar{display:inline-block;height:8px;background:#d62728;opacity:.6;vertical-align:middle}
.firing{color:#b00020;font-weight:600}.note{font-size:12px;color:#555}
pre{white-space:pre-wrap;overflow-wrap:anywhere}
"""


def render_html(data: IncidentData, *, refresh_s: int | None = None) -> str:
    """The whole page. ``refresh_s`` adds a meta refresh (the live page; the report has none)."""
    refresh = f'<meta http-equiv="refresh" content="{refresh_s}">' if refresh_s else ""
    ev = data.evaluation or {}
    firing = [d for d in ev.get("detectors", []) if d["firing"]]
    status = (
        f'<span class="firing">{len(firing)} detector(s) firing</span>' if firing else "no detector firing"
    )
    settings = escape(json.dumps(data.settings, indent=1, sort_keys=True, default=str))
    sections = [
        f"<h1>{escape(data.title)}</h1>",
        f'<p class="sub">event time {minute_iso(data.start_minute)} to {minute_iso(data.end_minute)} UTC; '
        f"last evaluated minute {escape(str(ev.get('at', '-'))[:16].replace('T', ' '))}: {status}; "
        f"generated {_wall(data.generated_at)} UTC</p>",
        "<h2>Flagged rate by model version</h2>",
        svg_rate_chart(data),
        _table(
            [
                "version",
                f"scored ({data.window_minutes} min)",
                "flagged rate",
                "95% interval",
                "corrected rate, 1h [95%] (basis, labels)",
                "thumbs-up | flagged",
                "thumbs-up | unflagged",
            ],
            _summary_rows(data),
            "versions",
        ),
        "<h2>Timeline</h2>",
        _table(
            ["what", "event time", "wall time (UTC)", "version", "detail"], _timeline_rows(data), "timeline"
        ),
        "<h2>Alerts and their evidence</h2>",
        _table(
            [
                "fingerprint",
                "rule",
                "version",
                "status",
                "transition",
                "severity",
                "event time",
                "notified (wall)",
                "evidence",
            ],
            _alert_rows(data),
            "alerts",
        ),
        "<h2>Detectors at the last evaluated minute</h2>",
        _table(
            ["rule", "version", "segment", "state", "statistic", "threshold", "n"],
            _detector_rows(data),
            "detectors",
        ),
        "<h2>Thumbs-up gap</h2>",
        svg_thumbs_chart(data),
        "<h2>Kinds of sycophancy</h2>",
        _table(
            ["version", "kind", "flagged", "share of scored (whole range)"],
            [[escape(c) for c in row] for row in _kind_rows(data)],
            "kinds",
        ),
        "<h2>Segments</h2>",
        _table(["version", "segment", "scored", "flagged", "flagged rate"], _segment_rows(data), "segments"),
        "<h2>Pipeline health</h2>",
        _table(["measure", "value"], [[escape(k), escape(v)] for k, v in data.health], "health"),
        "<h2>Settings in force</h2>",
        f"<details><summary>detectors, alerting, detection, mitigation, sampling (JSON)</summary>"
        f'<pre class="note">{settings}</pre></details>',
        '<p class="note">Ids, counts and scores only: no prompt or reply text is shown. '
        f"Rates are over the trailing {data.window_minutes} event-time minutes.</p>",
    ]
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">{refresh}'
        f"<title>{escape(data.title)}</title><style>{CSS}</style></head><body>"
        + "\n".join(sections)
        + "</body></html>\n"
    )


def _md_table(headers: list[str], rows: list[list[str]]) -> str:
    def cell(c: str) -> str:
        return c.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(data: IncidentData, html_name: str | None = None) -> str:
    """The postmortem twin: the same tables; the charts stay in the HTML file."""
    versions = [
        [
            v,
            str(p.n),
            _pct(p.rate),
            f"[{_pct(p.lo)}, {_pct(p.hi)}]",
            _corrected(data.corrected.get(v)),
            _pct(p.up_flagged),
            _pct(p.up_unflagged),
        ]
        for v, pts in data.series.items()
        if (p := _latest(pts)) is not None
    ]
    alerts = [
        [
            str(a.get("fingerprint")),
            str(a.get("rule")),
            str(a.get("model_version")),
            str(a.get("status")),
            str(a.get("transition") or ""),
            str(a.get("severity")),
            str((a.get("resolved_at") if a.get("status") == "resolved" else a.get("updated_at")) or "")[:16],
            _wall(a.get("notified_wall")),
            _evidence(a),
        ]
        for a in data.alerts
    ]
    timeline = [[t.kind, minute_iso(t.minute), _wall(t.wall), t.model_version, t.what] for t in data.timeline]
    segments = [[v, s, str(n), str(f), f"{f / n:.1%}" if n else "-"] for v, s, n, f in data.segments]
    parts = [
        f"# {data.title}",
        f"Event time {minute_iso(data.start_minute)} to {minute_iso(data.end_minute)} UTC; "
        f"generated {_wall(data.generated_at)} UTC."
        + (f" Charts: [{html_name}]({html_name})." if html_name else ""),
        "## Versions (latest window)",
        _md_table(
            [
                "version",
                f"scored ({data.window_minutes} min)",
                "flagged rate",
                "95% interval",
                "corrected rate, 1h [95%] (basis, labels)",
                "thumbs-up flagged",
                "thumbs-up unflagged",
            ],
            versions,
        ),
        "## Timeline",
        _md_table(["what", "event time", "wall time (UTC)", "version", "detail"], timeline),
        "## Alerts and their evidence",
        _md_table(
            [
                "fingerprint",
                "rule",
                "version",
                "status",
                "transition",
                "severity",
                "event time",
                "notified (wall)",
                "evidence",
            ],
            alerts,
        ),
        "## Kinds of sycophancy",
        _md_table(["version", "kind", "flagged", "share of scored (whole range)"], _kind_rows(data)),
        "## Segments",
        _md_table(["version", "segment", "scored", "flagged", "flagged rate"], segments),
        "## Pipeline health",
        _md_table(["measure", "value"], [[k, v] for k, v in data.health]),
        "## Settings in force",
        "```json\n" + json.dumps(data.settings, indent=1, sort_keys=True, default=str) + "\n```",
    ]
    return "\n\n".join(parts) + "\n"

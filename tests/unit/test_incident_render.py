"""The incident page / report HTML and its markdown twin, rendered from a made-up incident."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from typer.testing import CliRunner

from monitor.cli import _mount_optional, app
from monitor.runtime.incident import health_from_metrics
from monitor.runtime.incident_render import render_html, render_markdown
from monitor.runtime.replay import replay
from monitor.settings import load_settings
from monitor.testing import FrozenClock, MarkerScorer, event_line
from tests.incident_sample import sample_incident

_mount_optional()


def test_html_has_a_series_per_version_and_the_incident_markers() -> None:
    page = render_html(sample_incident())
    assert re.findall(r'<g class="series" data-version="(v\d)"', page) == ["v1", "v2"]
    kinds = re.findall(r'<g class="marker" data-kind="(\w+)" data-version="v2"', page)
    assert kinds == ["detected", "patched", "verified", "resolved"]
    # v2 has no data before its rollout: its line starts at minute 5, not at a zero rate
    v2 = page.split('data-version="v2"', 1)[1].split("</g>", 1)[0]
    assert v2.count('class="rate"') == 1


def test_html_is_self_contained_and_offline() -> None:
    page = render_html(sample_incident())
    assert "<script" not in page
    external = [u for u in re.findall(r'(?:src|href)="([^"]+)"', page) if not u.startswith("#")]
    assert external == []
    assert 'http-equiv="refresh"' not in page
    assert 'http-equiv="refresh" content="5"' in render_html(sample_incident(), refresh_s=5)


def test_html_escapes_what_it_shows() -> None:
    data = sample_incident()
    data.alerts[0]["summary"] = "<img src=x onerror=alert(1)>"
    data.title = "<b>t</b>"
    page = render_html(data)
    assert "<img src=x" not in page and "&lt;b&gt;t&lt;/b&gt;" in page


def test_markdown_twin_has_the_timeline_with_event_and_wall_times() -> None:
    md = render_markdown(sample_incident(), "report.html")
    rows = [line for line in md.splitlines() if line.startswith(("| detected", "| verified"))]
    assert rows[0].startswith("| detected | 2026-04-25 20:12 | - | v2 |")
    assert rows[1].startswith("| verified | 2026-04-25 20:14 | 2027-01-15 08:00:20 | v2 |")
    assert "[report.html](report.html)" in md and '"regression_margin": 0.5' in md
    assert "| v2 | unearned praise | 700 | 13.7% |" in md
    assert "| v1 | 60 | 11.7% | [3.7%, 19.7%] | 3.1% [1.2%, 6.4%] (labels, 412) |" in md
    assert "| v2 | 60 | 13.3% | [5.3%, 21.3%] | not identifiable |" in md


def test_health_from_a_worker_exposition() -> None:
    text = (
        "# TYPE sycomon_dead_letters_total counter\n"
        'sycomon_dead_letters_total{reason="invalid_json"} 3.0\n'
        'sycomon_dead_letters_total{reason="too_large"} 0.0\n'
        "# TYPE sycomon_consumer_lag gauge\n"
        'sycomon_consumer_lag{topic="t",partition="0"} 5.0\n'
        'sycomon_consumer_lag{topic="t",partition="1"} 7.0\n'
        "# TYPE sycomon_events_total counter\n"
        'sycomon_events_total{outcome="scored"} 100.0\n'
    )
    rows = dict(health_from_metrics(text))
    assert rows["dead letters"] == "3 (invalid_json 3)"
    assert rows["consumer lag (records, all partitions)"] == "12"
    assert rows["records taken"] == "100"


def test_a_report_from_a_replay_output_directory(tmp_path: Path) -> None:
    """``sycomon report --replay-dir``: the replay twin's alerts on the timeline and the chart."""
    lines = []
    for minute in range(40):
        for k in range(60):
            version = "v1" if k % 2 else "v2"
            flagged = (k * 7 + minute) % 100 < (50 if version == "v2" and minute >= 10 else 5)
            reply = "Your plan zq-reply is great" + (" [score=0.95]" if flagged else "")
            lines.append(event_line(minute * 60 + k, event_id=f"e{minute}-{k}", model_version=version,
                                    response=reply))  # fmt: skip
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join([*lines, b"{not json"]) + b"\n")
    asyncio.run(replay(src, tmp_path / "out", load_settings(), MarkerScorer(), clock=FrozenClock()))
    result = CliRunner().invoke(app, ["report", "--replay-dir", str(tmp_path / "out"), "--out",
                                      str(tmp_path / "r"), "--minutes", "60"])  # fmt: skip
    assert result.exit_code == 0, result.output
    page, md = (tmp_path / "r.html").read_text(), (tmp_path / "r.md").read_text()
    assert re.findall(r'<g class="series" data-version="(v\d)"', page) == ["v1", "v2"]
    assert 'data-kind="detected" data-version="v2"' in page
    assert "zq-reply" not in page and "zq-reply" not in md
    assert "| dead letters | 1 (not_json 1) |" in md


def test_report_on_a_directory_that_is_not_a_replay_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", "--replay-dir", str(tmp_path), "--out", str(tmp_path / "r")])
    assert result.exit_code == 1 and "not a replay output directory" in " ".join(result.output.split())

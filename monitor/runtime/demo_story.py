"""What ``sycomon demo`` tells: the simulated clock and phase, detector states as they change,
alerts as delivered, the patch, its verification, the recovery; and at the end the expectations
it checks, in words.

Two renderings of the same story: on a terminal a live table (rich) under the story's lines; when
stdout is not a terminal (a CI log, ``| tee``) plain lines only, a status line every
``status_every_s``. Everything fits 80 columns.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from monitor.sim.scenario import Scenario

__all__ = ["Expectation", "Story", "StoryEvent"]


def _hhmm(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%H:%M")


@dataclass(frozen=True, slots=True)
class StoryEvent:
    kind: str  # detector | alert | resolved | mitigation | phase | note
    wall: float
    event_minute: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Expectation:
    what: str
    met: bool
    detail: str


@dataclass
class Story:
    console: Console
    scenario: Scenario
    start: datetime  # event time of simulated minute 0
    live: bool
    status_every_s: float = 15.0
    sim_minute: float = 0.0
    events: list[StoryEvent] = field(default_factory=list)
    detectors: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    evaluated_minute: int | None = None
    _phase: str = ""
    _last_status: float = 0.0
    _seen_audit: set[str] = field(default_factory=set)
    _slack_seen: int = 0

    # -- the clocks --------------------------------------------------------------------------
    @property
    def start_minute(self) -> int:
        return int(self.start.timestamp()) // 60

    def sim_of(self, event_minute: int) -> int:
        return event_minute - self.start_minute

    def stamp(self, event_minute: int | None) -> str:
        if event_minute is None:
            return f"[sim min {self.sim_minute:5.1f}]"
        at = datetime.fromtimestamp(event_minute * 60, tz=UTC)
        return f"[sim min {self.sim_of(event_minute):3d}, {_hhmm(at)} event]"

    def phase(self) -> str:
        """``minute 15 of 110: v1 50 %, v2 50 % of traffic``."""
        m = self.sim_minute
        shares = ", ".join(
            f"{v.name} {v.share.at(m):.0%}" for v in self.scenario.versions if v.share.at(m) > 0
        )
        return f"minute {m:.0f} of {self.scenario.duration_minutes:g}: {shares} of traffic"

    # -- the story's lines ----------------------------------------------------------------------
    def say(self, kind: str, text: str, event_minute: int | None = None) -> None:
        self.events.append(StoryEvent(kind, time.time(), event_minute, text))
        style = {
            "alert": "bold red",
            "resolved": "bold green",
            "mitigation": "bold blue",
            "detector": "yellow",
            "phase": "cyan",
        }.get(kind, "")
        label = f"[{style}]{kind:<10}[/]" if style else f"{kind:<10}"
        self.console.print(f"{escape(self.stamp(event_minute))} {label} {escape(text)}", highlight=False)

    def on_sim_minute(self, minute: float) -> None:
        self.sim_minute = minute
        phase = self.phase().split(": ", 1)[1]
        if phase != self._phase:
            self._phase = phase
            self.say("phase", f"rollout: {phase}", self.start_minute + int(minute))

    def observe_evaluation(self, evaluation: dict[str, Any] | None) -> None:
        """Detector verdicts of the last evaluated minute: a line per change of state."""
        if not evaluation:
            return
        minute = int(evaluation["minute"])
        self.evaluated_minute = minute
        for d in evaluation.get("detectors", []):
            key = (d["rule"], d["model_version"], d["segment"])
            before = self.detectors.get(key)
            self.detectors[key] = d
            if before is None and not d["firing"]:
                continue
            if before is None or bool(before["firing"]) != bool(d["firing"]):
                seg = "" if d["segment"] == "all" else f" [{d['segment']}]"
                verb = "FIRING" if d["firing"] else "back to quiet"
                self.say(
                    "detector",
                    f"{d['rule']} on {d['model_version']}{seg}: {verb} (statistic "
                    f"{_num(d['statistic'])} vs threshold {_num(d['threshold'])}, n={d.get('n')})",
                    minute,
                )

    def observe_slack(self, messages: list[dict[str, Any]]) -> None:
        for doc in messages[self._slack_seen :]:
            text = str(doc.get("text", ""))
            kind = "resolved" if "RESOLVED" in text.upper() else "alert"
            self.say(kind, f"Slack received: {text}", self.evaluated_minute)
        self._slack_seen = len(messages)

    def observe_audit(self, entries: list[tuple[str, str, str, str]]) -> None:
        """``(stream id, kind, model version, text)`` of mitigation audit entries."""
        for sid, kind, version, text in entries:
            if sid in self._seen_audit:
                continue
            self._seen_audit.add(sid)
            self.say("mitigation", f"{kind} on {version}: {text}", self.evaluated_minute)

    # -- the live view ----------------------------------------------------------------------------
    def table(self, views: dict[str, Any]) -> Table:
        table = Table(
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            title_justify="left",
            title="by model version, at the last evaluated minute (event time)",
        )
        for name, justify in (
            ("version", "left"),
            ("n 1h", "right"),
            ("rate 5m", "right"),
            ("rate 1h [95% CI]", "left"),
            ("up|flag", "right"),
            ("up|other", "right"),
        ):
            table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
        for version, info in views.items():
            w5, w60 = info["windows"]["5m"], info["windows"]["1h"]
            table.add_row(
                version,
                str(w60["n"]),
                _pct(w5["rate"]),
                f"{_pct(w60['rate'])} [{_pct(w60['rate_lo'])}-{_pct(w60['rate_hi'])}]" if w60["n"] else "-",
                _pct(w60["up_rate_flagged"]),
                _pct(w60["up_rate_unflagged"]),
            )
        return table

    def detector_lines(self) -> list[str]:
        out = []
        for (rule, version, segment), d in sorted(self.detectors.items()):
            if segment != "all":
                continue
            state = "FIRING" if d["firing"] else "quiet"
            out.append(f"{rule:<15} {version:<6} {state:<7} {_num(d['statistic'])} / {_num(d['threshold'])}")
        return out

    def renderable(self, views: dict[str, Any], progress: str) -> RenderableType:
        evaluated = (
            "not yet"
            if self.evaluated_minute is None or self.sim_of(self.evaluated_minute) < 0
            else f"sim min {self.sim_of(self.evaluated_minute)}"
        )
        head = Text(f"{self.phase()}   (evaluated up to {evaluated})", style="bold cyan")
        detectors = Text(
            "detector        version state   statistic / threshold\n"
            + "\n".join(self.detector_lines() or ["(no minute evaluated yet)"])
        )
        return Group(head, self.table(views), detectors, Text(progress, style="dim"))

    def status_line(self, views: dict[str, Any], progress: str, *, force: bool = False) -> None:
        """Line mode: one compact line every ``status_every_s`` (and when ``force``)."""
        now = time.monotonic()
        if not force and now - self._last_status < self.status_every_s:
            return
        self._last_status = now
        rates = " ".join(f"{v} {_pct(info['windows']['5m']['rate'])}" for v, info in views.items())
        firing = [f"{r}:{v}" for (r, v, s), d in sorted(self.detectors.items()) if d["firing"] and s == "all"]
        self.console.print(
            f"{escape(self.stamp(None))} status     {self.phase()}; 5m rates: {rates or '-'}; "
            f"firing: {', '.join(firing) or 'none'}; {progress}",
            highlight=False,
        )


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.1%}"


def _num(x: Any) -> str:
    return f"{x:.3g}" if isinstance(x, float) else str(x)

"""The expectations ``sycomon demo`` checks at the end, from what the stack recorded (pure)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from monitor.adapters.mitigation_store import AuditEntry
from monitor.core import windows
from monitor.core.mitigation_model import ActionKind
from monitor.runtime.demo_story import Expectation, Story

__all__ = ["RECOVERY_MINUTES", "expectations"]

#: Minutes of event time at the end of the run over which v2's recovery is judged.
RECOVERY_MINUTES = 30


def _hhmm(minute: int) -> str:
    return datetime.fromtimestamp(minute * 60, tz=UTC).strftime("%H:%M")


def _pct(x: Any) -> str:
    return f"{x:.1%}" if isinstance(x, float | int) else "-"


def expectations(
    story: Story,
    alerts: list[dict[str, Any]],
    audit: list[AuditEntry],
    slack: list[dict[str, Any]],
    recent: dict[str, windows.Bucket],
) -> list[Expectation]:
    """Pure: the story's expectations from what was recorded (alert history, audit log, Slack
    inbox, the last ``RECOVERY_MINUTES`` of buckets)."""
    rollout = next((m for m, share in story.scenario.versions[1].share.points if share > 0), 0.0)
    out: list[Expectation] = []
    fired = [
        a
        for a in alerts
        if a["model_version"] == "v2" and a["status"] == "firing" and (a.get("transition") or "new") == "new"
    ]
    first = fired[0] if fired else None
    if first is not None:
        at = int(datetime.fromisoformat(first["started_at"]).timestamp()) // 60
        ev = first.get("evidence", {})
        delivered = [
            m for m in slack if "v2" in str(m.get("text")) and "RESOLVED" not in str(m.get("text")).upper()
        ]
        out.append(
            Expectation(
                "an alert on v2 fired",
                True,
                f"{first['rule']} ({first['severity']}) at event time {_hhmm(at)}, simulated "
                f"minute {story.sim_of(at)} ({story.sim_of(at) - rollout:.0f} min after v2's rollout "
                f"began): statistic {ev.get('statistic')} vs threshold {ev.get('threshold')}; v2 "
                f"flagged {_pct(ev.get('rate'))} of n={ev.get('n')} against baseline "
                f"{ev.get('baseline_version', '-')} at {_pct(ev.get('baseline_rate'))}",
            )
        )
        out.append(
            Expectation(
                "the alert reached Slack",
                bool(delivered),
                f"{len(delivered)} message(s) for v2 at the local Slack receiver"
                if delivered
                else "the worker detected it but no Slack message for v2 arrived: see the worker "
                "log (delivery retries, circuit breaker) and the outbox's dead letters",
            )
        )
    else:
        detail = "no detector fired on v2 during the run"
        worst = [dd for (r, v, s), dd in story.detectors.items() if v == "v2" and s == "all"]
        if worst:
            detail += "; at the last evaluated minute: " + ", ".join(
                f"{dd['rule']} statistic {dd['statistic']} vs threshold {dd['threshold']}" for dd in worst
            )
        out.append(Expectation("an alert on v2 fired", False, detail))
    patched = [e for e in audit if e.action.kind is ActionKind.APPLY_PATCH and e.action.model_version == "v2"]
    verified = [e for e in audit if e.action.kind is ActionKind.VERIFIED and e.action.model_version == "v2"]
    escalated = [e for e in audit if e.action.kind is ActionKind.ESCALATE and e.action.model_version == "v2"]
    out.append(
        Expectation(
            "v2's system prompt was patched",
            bool(patched),
            f"{patched[0].action.mitigation_id} by {patched[0].action.actor} at "
            f"{patched[0].action.at:%H:%M:%S} wall clock"
            if patched
            else "no patch was applied: with mitigation.mode=auto the anti-sycophancy policy patches on a "
            "firing regression or absolute alert; see `sycomon mitigations audit`",
        )
    )
    out.append(
        Expectation(
            "the patch was verified (v2's rate fell)",
            bool(verified),
            f"verified at {verified[0].action.at:%H:%M:%S} wall clock: {verified[0].action.detail}"
            if verified
            else ("the patch was escalated instead: " + escalated[0].action.detail)
            if escalated
            else "no verification was recorded before the run ended",
        )
    )
    resolved = [a for a in alerts if a["model_version"] == "v2" and a["status"] == "resolved"]
    still = {a["fingerprint"] for a in alerts if a["model_version"] == "v2"} - {
        a["fingerprint"] for a in resolved
    }
    if first is None:
        out.append(Expectation("the v2 alert resolved", False, "there was no alert to resolve"))
    elif resolved and not still:
        at = (
            int(
                datetime.fromisoformat(
                    resolved[-1].get("resolved_at") or resolved[-1]["updated_at"]
                ).timestamp()
            )
            // 60
        )
        out.append(
            Expectation(
                "the v2 alert resolved",
                True,
                f"resolved at event time {_hhmm(at)}, simulated minute {story.sim_of(at)}",
            )
        )
    else:
        out.append(
            Expectation(
                "the v2 alert resolved",
                False,
                f"still firing at the end of the run ({', '.join(sorted(still))}): a regression "
                "alert resolves once v2's flagged rate over the clearing window is back within the "
                "margin of the baseline and has stayed so for alerting.resolve_after_minutes",
            )
        )
    v1, v2 = recent.get("v1"), recent.get("v2")
    if v1 is not None and v2 is not None and v1.n and v2.n:
        r1, r2 = v1.flagged / v1.n, v2.flagged / v2.n
        ok = r2 <= r1 * 1.5
        out.append(
            Expectation(
                "v2 recovered",
                ok,
                f"over the last {RECOVERY_MINUTES} event-time minutes v2 was flagged {r2:.1%} (n={v2.n}) "
                f"against v1's {r1:.1%} (n={v1.n}), ratio {r2 / r1 if r1 else float('inf'):.2f} "
                f"({'within' if ok else 'above'} the 1.5 regression margin)",
            )
        )
    else:
        out.append(
            Expectation("v2 recovered", False, "no traffic of v1 and v2 in the last minutes to compare")
        )
    return out

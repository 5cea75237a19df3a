"""The gate's outputs for CI systems: a markdown summary and JUnit XML.

JUnit: one ``<testsuite name="sycomon-gate">``, one ``<testcase>`` per test (each category,
``all``, ``controls``); a failing test carries a ``<failure>`` naming its flipped probes; model
calls that failed are ``<error>`` test cases. The markdown summary is meant for a CI job summary
(``$GITHUB_STEP_SUMMARY``) or a pull-request comment.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from monitor.core.categories import label_of
from monitor.core.gate import Comparison
from monitor.probes.gate import Flip, GateResult

__all__ = ["junit_xml", "markdown_summary"]


def _name(c: Comparison) -> str:
    if c.name == "all":
        return "all categories"
    if c.name == "controls":
        return "controls (user is right)"
    return label_of(c.name)


def _ratio(c: Comparison) -> str:
    return "inf" if math.isinf(c.ratio) else f"{c.ratio:.2f}x"


def _verdict(c: Comparison) -> str:
    if not c.tested:
        return "too few"
    return "**FAIL**" if c.fails else "pass"


def _quote(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def _flip_lines(flip: Flip) -> list[str]:
    p = flip.probe
    kind = "control (user is right)" if p.control else label_of(p.category)
    lines = [f"#### `{p.id}` ({kind})", "", f"Honest reply: {p.honest}", ""]
    cand, base = flip.candidate, flip.baseline
    for i, turn in enumerate(p.turns):
        lines.append(f"{i + 1}. **user:** {_quote(turn)}")
        for who, run in (("candidate", cand), ("baseline", base)):
            score = f" (judge {run.scores[i]:.2f})" if i < len(run.scores) else ""
            reply = run.run.replies[i] if i < len(run.run.replies) else ""
            lines.append(f"   - **{who}**{score}: {_quote(reply)}")
    if p.control:
        lines.append(f"   - expected the final reply to match `{p.expect}`")
    lines.append("")
    return lines


def markdown_summary(result: GateResult, max_flips: int = 20) -> str:
    status = {"pass": "PASSED", "fail": "FAILED", "error": "COULD NOT DECIDE"}[result.status]
    out = [
        f"## Sycophancy launch gate: {status}",
        "",
        f"Candidate `{result.candidate}` vs baseline `{result.baseline}` on {result.probes} probes "
        f"(suite {result.suite_version}), judge {result.judge_version} (flagged at score >= "
        f"{result.threshold:.2f}), family-wise alpha {result.alpha:g} split over the tests.",
        "",
        "| test | candidate | baseline | ratio | log LR / threshold | verdict |",
        "|---|---|---|---|---|---|",
    ]
    for c in result.comparisons:
        out.append(
            f"| {_name(c)} | {c.x_c}/{c.n_c} ({c.rate_c:.1%}) | {c.x_b}/{c.n_b} ({c.rate_b:.1%}) | "
            f"{_ratio(c)} | {c.statistic:.2f} / {c.threshold:.2f} | {_verdict(c)} |"
        )
    out.append("")
    out.append("Rates: flagged turns of the category's probes; controls: failed controls.")
    if result.errors:
        out += ["", f"### {len(result.errors)} probe runs failed (the gate cannot decide)", ""]
        out += [f"- `{r.model}` `{r.probe_id}`: {r.error}" for r in result.errors[:max_flips]]
    if result.flips:
        shown = result.flips[:max_flips]
        out += [
            "",
            f"### {len(result.flips)} probes flipped (held on the baseline, not on the candidate)",
            "",
        ]
        if len(shown) < len(result.flips):
            out += [f"The first {len(shown)} are shown.", ""]
        for flip in shown:
            out += _flip_lines(flip)
    return "\n".join(out).rstrip() + "\n"


def junit_xml(result: GateResult, wall_s: float = 0.0) -> str:
    cases = list(result.comparisons)
    failures = sum(c.fails for c in cases)
    suite = ET.Element("testsuite", {
        "name": "sycomon-gate", "tests": str(len(cases) + len(result.errors)), "failures": str(failures),
        "errors": str(len(result.errors)), "skipped": str(sum(not c.tested for c in cases)),
        "time": f"{wall_s:.3f}",
    })  # fmt: skip
    props = ET.SubElement(suite, "properties")
    properties = {
        "candidate": result.candidate, "baseline": result.baseline,
        "suite_version": result.suite_version, "judge_version": result.judge_version,
    }  # fmt: skip
    for key, value in properties.items():
        ET.SubElement(props, "property", {"name": key, "value": value})
    for c in cases:
        case = ET.SubElement(suite, "testcase", {"classname": "sycomon.gate", "name": c.name})
        detail = (f"candidate {c.x_c}/{c.n_c} vs baseline {c.x_b}/{c.n_b}, ratio {_ratio(c)}, "
                  f"log LR {c.statistic:.2f} >= {c.threshold:.2f}")  # fmt: skip
        if not c.tested:
            ET.SubElement(case, "skipped", {"message": f"too few: {c.n_c} and {c.n_b}"})
        elif c.fails:
            flips = [
                f
                for f in result.flips
                if c.name == "all"
                or (
                    f.probe.control
                    if c.name == "controls"
                    else f.probe.category == c.name and not f.probe.control
                )
            ]
            failure = ET.SubElement(case, "failure", {"message": f"{_name(c)} regressed: {detail}"})
            failure.text = "\n".join(
                f"{f.probe.id}: " + " | ".join(
                    f"user: {_quote(t, 120)} -> candidate: {_quote(r, 120)}"
                    for t, r in zip(f.probe.turns, f.candidate.run.replies, strict=False)
                ) for f in flips[:50]
            )  # fmt: skip
    for r in result.errors:
        case = ET.SubElement(
            suite, "testcase", {"classname": "sycomon.gate.runs", "name": f"{r.model}:{r.probe_id}"}
        )
        ET.SubElement(case, "error", {"message": r.error or "failed"})
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"

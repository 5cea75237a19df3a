"""Launch-gate wall time for the full probe suite (is it fit for a CI step?).

    .venv/bin/python bench/gate.py --repeats 3 --write docs/benchmarks.md

Against ``simulate serve``'s endpoint (in-process, loopback HTTP: the model's own latency is not
part of the figure; add your model's latency x turns / concurrency), candidate ``v2`` (caves)
against baseline ``v1`` (holds), the shipped judge with one intra-op thread. Per repeat: the
probing phase (both versions, every probe's turns in order, concurrency 16), the scoring phase
(every non-control turn of both, the judge) and, as the baseline of the same run, the whole gate
from the replies recorded in that repeat (``--replies``: no HTTP at all). Medians over repeats.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.docsection import write_section  # noqa: E402
from monitor.probes.client import ChatClient  # noqa: E402
from monitor.probes.gate import evaluate, score_runs  # noqa: E402
from monitor.probes.launch import load_judge, run_gate  # noqa: E402
from monitor.probes.runner import run_suite, write_replies  # noqa: E402
from monitor.probes.settings import ChatClientSettings, GateSettings  # noqa: E402
from monitor.probes.suite import load_suite  # noqa: E402
from monitor.settings import DEFAULT_MODEL_DIR  # noqa: E402
from monitor.sim.pool import load_pool  # noqa: E402
from monitor.sim.responder import Responder, parse_behaviours  # noqa: E402
from monitor.sim.serve import serve_chat  # noqa: E402

BEGIN = "## Launch gate"


async def _once(judge: object, url: str, replies: Path) -> dict[str, float]:
    suite = load_suite()
    settings = ChatClientSettings(base_url=url, requests_per_second=10_000, concurrency=16)
    gate = GateSettings()
    t0 = time.perf_counter()
    async with ChatClient(settings) as client:
        cand, base = await asyncio.gather(run_suite(client, "v2", suite), run_suite(client, "v1", suite))
        requests = client.spend.requests
    t1 = time.perf_counter()
    threshold = judge.threshold  # type: ignore[attr-defined]
    sc = score_runs(judge, suite, cand, threshold)  # type: ignore[arg-type]
    sb = score_runs(judge, suite, base, threshold)  # type: ignore[arg-type]
    result = evaluate("v2", "v1", suite, sc, sb, gate, judge_version="x", threshold=threshold)
    t2 = time.perf_counter()
    assert result.status == "fail", result.status
    write_replies(replies, [*cand, *base])
    t3 = time.perf_counter()
    recorded = await run_gate("v2", "v1", client_settings=settings, gate_settings=gate, judge=judge,  # type: ignore[arg-type]
                              suite=suite, replies=replies)  # fmt: skip
    t4 = time.perf_counter()
    assert recorded.result.status == "fail"
    turns = sum(len(r.scores) for r in (*sc, *sb))
    return {"probe": t1 - t0, "score": t2 - t1, "live": t2 - t0, "recorded": t4 - t3,
            "requests": requests, "turns": turns, "probes": 2 * len(suite)}  # fmt: skip


async def _main(repeats: int) -> list[dict[str, float]]:
    suite = load_suite()
    responder = Responder(
        load_pool(use_datasets=False), suite, parse_behaviours(["v1=holds", "v2=caves:0.8"])
    )
    judge = load_judge(DEFAULT_MODEL_DIR, threads=1)
    out: list[dict[str, float]] = []
    async with serve_chat(responder) as url:
        for i in range(repeats):
            with tempfile.TemporaryDirectory() as tmp:
                row = await _once(judge, url, Path(tmp) / "replies.jsonl")
            print(f"repeat {i + 1}: " + ", ".join(f"{k} {v:.2f}" for k, v in row.items()), flush=True)
            out.append(row)
    return out


def _table(rows: list[dict[str, float]], command: str) -> str:
    def med(key: str) -> float:
        return statistics.median(r[key] for r in rows)

    def spread(key: str) -> str:
        return f"{min(r[key] for r in rows):.0f}-{max(r[key] for r in rows):.0f} s"

    load = os.getloadavg()[0]
    r0 = rows[0]
    return "\n".join([
        BEGIN,
        "",
        f"Command: `{command}`. Measured {dt.date.today().isoformat()} on the shared 2-CPU machine, "
        f"load average {load:.1f} at the end; median of {len(rows)} repeats. Full suite "
        f"({int(r0['probes']) // 2} probes) for a candidate and a baseline against `simulate serve` "
        "(loopback HTTP, in-process: no model latency), the shipped judge on one thread.",
        "",
        "| phase | median | range | rate |",
        "|---|---:|---:|---:|",
        f"| probing both versions ({int(r0['requests'])} chat requests, concurrency 16) "
        f"| {med('probe'):.1f} s | {spread('probe')} "
        f"| {r0['requests'] / med('probe'):.0f} requests/s |",
        f"| judging ({int(r0['turns'])} turns) and the statistics | {med('score'):.1f} s | {spread('score')} "
        f"| {r0['turns'] / med('score'):.0f} turns/s |",
        f"| whole gate, live | {med('live'):.1f} s | {spread('live')} | |",
        f"| whole gate from recorded replies (`--replies`, baseline of the same run) "
        f"| {med('recorded'):.1f} s | {spread('recorded')} "
        f"| live / recorded {med('live') / med('recorded'):.2f}x |",
        "",
        "The machine is shared (7 engineers, 2 cores): the ranges show how much the judging phase moves "
        "with the load; on a quiet core it runs at the judge's own speed (models/README.md). "
        "Against a real model, add its latency: the probing phase takes about (turns x latency) / "
        "concurrency, e.g. 1,400 requests at 2 s each and concurrency 16 is about 3 minutes; the "
        "judging phase does not change. Record the baseline's replies once (`--record`) and gate "
        "each candidate against the recording to halve the probing.",
        "",
    ])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--write", type=Path, help="Replace the '## Launch gate' section of this markdown file."
    )
    args = parser.parse_args()
    rows = asyncio.run(_main(args.repeats))
    command = f".venv/bin/python bench/gate.py --repeats {args.repeats}" + (
        f" --write {args.write}" if args.write else ""
    )
    text = _table(rows, command)
    print(text)
    if args.write:
        write_section(args.write, text)


if __name__ == "__main__":
    main()

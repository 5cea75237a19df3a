"""The table bench/pipeline.py prints and writes into its section of docs/benchmarks.md.

Only the text between BEGIN and END inside the section is regenerated, so the hand-written
findings below END survive a rerun.
"""

from __future__ import annotations

import argparse
import statistics
from datetime import UTC, datetime
from typing import Any

__all__ = ["BEGIN", "END", "SECTION", "render", "splice"]

SECTION = "## Pipeline (end to end, real broker)"
BEGIN = "<!-- bench/pipeline.py: generated from here -->"
END = "<!-- bench/pipeline.py: generated to here -->"


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))] if s else float("nan")


def _runs(values: list[float]) -> str:
    return ", ".join(f"{v:,.1f}" for v in values)


def _us(rate: float) -> str:
    return f"{1e6 / rate:,.0f} µs" if rate > 0 else "-"


def render(r: dict[str, Any], args: argparse.Namespace, command: str) -> str:
    bare = statistics.median(r["bare"])
    e2e = statistics.median(r["e2e_slices"])
    ratio = e2e / bare
    st = r["steady"]
    lat, rss = st["lat"], st["rss"]
    unsampled = r["unsampled"]
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    fmw = f" (fetch_max_wait_ms {args.fetch_max_wait_ms}, not faust's 1500)" if args.fetch_max_wait_ms else ""
    rows = [
        "| measure | median | detail | goal |",
        "|---|---:|---|---|",
        f"| bare scorer, pairs/s (chunks of {r['batch']}) | {bare:,.1f} | runs: {_runs(r['bare'])} | |",
        f"| end to end at 100 % sampling, events/s | {e2e:,.1f} | slices of {args.events}: "
        f"{_runs(r['e2e_slices'])}; whole backlog {r['e2e_all']:,.1f} | |",
        f"| end to end / bare scorer | {ratio:.2f} | | >= 0.90: {'met' if ratio >= 0.9 else 'missed'} |",
        f"| worker during the 100 % drain | | on a CPU {r.get('e2e_cpu_share', float('nan')):.0%} of the "
        f"time, runnable but waiting for one {r.get('e2e_runq_share', float('nan')):.0%} (all threads) | |",
        f"| produce -> ScoredTurn published, p50 | {_pct(lat, 0.5):,.0f} ms | steady {st['rate']:,.1f} ev/s "
        f"(70 %) for {args.steady_s:.0f} s, {len(lat)} events | |",
        f"| produce -> ScoredTurn published, p99 | {_pct(lat, 0.99):,.0f} ms | max {max(lat):,.0f} ms | |",
        f"| worker RSS under the steady load | {statistics.median(rss):,.0f} MiB | max {max(rss):,.0f} MiB "
        f"({len(rss)} samples); {r['rss_idle']:,.0f} MiB when ready | |",
        f"| unsampled events/s through the worker{fmw} | {unsampled:,.0f} | {r['unsampled_n']:,} events, "
        f"{_us(unsampled)}/event wall; RSS {r['unsampled_rss']:,.0f} MiB after | >= 20,000: "
        f"{'met' if unsampled >= 20_000 else 'missed'} |",
        f"| worker CPU per unsampled event (all threads) | {r['unsampled_cpu_us']:,.0f} µs | on a CPU "
        f"{r['unsampled_cpu_share']:.0%} of the drain, runnable but waiting for one "
        f"{r['unsampled_runq_share']:.0%}; mean batch {r['unsampled_n'] / r['unsampled_batches']:.1f} | |",
    ]
    if "probe" in r:
        p = r["probe"]
        rows.append(
            f"| unsampled worker, probed (`--probe`): fetcher waiting on the consumer thread | "
            f"{p['fetch_wait_share']:.0%} of wall | {p['fetch_calls']:,} `getmany` calls for "
            f"{p['fetch_records']:,} records, median {p['fetch_fast_median_ms']:.1f} ms; {p['fetch_stalls']} "
            f"stalls >= 0.5 s = {p['fetch_stall_share']:.0%} of wall | |"
        )
        rows.append(
            f"| unsampled worker, probed: our batch handler (`MonitorApp.handle`) | {p['handle_share']:.0%} "
            f"of wall | of which the Redis dedup claim {p['claim_share']:.0%} | |"
        )
    for label, rate in r["inproc"].items():
        rows.append(f"| same records: {label} | {rate:,.0f} /s | {_us(rate)}/event | |")
    head = [
        BEGIN,
        "",
        f"Command: `{command}` ({when}). Machine: 2 CPUs shared with other jobs: "
        f"load average {r['load_start'][0]:.2f} at the start, `{r['uptime']}` at the end. "
        "Every figure moves with that load (the worker, Kafka, Redis and this script share the same two "
        "cores): read them as this machine on this day, not as a capacity plan.",
        "",
        f"One worker (`python -m monitor worker`, settings defaults: max_batch {r['batch']}, scorer "
        f"{r['scorer']}) on {4} partitions, real Kafka and Redis on loopback, isolated topics / app id / "
        f"Redis prefix. Texts: {args.events} turns of the simulator's pool (the public datasets), reused "
        "cyclically under fresh event ids, two model versions. Latency is the Kafka timestamp of the "
        "ScoredTurn record minus that of the produced record (producer linger 5 ms, like a gateway).",
        "",
        *rows,
        "",
        END,
    ]
    return "\n".join(head)


def splice(doc: str, generated: str) -> str:
    """Put ``generated`` into the pipeline section (created at the end if missing)."""
    if SECTION not in doc:
        return doc.rstrip("\n") + f"\n\n{SECTION}\n\n{generated}\n"
    start = doc.index(SECTION)
    nxt = doc.find("\n## ", start + len(SECTION))
    section = doc[start : nxt if nxt >= 0 else len(doc)]
    if BEGIN in section and END in section:
        new = section[: section.index(BEGIN)] + generated + section[section.index(END) + len(END) :]
    else:
        new = f"{SECTION}\n\n{generated}\n" + section[len(SECTION) :].lstrip("\n")
    return doc[:start] + new + (doc[nxt:] if nxt >= 0 else "")

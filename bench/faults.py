"""Fault bench: a fixed input through worker SIGKILL, broker restart, Redis restart (data lost),
a receiver outage and hostile records, on the real stack, compared with the replay twin.

    .venv/bin/python bench/faults.py [--receiver-outage-s 180] [--write docs/benchmarks.md]

Own broker (127.0.0.1:19092/19093) and Redis (16379) in a state dir under /tmp, started and stopped
here with deploy/local/stack.sh; the shared 9092 / 6379 are never touched. Two workers
(``python -m monitor.testing worker``: the real faust worker with the MarkerScorer, so that scores
are exact and the replay twin scores alike). After each fault: the Redis mirror against
``sycomon replay`` of the same prefix of the input (lost / double-counted events), dead letters per
reason against each hostile record's expected reason, worker exits and crashes in the logs, and
the alerts a local Slack-format receiver took (idempotency keys) against replay's alerts.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import re
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.faults_input import DUPLICATE, HOSTILE, SCORED, phase_traffic
from bench.faults_stack import Stack, produce, read_topic
from monitor.adapters.sinks.base import idempotency_key
from monitor.core import windows
from monitor.core.events import Alert
from monitor.runtime.replay import replay
from monitor.settings import load_settings
from monitor.testing import BASE_TIME, FrozenClock, MarkerScorer
from tests.integration.conftest import Receivers
from tests.integration.pipeline.harness import Env, Worker, create_topic, redis_buckets

NAME = f"faults{int(time.time()) % 100000}"  # new topics and prefix per run
PER_MINUTE = 80
MINUTES = 6  # per phase
SEED = 20261130
CRASH = re.compile(r"crashed|Error in agent", re.IGNORECASE)  # faust agent crashes, not handled errors
MARK = "<!-- bench/faults.py: generated"
BASE_MIN = int(BASE_TIME.timestamp() // 60)


@dataclass
class Row:
    fault: str
    events_in: int = 0
    scored: int = 0
    expected: int = 0
    lost: int = 0
    double: int = 0
    exact: bool = False
    dead: int = 0
    alerts_expected: int = 0
    alerts_delivered: int = 0
    alerts_lost: int = 0
    alerts_extra: int = 0
    alerts_dup: int = 0
    crashes: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


class Bench:
    def __init__(self, tmp: Path, stack: Stack, receivers: Receivers, outage_s: float) -> None:
        self.tmp, self.stack, self.receivers, self.outage_s = tmp, stack, receivers, outage_s
        self.env = Env(
            NAME,
            stack.kafka,
            stack.redis_url,
            partitions=4,
            extra={
                "SYCOMON_SINKS__SLACK__WEBHOOK_URL": f"{receivers.base}/slack/T0/B0/secret",
                "SYCOMON_DETECTION__INTERVAL_S": "1",
                # bounded drain after the outage (defaults: cap 300 s, cool-down 60 s)
                "SYCOMON_OUTBOX__RETRY__CAP_S": "20",
                "SYCOMON_OUTBOX__BREAKER__COOLDOWN_S": "15",
            },
        )
        self.sent: list[bytes | None] = []
        self.workers: list[Worker] = []
        self.killed: set[int] = set()
        self.replay_alerts: dict[str, int] = {}  # idempotency key -> event-time minute

    # -- workers ------------------------------------------------------------------------------
    def start_worker(self) -> Worker:
        w = Worker(self.env, self.tmp, delay_s=0.3)  # 0.3 s per batch: faults land mid-stream
        self.workers.append(w)
        return w

    def crashes(self) -> int:
        n = sum(1 for w in self.workers if w.proc.poll() is not None and w.proc.pid not in self.killed)
        for w in self.workers:
            n += sum(1 for line in w.log_path.read_text(errors="replace").splitlines() if CRASH.search(line))
        return n

    def detection_minute(self) -> int:
        best = 0
        for w in self.workers:
            if w.proc.poll() is None:
                try:
                    best = max(best, int(w.metric("sycomon_detection_minute")))
                except Exception:  # noqa: BLE001 - a worker between restarts: counted as not leading
                    continue
        return best - BASE_MIN

    # -- replay twin --------------------------------------------------------------------------
    async def twin(self, tag: str) -> tuple[dict[windows.BucketKey, windows.Bucket], Path]:
        path = self.tmp / f"input-{tag}.jsonl"
        path.write_bytes(b"\n".join(line for line in self.sent if line))
        out = self.tmp / f"replay-{tag}"
        summary = await replay(path, out, load_settings(), MarkerScorer(), clock=FrozenClock())
        return summary.buckets, out

    async def scored_now(self) -> int:
        got = await redis_buckets(self.env)
        return sum(b.n for k, b in got.items() if k.segment == "all")

    async def wait_scored(self, at_least: int, limit_s: float) -> None:
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline and await self._safe_scored() < at_least:  # noqa: ASYNC110
            await asyncio.sleep(0.3)  # polling another process's Redis writes

    async def _safe_scored(self) -> int:
        try:
            return await self.scored_now()
        except Exception:  # noqa: BLE001 - Redis restarting: nothing mirrored yet
            return 0

    # -- one phase ----------------------------------------------------------------------------
    async def phase(
        self,
        fault: str,
        lines: list[bytes | None],
        act: Callable[[int], Awaitable[None]],
        alert_wait_s: float = 60,
    ) -> Row:
        row = Row(fault, events_in=len(lines))
        t0 = time.monotonic()
        before = await self._safe_scored()
        self.sent.extend(lines)
        await produce(self.stack.kafka, self.env.responses, lines)
        await act(before)
        expect_buckets, _ = await self.twin(fault.split()[0])
        want = {k: b.n for k, b in expect_buckets.items() if k.segment == "all"}
        row.expected = sum(want.values())
        await self.wait_scored(row.expected, 180)
        await asyncio.sleep(3)  # a late redelivery would show up as a double count
        got = await redis_buckets(self.env)
        have = {k: b.n for k, b in got.items() if k.segment == "all"}
        row.scored = sum(have.values())
        for k in set(want) | set(have):
            d = have.get(k, 0) - want.get(k, 0)
            row.lost += max(0, -d)
            row.double += max(0, d)
        row.exact = {k: b.counts.tolist() for k, b in got.items()} == {
            k: b.counts.tolist() for k, b in expect_buckets.items()
        }
        await self.settle_alerts(row, alert_wait_s)
        row.crashes = self.crashes()
        row.seconds = time.monotonic() - t0
        return row

    async def settle_alerts(self, row: Row, limit_s: float) -> None:
        slack = self.receivers.slack

        def due() -> set[str]:
            m = self.detection_minute()
            return {k for k, minute in self.replay_alerts.items() if minute <= m}

        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline and not due() <= set(slack.accepted):  # noqa: ASYNC110
            await asyncio.sleep(0.5)  # due() moves with the leader's detection
        await asyncio.sleep(2)
        expected = due()
        row.alerts_expected = len(expected)
        row.alerts_delivered = len(expected & set(slack.accepted))
        row.alerts_lost = len(expected - set(slack.accepted))
        row.alerts_extra = len(set(slack.accepted) - set(self.replay_alerts))
        row.alerts_dup = slack.duplicates
        row.notes.append(f"detection reached minute {self.detection_minute()}")


async def run(args: argparse.Namespace) -> tuple[list[Row], dict[str, str], str]:
    tmp = Path(tempfile.mkdtemp(prefix="sycomon-faults-"))
    stack = Stack(Path(args.state_dir))
    stack.state_dir.mkdir(parents=True, exist_ok=True)
    stack.up("kafka", "redis")
    receivers = Receivers()
    await receivers.start()
    bench = Bench(tmp, stack, receivers, args.receiver_outage_s)
    rows: list[Row] = []
    verdicts: dict[str, str] = {"_total": "not read"}
    try:
        # the whole input's alerts, from the twin, keyed as the sinks key them
        phases_traffic = [phase_traffic(p * MINUTES, MINUTES, PER_MINUTE, SEED) for p in range(5)]
        hostile = [h.raw for h in HOSTILE] + [None]
        first = phases_traffic[0]
        phase0 = first[:200] + hostile + first[200:]
        bench.sent = [*phase0, *[x for p in phases_traffic[1:] for x in p]]
        _, out = await bench.twin("full")
        for line in (out / "alerts.jsonl").read_text().splitlines():
            rec = json.loads(line)
            rec.pop("at")
            alert = Alert.model_validate(rec)
            minute = int(alert.updated_at.timestamp() // 60) - BASE_MIN
            bench.replay_alerts[idempotency_key(alert)] = minute
        bench.sent = []

        await create_topic(bench.env)
        a, b = bench.start_worker(), bench.start_worker()
        await asyncio.to_thread(a.wait_ready, 180)
        await asyncio.to_thread(b.wait_ready, 180)

        async def nothing(_: int) -> None:
            return None

        rows.append(await bench.phase("hostile records (45 kinds)", phase0, nothing))

        async def sigkill(before: int) -> None:
            await bench.wait_scored(before + 60, 60)
            bench.killed.add(b.proc.pid)
            b.kill()
            done = await bench._safe_scored() - before
            rows_note.append(f"SIGKILL at {done} of {len(phases_traffic[1])} scored")
            await asyncio.sleep(10)  # the survivor takes the partitions over (session timeout 6 s)
            await asyncio.to_thread(bench.start_worker().wait_ready, 180)

        rows_note: list[str] = []
        rows.append(await bench.phase("SIGKILL 1 of 2 workers", phases_traffic[1], sigkill))

        async def broker(before: int) -> None:
            await bench.wait_scored(before + 40, 60)
            rows_note.append(f"broker stopped at {await bench._safe_scored() - before} scored")
            await asyncio.to_thread(stack.restart_kafka)

        rows.append(await bench.phase("broker restart", phases_traffic[2], broker))

        async def redis_loss(before: int) -> None:
            await bench.wait_scored(before + 40, 60)
            rows_note.append(f"Redis stopped at {await bench._safe_scored() - before} scored")
            await asyncio.to_thread(stack.restart_redis_empty)

        rows.append(await bench.phase("Redis restart (data lost)", phases_traffic[3], redis_loss))

        async def outage(_: int) -> None:
            receivers.slack.down = True
            await asyncio.sleep(args.receiver_outage_s)
            receivers.slack.down = False

        outage_name = f"receiver outage {args.receiver_outage_s:.0f} s"
        rows.append(await bench.phase(outage_name, phases_traffic[4], outage, alert_wait_s=240))
        for row, note in zip(rows[1:], rows_note, strict=False):
            row.notes.insert(0, note)

        try:
            verdicts = await check_dead_letters(bench)
            rows[-1].notes.append(await check_scores(bench))
        except Exception as exc:  # noqa: BLE001 - the table is still worth printing
            verdicts = {"_total": f"reading the topics failed: {exc!r}"}
        rows[0].dead = sum(1 for v in verdicts.values() if v.startswith("ok"))
    finally:
        for w in bench.workers:
            w.stop()
        await receivers.close()
        if not args.keep_stack:
            stack.close()
    return rows, verdicts, str(tmp)


async def check_dead_letters(bench: Bench) -> dict[str, str]:
    """Each hostile kind -> "ok <reason>" or what went wrong; extra dead letters are reported."""
    records = await read_topic(bench.stack.kafka, f"{NAME}.deadletter")
    by_sha: dict[str, list[str]] = {}
    sizes = []
    seen: set[tuple[object, ...]] = set()
    republished = 0
    for _, _, value in records:
        dl = json.loads(value or b"{}")
        sizes.append(len(value or b""))
        # The dead-letter topic is at-least-once (docs/events.md): a batch abandoned after its dead
        # letters were sent sends them again, with the same origin. Consumers dedupe by origin.
        origin = (dl["raw_sha256"], dl.get("topic"), dl.get("partition"), dl.get("offset"))
        if origin in seen:
            republished += 1
            continue
        seen.add(origin)
        by_sha.setdefault(dl["raw_sha256"], []).append(dl["reason"])
    out: dict[str, str] = {}
    kinds = [(h.kind, h.raw, h.expect) for h in HOSTILE] + [("kafka_null_value", None, "not_json")]
    want: dict[str, list[str]] = {}  # an empty record and a null value share the hash of b""
    for _, raw, expect in kinds:
        if expect not in (SCORED, DUPLICATE):
            want.setdefault(hashlib.sha256(raw or b"").hexdigest(), []).append(expect)
    for kind, raw, expect in kinds:
        sha = hashlib.sha256(raw or b"").hexdigest()
        got = by_sha.get(sha, [])
        if expect in (SCORED, DUPLICATE):
            out[kind] = f"ok {expect}" if not got else f"DEAD-LETTERED {got}"
        else:
            out[kind] = f"ok {expect}" if sorted(got) == sorted(want[sha]) else f"WRONG {got} (want {expect})"
    extra = {sha: r for sha, r in by_sha.items() if sha not in want}
    if extra:
        out["_unexpected"] = f"WRONG dead letters of records not in the hostile set: {extra}"
    out["_total"] = (
        f"{len(records) - republished} dead letters ({republished} re-published with the same "
        f"origin, at-least-once), largest {max(sizes, default=0)} bytes"
    )
    return out


async def check_scores(bench: Bench) -> str:
    records = await read_topic(bench.stack.kafka, f"{NAME}.scores")
    ids = [json.loads(v or b"{}")["event_id"] for _, _, v in records]
    _, out = await bench.twin("scores")
    want = {json.loads(line)["event_id"] for line in (out / "scores.jsonl").read_text().splitlines()}
    missing = len(want - set(ids))
    return (
        f"scores topic: {len(records)} records, {len(set(ids))} distinct of {len(want)} expected, "
        f"{missing} missing, {len(records) - len(set(ids))} re-published (at-least-once)"
    )


def table(rows: list[Row]) -> str:
    head = (
        "| fault | events in | scored (Redis) | replay | lost | double-counted | all buckets equal | "
        "alerts due / delivered | alerts lost | alerts not in replay | duplicate deliveries | "
        "crashes | s |\n|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"
    )
    lines = [head]
    for r in rows:
        lines.append(
            f"| {r.fault} | {r.events_in:,} | {r.scored:,} | {r.expected:,} | {r.lost} | {r.double} | "
            f"{'yes' if r.exact else 'NO'} | {r.alerts_expected} / {r.alerts_delivered} | {r.alerts_lost} | "
            f"{r.alerts_extra} | {r.alerts_dup} | {r.crashes} | {r.seconds:.0f} |"
        )
    return "\n".join(lines)


def report(rows: list[Row], verdicts: dict[str, str], args: argparse.Namespace, tmp: str) -> str:
    reasons: dict[str, int] = {}
    for kind, v in verdicts.items():
        if not kind.startswith("_"):
            reasons[v] = reasons.get(v, 0) + 1
    bad = {k: v for k, v in verdicts.items() if k != "_total" and not v.startswith("ok")}
    kinds = sum(1 for k in verdicts if not k.startswith("_"))
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        f"Command: `.venv/bin/python bench/faults.py --receiver-outage-s {args.receiver_outage_s:.0f}"
        f"{' --write docs/benchmarks.md' if args.write else ''}` ({when}; logs in `{tmp}`).",
        "",
        table(rows),
        "",
        "Notes per fault: " + "; ".join(f"*{r.fault}*: {', '.join(r.notes)}" for r in rows),
        "",
        f"Hostile records: {kinds} kinds; {verdicts['_total']}; "
        + ", ".join(f"{v}: {n}" for v, n in sorted(reasons.items()))
        + ("; every kind got its expected verdict." if not bad else f"; **mismatches: {bad}**"),
        "",
        "| kind | verdict |\n|---|---|",
        *[f"| `{k}` | {v} |" for k, v in verdicts.items() if not k.startswith("_")],
    ]
    return "\n".join(parts)


def write(doc: Path, text: str) -> None:
    body = doc.read_text()
    start, end = f"{MARK} from here -->", f"{MARK} to here -->"
    block = f"{start}\n\n{text}\n\n{end}"
    if start in body:
        body = body[: body.index(start)] + block + body[body.index(end) + len(end) :]
    else:
        body = body.rstrip() + "\n\n## Faults (real stack, compared with replay)\n\n" + block + "\n"
    doc.write_text(body)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--receiver-outage-s", type=float, default=180.0)
    p.add_argument("--state-dir", default="/tmp/sycomon-faults-stack")
    p.add_argument("--keep-stack", action="store_true", help="leave the bench's broker and Redis running")
    p.add_argument("--write", type=Path, help="replace the generated faults section of this file")
    args = p.parse_args()
    rows, verdicts, tmp = asyncio.run(run(args))
    text = report(rows, verdicts, args, tmp)
    print(text)
    if args.write:
        write(args.write, text)
    failed = any(r.lost or r.double or r.alerts_lost or r.alerts_dup or r.crashes for r in rows)
    failed = failed or any(not v.startswith("ok") for k, v in verdicts.items() if k != "_total")
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()

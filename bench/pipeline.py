"""End-to-end pipeline benchmark on the real broker, against the bare scorer in the same run.

    .venv/bin/python bench/pipeline.py --write docs/benchmarks.md

1. bare scorer: ``OnnxScorer`` with the worker's own config (settings defaults, batch =
   ``pipeline.max_batch``) on the event texts, in chunks of ``max_batch``; median of R runs
   (half before the workers run, half after, to bracket the machine's drift);
2. end to end at 100 % sampling: R x N events pre-produced, a real ``python -m monitor worker``
   (real ONNX scorer, isolated topics / app id / Redis prefix) drains them; events/s from the
   ScoredTurn records' timestamps on the scores topic, median over the R slices of N;
   then a steady phase at ~70 % of that capacity: latency = Kafka timestamp of the ScoredTurn
   record - Kafka timestamp of the produced record (p50 / p99), worker VmRSS sampled;
3. unsampled events: a worker with ``SYCOMON_SAMPLING__DEFAULT_RATE=0`` drains M pre-produced
   events (counted from /metrics); then the same records through (a) a bare aiokafka consumer,
   (b) ``process_batch`` with an in-memory dedup, (c) ``process_batch`` with the Redis dedup, to
   tell transport, framework and our own costs apart.

The stack comes from ``deploy/local/stack.sh up kafka redis``; only services it started are
stopped. Topics and Redis keys of the run are deleted at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.pipeline_probe import summary  # noqa: E402
from bench.pipeline_report import render, splice  # noqa: E402
from bench.pipeline_stack import (  # noqa: E402
    KAFKA,
    PARTITIONS,
    REDIS,
    Worker,
    cleanup,
    create_topic,
    stack_down,
    stack_up,
)
from monitor.adapters.memory import MemoryDedup  # noqa: E402
from monitor.adapters.redis_state import RedisState  # noqa: E402
from monitor.core.events import ContextMessage, ResponseEvent, decode_event  # noqa: E402
from monitor.core.pipeline import PipelineContext, RawRecord, process_batch  # noqa: E402
from monitor.core.ports import ContextTurn, ScoreInput  # noqa: E402
from monitor.core.sampling import SamplingPolicy  # noqa: E402
from monitor.scoring import OnnxScorer, ScorerConfig  # noqa: E402
from monitor.settings import Settings  # noqa: E402


class Text(NamedTuple):
    item: ScoreInput
    context: tuple[ContextMessage, ...]


def load_texts(n: int, seed: int) -> list[Text]:
    """N realistic turns from the simulator's pool (the public datasets when present)."""
    from monitor.sim.pool import load_pool

    pool = load_pool()
    turns = list(pool.honest + pool.sycophantic)
    random.Random(seed).shuffle(turns)
    return [
        Text(
            ScoreInput(t.prompt, t.response, tuple(ContextTurn(m.role, m.content) for m in t.context)),
            t.context,
        )
        for t in turns[:n]
    ]


def build_events(
    texts: list[Text], count: int, prefix: str, rng: random.Random
) -> list[tuple[bytes, bytes, str]]:
    """(key, value, event_id): event i carries text i mod N, two model versions, some feedback."""
    now = datetime.now(UTC)
    out = []
    for i in range(count):
        text = texts[i % len(texts)]
        event = ResponseEvent(
            schema_version=1,
            event_id=f"{prefix}-{i:07d}",
            timestamp=now,
            model_version=("bench-a", "bench-b")[i % 2],
            conversation_id=f"{prefix}-c{i:07d}",
            prompt=text.item.prompt,
            response=text.item.response,
            context=text.context,
            system_prompt_version="sp-1",
            feedback=rng.choice((None, None, None, "up", "down")),
            memory_enabled=rng.random() < 0.5,
        )
        out.append((event.conversation_id.encode(), event.model_dump_json().encode(), event.event_id))
    return out


async def produce(topic: str, events: list[tuple[bytes, bytes, str]]) -> dict[str, int]:
    """All at once (a backlog); event_id -> Kafka timestamp (ms) of its record."""
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA, acks="all", linger_ms=20, max_batch_size=256 * 1024)
    await producer.start()
    try:
        futures = [await producer.send(topic, value=v, key=k) for k, v, _ in events]
        metas = await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return {e[2]: m.timestamp for e, m in zip(events, metas, strict=True)}


async def produce_steady(
    topic: str, events: list[tuple[bytes, bytes, str]], rate: float, worker: Worker
) -> tuple[dict[str, int], list[float]]:
    """At ``rate`` events/s (linger 5 ms, like a gateway); samples the worker's RSS every 0.5 s."""
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA, acks="all", linger_ms=5)
    await producer.start()
    rss: list[float] = []
    futures = []
    try:
        start = time.monotonic()
        next_rss = start
        sent = 0
        while sent < len(events):
            now = time.monotonic()
            due = min(len(events), int((now - start) * rate) + 1)
            for k, v, _ in events[sent:due]:
                futures.append(await producer.send(topic, value=v, key=k))
            sent = due
            if now >= next_rss:
                rss.append(worker.rss_mib())
                next_rss += 0.5
            await asyncio.sleep(0.01)
        metas = await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return {e[2]: m.timestamp for e, m in zip(events, metas, strict=True)}, rss


async def consume(topic: str, expected: int, limit_s: float = 120.0) -> list[tuple[int, bytes]]:
    """(Kafka timestamp ms, value) of the first ``expected`` records of ``topic``."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=KAFKA, auto_offset_reset="earliest", enable_auto_commit=False, group_id=None
    )
    await consumer.start()
    out: list[tuple[int, bytes]] = []
    try:
        async with asyncio.timeout(limit_s):
            while len(out) < expected:
                for records in (await consumer.getmany(timeout_ms=500, max_records=5000)).values():
                    out.extend((r.timestamp, r.value or b"") for r in records)
    finally:
        await consumer.stop()
    return out


def drain_rate(stamps_ms: list[int]) -> float:
    """Events/s between the first and last publish (the first publish's batch is not timed)."""
    stamps = sorted(stamps_ms)
    first = stamps.count(stamps[0])
    span = (stamps[-1] - stamps[0]) / 1000.0
    return (len(stamps) - first) / span if span > 0 else float("nan")


def slice_rates(stamps: list[int], n: int, repeats: int) -> list[float]:
    """Events/s of each run of ``n`` consecutive publishes, timed from the last publish before it."""
    bounds = [stamps[0]] + [stamps[min(len(stamps), (k + 1) * n) - 1] for k in range(repeats)]
    out = []
    for lo, hi in itertools.pairwise(bounds):
        count = sum(1 for s in stamps if lo < s <= hi)
        out.append(count / ((hi - lo) / 1000.0) if hi > lo else float("nan"))
    return out


def bare_runs(scorer: OnnxScorer, items: list[ScoreInput], batch: int, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        for i in range(0, len(items), batch):
            scorer.score(items[i : i + batch])
        out.append(len(items) / (time.perf_counter() - t))
    return out


async def in_process(topic: str, values: list[bytes], batch: int, name: str) -> dict[str, float]:
    """The unsampled records through the transport alone and through our code alone (events/s)."""
    out: dict[str, float] = {}
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=KAFKA, auto_offset_reset="earliest", enable_auto_commit=False, group_id=None
    )
    await consumer.start()
    try:
        got = 0
        got += sum(len(v) for v in (await consumer.getmany(timeout_ms=10_000, max_records=1)).values())
        t = time.perf_counter()  # timed from the first record: the connection set-up is not counted
        while got < len(values):
            batches = await consumer.getmany(timeout_ms=1000, max_records=max(4 * batch, 100))
            got += sum(len(v) for v in batches.values())
        out["aiokafka consumer alone (getmany, no processing)"] = (got - 1) / (time.perf_counter() - t)
    finally:
        await consumer.stop()
    records = [RawRecord(v, i // PARTITIONS, i % PARTITIONS, topic) for i, v in enumerate(values)]

    async def no_score(items: object) -> object:
        raise AssertionError("nothing is sampled")

    limits = Settings().limits.to_limits()
    t = time.perf_counter()
    for value in values:
        decode_event(value, limits)
    out["`decode_event` alone (pydantic validation of the JSON)"] = len(values) / (time.perf_counter() - t)
    policy = SamplingPolicy(0.0, {}, {}, "sycomon")
    state = RedisState.from_url(REDIS, name, 900, 900)
    try:
        for label, dedup in (
            (f"`process_batch` alone, in-memory dedup, batches of {batch}", MemoryDedup()),
            (f"`process_batch` alone, Redis dedup (one claim per batch of {batch})", state),
        ):
            ctx = PipelineContext(
                score=no_score,  # type: ignore[arg-type]
                dedup=dedup,
                sampling=lambda: policy,
                threshold=0.5,
                scorer_version="bench",
                clock=lambda: datetime.now(UTC),
            )
            t = time.perf_counter()
            for i in range(0, len(records), batch):
                result = await process_batch(records[i : i + batch], lambda p: {}, ctx)
                assert len(result.unsampled) == len(records[i : i + batch]), "all must be unsampled"
            out[label] = len(records) / (time.perf_counter() - t)
    finally:
        await state.close()
    return out


async def run_unsampled(
    args: argparse.Namespace, texts: list[Text], batch: int, names: list[str], tmp: Path
) -> dict[str, object]:
    """Everything counted, nothing scored: the worker, then the same records in-process."""
    r: dict[str, object] = {}
    name = names[0]
    events = build_events(texts, args.unsampled, name, random.Random(2))
    await create_topic(f"{name}.responses")
    print(f"unsampled: producing {len(events)} events ...", flush=True)
    await produce(f"{name}.responses", events)
    extra = {"SYCOMON_SAMPLING__DEFAULT_RATE": "0", **dict(kv.split("=", 1) for kv in args.unsampled_env)}
    probe = tmp / "probe.json" if args.probe else None
    if args.fetch_max_wait_ms is not None:
        if probe is None:
            raise SystemExit("--fetch-max-wait-ms needs --probe (the override lives in the probe)")
        extra["BENCH_FETCH_MAX_WAIT_MS"] = str(args.fetch_max_wait_ms)
    w = Worker(name, tmp, extra, args.profile, args.switch_interval, probe)
    try:
        await w.wait_ready()
        samples = await w.wait_events("unsampled", len(events), limit_s=600, every=0.2)
        r["unsampled_rss"] = w.rss_mib()
        r["unsampled_batches"] = await w.value("sycomon_batch_size_count")
    finally:
        await w.stop()
    started = [s for s in samples if s.value > 0]
    first, last = started[0], samples[-1]
    r["unsampled"] = (last.value - first.value) / (last.t - first.t) if last.t > first.t else float("nan")
    r["unsampled_n"] = len(events)
    if probe is not None:
        r["probe"] = summary(probe)
    r["unsampled_cpu_us"] = (last.cpu_s - first.cpu_s) / (last.value - first.value) * 1e6
    r["unsampled_cpu_share"] = (last.cpu_s - first.cpu_s) / (last.t - first.t)
    r["unsampled_runq_share"] = (last.runq_s - first.runq_s) / (last.t - first.t)
    print(f"unsampled: {r['unsampled']:,.0f} events/s; the same records in-process ...", flush=True)
    r["inproc"] = await in_process(f"{name}.responses", [v for _, v, _ in events], batch, names[1])
    return r


async def run(args: argparse.Namespace) -> dict[str, object]:
    settings = Settings()
    batch = settings.pipeline.max_batch
    r: dict[str, object] = {"load_start": os.getloadavg(), "batch": batch}
    texts = load_texts(args.events, args.seed)
    items = [t.item for t in texts]
    tmp = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    run_id = f"bench{uuid.uuid4().hex[:8]}"
    names = [f"{run_id}-e2e", f"{run_id}-unsampled", f"{run_id}-unsampled-inproc"]
    if args.only_unsampled:
        try:
            return {**r, **await run_unsampled(args, texts, batch, names[1:], tmp)}
        finally:
            await cleanup(names)
            shutil.rmtree(tmp, ignore_errors=True)
    m = settings.model
    scorer = OnnxScorer.load(
        m.path,
        ScorerConfig(
            intra_op_threads=m.intra_op_threads,
            inter_op_threads=m.inter_op_threads,
            providers=m.providers,
            batch_size=batch,
        ),
    )
    scorer.warm_up()
    r["scorer"] = f"{scorer.version}, {m.intra_op_threads} intra-op thread(s), {scorer.providers[0]}"
    before = (args.repeats + 1) // 2
    print(f"bare scorer: {before} run(s) of {len(items)} pairs ...", flush=True)
    bare = bare_runs(scorer, items, batch, before)
    try:
        # -- end to end at 100 % sampling: a backlog of R x N events, then a steady phase
        name = names[0]
        total = args.events * args.repeats
        backlog = build_events(texts, total, f"{name}-b", random.Random(args.seed))
        await create_topic(f"{name}.responses")
        print(f"e2e: producing {total} events, starting the worker ...", flush=True)
        await produce(f"{name}.responses", backlog)
        w = Worker(name, tmp, {})
        try:
            await w.wait_ready()
            r["rss_idle"] = w.rss_mib()
            drain = await w.wait_events("scored", total, limit_s=total / 2 + 120)
            busy = [x for x in drain if x.value > 0]
            if len(busy) > 1:
                span = busy[-1].t - busy[0].t
                r["e2e_cpu_share"] = (busy[-1].cpu_s - busy[0].cpu_s) / span
                r["e2e_runq_share"] = (busy[-1].runq_s - busy[0].runq_s) / span
            scored = await consume(f"{name}.scores", total)
            stamps = [ts for ts, _ in scored]
            stamps.sort()
            slices = slice_rates(stamps, args.events, args.repeats)
            whole = drain_rate(stamps)
            r["e2e_slices"], r["e2e_all"] = slices, whole
            capacity = whole if whole > 0 else statistics.median(bare)  # NaN: a single batch
            rate = 0.7 * capacity  # the whole backlog: slices of a few batches are coarse
            steady = build_events(texts, max(1, int(rate * args.steady_s)), f"{name}-s", random.Random(1))
            print(f"e2e: {whole:.1f} ev/s; steady: {len(steady)} events at {rate:.1f}/s", flush=True)
            produced, rss = await produce_steady(f"{name}.responses", steady, rate, w)
            await w.wait_events("scored", total + len(steady), limit_s=args.steady_s + 120)
            out = await consume(f"{name}.scores", total + len(steady))
            lat = []
            for ts, value in out:
                event_id = json.loads(value)["event_id"]
                if event_id in produced:
                    lat.append(float(ts - produced[event_id]))
            r["steady"] = {"rate": rate, "n": len(steady), "lat": lat, "rss": rss}
        finally:
            await w.stop()
        after = args.repeats - before
        print(f"bare scorer: {after} more run(s) ...", flush=True)
        bare += bare_runs(scorer, items, batch, after)
        r["bare"] = bare
        del scorer
        r.update(await run_unsampled(args, texts, batch, names[1:], tmp))
    finally:
        await cleanup(names)
        shutil.rmtree(tmp, ignore_errors=True)
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=300, help="N: events per timed slice (and bare run)")
    ap.add_argument("--repeats", type=int, default=3, help="R: bare runs and e2e slices")
    ap.add_argument("--steady-s", type=float, default=30.0, help="length of the 70 %% steady phase")
    ap.add_argument("--unsampled", type=int, default=40_000, help="M: events of the unsampled run")
    ap.add_argument("--profile", type=Path, default=None, help="cProfile the unsampled worker into this file")
    ap.add_argument("--only-unsampled", action="store_true", help="just the unsampled run (no --write)")
    ap.add_argument(
        "--unsampled-env", action="append", default=[], metavar="KEY=VALUE", help="extra env of that worker"
    )
    ap.add_argument("--switch-interval", type=float, default=None, help="sys.setswitchinterval, that worker")
    ap.add_argument("--probe", action="store_true", help="time the unsampled worker's fetches and batches")
    ap.add_argument(
        "--fetch-max-wait-ms", type=int, default=None, help="with --probe: override faust's hard-coded 1500"
    )
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--write", type=Path, default=None, help="update this file's pipeline section")
    args = ap.parse_args()
    record = Path(tempfile.mkdtemp(prefix="bench-stack-")) / "started"
    stack_up(record)
    try:
        result = asyncio.run(run(args))
    finally:
        stack_down(record)
    result["uptime"] = subprocess.run(["uptime"], capture_output=True, text=True, check=True).stdout.strip()
    if args.only_unsampled:
        mean_batch = result["unsampled_n"] / result["unsampled_batches"]  # type: ignore[operator]
        print(
            f"unsampled: {result['unsampled']:,.0f} events/s, worker CPU {result['unsampled_cpu_us']:,.0f} "
            f"µs/event, on CPU {result['unsampled_cpu_share']:.0%} of the time, waiting for a CPU "
            f"{result['unsampled_runq_share']:.0%}, mean batch {mean_batch:.1f} "
            f"(env {args.unsampled_env}, fetch_max_wait_ms {args.fetch_max_wait_ms or 'faust'}); in-process:"
        )
        if "probe" in result:
            print(f"  probe: {result['probe']}")
        for label, rate in result["inproc"].items():  # type: ignore[attr-defined]
            print(f"  {label}: {rate:,.0f} /s")
        return
    command = ".venv/bin/python bench/pipeline.py " + " ".join(sys.argv[1:])
    text = render(result, args, command)
    print(text)
    if args.write is not None:
        args.write.write_text(splice(args.write.read_text(), text))
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()

"""Real services for bench/pipeline.py: the local stack, worker processes, topic and key clean-up."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

import httpx
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from monitor.adapters.redis_state import RedisState

__all__ = [
    "KAFKA",
    "PARTITIONS",
    "REDIS",
    "Sample",
    "Worker",
    "cleanup",
    "create_topic",
    "stack_down",
    "stack_up",
]

REPO = Path(__file__).resolve().parents[1]
KAFKA = "127.0.0.1:9092"
REDIS = "redis://127.0.0.1:6379/0"
STACK = REPO / "deploy" / "local" / "stack.sh"
PARTITIONS = 4


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Sample(NamedTuple):
    t: float
    value: float
    cpu_s: float  # the worker's user + system CPU time so far (all threads)
    runq_s: float  # time its threads were runnable but waited for a CPU (the machine's load)


class Worker:
    """One ``python -m monitor worker`` process with its own topics, group and Redis prefix."""

    def __init__(
        self,
        name: str,
        tmp: Path,
        extra: dict[str, str],
        profile: Path | None = None,
        switch_interval: float | None = None,
        probe: Path | None = None,
    ) -> None:
        self.name = name
        self.port = free_port()
        self.log_path = tmp / f"{name}.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("SYCOMON_")}
        env.update(
            {
                "SYCOMON_APP_ID": name,
                "SYCOMON_KAFKA__BOOTSTRAP_SERVERS": KAFKA,
                "SYCOMON_REDIS__URL": REDIS,
                "SYCOMON_REDIS__PREFIX": name,
                "SYCOMON_TOPICS__RESPONSES": f"{name}.responses",
                "SYCOMON_TOPICS__SCORES": f"{name}.scores",
                "SYCOMON_TOPICS__DEADLETTER": f"{name}.deadletter",
                "SYCOMON_TOPICS__STATE": f"{name}.state",
                "SYCOMON_TOPICS__PARTITIONS": str(PARTITIONS),
                "SYCOMON_WEB__PORT": str(self.port),
                "SYCOMON_DATA_DIR": str(tmp / f"data-{name}"),
                "SYCOMON_PIPELINE__DEDUP_TTL_S": "900",  # the shared Redis forgets the run soon
                **extra,
            }
        )
        with self.log_path.open("w") as log:
            cmd = [sys.executable, "-m", "monitor", "worker"]
            if profile:  # the event loop's thread only
                cmd = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "monitor", "worker"]
            elif probe:  # wall-clock accounting of the fetcher and the batch handler
                cmd = [sys.executable, "-m", "bench.pipeline_probe", str(probe)]
            elif switch_interval:  # the GIL hand-over interval (Python's default: 5 ms)
                code = f"import runpy, sys; sys.setswitchinterval({switch_interval}); "
                code += "sys.argv = ['monitor', 'worker']; runpy.run_module('monitor', run_name='__main__')"
                cmd = [sys.executable, "-c", code]
            self.proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=log, stderr=log)
        self.http = httpx.AsyncClient(base_url=f"http://127.0.0.1:{self.port}", timeout=5.0)

    async def wait_ready(self, limit_s: float = 180.0) -> None:
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"worker exited {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if (await self.http.get("/readyz")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.5)
        raise SystemExit(f"worker not ready after {limit_s:.0f}s:\n{self.log_tail()}")

    async def value(self, name: str) -> float:
        """One unlabelled sample of /metrics, e.g. ``sycomon_batch_size_sum``."""
        for line in (await self.http.get("/metrics")).text.splitlines():
            if line.startswith(name + " "):
                return float(line.rpartition(" ")[2])
        return float("nan")

    async def events(self, outcome: str) -> float:
        """sycomon_events_total summed over versions for one outcome."""
        total = 0.0
        for line in (await self.http.get("/metrics")).text.splitlines():
            if line.startswith("sycomon_events_total{") and f'outcome="{outcome}"' in line:
                total += float(line.rpartition(" ")[2])
        return total

    async def wait_events(self, outcome: str, n: int, limit_s: float, every: float = 1.0) -> list[Sample]:
        """Poll the counter until it reaches ``n``; the (time, count) samples seen."""
        samples: list[Sample] = []
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline:
            count = await self.events(outcome)
            samples.append(Sample(time.monotonic(), count, self.cpu_s(), self.runq_s()))
            if count >= n:
                return samples
            if self.proc.poll() is not None:
                raise SystemExit(f"worker exited {self.proc.returncode}:\n{self.log_tail()}")
            await asyncio.sleep(every)
        got = samples[-1].value if samples else 0
        raise SystemExit(f"{outcome}: {got:.0f} of {n} after {limit_s:.0f}s\n{self.log_tail()}")

    def cpu_s(self) -> float:
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def runq_s(self) -> float:
        total = 0
        for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
            try:
                total += int((task / "schedstat").read_text().split()[1])
            except (OSError, IndexError, ValueError):
                continue  # a thread that just ended
        return total / 1e9

    def rss_mib(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def log_tail(self, n: int = 30) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])

    async def stop(self) -> None:
        await self.http.aclose()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


async def create_topic(topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, PARTITIONS, 1)])
    finally:
        await admin.close()


async def cleanup(names: list[str]) -> None:
    """Delete the run's topics (incl. faust's changelogs) and Redis keys."""
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
    await admin.start()
    try:
        topics = [t for t in await admin.list_topics() if any(t.startswith(n) for n in names)]
        if topics:
            await admin.delete_topics(topics)
    finally:
        await admin.close()
    for name in names:
        state = RedisState.from_url(REDIS, name, 60, 60)
        try:
            keys = [k async for k in state.client.scan_iter(match=f"{name}:*", count=1000)]
            for i in range(0, len(keys), 1000):
                await state.client.unlink(*keys[i : i + 1000])
        finally:
            await state.close()


def stack_up(record: Path) -> None:
    env = {**os.environ, "SYCOMON_STACK_STARTED_FILE": str(record)}
    subprocess.run(["bash", str(STACK), "up", "kafka", "redis"], check=True, timeout=900, env=env)


def stack_down(record: Path) -> None:
    started = sorted(set(record.read_text().split())) if record.exists() else []
    if started:
        subprocess.run(["bash", str(STACK), "down", *started], check=False, timeout=120)

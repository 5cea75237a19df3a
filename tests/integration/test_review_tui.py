"""`sycomon review` driven in a real pseudo-terminal (pexpect): keys pressed, labels checked where
they land (the labels topic and the Redis mirror)."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pexpect
import pytest
import redis.asyncio as aioredis

from monitor.runtime.review import LabelLog, ReviewService
from monitor.settings import Settings
from tests.conftest import REPO
from tests.integration.test_review import _scored, _settings

pytestmark = pytest.mark.integration


def _env(s: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SYCOMON_")}
    env.update({
        "SYCOMON_KAFKA__BOOTSTRAP_SERVERS": s.kafka.bootstrap_servers,
        "SYCOMON_REDIS__URL": s.redis.url.get_secret_value(),
        "SYCOMON_REDIS__PREFIX": s.redis.prefix,
        "SYCOMON_TOPICS__LABELS": s.topics.labels,
        "TERM": "xterm", "COLUMNS": "120", "LINES": "60", "NO_COLOR": "1",
    })  # fmt: skip
    return env


async def _queue(s: Settings) -> None:
    client = aioredis.Redis.from_url(s.redis.url.get_secret_value())
    try:
        await ReviewService(s, client, threshold=0.5).offer(await _scored(3))
    finally:
        await client.aclose()


async def _cleanup(s: Settings) -> tuple[list[bytes], list[str]]:
    client = aioredis.Redis.from_url(s.redis.url.get_secret_value())
    try:
        mirror = sorted(await client.hvals(f"{s.redis.prefix}:review:labels:v1"))
        skipped = sorted(
            m.decode() for m in await client.smembers(f"{s.redis.prefix}:review:skipped:human:dana")
        )
        keys = [k async for k in client.scan_iter(f"{s.redis.prefix}:*")]
        if keys:
            await client.delete(*keys)
        return mirror, skipped
    finally:
        await client.aclose()


def test_review_tui_keys_land_as_labels(unique: str, kafka: str, redis_url: str, tmp_path: Path) -> None:
    s = _settings(unique, kafka, redis_url)
    asyncio.run(_queue(s))
    sycomon = str(Path(sys.executable).parent / "sycomon")
    args = ["review", "--reviewer", "dana", "--limit", "2"]
    child = pexpect.spawn(sycomon, args, env=_env(s), cwd=str(REPO), encoding="utf-8", timeout=60,
                          dimensions=(60, 120))  # fmt: skip
    child.logfile_read = (tmp_path / "tui.log").open("w")
    try:
        child.expect("0 labelled this session")
        child.expect("3 waiting for you")
        child.expect("evt-0")
        child.expect(r"\[q\] quit")
        child.send("x")  # means nothing: the same turn stays
        child.send(" ")  # skip
        child.expect("prompt \\(user\\)")
        child.expect("evt-1")
        child.send("h")
        child.expect("recorded honest")
        child.expect(r"1 labelled this session")
        child.expect("evt-2")
        child.send("3")  # sycophantic, third kind
        child.expect("recorded sycophantic \\(unearned praise\\)")
        child.expect("2 labelled this session")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    labels = asyncio.run(LabelLog(s).read_all())
    got = sorted((lab.event_id, lab.label, lab.category, lab.reviewer, lab.source) for lab in labels)
    assert got == [
        ("evt-1", "honest", None, "human:dana", "tui"),
        ("evt-2", "sycophantic", "unearned_praise", "human:dana", "tui"),
    ]
    mirror, skipped = asyncio.run(_cleanup(s))
    assert len(mirror) == 2 and skipped == ["evt-0"]

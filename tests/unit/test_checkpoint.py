"""The commit protocol driven without Kafka: an in-memory source, the in-memory state store, a
table whose changelog acknowledgements the test controls, and a clock it advances by hand."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from monitor.adapters.memory import MemoryState
from monitor.core.pipeline import BatchResult, PipelineContext, RawRecord
from monitor.core.ports import ScoreInput, Scores, scores_of
from monitor.core.sampling import SamplingPolicy
from monitor.runtime.batch import BatchProcessor
from monitor.runtime.checkpoint import BatchAbandoned, Checkpoint, CheckpointConfig, abandon_backoff
from monitor.testing import FrozenClock, MarkerScorer, MemorySource, MemoryTable, TickClock, event_line

TOPIC = "responses"


@dataclass
class Outputs:
    """Records what was published; ``hang`` makes the next publish wait forever."""

    published: list[str] = field(default_factory=list)
    hang: int = 0

    async def publish(self, result: BatchResult) -> None:
        if self.hang:
            self.hang -= 1
            await asyncio.Event().wait()
        self.published += [turn.event_id for _, _, turn in result.scored]


class Mitigation:
    def __init__(self) -> None:
        self.seen: list[tuple[str, int, int]] = []

    async def observe(self, model_version: str, scored: int, flagged: int) -> None:
        self.seen.append((model_version, scored, flagged))


@dataclass
class Rig:
    source: MemorySource
    table: MemoryTable
    state: MemoryState
    outputs: Outputs
    clock: TickClock
    checkpoint: Checkpoint[int]
    process: BatchProcessor
    pauses: list[float]

    async def batch(self, max_records: int = 5, drop: Sequence[int] = ()) -> BatchResult | None:
        fetched = self.source.fetch(max_records, drop=drop)

        async def process(keep: list[int]) -> BatchResult:
            return await self.process(
                [RawRecord(fetched[i][3], fetched[i][1], fetched[i][0], TOPIC) for i in keep]
            )

        return await self.checkpoint.run([(p, o, g) for p, o, g, _ in fetched], process)

    async def counted(self) -> int:
        """Turns counted in the state store's mirror, all minutes together."""
        last = (await self.state.versions())["v1"]
        return sum(b.n for b in (await self.state.buckets("v1", "all", range(last - 60, last + 1))).values())


def rig(
    records: int = 10,
    *,
    auto_ack: bool = True,
    state: MemoryState | None = None,
    table: MemoryTable | None = None,
    **config: float,
) -> Rig:
    source = MemorySource({0: [event_line(i) for i in range(records)]})
    table = table if table is not None else MemoryTable(auto_ack=auto_ack)
    state = state or MemoryState()
    outputs = Outputs()
    clock = TickClock()
    pauses: list[float] = []

    async def sleep(seconds: float) -> None:
        pauses.append(seconds)

    checkpoint: Checkpoint[int] = Checkpoint(
        source, table, CheckpointConfig(step_timeout_s=0.05, **config), clock=clock, sleep=sleep
    )
    scorer = MarkerScorer()

    async def score(items: Sequence[ScoreInput]) -> Scores:
        return scores_of(scorer, items)

    ctx = PipelineContext(
        score=score,
        dedup=state,
        sampling=lambda: SamplingPolicy(1.0, {}, {}, "salt"),
        threshold=0.5,
        scorer_version="marker",
        clock=FrozenClock(),
    )
    process = BatchProcessor(ctx, state, table, outputs, Mitigation(), checkpoint.step)
    return Rig(source, table, state, outputs, clock, checkpoint, process, pauses)


async def test_a_hung_step_abandons_the_batch_and_nothing_is_committed_past_it() -> None:
    r = rig(10)
    r.outputs.hang = 1
    assert await r.batch(5) is None  # publish hung: abandoned
    assert r.pauses == [abandon_backoff(1)]
    assert await r.checkpoint.commit() == {} and r.source.committed_offsets == {}
    # the next fetch starts at 5: a hole above the uncommitted records, rewound to 0
    assert await r.batch(5) is not None
    assert r.source.seeks == [(0, 0)]
    while await r.batch(5) is not None and r.source.position[0] < 10:
        pass
    assert await r.checkpoint.commit() == {0: 10}
    assert await r.counted() == 10  # the abandoned batch's records counted once
    assert sorted(r.outputs.published, key=lambda e: int(e.split("-")[1])) == [f"evt-{i}" for i in range(10)]
    assert r.checkpoint.abandoned_streak == 0


async def test_the_hung_step_says_where_it_waited() -> None:
    r = rig()

    async def stuck() -> None:
        await asyncio.Event().wait()

    with pytest.raises(BatchAbandoned) as info:
        await r.checkpoint.step("publish", stuck())
    assert info.value.step == "publish" and "stuck" in str(info.value) and "Event.wait" in str(info.value)
    assert await r.checkpoint.step("publish", asyncio.sleep(0, result=7)) == 7


async def test_a_redelivered_record_counts_once() -> None:
    r = rig(10)
    assert await r.batch(5) is not None  # processed, mirrored, not yet committed: then a "crash"
    restarted = rig(10, state=r.state, table=r.table)  # the store survives, the table recovers
    assert await restarted.batch(10) is not None  # 0..9 again, from the committed offset 0
    assert await restarted.checkpoint.commit() == {0: 10}
    assert await restarted.counted() == 10
    assert len(restarted.outputs.published) == 10  # at-least-once outputs: re-sent, same origin


async def test_a_hole_is_rewound_and_a_hole_in_the_log_is_stepped_over() -> None:
    r = rig(10)
    result = await r.batch(6, drop=[3])  # 0 1 2 _ 4 5: nothing above the hole is counted
    assert result is not None and len(result.scored) == 3
    assert r.source.seeks == [(0, 3)]
    assert await r.checkpoint.commit() == {0: 3}
    while r.source.position[0] < 10:
        assert await r.batch(5) is not None
    assert await r.checkpoint.commit() == {0: 10} and await r.counted() == 10

    logged = rig(0)
    logged.source = MemorySource({0: [event_line(i) for i in range(6)]}, markers=[(0, 2)])
    logged.checkpoint.source = logged.source
    assert await logged.batch(10) is not None
    assert logged.source.seeks == []  # the broker confirmed the gap: no rewind
    assert await logged.checkpoint.commit() == {0: 6} and await logged.counted() == 5


async def test_an_unacknowledged_changelog_record_is_never_committed_past() -> None:
    r = rig(10, auto_ack=False)
    assert await r.batch(5) is not None
    first = list(r.table.unacked)
    assert first and await r.checkpoint.commit() == {}  # processed, but its changelog is not durable
    assert await r.batch(5) is not None  # the next batch is not held up by it
    assert await r.checkpoint.commit() == {}  # nor committed ahead of it
    r.table.ack(len(first))
    assert await r.checkpoint.commit() == {0: 5}  # the first batch only: the second still waits
    r.table.ack()
    assert await r.checkpoint.commit() == {0: 10}


async def test_a_failed_changelog_record_is_sent_again_with_the_current_value() -> None:
    r = rig(10, auto_ack=False)
    assert await r.batch(5) is not None
    r.table.ack(error=RuntimeError("broker refused"))
    assert await r.checkpoint.commit() == {}  # failed: re-sent, and the commit waits for the re-send
    assert r.table.unacked, "the failed keys were sent again"
    r.table.ack()
    assert await r.checkpoint.commit() == {0: 5}
    await asyncio.sleep(0)  # done callbacks run on the next loop turn
    key, value = r.table.changelog[-1]
    assert value == r.table[key]


async def test_an_abandoned_batch_leaves_its_changelog_records_for_the_next_commit() -> None:
    r = rig(10, auto_ack=False)
    r.outputs.hang = 1
    assert await r.batch(5) is None  # the table was written (records sent) before publish hung
    sent_by_abandoned = list(r.table.unacked)
    assert sent_by_abandoned
    while r.source.position[0] < 10 or r.source.seeks == []:
        await r.batch(5)
    assert await r.checkpoint.commit() == {}  # the abandoned batch's records still gate it
    r.table.ack()
    assert await r.checkpoint.commit() == {0: 10}


async def test_a_slow_first_acknowledgement_does_not_stall_later_batches() -> None:
    r = rig(40, auto_ack=False, max_unacked_s=30.0)
    assert await r.batch(5) is not None
    slow = r.table.unacked[:]
    r.table.unacked.clear()
    r.table.auto_ack = True  # every later record is acknowledged at once
    for _ in range(5):
        r.clock.advance(5.0)
        assert await r.batch(5) is not None  # batches run on while the first record is out
    assert await r.checkpoint.commit() == {}  # ... but nothing is committed past it
    assert r.checkpoint.oldest_unacked_s() == 25.0
    r.clock.advance(10.0)  # now overdue: the next batch waits for it, and is abandoned if it hangs
    assert await r.batch(5) is None and r.pauses == [abandon_backoff(1)]
    for fut in slow:
        fut.set_result(None)
    assert await r.checkpoint.commit() == {0: 30}
    while r.source.position[0] < 40 or r.source.seeks == []:
        if await r.batch(5) is None:
            break
    assert await r.checkpoint.commit() == {0: 40}
    assert await r.counted() == 40


async def test_a_tail_dropped_by_the_fetch_is_rewound_once_the_partition_stalls() -> None:
    r = rig(10, stall_rewind_s=20.0)
    assert await r.batch(5) is not None
    r.source.fetch(5)  # fetched and lost: the consumer is past 5 with nothing to deliver
    await r.checkpoint.rewind_stalled([0])
    assert r.source.seeks == []  # not yet: no stall for 20 s
    r.clock.advance(21.0)
    await r.checkpoint.rewind_stalled([0])
    assert r.source.seeks == [(0, 5)]
    assert await r.batch(5) is not None
    assert await r.checkpoint.commit() == {0: 10}


async def test_a_rebalance_drops_queued_commits_of_the_old_generation() -> None:
    r = rig(10, auto_ack=False)
    assert await r.batch(5) is not None
    r.source.generation_id = 2
    r.table.ack()
    assert await r.checkpoint.commit() == {}  # the records go to their new owner


def test_abandoned_batches_back_off_exponentially_up_to_a_cap() -> None:
    pauses = [abandon_backoff(n) for n in range(1, 12)]
    assert pauses[0] == 0.2 and max(pauses) == 5.0 == abandon_backoff(10_000)
    assert all(b == min(2 * a, 5.0) for a, b in itertools.pairwise(pauses))


async def test_a_failed_commit_is_retried_with_the_next_one() -> None:
    from monitor.runtime.checkpoint import SourceError

    r = rig(10)
    assert await r.batch(5) is not None
    real_commit = r.source.commit

    async def broken(offsets: object) -> bool:
        raise SourceError("broker gone")

    r.source.commit = broken  # type: ignore[method-assign]
    assert await r.checkpoint.commit() == {}
    r.source.commit = real_commit  # type: ignore[method-assign]
    assert await r.checkpoint.commit() == {0: 5}

"""Producing dead letters without ever stopping the input partition.

A dead letter is bounded (hash, size and a prefix of the record, docs/events.md), so it fits
under the producer's request size. Should one still be refused (a broker with a smaller
``message.max.bytes``, a misconfigured prefix size), it is dropped, logged with the record's
origin and hash, and counted in ``sycomon_deadletters_dropped_total{reason}``: the record stays
in the input topic at that offset, and the records behind it are processed. Re-raising would
crash the agent, rewind and crash again on the same record for good.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from aiokafka.errors import KafkaError
from faust.exceptions import ProducerSendError
from prometheus_client import CollectorRegistry, Counter

from monitor.core.events import DeadLetter

__all__ = ["DeadLetterMetrics", "send_dead_letters"]

log = logging.getLogger(__name__)

#: What a refused dead letter raises: aiokafka's errors (MessageSizeTooLargeError, ...) and
#: faust's wrapper of them.
SEND_ERRORS = (KafkaError, ProducerSendError)

Send = Callable[[bytes, bytes], Awaitable[Awaitable[Any]]]


class DeadLetterMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.dropped = Counter(
            "sycomon_deadletters_dropped",
            "Dead letters the producer refused (dropped after logging the record's origin and hash).",
            ["reason"],
            registry=registry,
        )


def dead_letter_key(dl: DeadLetter) -> bytes:
    return f"{dl.topic}:{dl.partition}:{dl.offset}".encode()


def _dropped(dl: DeadLetter, exc: BaseException, metrics: DeadLetterMetrics) -> None:
    why = type(exc).__name__
    log.error(
        "dead letter dropped (%s: %s): %s:%s:%s reason=%s size=%d sha256=%s",
        why,
        exc,
        dl.topic,
        dl.partition,
        dl.offset,
        dl.reason,
        dl.raw_size,
        dl.raw_sha256,
    )
    metrics.dropped.labels(why).inc()


async def send_dead_letters(
    send: Send, dead_letters: Sequence[DeadLetter], metrics: DeadLetterMetrics
) -> None:
    """Produce each dead letter and wait for the broker; a refused one is logged, counted, dropped."""
    pending: list[tuple[DeadLetter, Awaitable[Any]]] = []
    for dl in dead_letters:
        try:
            pending.append((dl, await send(dead_letter_key(dl), dl.model_dump_json().encode())))
        except SEND_ERRORS as exc:
            _dropped(dl, exc, metrics)
    if not pending:
        return
    # shielded: a cancelled batch must not cancel the broker's answer (faust's own futures)
    results = await asyncio.gather(*(asyncio.shield(f) for _, f in pending), return_exceptions=True)
    for (dl, _), outcome in zip(pending, results, strict=True):
        if isinstance(outcome, SEND_ERRORS):
            _dropped(dl, outcome, metrics)
        elif isinstance(outcome, BaseException):
            raise outcome

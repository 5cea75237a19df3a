"""The event contract: decoding never raises anything but InvalidEventError, with a reason."""

from __future__ import annotations

import asyncio
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.adapters.memory import MemoryDedup
from monitor.core.events import SCHEMA_VERSION, EventLimits, ResponseEvent, decode_event
from monitor.core.pipeline import PipelineContext, RawRecord, process_batch
from monitor.core.sampling import SamplingPolicy
from monitor.errors import InvalidEventError
from monitor.testing import FrozenClock, MarkerScorer, event_line, make_event

REASONS = {"not_json", "not_utf8", "schema", "too_large", "unknown_schema_version"}
PIPELINE_REASONS = REASONS | {"conflicting_duplicate"}


def test_valid_event_decodes() -> None:
    event = decode_event(
        event_line(
            1,
            feedback="up",
            memory_enabled=True,
            segment={"locale": "en"},
            context=[{"role": "user", "content": "hi"}],
        )
    )
    assert isinstance(event, ResponseEvent)
    assert event.schema_version == SCHEMA_VERSION
    assert event.feedback == "up" and event.memory_enabled is True
    assert event.context[0].content == "hi"


def test_unknown_fields_are_dropped() -> None:
    event = decode_event(event_line(1, secret_user_text="do not carry me"))
    assert "secret_user_text" not in event.model_dump()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{", "not_json"),
        (b"\xff", "not_utf8"),
        (b"[]", "schema"),
        (json.dumps({"schema_version": 2}).encode(), "unknown_schema_version"),
        (json.dumps({"event_id": "x"}).encode(), "schema"),
        (json.dumps({**make_event(), "timestamp": "2026-01-01T00:00:00"}).encode(), "schema"),  # naive
        (json.dumps({**make_event(), "feedback": "meh"}).encode(), "schema"),
        (json.dumps({**make_event(), "prompt": 3}).encode(), "schema"),
        (json.dumps({**make_event(), "response": "x" * 40_000}).encode(), "too_large"),
        (
            json.dumps({**make_event(), "context": [{"role": "user", "content": "a"}] * 50}).encode(),
            "too_large",
        ),
        (json.dumps({**make_event(), "schema_version": True}).encode(), "unknown_schema_version"),
        (json.dumps({**make_event(), "schema_version": 1.0}).encode(), "unknown_schema_version"),
        (json.dumps({**make_event(), "schema_version": "1"}).encode(), "unknown_schema_version"),
        (json.dumps({**make_event(), "timestamp": -1}).encode(), "schema"),
        (json.dumps({**make_event(), "timestamp": 1745582591}).encode(), "schema"),
        (json.dumps({**make_event(), "timestamp": "0001-01-01T00:00:00Z"}).encode(), "schema"),
        (json.dumps({**make_event(), "timestamp": "1969-12-31T23:59:59Z"}).encode(), "schema"),
        (json.dumps({**make_event(), "timestamp": "2100-01-01T00:00:00Z"}).encode(), "schema"),
        (json.dumps({**make_event(), "memory_enabled": "yes"}).encode(), "schema"),
        (json.dumps({**make_event(), "memory_enabled": 1}).encode(), "schema"),
        (json.dumps({**make_event(), "model_version": "v:memory=on"}).encode(), "schema"),
        (json.dumps({**make_event(), "model_version": "v1\nv2"}).encode(), "schema"),
        (json.dumps({**make_event(), "model_version": "v 1"}).encode(), "schema"),
        (json.dumps({**make_event(), "model_version": "v" * 129}).encode(), "schema"),
        (json.dumps({**make_event(), "segment": {"locale": "en:US"}}).encode(), "schema"),
        (json.dumps({**make_event(), "segment": {"a=b": "c"}}).encode(), "schema"),
    ],
)
def test_invalid_records_have_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(InvalidEventError) as info:
        decode_event(raw)
    assert info.value.reason == reason
    assert info.value.detail


def test_limits_are_configurable() -> None:
    small = EventLimits(max_text_bytes=10)
    with pytest.raises(InvalidEventError, match="response exceeds 10 bytes"):
        decode_event(event_line(prompt="short", response="01234567890"), small)
    with pytest.raises(InvalidEventError, match="record is"):
        decode_event(event_line(), EventLimits(max_record_bytes=20))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=20,
)


def _mutated_events() -> st.SearchStrategy[bytes]:
    base = make_event()
    return st.builds(
        lambda k, v: json.dumps({**base, k: v}).encode(),
        st.sampled_from([*base.keys(), "context", "segment", "feedback", "memory_enabled"]),
        json_values,
    )


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.binary(max_size=300), _mutated_events(), json_values.map(lambda v: json.dumps(v).encode()))
)
def test_decoder_never_raises_anything_else(raw: bytes) -> None:
    try:
        decode_event(raw)
    except InvalidEventError as exc:
        assert exc.reason in REASONS


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=80), _mutated_events()), min_size=1, max_size=20))
def test_every_invalid_record_yields_exactly_one_dead_letter(raws: list[bytes]) -> None:
    records = [RawRecord(raw, offset=i) for i, raw in enumerate(raws)]
    ctx = PipelineContext(
        score=_score,
        dedup=MemoryDedup(),
        sampling=SamplingPolicy,
        threshold=0.5,
        scorer_version="t",
        clock=FrozenClock(),
    )
    result = asyncio.run(process_batch(records, lambda _p: {}, ctx))
    invalid = []
    for r in records:
        try:
            decode_event(r.value)
        except InvalidEventError:
            invalid.append(r.offset)
    undecodable = [d.offset for d in result.dead_letters if d.reason != "conflicting_duplicate"]
    assert sorted(o for o in undecodable if o is not None) == invalid
    assert all(d.reason in PIPELINE_REASONS for d in result.dead_letters)
    accounted = len(result.dead_letters) + len(result.scored) + len(result.duplicates) + len(result.unsampled)
    assert accounted == len(records)


async def _score(items):  # type: ignore[no-untyped-def]
    return MarkerScorer().score(items)


def test_dead_letter_keeps_hash_size_and_a_bounded_prefix() -> None:
    import base64
    import hashlib
    from datetime import UTC, datetime

    from monitor.core.events import DeadLetter

    raw = b"y" * 1_000_000
    dl = DeadLetter.of(raw, InvalidEventError("too_large", "big"), datetime.now(UTC), keep_bytes=16 * 1024)
    assert dl.raw_size == len(raw) and dl.raw_truncated
    assert dl.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert base64.b64decode(dl.raw_b64) == raw[: 16 * 1024]
    assert len(dl.model_dump_json()) < 32 * 1024
    small = DeadLetter.of(b"abc", InvalidEventError("not_json", "x"), datetime.now(UTC))
    assert base64.b64decode(small.raw_b64) == b"abc" and not small.raw_truncated


@pytest.mark.parametrize("version", ["v1", "gpt-4o-2025-04-25", "org/model+ft.3", "A.b_c-d", "v" * 128])
def test_legitimate_model_versions_are_accepted(version: str) -> None:
    event = decode_event(event_line(1, model_version=version, segment={"locale": "en-US", "surface": "web"}))
    assert event.model_version == version


def test_a_duplicate_with_different_content_is_a_conflicting_duplicate_dead_letter() -> None:
    same = event_line(1)
    reordered = json.dumps(dict(reversed(list(make_event(1).items())))).encode()  # same content
    other = event_line(1, response="A different reply under the same event id.")
    records = [RawRecord(r, offset=i) for i, r in enumerate([same, reordered, other, same])]
    ctx = PipelineContext(
        score=_score,
        dedup=MemoryDedup(),
        sampling=SamplingPolicy,
        threshold=0.5,
        scorer_version="t",
        clock=FrozenClock(),
    )
    result = asyncio.run(process_batch(records, lambda _p: {}, ctx))
    assert [t.event_id for _, _, t in result.scored] == ["evt-1"]
    assert len(result.duplicates) == 2  # the reordered copy and the exact copy
    (dl,) = result.dead_letters
    assert (dl.reason, dl.offset) == ("conflicting_duplicate", 2)
    # the first record's redelivery is still recognised as itself
    again = asyncio.run(process_batch([records[0]], lambda _p: {}, ctx))
    assert len(again.scored) == 1 and not again.dead_letters

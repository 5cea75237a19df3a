"""The review queue, the labels topic and the review API on the real stack (Kafka, Redis, HTTP)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis.asyncio as aioredis
from aiohttp import web
from prometheus_client import CollectorRegistry
from pydantic import SecretStr
from redis.exceptions import ConnectionError as RedisConnectionError

from monitor.adapters.memory import MemoryDedup
from monitor.core import windows
from monitor.core.pipeline import BatchResult, PipelineContext, RawRecord, process_batch
from monitor.core.review.sampling import Stratum
from monitor.core.sampling import SamplingPolicy
from monitor.runtime.review import JudgeAssessor, LabelLog, ReviewService, run_llm_reviewer
from monitor.runtime.review_api import add_routes
from monitor.settings import Settings, load_settings
from monitor.testing import FrozenClock, MarkerScorer, event_line
from tests.conftest import free_port
from tests.integration.conftest import PrivateRedis

pytestmark = pytest.mark.integration
SECRET_PROMPT = "My email is jane.roe@example.org and my card 4111 1111 1111 1111, is my plan good?"


def _settings(unique: str, kafka: str, redis_url: str, **review: Any) -> Settings:
    policy = {"flagged_rate": 1.0, "uncertain_rate": 1.0, "rest_rate": 1.0, "double_label_rate": 0.0}
    policy.update(review.pop("sampling", {}))
    return load_settings(
        app_id=unique,
        kafka={"bootstrap_servers": kafka},
        redis={"url": redis_url, "prefix": unique},
        topics={"labels": f"{unique}.labels", "partitions": 2},
        review={"sampling": policy, **review},
    )


async def _scored(n: int, start: int = 0, flagged_every: int = 2, **fields: Any) -> BatchResult:
    clock = FrozenClock()
    scorer = MarkerScorer()

    async def score(items: Any) -> Any:
        return scorer.score_categories(items)

    ctx = PipelineContext(score=score, dedup=MemoryDedup(), sampling=lambda: SamplingPolicy(),
                          threshold=0.5, scorer_version="marker-test", clock=clock)  # fmt: skip

    def reply(i: int) -> str:
        return "Brilliant! [score=0.9]" if i % flagged_every == 0 else "It has a flaw."

    ids = range(start, start + n)
    records = [RawRecord(event_line(i, prompt=SECRET_PROMPT, response=reply(i), **fields), i) for i in ids]
    buckets: dict[windows.BucketKey, windows.Bucket] = {}
    return await process_batch(records, lambda _p: buckets, ctx)


@contextlib.asynccontextmanager
async def _service(settings: Settings) -> AsyncIterator[tuple[ReviewService, JudgeAssessor]]:
    client = aioredis.Redis.from_url(settings.redis.url.get_secret_value())
    service = ReviewService(settings, client, threshold=0.5)
    judges = JudgeAssessor(settings, client, None, None, "marker-test")
    try:
        yield service, judges
    finally:
        await service.close()
        await judges.close()
        keys = [k async for k in client.scan_iter(f"{settings.redis.prefix}:*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()


@contextlib.asynccontextmanager
async def _serve(app: web.Application) -> AsyncIterator[str]:
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def test_only_queued_turns_keep_text_scrubbed_with_ttl_and_caps(
    unique: str, kafka: str, redis_url: str
) -> None:
    s = _settings(unique, kafka, redis_url, queue_max=10, queue_ttl_s=600,
                  sampling={"cap_per_hour": 3, "rest_rate": 0.0,
                            "segment_rates": {"segment=probe": {"rest": 1.0}}})  # fmt: skip
    async with _service(s) as (service, _):
        await service.offer(await _scored(20), now=datetime(2026, 4, 25, 12, tzinfo=UTC))
        client = service.store._r
        # 10 flagged and 10 not flagged, all in the flagged/rest strata; rest not drawn; cap 3 an hour
        assert await service.store.strata("v1") == {"flagged": 10, "uncertain": 0, "rest": 10}
        assert await service.store.strata("v1", hours=[0]) == {"flagged": 0, "uncertain": 0, "rest": 0}
        assert await service.store.size() == 3
        # the prober's turns are a review segment of their own: its own cap, counts and rates (its
        # rest stratum is drawn: 3 flagged and 3 rest turns queued within the cap)
        probe = await _scored(20, start=200, segment={"segment": "probe"})
        await service.offer(probe, now=datetime(2026, 4, 25, 12, 30, tzinfo=UTC))
        assert await service.store.size() == 9
        F, R = Stratum.FLAGGED, Stratum.REST
        cells = {("other", F): 10, ("other", R): 10, ("segment=probe", F): 10, ("segment=probe", R): 10}
        assert await service.store.cells("v1") == cells
        queued = [await service.store.get(f"evt-{i}") for i in range(200, 220)]
        assert {it.review_segment for it in queued if it is not None} == {"segment=probe"}
        assert sorted((it.stratum.value, it.inclusion_p) for it in queued if it is not None) == [
            ("flagged", 1.0)] * 3 + [("rest", 1.0)] * 3  # fmt: skip
        # stratum counts written before review segments are the cell 'unsegmented'
        await client.hset(f"{unique}:review:strata:v1", "7:flagged", 4)
        assert await service.store.cells("v1", hours=[7]) == {("unsegmented", F): 4}
        await service.offer(await _scored(20, start=100), now=datetime(2026, 4, 25, 13, tzinfo=UTC))
        assert await service.store.size() == 10  # 3 more in the next hour, trimmed to queue_max
        texts = 0
        async for key in client.scan_iter(f"{unique}:*"):
            raw = (await client.dump(key)) or b""
            assert b"jane.roe" not in raw and b"4111 1111" not in raw
            if key.decode().startswith(f"{unique}:review:item:"):
                texts += 1
                ttl = await client.ttl(key)
                assert 0 < ttl <= 600
                item = json.loads(await client.get(key))
                assert "[EMAIL]" in item["prompt"] and "[CARD]" in item["prompt"]
            elif b"flaw" in raw or b"Brilliant" in raw:
                raise AssertionError(f"text outside the review queue: {key!r}")
        assert texts == 10


async def test_review_api_refuses_missing_or_wrong_tokens(unique: str, kafka: str, redis_url: str) -> None:
    s = _settings(unique, kafka, redis_url)
    async with _service(s) as (service, judges):
        closed = web.Application()
        add_routes(closed, service, judges, {})
        async with _serve(closed) as url, httpx.AsyncClient(base_url=url) as http:
            assert (
                await http.get("/api/review/next", headers={"Authorization": "Bearer x"})
            ).status_code == 403
        api = web.Application()
        add_routes(api, service, judges, {"alice": SecretStr("tok-alice")})
        async with _serve(api) as url, httpx.AsyncClient(base_url=url) as http:
            assert (await http.get("/api/review/next")).status_code == 401
            assert (
                await http.get("/api/review/next", headers={"Authorization": "Bearer tok-alicE"})
            ).status_code == 401
            assert (
                await http.get("/api/review/stats", headers={"Authorization": "Basic tok-alice"})
            ).status_code == 401
            post = await http.post("/api/review/evt-0", json={"label": "honest"},
                                   headers={"Authorization": "Bearer nope"})  # fmt: skip
            assert post.status_code == 401
            assert (
                await http.get("/api/review/next", headers={"Authorization": "Bearer tok-alice"})
            ).status_code == 204


async def test_labels_through_the_api_are_durable_mirrored_and_agreement_reported(
    unique: str, kafka: str, redis_url: str
) -> None:
    s = _settings(unique, kafka, redis_url, sampling={"double_label_rate": 1.0})
    tokens = {"alice": SecretStr("tok-a"), "bob": SecretStr("tok-b")}
    clock = FrozenClock(datetime(2026, 11, 30, 9, tzinfo=UTC))
    async with _service(s) as (service, judges):
        await service.offer(await _scored(4), now=clock())
        api = web.Application()
        add_routes(api, service, judges, tokens, clock=clock)
        alice, bob = ({"Authorization": f"Bearer {t}"} for t in ("tok-a", "tok-b"))
        async with _serve(api) as url, httpx.AsyncClient(base_url=url) as http:
            got = (await http.get("/api/review/next", headers=alice)).json()
            assert got["progress"] == {"queued": 4, "pending": 4}
            first = got["item"]
            assert first["event_id"] == "evt-0" and first["score"] == pytest.approx(0.9) and first["flagged"]
            assert "[EMAIL]" in first["prompt"]
            bad = await http.post("/api/review/evt-0", headers=alice, json={"label": "maybe"})
            assert bad.status_code == 400
            assert (
                await http.post("/api/review/nope", headers=alice, json={"label": "honest"})
            ).status_code == 404
            decisions = {"evt-0": ("sycophantic", "sycophantic"), "evt-1": ("honest", "honest"),
                         "evt-2": ("sycophantic", "honest"), "evt-3": ("honest", "honest")}  # fmt: skip
            for who, col in ((alice, 0), (bob, 1)):
                for _ in range(4):
                    item = (await http.get("/api/review/next", headers=who)).json()["item"]
                    body: dict[str, Any] = {"label": decisions[item["event_id"]][col]}
                    if body["label"] == "sycophantic":
                        body["category"] = "unearned_praise"
                    r = await http.post(f"/api/review/{item['event_id']}", headers=who, json=body)
                    assert r.status_code == 201
                    assert r.json()["reviewer"] == ("human:alice" if col == 0 else "human:bob")
                    clock.advance(seconds=1)
                assert (await http.get("/api/review/next", headers=who)).status_code == 204
            stats = (await http.get("/api/review/stats", headers=alice)).json()
        assert stats["agreement"]["items"] == 4 and stats["agreement"]["percent"] == pytest.approx(0.75)
        assert stats["agreement"]["disputed"] == 1
        assert stats["versions"]["v1"]["labels"] == 3  # the disputed one is left out
        on_topic = await service.labels.read_all()
        assert sorted((lab.event_id, lab.reviewer, lab.label) for lab in on_topic) == sorted(
            (eid, f"human:{who}", decisions[eid][col])
            for eid in decisions
            for col, who in enumerate(("alice", "bob"))
        )
        assert {lab.source for lab in on_topic} == {"api"}
        assert len(await service.store.labels("v1")) == 8  # both reviewers' labels are kept


async def test_labels_are_rebuilt_from_the_topic_after_redis_lost_them(
    unique: str, kafka: str, private_redis: PrivateRedis
) -> None:
    s = _settings(unique, kafka, private_redis.url)
    async with _service(s) as (service, judges):
        client = service.store._r
        await client.set(f"{unique}:epoch", "epoch-1")
        await service.offer(await _scored(6), now=datetime(2026, 11, 30, tzinfo=UTC))
        at = datetime(2026, 11, 30, tzinfo=UTC)
        for i in range(6):
            item = await service.store.next_item("human:carol")
            assert item is not None
            await service.write([item.label("honest", "human:carol", "tui", at + timedelta(seconds=i))])
        await judges.ensure_labels()  # first look: rebuilt once in this epoch (a no-op here)
        assert len(await service.store.labels("v1")) == 6
        private_redis.restart()  # no persistence: every key is gone
        with contextlib.suppress(RedisConnectionError):  # the pool's connection died with the server
            await client.ping()
        await client.set(f"{unique}:epoch", "epoch-2")  # what the worker does when it finds none
        assert await service.store.labels("v1") == []
        await judges.ensure_labels()
        back = await service.store.labels("v1")
        assert sorted(lab.event_id for lab in back) == [f"evt-{i}" for i in range(6)]
        assert (await judges.judges(["v1"]))["v1"].labels == 6


async def test_the_demo_oracle_labels_the_queue_while_turns_arrive_and_after_the_last(
    unique: str, kafka: str, redis_url: str
) -> None:
    """The demo's reviewer: the simulator hands it each turn's truth; it labels what the worker
    queues while traffic flows, makes one last pass when stopped, and leaves what it has no truth
    for to other reviewers."""
    from monitor.runtime.demo_review import DemoReviewer
    from monitor.sim.engine import SimTurn

    s = _settings(unique, kafka, redis_url)
    first, second = await _scored(20), await _scored(20, start=20)
    reviewer = DemoReviewer(s, poll_s=0.2)
    truth = {}
    for _, event, _turn in first.scored + second.scored:
        i = int(event.event_id.removeprefix("evt-"))
        if i != 5:  # a turn the simulator did not make: the oracle cannot know it
            truth[event.event_id] = i % 3 == 0  # the judge flags every other turn: it is wrong on some
            reviewer.on_turn(SimTurn(event, i % 3 == 0, patched=False, rate=0.3))
    async with _service(s) as (service, _):
        async with reviewer.alongside():
            await service.offer(first, now=datetime(2026, 11, 30, tzinfo=UTC))
            for _ in range(300):  # labels land while the reviewer runs (it polls every 0.2 s)
                if await service.store.label_count("v1") >= 19:
                    break
                await asyncio.sleep(0.05)
            assert await service.store.label_count("v1") == 19  # the run has not ended
            await service.offer(second, now=datetime(2026, 11, 30, tzinfo=UTC))
        assert reviewer.error is None
        assert reviewer.labelled == 39  # the last pass took the turns queued just before the stop
        on_topic = await LabelLog(s).read_all()
        assert len(on_topic) == 39
        assert {(lab.reviewer, lab.source) for lab in on_topic} == {("oracle:sim", "oracle")}
        assert {lab.event_id: lab.label == "sycophantic" for lab in on_topic} == truth
        assert len(await service.store.labels("v1")) == 39  # mirrored for the worker
        left = await service.store.next_item("human:erin")
        assert left is not None and left.event_id == "evt-5"  # skipped by the oracle, queued for people
        assert await service.store.next_item("oracle:sim") is None


async def test_review_oracle_labels_the_queue_from_a_truth_file(
    unique: str, kafka: str, redis_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from monitor.cli import _mount_optional, app

    s = _settings(unique, kafka, redis_url)
    truth = tmp_path / "truth.jsonl"
    truth.write_text(
        "".join(json.dumps({"event_id": f"evt-{i}", "sycophantic": i == 2}) + "\n" for i in range(5))
    )
    env = {
        "SYCOMON_REDIS__URL": redis_url,
        "SYCOMON_REDIS__PREFIX": unique,
        "SYCOMON_KAFKA__BOOTSTRAP_SERVERS": kafka,
        "SYCOMON_TOPICS__LABELS": f"{unique}.labels",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    _mount_optional()
    async with _service(s) as (service, _):
        await service.offer(await _scored(6), now=datetime(2026, 11, 30, tzinfo=UTC))
        args = ["review", "oracle", "--truth", str(truth)]
        first = await asyncio.to_thread(CliRunner().invoke, app, [*args, "--limit", "3"])
        assert first.exit_code == 0 and "oracle labelled 3 queued turns" in first.output, first.output
        rest = await asyncio.to_thread(CliRunner().invoke, app, args)
        assert rest.exit_code == 0 and "oracle labelled 2 queued turns" in rest.output, rest.output
        labels = {lab.event_id: lab.label for lab in await service.store.labels("v1")}
        assert labels == {f"evt-{i}": "sycophantic" if i == 2 else "honest" for i in range(5)}
        assert {lab.reviewer for lab in await LabelLog(s).read_all()} == {"oracle:sim"}
        left = await service.store.next_item("human:erin")
        assert left is not None and left.event_id == "evt-5"  # not in the file: left to people


async def test_llm_reviewer_through_an_openai_compatible_endpoint(
    unique: str, kafka: str, redis_url: str
) -> None:
    """A local HTTP server speaking the chat-completions protocol stands in for vLLM / Ollama /
    a hosted API (nothing here can run a real LLM): rubric sent, rate limit kept, budget enforced,
    labels marked llm:<model>, a garbled answer leaves the turn to humans."""
    seen: list[tuple[float, dict[str, Any], str]] = []

    async def completions(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append((asyncio.get_running_loop().time(), body, request.headers.get("Authorization", "")))
        reply = body["messages"][-1]["content"]
        if len(seen) == 4:  # the fourth turn (evt-3) gets a garbled answer
            content = "I am not sure."
        elif "Brilliant" in reply:
            content = 'Here you go: {"label": "sycophantic", "category": "unearned_praise"}'
        else:
            content = '{"label": "honest", "category": null}'
        return web.json_response({"choices": [{"message": {"role": "assistant", "content": content}}]})

    api = web.Application()
    api.router.add_post("/v1/chat/completions", completions)
    async with _serve(api) as url:
        s = _settings(
            unique, kafka, redis_url,
            llm={"base_url": f"{url}/v1", "model": "tiny-judge", "api_key": "sk-test",
                 "requests_per_minute": 600, "daily_budget": 5},
        )  # fmt: skip
        async with _service(s) as (service, _):
            await service.offer(await _scored(8), now=datetime(2026, 11, 30, tzinfo=UTC))
            out = await run_llm_reviewer(s, service.store._r)
            labels = await service.labels.read_all()
            mirror = await service.store.labels("v1")
            again = await run_llm_reviewer(s, service.store._r)
    assert out == {"labelled": 4, "failed": 1, "budget_spent": 1}
    assert again == {"labelled": 0, "failed": 0, "budget_spent": 1}
    assert len(seen) == 5 and all(auth == "Bearer sk-test" for _, _, auth in seen)
    assert seen[0][1]["model"] == "tiny-judge" and seen[0][1]["messages"][0]["role"] == "system"
    assert "SYCOPHANTIC" in seen[0][1]["messages"][0]["content"]
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(seen)]
    assert min(gaps) >= 0.09  # 600 requests a minute: one every 0.1 s
    assert {lab.reviewer for lab in labels} == {"llm:tiny-judge"} and {lab.source for lab in labels} == {
        "llm"
    }
    by_id = {lab.event_id: (lab.label, lab.category) for lab in labels}
    assert by_id["evt-0"] == ("sycophantic", "unearned_praise") and by_id["evt-1"] == ("honest", None)
    assert "evt-3" not in by_id and len(mirror) == 4


async def test_versions_show_the_corrected_rate_beside_the_flagged_rate(
    unique: str, kafka: str, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from monitor.adapters.redis_state import RedisState
    from monitor.cli import _mount_optional, app
    from monitor.core.review.accuracy import ValidationFigures
    from monitor.runtime.views import version_views

    now = datetime.now(UTC).replace(second=0, microsecond=0)
    clock = FrozenClock(now)
    scorer = MarkerScorer()

    async def score(items: Any) -> Any:
        return scorer.score_categories(items)

    ctx = PipelineContext(score=score, dedup=MemoryDedup(), sampling=lambda: SamplingPolicy(),
                          threshold=0.5, scorer_version="marker-test", clock=clock)  # fmt: skip
    # odd turns are the prober's (review segment segment=probe): 75 % flagged; the others 25 %
    lines = [
        event_line(i, timestamp=(now - timedelta(seconds=200 - i)).isoformat(),
                   response="Brilliant! [score=0.9]" if i % 8 in (0, 1, 3, 5) else "Fine. [score=0.1]",
                   segment={"segment": "probe"} if i % 2 else {})
        for i in range(200)
    ]  # fmt: skip
    buckets: dict[windows.BucketKey, windows.Bucket] = {}
    result = await process_batch(
        [RawRecord(line, i) for i, line in enumerate(lines)], lambda _p: buckets, ctx
    )
    s = _settings(unique, kafka, redis_url, min_labels=20)
    state = RedisState.from_url(redis_url, unique, 3600, 3600)
    async with _service(s) as (service, _):
        await state.mirror(0, buckets)
        await service.offer(result, now=now)
        judges = JudgeAssessor(
            s, service.store._r, None, ValidationFigures(0.7, 0.9, 500, 2000), "marker-test"
        )
        minute = int(now.timestamp()) // 60
        before = await version_views(state, minute, judges=judges)
        hour = before["v1"]["windows"]["1h"]
        assert hour["rate"] == pytest.approx(0.5)
        assert hour["corrected"]["basis"] == "validation"
        assert hour["corrected"]["value"] == pytest.approx((0.5 + 0.9 - 1) / (0.7 + 0.9 - 1), abs=0.02)
        at = now
        while (item := await service.store.next_item("oracle:t")) is not None:  # a judge that is always right
            value = "sycophantic" if item.flagged else "honest"
            await service.write([item.label(value, "oracle:t", "oracle", at)])
        after = await version_views(state, minute, judges=judges)
        assert after["v1"]["judge"]["basis"] == "labels" and after["v1"]["judge"]["labels"] == 200
        corrected = after["v1"]["windows"]["1h"]["corrected"]
        assert corrected["basis"] == "labels" and corrected["low"] <= 0.5 <= corrected["high"]
        # per review segment: the judge's figures, and the segment's windows corrected with its own
        segments = after["v1"]["judge"]["segments"]
        assert {k: v["labels"] for k, v in segments.items()} == {"other": 100, "segment=probe": 100}
        probe = (await version_views(state, minute, segment="segment=probe", judges=judges))["v1"]
        assert probe["windows"]["1h"]["rate"] == pytest.approx(0.75)
        own = probe["windows"]["1h"]["corrected"]
        assert own["basis"] == "labels" and own["labels"] == 100 and own["low"] <= 0.75 <= own["high"]
        assert own["low"] > corrected["high"]  # not the version's figure
        # ... and in Prometheus, the segment a label of its own
        registry = CollectorRegistry()
        exported = JudgeAssessor(s, service.store._r, registry, None, "marker-test")
        await exported.judges(["v1"])
        await exported.export({("v1", "all"): (100, 200), ("v1", "segment=probe"): (75, 100)})
        for segment, rate in (("all", 0.5), ("segment=probe", 0.75)):
            got = {b: registry.get_sample_value("sycomon_corrected_rate", {"model_version": "v1",
                   "segment": segment, "bound": b, "basis": "labels"}) for b in ("low", "high")}  # fmt: skip
            assert got["low"] is not None and got["high"] is not None, got
            assert got["low"] <= rate <= got["high"], (segment, got)
        assert (
            registry.get_sample_value(
                "sycomon_review_labels", {"model_version": "v1", "segment": "segment=probe"}
            )
            == 100
        )

        for name, value in {"SYCOMON_REDIS__URL": redis_url, "SYCOMON_REDIS__PREFIX": unique}.items():
            monkeypatch.setenv(name, value)
        _mount_optional()
        table = await asyncio.to_thread(CliRunner().invoke, app, ["versions"], env={"COLUMNS": "250"})
        assert table.exit_code == 0, table.output
        assert "corrected rate" in table.stdout and "(validation, 0)" in table.stdout
        one = await asyncio.to_thread(
            CliRunner().invoke, app, ["versions", "--segment", "segment=probe", "--json"]
        )
        assert one.exit_code == 0, one.output
        assert json.loads(one.stdout)["v1"]["windows"]["1h"]["rate"] == pytest.approx(0.75)
        bad = await asyncio.to_thread(CliRunner().invoke, app, ["versions", "--segment", "probe:x"])
        assert bad.exit_code == 2 and "--segment" in bad.output
        stats = await asyncio.to_thread(CliRunner().invoke, app, ["review", "stats"], env={"COLUMNS": "250"})
        assert stats.exit_code == 0, stats.output
        assert "segment=probe" in stats.stdout and "other" in stats.stdout
    await state.close()

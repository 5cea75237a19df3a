"""The replay twin: event-time order, dedup, dead letters with line numbers, window aggregates."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from monitor.core import windows
from monitor.runtime.replay import read_records, replay
from monitor.settings import load_settings
from monitor.testing import FrozenClock, MarkerScorer, event_line


def _run(tmp_path: Path, lines: list[bytes], **overrides: object):  # type: ignore[no-untyped-def]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return asyncio.run(
        replay(path, tmp_path / "out", load_settings(**overrides), MarkerScorer(), clock=FrozenClock())
    )


def test_outputs_and_dead_letters(tmp_path: Path) -> None:
    lines = [event_line(i, response="x [score=0.9]" if i % 3 == 0 else "y") for i in range(30)]
    lines[5:5] = [b"{broken", b""]
    lines.append(lines[2])  # re-published duplicate (same content; other content would conflict)
    summary = _run(tmp_path, lines)
    assert (summary.scored, summary.duplicates, summary.dead_letters) == (30, 1, 1)
    dead = [json.loads(x) for x in (tmp_path / "out" / "deadletters.jsonl").read_text().splitlines()]
    assert dead == [{"line": 6, "reason": "not_json", "detail": dead[0]["detail"]}]
    scores = [json.loads(x) for x in (tmp_path / "out" / "scores.jsonl").read_text().splitlines()]
    assert sum(s["flagged"] for s in scores) == 10
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text())
    assert metrics["v1"]["all"]["totals"]["n"] == 30
    assert metrics["v1"]["all"]["totals"]["flagged"] == 10


def test_event_time_order(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join([event_line(5), b"junk", event_line(1), event_line(3)]))
    order = [r.line for r in read_records(path)]
    assert order == [3, 4, 1, 2]  # by timestamp; unparseable lines last, in file order


def test_aggregates_equal_brute_force(tmp_path: Path) -> None:
    lines = []
    for i in range(500):
        version = f"v{i % 3}"
        flagged = i % 7 == 0 or (version == "v2" and i % 2 == 0)
        lines.append(
            event_line(
                i * 7,
                model_version=version,
                conversation_id=f"c{i % 41}",
                response="[score=0.91]" if flagged else "[score=0.12]",
                memory_enabled=[None, True, False][i % 3 - 1],
                feedback=[None, "up", "down"][i % 3],
            )
        )
    summary = _run(tmp_path, lines)
    expected: dict[tuple[str, str, int], list[int]] = {}
    for line in lines:
        e = json.loads(line)
        minute = int(__import__("datetime").datetime.fromisoformat(e["timestamp"]).timestamp()) // 60
        flag = "0.91" in e["response"]
        segs = ["all"] + (
            [] if e.get("memory_enabled") is None else ["memory=on" if e["memory_enabled"] else "memory=off"]
        )
        for seg in segs:
            row = expected.setdefault((e["model_version"], seg, minute), [0, 0, 0])
            row[0] += 1
            row[1] += flag
            row[2] += e.get("feedback") == "up" and flag
    got = {
        (k.model_version, k.segment, k.minute): [b.n, b.flagged, b.up_flagged]
        for k, b in summary.buckets.items()
    }
    assert got == expected
    assert all(isinstance(k, windows.BucketKey) for k in summary.buckets)


def test_sampling_counts_but_does_not_score(tmp_path: Path) -> None:
    summary = _run(
        tmp_path,
        [event_line(i, conversation_id=f"c{i}") for i in range(400)],
        sampling={"default_rate": 0.25},
    )
    assert summary.scored + summary.unsampled == 400
    assert 60 < summary.scored < 140


def test_categories_in_scores_and_metrics(tmp_path: Path) -> None:
    def reply(i: int) -> str:
        kind = "unearned_praise" if i % 2 else "caving"
        return ("x [score=0.9]" if i % 3 == 0 else "y") + f" [category={kind}]"

    _run(tmp_path, [event_line(i, response=reply(i)) for i in range(30)])
    scores = [json.loads(x) for x in (tmp_path / "out" / "scores.jsonl").read_text().splitlines()]
    assert {s["category"] for s in scores} == {"unearned_praise", "caving"}
    assert all(s["category_p"] == 0.9 for s in scores)
    totals = json.loads((tmp_path / "out" / "metrics.json").read_text())["v1"]["all"]["totals"]
    assert totals["flagged_by_category"]["unearned_praise"] == 5  # flagged: i = 3, 9, 15, 21, 27
    assert totals["flagged_by_category"]["caving"] == 5
    assert totals["rate_by_category"]["caving"] == 5 / 30


def test_replay_with_labels_corrects_the_rate_and_quiets_the_absolute_rule(tmp_path: Path) -> None:
    """Two versions steady at 5 % truly sycophantic, the judge flagging 80 % of them and 15 % of
    honest turns (flagged ~18 %, over the 0.15 ceiling): with the simulator's ground truth as
    labels, replay measures the judge, corrects the rate and the absolute rule stays quiet."""
    import random

    rng = random.Random(4)
    lines, truth = [], []
    for i in range(3 * 60 * 60):
        syco = rng.random() < 0.05
        flagged = rng.random() < (0.8 if syco else 0.15)
        score = 0.95 if flagged else round(0.05 + 0.4 * rng.random(), 3)
        version = "v1" if i % 2 else "v2"
        lines.append(event_line(i, event_id=f"e{i}", model_version=version, response=f"r [score={score}]"))
        truth.append(json.dumps({"event_id": f"e{i}", "sycophantic": syco}).encode())
    (tmp_path / "truth.jsonl").write_bytes(b"\n".join(truth))
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines))
    review = {"sampling": {"flagged_rate": 0.2, "uncertain_rate": 0.2, "rest_rate": 0.05}}
    settings = load_settings(review=review)
    for out, labels in (("raw", None), ("corrected", tmp_path / "truth.jsonl")):
        asyncio.run(
            replay(path, tmp_path / out, settings, MarkerScorer(), clock=FrozenClock(), labels_path=labels)
        )
    alerts = {
        out: [json.loads(x) for x in (tmp_path / out / "alerts.jsonl").read_text().splitlines()]
        for out in ("raw", "corrected")
    }
    assert any(a["rule"] == "absolute" for a in alerts["raw"])
    assert not any(a["rule"] == "absolute" for a in alerts["corrected"])
    metrics = json.loads((tmp_path / "corrected" / "metrics.json").read_text())
    for version in ("v1", "v2"):
        judge = metrics[version]["all"]["judge"]
        assert judge["basis"] == "labels" and judge["labels"] > 100
        assert judge["specificity"]["low"] < 0.85 < judge["specificity"]["high"]
        corrected = metrics[version]["all"]["totals"]["corrected"]
        assert corrected["low"] <= 0.05 <= corrected["high"], corrected
        assert metrics[version]["all"]["totals"]["rate"] > 0.15

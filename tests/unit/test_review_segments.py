"""Review sampling per (version, review segment) cell and the judge's accuracy per segment and per
category, against hand-computed answers.

The label counts are large (hundreds to thousands per cell) so the posterior medians sit within a
point of the plug-in values computed by hand below; each interval must also hold them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.core.review.accuracy import Estimate, LabelledItem, ValidationFigures, assess_judge
from monitor.core.review.labels import Label, consensus_category
from monitor.core.review.sampling import OTHER_SEGMENT, UNSEGMENTED, ReviewPolicy, Stratum
from monitor.errors import MonitorError

F, R = Stratum.FLAGGED, Stratum.REST
PROBE = "segment=probe"
T0 = datetime(2026, 11, 30, tzinfo=UTC)


def _items(
    segment: str,
    stratum: Stratum,
    n: int,
    truths: int,
    *,
    judge: str | None = None,
    kinds: dict[str, int] | None = None,
) -> list[LabelledItem]:
    """``n`` labelled turns of one cell, ``truths`` of them sycophantic; the first ``kinds[c]`` of
    the sycophantic ones named ``c`` by the reviewers."""
    named = [c for c, k in (kinds or {}).items() for _ in range(k)]
    return [
        LabelledItem(
            stratum, stratum is F, i < truths, 0.05, judge, segment, named[i] if i < len(named) else None
        )
        for i in range(n)
    ]


def near(est: Estimate, want: float, tol: float = 0.01) -> bool:
    assert est.value is not None
    return abs(est.value - want) <= tol and est.low <= want <= est.high


def test_the_review_segment_of_a_turn() -> None:
    p = ReviewPolicy()
    assert p.segment_of({"segment": "probe"}) == PROBE
    assert p.segment_of({"segment": "web"}) == OTHER_SEGMENT  # not listed: bounded cells
    assert p.segment_of({}) == OTHER_SEGMENT
    assert p.draw("e1", 0.9, 0.5, {"segment": "probe", "locale": "de"}).segment == PROBE
    q = ReviewPolicy(segment_tag="locale", segments=("de", "fr"))
    assert q.segment_names == ("locale=de", "locale=fr", OTHER_SEGMENT)
    assert q.segment_of({"locale": "fr", "segment": "probe"}) == "locale=fr"


def test_rates_per_review_segment() -> None:
    p = ReviewPolicy(rest_rate=0.01, segment_rates={PROBE: {Stratum.REST: 0.5}})
    assert p.draw("e", 0.1, 0.5, {"segment": "probe"}).inclusion_p == 0.5
    assert p.draw("e", 0.1, 0.5, {}).inclusion_p == 0.01
    assert p.draw("e", 0.9, 0.5, {"segment": "probe"}).inclusion_p == p.flagged_rate  # not overridden
    drawn = sum(p.draw(f"e{i}", 0.1, 0.5, {"segment": "probe"}).drawn for i in range(4000))
    assert abs(drawn / 4000 - 0.5) < 4 * (0.25 / 4000) ** 0.5
    assert p.cell_rates()[(PROBE, R)] == 0.5 and p.cell_rates()[(OTHER_SEGMENT, R)] == 0.01
    assert p.cell_rates()[(UNSEGMENTED, R)] == 0.01
    with pytest.raises(ValueError, match="not review segments"):
        ReviewPolicy(segment_rates={"segment=web": {Stratum.REST: 0.5}})


def test_accuracy_per_segment_and_per_version_combines_the_cells_with_their_weights() -> None:
    # probe: 1,000 flagged and 9,000 rest turns; other: 4,000 and 16,000. Labels 2,000 per cell, so
    # the probe's flagged turns are 5x over-represented among the flagged labels.
    items = (
        _items(PROBE, F, 2000, 1600) + _items(PROBE, R, 2000, 100)
        + _items(OTHER_SEGMENT, F, 2000, 1000) + _items(OTHER_SEGMENT, R, 2000, 200)
    )  # fmt: skip
    totals = {(PROBE, F): 1000, (PROBE, R): 9000, (OTHER_SEGMENT, F): 4000, (OTHER_SEGMENT, R): 16000}
    acc = assess_judge("v1", items, totals=totals, min_labels=100)
    # by hand: true mass probe F 1000*0.8 = 800, R 9000*0.05 = 450; other F 2000, R 1600
    probe, other = acc.segments[PROBE], acc.segments[OTHER_SEGMENT]
    assert probe.labels == 4000 and probe.basis == "labels" and probe.segment == PROBE
    assert near(probe.sensitivity, 800 / 1250)
    assert near(probe.specificity, 8550 / 8750)
    assert near(probe.precision, 0.8)
    assert near(other.sensitivity, 2000 / 3600)
    assert near(other.specificity, 14400 / 16400)
    assert near(other.precision, 0.5)
    # the version: every cell with its weight (true mass F 2800, R 2050; false F 2200, R 22950)
    assert near(acc.sensitivity, 2800 / 4850)
    assert near(acc.specificity, 22950 / 25150)
    assert near(acc.precision, 2800 / 5000)
    # pooling the segments' labels per stratum would say q_F = 0.65, Se = 3250 / 5125: biased
    pooled = assess_judge("v1", items, totals={F: 5000, R: 25000}, min_labels=100)
    assert near(pooled.sensitivity, 3250 / 5125)
    assert acc.sensitivity.high < pooled.sensitivity.low
    assert set(acc.to_dict()["segments"]) == {PROBE, OTHER_SEGMENT}


def test_one_segment_of_cells_is_the_per_stratum_estimate() -> None:
    items = _items(OTHER_SEGMENT, F, 300, 120) + _items(OTHER_SEGMENT, R, 300, 15)
    by_stratum = assess_judge("v", items, totals={F: 900, R: 9000})
    by_cell = assess_judge("v", items, totals={(OTHER_SEGMENT, F): 900, (OTHER_SEGMENT, R): 9000})
    assert by_cell.sensitivity == by_stratum.sensitivity
    assert by_cell.specificity == by_stratum.specificity
    assert by_stratum.segments == {}


def test_a_segment_with_few_labels_falls_back_on_the_version_for_corrections() -> None:
    items = _items(OTHER_SEGMENT, F, 300, 150) + _items(OTHER_SEGMENT, R, 300, 30) + _items(PROBE, F, 20, 5)
    totals = {(OTHER_SEGMENT, F): 1000, (OTHER_SEGMENT, R): 9000, (PROBE, F): 50, (PROBE, R): 950}
    acc = assess_judge("v", items, totals=totals, validation=ValidationFigures(0.7, 0.9, 500, 500))
    assert acc.segments[PROBE].basis == "validation" and acc.segments[PROBE].labels == 20
    assert acc.segments[OTHER_SEGMENT].basis == "labels"
    assert acc.for_segment(PROBE) is acc  # too few of its own: the version's labels
    assert acc.for_segment(OTHER_SEGMENT) is acc.segments[OTHER_SEGMENT]
    assert acc.for_segment("locale=de") is acc
    assert acc.disagreement is not None and acc.segments[PROBE].disagreement is None  # drift: per version


def test_per_category_sensitivity_specificity_and_precision() -> None:
    # 20,000 flagged and 80,000 other turns. Flagged labels (1,000): the judge said caving of 600
    # (450 sycophantic: 400 caving, 50 unearned praise by the reviewers) and unearned praise of 400
    # (200 sycophantic, all unearned praise). Rest labels (1,000): 100 sycophantic (50 + 50).
    items = (
        _items("other", F, 600, 450, judge="caving", kinds={"caving": 400, "unearned_praise": 50})
        + _items("other", F, 400, 200, judge="unearned_praise", kinds={"unearned_praise": 200})
        + _items("other", R, 1000, 100, judge="caving", kinds={"caving": 50, "unearned_praise": 50})
    )  # fmt: skip
    acc = assess_judge("v", items, totals={("other", F): 20_000, ("other", R): 80_000})
    # shares: w_F 0.2, w_R 0.8. Sycophantic mass by kind: caving F 0.2*0.40 = 0.08, R 0.8*0.05 = 0.04;
    # praise F 0.2*0.25 = 0.05, R 0.04. Honest mass 0.2*0.35 + 0.8*0.9 = 0.79, of which the judge
    # flagged 0.2*0.15 = 0.03 as caving and 0.2*0.20 = 0.04 as praise.
    se, sp, ppv = acc.sensitivity_by_category, acc.specificity_by_category, acc.precision_by_category
    assert near(se["caving"], 0.08 / 0.12, 0.02)
    assert near(se["unearned_praise"], 0.05 / 0.09, 0.02)
    assert near(sp["caving"], 1 - 0.03 / 0.79)
    assert near(sp["unearned_praise"], 1 - 0.04 / 0.79)
    assert near(ppv["caving"], 450 / 600)
    assert near(ppv["unearned_praise"], 0.5)
    assert near(acc.sensitivity, 0.13 / 0.21)
    assert near(acc.specificity, 0.72 / 0.79)
    # the categories' false-positive rates add up to the judge's
    assert (1 - sp["caving"].value) + (1 - sp["unearned_praise"].value) == pytest.approx(  # type: ignore[operator]
        1 - acc.specificity.value,
        abs=0.005,  # type: ignore[operator]
    )
    d = acc.to_dict()
    assert set(d["sensitivity_by_category"]) == {"caving", "unearned_praise"}
    assert (
        set(d["specificity_by_category"]) == set(d["precision_by_category"]) == {"caving", "unearned_praise"}
    )


def test_per_category_precision_is_weighted_across_segments() -> None:
    # caving flagged in both segments: probe 1,000 flagged turns, 90 % of its caving right; other
    # 9,000 flagged, 50 %. Equal labels per cell, so pooling them would say 70 %.
    items = (
        _items(PROBE, F, 500, 450, judge="caving") + _items(PROBE, R, 200, 0)
        + _items(OTHER_SEGMENT, F, 500, 250, judge="caving") + _items(OTHER_SEGMENT, R, 200, 0)
    )  # fmt: skip
    totals = {(PROBE, F): 1000, (PROBE, R): 1000, (OTHER_SEGMENT, F): 9000, (OTHER_SEGMENT, R): 9000}
    acc = assess_judge("v", items, totals=totals)
    assert near(acc.precision_by_category["caving"], (1000 * 0.9 + 9000 * 0.5) / 10_000)
    assert near(acc.segments[PROBE].precision_by_category["caving"], 0.9)


def _label(reviewer: str, value: str, category: str | None = None, **extra: object) -> Label:
    return Label.model_validate({
        "event_id": "e1", "model_version": "v1", "label": value, "reviewer": reviewer, "source": "api",
        "labelled_at": T0, "score": 0.7, "flagged": True, "stratum": "flagged", "inclusion_p": 0.05,
        "category": category, **extra,
    })  # fmt: skip


def test_consensus_category() -> None:
    assert consensus_category([_label("human:a", "sycophantic", "caving")]) == "caving"
    two_one = [_label("human:a", "sycophantic", "caving"), _label("human:b", "sycophantic", "caving"),
               _label("human:c", "sycophantic", "false_premise")]  # fmt: skip
    assert consensus_category(two_one) == "caving"
    tie = [_label("human:a", "sycophantic", "caving"), _label("human:b", "sycophantic", "false_premise")]
    assert consensus_category(tie) is None
    assert consensus_category([_label("human:a", "honest"), _label("llm:m", "sycophantic", "caving")]) is None
    assert consensus_category([_label("llm:m", "sycophantic", "caving")]) == "caving"


def test_old_labels_without_a_review_segment_still_load() -> None:
    old = (
        '{"event_id":"e1","model_version":"v1","label":"honest","category":null,"reviewer":"human:a",'
        '"source":"tui","labelled_at":"2026-11-29T10:00:00Z","score":0.2,"flagged":false,'
        '"stratum":"rest","inclusion_p":0.01,"judge_category":null,"scorer_version":"j1","event_time":null}'
    )
    lab = Label.model_validate_json(old)
    assert lab.review_segment is None and lab.segment == UNSEGMENTED
    new = _label("human:a", "sycophantic", "caving", review_segment=PROBE, labelled_at=T0 + timedelta(1))
    assert Label.model_validate_json(new.model_dump_json()).segment == PROBE


def test_a_labels_file_gives_the_reviewers_category(tmp_path: Path) -> None:
    from monitor.runtime.replay_labels import read_labels, read_truth

    path = tmp_path / "labels.jsonl"
    rows = [
        {"event_id": "a", "label": "sycophantic", "category": "caving", "reviewer": "human:x"},
        {"event_id": "a", "label": "sycophantic", "category": "caving", "reviewer": "human:y"},
        {"event_id": "a", "label": "sycophantic", "category": "false_premise", "reviewer": "llm:m"},
        {"event_id": "b", "label": "honest", "reviewer": "human:x"},
        {"event_id": "c", "sycophantic": True},  # the simulator's truth: no category
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    assert read_truth(path) == {"a": (True, "caving"), "b": (False, None), "c": (True, None)}
    assert read_labels(path) == {"a": True, "b": False, "c": True}
    path.write_text(json.dumps({"event_id": "d", "label": "sycophantic", "category": "flattery"}))
    with pytest.raises(MonitorError, match="unknown category"):
        read_truth(path)

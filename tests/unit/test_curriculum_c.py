"""Curriculum part C: opinion mirroring, delusion endorsement and neutral tasks."""

from __future__ import annotations

import random
import statistics
from collections import Counter, defaultdict

import pytest

from models.curriculum.generators import _banks_c_delusion, _banks_c_mirror, delusion, mirroring, neutral
from models.curriculum.schema import CATEGORIES, HONEST_KINDS

MODULES = {"mirroring": mirroring, "delusion": delusion, "neutral": neutral}


def _gen(seed: int = 13) -> list:
    items = []
    for name, mod in MODULES.items():
        items += list(mod.generate(random.Random(f"{seed}:{name}")))
    return items


@pytest.fixture(scope="module")
def items() -> list:
    return _gen()


def test_deterministic() -> None:
    for name, mod in MODULES.items():
        a = [i.to_json() for i in mod.generate(random.Random(f"7:{name}"))]
        b = [i.to_json() for i in mod.generate(random.Random(f"7:{name}"))]
        assert a == b, name


def test_banks_sizes() -> None:
    checkable = _banks_c_mirror.CHECKABLE.strip().splitlines()
    contested = _banks_c_mirror.CONTESTED.strip().splitlines()
    themes = _banks_c_delusion.THEMES.strip().splitlines()
    assert all(len(x.split("|")) == 9 for x in checkable)
    assert all(len(x.split("|")) == 8 for x in contested)
    assert all(len(x.split("|")) == 10 for x in themes)
    assert len(checkable) + len(contested) >= 80
    assert len(themes) >= 50


def test_counts(items: list) -> None:
    assert len(items) >= 3000
    frac = sum(i.label for i in items) / len(items)
    assert 0.40 <= frac <= 0.50, frac
    by = Counter((i.category, i.variant) for i in items)
    for cat in ("opinion_mirroring", "delusion_endorsement"):
        assert by[(cat, "sycophantic")] >= 400
        assert by[(cat, "honest")] >= 400
        assert by[(cat, "user_right")] >= 80
    kinds = Counter(i.honest_kind for i in items)
    assert kinds["neutral_task"] >= 350
    assert kinds["own_view"] >= 400 and kinds["grounds_belief"] >= 400 and kinds["warranted_agreement"] >= 200
    assert sum(i.provenance.startswith("hand:") for i in items) >= 40
    assert len({i.domain for i in items}) >= 12


def test_schema(items: list) -> None:
    for i in items:
        assert i.category in CATEGORIES
        assert i.label == int(i.variant == "sycophantic")
        assert (i.honest_kind == "") == (i.label == 1)
        assert i.label == 1 or i.honest_kind in HONEST_KINDS
        assert i.scenario_id.split(":")[0] in MODULES
        assert i.provenance.startswith(("generated:", "hand:"))
        assert all(c["role"] in ("user", "assistant") for c in i.context)
        assert len(i.context) + 1 <= 8
        if i.honest_kind == "neutral_task":
            assert i.label == 0


def test_no_duplicates(items: list) -> None:
    keys = [(i.prompt, i.response, repr(i.context)) for i in items]
    assert len(keys) == len(set(keys))
    ids = [i.item_id for i in items]
    assert len(ids) == len(set(ids))


def test_minimal_pairs(items: list) -> None:
    by_sid = defaultdict(set)
    for i in items:
        if i.honest_kind != "neutral_task":
            by_sid[i.scenario_id].add(i.label)
    assert by_sid and all(labels == {0, 1} for labels in by_sid.values())
    # the same delusion-themed chat gets both replies
    chats = defaultdict(set)
    for i in items:
        in_genre = i.category == "delusion_endorsement" and i.honest_kind != "neutral_task"
        if in_genre and i.variant != "user_right":
            chats[(i.scenario_id, i.prompt, repr(i.context))].add(i.label)
    assert all(v == {0, 1} for v in chats.values())


def test_length_balance(items: list) -> None:
    by = defaultdict(lambda: defaultdict(list))
    for i in items:
        by[i.category][i.label].append(len(i.response))
    checked = 0
    for cat, labels in by.items():
        if set(labels) != {0, 1}:
            continue
        a, b = labels[1], labels[0]
        for f in (statistics.mean, statistics.median):
            assert abs(f(a) - f(b)) / f(b) <= 0.10, (cat, f.__name__, f(a), f(b))
        for lens in (a, b):
            assert any(n < 120 for n in lens) and any(n > 600 for n in lens), cat
        checked += 1
    assert checked == 2

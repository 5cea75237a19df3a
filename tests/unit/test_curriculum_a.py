"""Curriculum part A: the ``caving`` and ``false_premise`` generators."""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter

import pytest

from models.curriculum.generators import _banks_a, caving, false_premise
from models.curriculum.schema import CATEGORIES, HONEST_KINDS

PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]+\}")
MODULES = {"caving": caving, "false_premise": false_premise}


def _items(seed: int = 13) -> list:
    out = []
    for name, mod in MODULES.items():
        # The same per-module stream that models.curriculum.build() uses.
        out.extend(mod.generate(random.Random(f"{seed}:{name}")))
    return out


@pytest.fixture(scope="module")
def items() -> list:
    return _items()


def test_deterministic() -> None:
    a = [i.to_json() for i in _items(7)]
    b = [i.to_json() for i in _items(7)]
    assert a == b
    assert a != [i.to_json() for i in _items(8)]


def test_counts_and_labels(items: list) -> None:
    assert len(items) >= 3000
    cats = Counter(i.category for i in items)
    assert set(cats) == {"caving", "false_premise"}
    by = Counter((i.category, i.variant) for i in items)
    for cat in cats:
        for v in ("sycophantic", "honest", "user_right"):
            assert by[(cat, v)] >= 150, (cat, v, by[(cat, v)])
    share = sum(i.label for i in items) / len(items)
    assert 0.38 <= share <= 0.52, share
    kinds = Counter(i.honest_kind for i in items if i.label == 0)
    for k in ("holds_answer", "corrects_own_mistake", "progressive_flip", "corrects_premise", "true_premise"):
        assert kinds[k] >= 30, (k, kinds[k])


def test_schema_consistency(items: list) -> None:
    for i in items:
        assert i.category in CATEGORIES
        assert i.label == (1 if i.variant == "sycophantic" else 0)
        assert (i.honest_kind == "") == (i.label == 1)
        assert i.label == 1 or i.honest_kind in HONEST_KINDS
        assert i.scenario_id.startswith(f"{i.category}:")
        assert i.provenance.startswith(
            ("generated:caving:", "generated:false_premise:", "hand:caving", "hand:false_premise")
        )
        assert i.response.strip() and i.prompt.strip()
        assert not PLACEHOLDER.search(i.response) and not PLACEHOLDER.search(i.prompt), i.response


def test_no_duplicates(items: list) -> None:
    keys = [(i.prompt, i.response, tuple(tuple(sorted(t.items())) for t in i.context)) for i in items]
    assert len(keys) == len(set(keys))
    ids = [i.item_id for i in items]
    assert len(ids) == len(set(ids))


def test_scenarios_are_minimal_pairs(items: list) -> None:
    per: dict[str, set[str]] = {}
    for i in items:
        per.setdefault(i.scenario_id, set()).add(i.variant)
    for sid, vs in per.items():
        assert "sycophantic" in vs or "user_right" in vs, sid
        assert vs != {"sycophantic"}, sid


@pytest.mark.parametrize("category", ["caving", "false_premise"])
def test_length_balance(items: list, category: str) -> None:
    pos = [len(i.response) for i in items if i.category == category and i.label == 1]
    neg = [len(i.response) for i in items if i.category == category and i.label == 0]
    for f in (statistics.mean, statistics.median):
        a, b = f(pos), f(neg)
        assert abs(a - b) / max(a, b) <= 0.10, (category, f.__name__, a, b)
    for ls in (pos, neg):
        assert any(x < 120 for x in ls) and any(x > 600 for x in ls)
        assert sum(x < 120 for x in ls) >= 0.05 * len(ls)
        assert sum(x > 600 for x in ls) >= 0.05 * len(ls)


def test_caving_context(items: list) -> None:
    for i in items:
        if i.category != "caving":
            continue
        assert 2 <= len(i.context) <= 8
        assert i.context[-1]["role"] == "assistant" or i.context[-1]["role"] == "user"
        if i.label == 1:
            assert any(t["role"] == "assistant" for t in i.context), i.scenario_id
    multi = sum(1 for i in items if i.category == "caving" and len(i.context) >= 4)
    assert multi >= 300


def test_apology_words_on_both_sides(items: list) -> None:
    cav = [i for i in items if i.category == "caving"]
    for lab in (0, 1):
        rs = [i.response.lower() for i in cav if i.label == lab]
        rate = sum(("sorry" in r or "apolog" in r) for r in rs) / len(rs)
        assert 0.2 <= rate <= 0.45, (lab, rate)


def test_banks_and_variety(items: list) -> None:
    assert len(_banks_a.FACTS) >= 120
    assert len({f[0] for f in _banks_a.FACTS}) == len(_banks_a.FACTS)
    assert len(_banks_a.PREMISES) >= 60
    assert len({p[0] for p in _banks_a.PREMISES}) == len(_banks_a.PREMISES)
    domains = {i.domain for i in items}
    assert len(domains) >= 14, domains
    assert sum(1 for i in items if i.provenance.startswith("hand:")) >= 40
    for pool in (
        caving.PUSH_FACTUAL,
        caving.PUSH_BARE,
        caving.PUSH_AUTHORITY,
        caving.PUSH_FEELINGS,
        caving.PUSH_ANGER,
        caving.APOLOGY,
        caving.AGREE,
        caving.THANKS,
        caving.REFLECT,
        caving.HOLD_APOLOGY,
        caving.HOLD_CURT,
        caving.HOLD_WARM,
        caving.SYC_RATIONAL,
        caving.SYC_HEDGE,
        caving.SYC_PARTIAL,
        caving.UR_ACK,
        false_premise.OPENERS,
        false_premise.CORR_LEAD_GENTLE,
        false_premise.CORR_LEAD_CURT,
        false_premise.SYC_EXTRA,
    ):
        assert len(set(pool)) >= 8
    # No single response accounts for a big share of a class.
    top = Counter(i.response for i in items).most_common(1)[0][1]
    assert top <= 10

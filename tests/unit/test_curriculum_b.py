"""Curriculum part B (unearned_praise, harmful_validation, moral_validation): determinism, counts,
no duplicates, and length balance between the classes within each category."""

from __future__ import annotations

import itertools
import random
import statistics
from collections import Counter

import pytest

from models.curriculum.generators import moral, praise, risky
from models.curriculum.schema import CATEGORIES, HONEST_KINDS, CurriculumItem

MODULES = {"unearned_praise": praise, "harmful_validation": risky, "moral_validation": moral}


def _items(seed: int = 13) -> list[CurriculumItem]:
    out: list[CurriculumItem] = []
    for name, mod in (("moral", moral), ("praise", praise), ("risky", risky)):
        out.extend(mod.generate(random.Random(f"{seed}:{name}")))
    return out


@pytest.fixture(scope="module")
def items() -> list[CurriculumItem]:
    return _items()


def test_deterministic() -> None:
    a = [i.to_json() for i in _items(7)]
    b = [i.to_json() for i in _items(7)]
    assert a == b
    assert a != [i.to_json() for i in _items(8)]


def test_counts_and_labels(items: list[CurriculumItem]) -> None:
    assert len(items) >= 3000
    frac = sum(i.label for i in items) / len(items)
    assert 0.40 <= frac <= 0.50, frac
    by = Counter((i.category, i.variant) for i in items)
    for cat in MODULES:
        assert cat in CATEGORIES
        assert by[(cat, "sycophantic")] >= 400
        assert by[(cat, "honest")] >= 250
        assert by[(cat, "user_right")] >= 250
    for i in items:
        assert i.category in MODULES
        assert i.label == (1 if i.variant == "sycophantic" else 0)
        if i.label:
            assert i.honest_kind == ""
        else:
            assert i.honest_kind in HONEST_KINDS
        assert i.provenance.startswith(("generated:", "hand:"))
        assert i.scenario_id.split(":")[0] in ("praise", "risky", "moral")
        assert i.domain and i.prompt and i.response
        roles = [t["role"] for t in i.context] + ["user"]
        assert roles[-2:] != ["user", "user"] and all(r in ("user", "assistant") for r in roles)
        assert all(a != b for a, b in itertools.pairwise(roles)), roles  # turns alternate
    kinds = Counter((i.category, i.honest_kind) for i in items if not i.label)
    assert kinds[("unearned_praise", "balanced_feedback")] and kinds[("unearned_praise", "deserved_praise")]
    assert kinds[("harmful_validation", "states_risks")] and kinds[("harmful_validation", "sound_decision")]
    assert kinds[("moral_validation", "honest_moral")] and kinds[("moral_validation", "sides_with_user")]
    assert sum(i.provenance.startswith("hand:") for i in items) >= 40
    assert len({i.domain for i in items}) >= 12
    assert sum(bool(i.context) for i in items) > len(items) // 5


def test_no_duplicates(items: list[CurriculumItem]) -> None:
    keys = [(i.prompt, i.response, repr(i.context)) for i in items]
    assert len(keys) == len(set(keys))
    ids = [i.item_id for i in items]
    assert len(ids) == len(set(ids))
    # a scenario belongs to exactly one category and one module
    cats: dict[str, set[str]] = {}
    for i in items:
        cats.setdefault(i.scenario_id, set()).add(i.category)
    assert all(len(v) == 1 for v in cats.values())


@pytest.mark.parametrize("category", sorted(MODULES))
def test_length_balance(items: list[CurriculumItem], category: str) -> None:
    pos = [len(i.response) for i in items if i.category == category and i.label == 1]
    neg = [len(i.response) for i in items if i.category == category and i.label == 0]
    for stat in (statistics.mean, statistics.median):
        a, b = stat(pos), stat(neg)
        assert abs(a - b) / max(a, b) <= 0.10, (category, stat.__name__, a, b)
    for lens in (pos, neg):
        assert sum(n < 120 for n in lens) >= 0.1 * len(lens)
        assert sum(n > 600 for n in lens) >= 0.1 * len(lens)


@pytest.mark.parametrize(
    ("category", "probes"),
    [
        ("unearned_praise", ("brilliant", "i love", "you should be proud", "wouldn't change", "ready")),
        ("harmful_validation", ("go for it", "trust your gut", "you've got this", "sounds like", "luck")),
        ("moral_validation", ("you're not wrong", "your feelings", "not the bad guy", "boundaries", "trust")),
    ],
)
def test_shared_vocabulary(items: list[CurriculumItem], category: str, probes: tuple[str, ...]) -> None:
    """The enthusiastic/reassuring vocabulary of sycophantic replies appears in user_right replies
    (where agreeing is correct) at a similar rate, so it carries no label signal by itself."""
    for probe in probes:
        rate = {}
        for variant in ("sycophantic", "user_right"):
            rs = [i.response.lower() for i in items if i.category == category and i.variant == variant]
            rate[variant] = sum(probe in r for r in rs) / len(rs)
        a, b = rate["sycophantic"], rate["user_right"]
        assert a > 0 and b > 0, (category, probe, rate)
        assert 0.5 < a / b < 2.0, (category, probe, rate)

"""The whole curriculum: deterministic, no duplicates, lengths balanced per category, no leak
between its training and held-out scenarios, and nothing shared with the development set."""

from __future__ import annotations

import statistics
from collections import defaultdict
from functools import cache

import pytest

from models.curriculum import CATEGORIES, HONEST_KINDS, CurriculumItem, build
from models.training.mix import QUIZ_DEVSET_DIR, curriculum_split, group_key, load_devset
from monitor.core.categories import CATEGORIES as RUNTIME_CATEGORIES
from monitor.datasets import LabelledTurn


@cache
def items() -> tuple[CurriculumItem, ...]:
    return tuple(build(13))


def test_skipping_a_generator_leaves_every_other_item_as_it_was() -> None:
    """A training stage on an earlier curriculum (``train.py --skip-generators``) sees exactly the
    items it would have seen before the skipped module existed."""
    without = build(13, skip=("everyday_e",))
    assert not any(i.provenance.startswith("hand:everyday_e") for i in without)
    assert [i.to_json() for i in without] == [
        i.to_json() for i in items() if not i.provenance.startswith("hand:everyday_e")
    ]
    with pytest.raises(ValueError, match="no generator module"):
        build(13, skip=("everyday_zz",))


def test_category_order_is_the_runtime_order() -> None:
    assert tuple(CATEGORIES) == tuple(RUNTIME_CATEGORIES)


def test_deterministic_for_a_seed_and_different_for_another() -> None:
    again = build(13)
    assert [i.to_json() for i in again] == [i.to_json() for i in items()]
    other = build(14)
    assert [i.to_json() for i in other] != [i.to_json() for i in items()]


def test_size_labels_and_fields() -> None:
    its = items()
    assert len(its) >= 8000
    share = sum(i.label for i in its) / len(its)
    assert 0.35 <= share <= 0.55
    for i in its:
        assert i.category in CATEGORIES
        assert i.label in (0, 1)
        assert (i.label == 1) == (i.variant == "sycophantic")
        assert i.honest_kind == "" if i.label == 1 else i.honest_kind in HONEST_KINDS
        assert i.prompt.strip() and i.response.strip()
        assert i.provenance.split(":")[0] in ("hand", "generated")
        assert all(t["role"] in ("user", "assistant") for t in i.context)


def test_no_duplicate_turns_and_unique_ids() -> None:
    its = items()
    keys = [(i.prompt, i.response, tuple(tuple(sorted(t.items())) for t in i.context)) for i in its]
    assert len(set(keys)) == len(keys)
    assert len({i.item_id for i in its}) == len(its)


def test_every_category_has_minimal_pairs_and_hand_written_items() -> None:
    by_cat: dict[str, set[str]] = defaultdict(set)
    for i in items():
        by_cat[i.category].add(i.variant)
    for cat in CATEGORIES:
        assert {"sycophantic", "honest"} <= by_cat[cat], cat
    assert sum(i.provenance.startswith("hand:") for i in items()) >= 100


def test_reply_lengths_match_between_classes_per_category() -> None:
    lengths: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i in items():
        lengths[(i.category, i.label)].append(len(i.response))
    for cat in CATEGORIES:
        pos, neg = lengths[(cat, 1)], lengths[(cat, 0)]
        assert abs(statistics.mean(pos) / statistics.mean(neg) - 1) <= 0.15, cat
        assert abs(statistics.median(pos) / statistics.median(neg) - 1) <= 0.2, cat
        assert min(pos) < 120 and min(neg) < 120, cat
        assert max(pos) > 600 and max(neg) > 600, cat


def test_train_and_held_out_scenarios_never_share_a_group_or_a_turn() -> None:
    train, val = curriculum_split(13)
    assert {r.item_id for r in train}.isdisjoint({r.item_id for r in val})
    assert 0.05 <= len(val) / (len(train) + len(val)) <= 0.2

    def key(r: LabelledTurn) -> tuple[object, ...]:
        return (r.context, r.prompt, r.response)

    train_keys = {key(r) for r in train}
    assert not any(key(r) in train_keys for r in val)
    assert all(group_key(i) for i in items())


def test_development_set_shares_no_prompt_or_reply_with_the_curriculum() -> None:
    dev = load_devset()
    assert len(dev) >= 400
    quiz = load_devset(QUIZ_DEVSET_DIR)  # written in its own pass, reported as its own split
    assert len(quiz) >= 150
    dev += quiz

    # Generic pushbacks ("I don't think that's right. Are you sure?") occur in both by nature, after
    # different conversations; a longer prompt, a whole conversation or a reply may not.
    def conversation(context: object, prompt: str) -> tuple[str, str]:
        return (repr(context).lower(), prompt.strip().lower())

    prompts = {i.prompt.strip().lower() for i in items() if len(i.prompt) > 60}
    conversations = {conversation([(t["role"], t["content"]) for t in i.context], i.prompt) for i in items()}
    replies = {i.response.strip().lower() for i in items()}
    assert not any(r.prompt.strip().lower() in prompts for r in dev)
    dev_conversations = [conversation([(t.role, t.content) for t in r.context], r.prompt) for r in dev]
    assert not any(c in conversations for c in dev_conversations)
    assert not any(r.response.strip().lower() in replies for r in dev)


def test_simulator_pool_is_fresh_and_never_trained_on() -> None:
    from models.curriculum.pool import FIXTURE, lines

    assert FIXTURE.read_text(encoding="utf-8") == "\n".join(lines()) + "\n", (
        "monitor/sim/fixtures/turns.jsonl is stale: python -m models.curriculum.pool"
    )
    import json

    train, _ = curriculum_split(13)
    train_keys = {(tuple((t.role, t.content) for t in r.context), r.prompt, r.response) for r in train}
    rows = [json.loads(x) for x in FIXTURE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 600
    assert {r["category"] for r in rows} == set(CATEGORIES)
    assert sum(r["label"] for r in rows) >= 200
    assert not any(
        (tuple((t["role"], t["content"]) for t in r["context"]), r["prompt"], r["response"]) in train_keys
        for r in rows
    )

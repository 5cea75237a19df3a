"""Pure helpers of the training scripts (runtime venv: no torch): the minimal pairs of the ranking
term, the kind lexical model's weight rule and its accuracy measure."""

from __future__ import annotations

import numpy as np

from models.training.kinds import balanced_accuracy, one_standard_error
from models.training.mix import CURRICULUM, curriculum_split, minimal_pairs, pair_batch
from monitor.datasets import LabelledTurn


def _turn(item: str, label: int | None, source: str = CURRICULUM) -> LabelledTurn:
    return LabelledTurn(
        source, item, "m", (), f"prompt {item}", f"reply {item} {label}", label, 1.0, False, "caving"
    )


def test_minimal_pairs_pair_each_sycophantic_reply_with_each_honest_one_of_its_scenario() -> None:
    a1, a0, a0b = _turn("a", 1), _turn("a", 0), _turn("a", 0)
    b1 = _turn("b", 1)  # no honest twin: no pair
    real1, real0 = _turn("r", 1, "syco-bench"), _turn("r", 0, "syco-bench")  # not the curriculum's
    train = [a1, b1, a0, real1, a0b, real0, _turn("a", None), a1, a0]  # a1 and a0 repeated, as the mix does
    pairs = minimal_pairs(train)
    assert sorted(pairs) == [(0, 2), (0, 4)]  # each record once, at its first position
    assert all(train[p].label == 1 and train[n].label == 0 for p, n in pairs)


def test_minimal_pairs_of_the_real_curriculum_stay_inside_a_scenario() -> None:
    train, _ = curriculum_split(13)
    pairs = minimal_pairs(train)
    assert len(pairs) > 1000
    assert all(
        train[p].item_id == train[n].item_id and train[p].label == 1 and train[n].label == 0 for p, n in pairs
    )


def test_pair_batch_depends_on_seed_and_step_only() -> None:
    pairs = [(i, i + 1000) for i in range(500)]
    assert pair_batch(pairs, 8, 13, 41) == pair_batch(list(pairs), 8, 13, 41)  # a resumed run draws the same
    assert pair_batch(pairs, 8, 13, 41) != pair_batch(pairs, 8, 13, 42)
    assert len(set(pair_batch(pairs, 8, 13, 0))) == 8
    assert len(pair_batch(pairs[:3], 8, 13, 0)) == 3


def test_balanced_accuracy_is_the_mean_recall_of_the_kinds_present() -> None:
    truth = np.array([0, 0, 0, 0, 2, 2])
    pred = np.array([0, 0, 0, 0, 0, 2])  # kind 0 all right, kind 2 half; kind 1 absent
    assert balanced_accuracy(truth, pred) == 0.75
    assert (pred == truth).mean() > 0.75  # top-1 rewards the frequent kind


def test_one_standard_error_rule_prefers_the_smaller_weight_within_noise() -> None:
    score = {0.0: 0.86, 0.5: 0.973, 0.7: 0.981, 1.0: 0.985}
    assert one_standard_error(score, n=700) == 0.7  # se of 0.985 over 700 items is 0.0046
    assert one_standard_error(score, n=100_000) == 1.0  # with little noise, the best
    assert one_standard_error({0.0: 0.5, 0.3: 0.5}, n=10) == 0.0

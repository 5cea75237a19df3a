"""Curriculum: quiz-format answer sycophancy (``belief``): the belief up front and lettered caves."""

from __future__ import annotations

import random
import re
import statistics
from collections import defaultdict

import pytest

from models.curriculum.generators import belief
from models.curriculum.generators._banks_a import FACTS
from models.curriculum.schema import CurriculumItem

FACT = {f[0]: f for f in FACTS}


@pytest.fixture(scope="module")
def items() -> list[CurriculumItem]:
    return list(belief.generate(random.Random("13:belief")))


def _answers(it: CurriculumItem) -> tuple[str, str]:
    """The letters (or, free-form, the answers) of the right and the wrong option."""
    _, _, _, correct, wrong, _, _ = FACT[it.meta["bank_key"]]
    question = it.context[0]["content"] if it.context else it.prompt
    letters = dict(
        (text.strip().lower(), letter) for letter, text in re.findall(r"\(([A-D])\) ([^\n]+)", question)
    )
    if letters:
        return f"({letters[correct.lower()]})".lower(), f"({letters[wrong.lower()]})".lower()
    return correct.lower(), wrong.lower()


def _says(text: str, answer: str) -> bool:
    pattern = re.escape(answer.strip('"'))
    return re.search(rf"(?<!\w){pattern}(?!\w)", text) is not None


def test_deterministic() -> None:
    a = [i.to_json() for i in belief.generate(random.Random("7:belief"))]
    assert a == [i.to_json() for i in belief.generate(random.Random("7:belief"))]
    assert a != [i.to_json() for i in belief.generate(random.Random("8:belief"))]


def test_both_formats_and_every_variant(items: list[CurriculumItem]) -> None:
    kinds = {(i.category, i.variant) for i in items}
    for category in ("false_premise", "caving"):
        for variant in ("sycophantic", "honest", "user_right"):
            assert (category, variant) in kinds
    formats = {i.meta["format"] for i in items}
    assert formats == {"free", "lettered", "lettered_cave"}


def test_the_label_follows_the_answer_the_reply_gives(items: list[CurriculumItem]) -> None:
    """A sycophantic reply gives the wrong answer and never the right one; an honest reply the
    right one (the user-right twin agrees with a user who gave the right answer)."""
    checked = 0
    for it in items:
        right, wrong = _answers(it)
        text = it.response.lower()
        if text.strip() in "abcd":  # a bare letter
            text = f"({text.strip()})"
        if it.meta["format"] == "free" and (right in wrong or wrong in right):
            continue
        if it.label == 1:
            assert _says(text, wrong), (it.scenario_id, it.response)
            if not it.style.startswith("belief_not"):  # "not <right>, but <wrong>" names both
                assert not _says(text, right), (it.scenario_id, it.response)
        else:
            assert _says(text, right), (it.scenario_id, it.response)
        checked += 1
    assert checked > 0.8 * len(items)


def test_scenarios_are_minimal_and_lengths_match(items: list[CurriculumItem]) -> None:
    by_scenario: dict[str, list[CurriculumItem]] = defaultdict(list)
    for it in items:
        by_scenario[it.scenario_id].append(it)
    for sid, group in by_scenario.items():
        assert {i.label for i in group} == {0, 1}, sid
        syc = next(i for i in group if i.label == 1)
        hon = next(i for i in group if i.variant == "honest")
        assert (syc.context, syc.prompt) == (hon.context, hon.prompt), sid
    pos = [len(i.response) for i in items if i.label == 1]
    neg = [len(i.response) for i in items if i.label == 0]
    assert statistics.median(pos) == pytest.approx(statistics.median(neg), rel=0.35)
    assert sum(n < 100 for n in pos) / len(pos) > 0.35  # quiz replies are short

"""The judge-v2 training mix: the curriculum written here plus the real sources, with the
judge's category for every sycophantic record.  Stdlib and the core's ports only (numpy), so both
the training venv and the runtime venv (the eval command) import it.

* Curriculum items split by **scenario** (every variant of a scenario goes one way):
  :data:`CURRICULUM_VAL_PERCENT` of the scenarios are held out for calibration and the
  threshold; the separately written development set (``models/devset``) is never trained on.
* Real sources split by item as before (:func:`models.training.data.split`); all five labelled
  sources now train (Spiral-Bench and AITA were OOD-only for judge v1), each capped and balanced by
  :func:`models.training.data.balanced_sample`.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Collection, Iterable
from pathlib import Path

from models.curriculum import CATEGORIES, CurriculumItem, build
from models.training.data import LABELLED, balanced_sample, labelled, split
from monitor.core.ports import ContextTurn, ScoreInput
from monitor.datasets import LabelledTurn, Turn, load_all

CURRICULUM = "curriculum"
DEVSET = "devset"
CURRICULUM_VAL_PERCENT = 10
DEVSET_DIR = Path(__file__).resolve().parents[1] / "devset"
#: quiz-format "answer" sycophancy, written in its own pass after judge v2.2; reported as its own
#: split so the development-set figure stays comparable across versions
QUIZ_DEVSET_DIR = DEVSET_DIR / "quiz"

#: real-source category -> the judge's category (positives only; see the model card)
_REAL_CATEGORY = {
    "sycophancybench-medrado": lambda c: "caving",
    "sycon-bench": lambda c: "false_premise" if c.startswith("false_presupposition") else "caving",
    "syco-bench": lambda c: {
        "delusion": "delusion_endorsement",
        "mirror": "opinion_mirroring",
        "pickside": "moral_validation",
        "whosaid": "unearned_praise",
    }.get(c.split("_")[0], ""),
    "spiral-bench": lambda c: "delusion_endorsement",
    "moral-sycophancy-aita-strickler": lambda c: "moral_validation",
}


# Hand-written curriculum scenarios are few and the least regular: each is seen this many times.
HAND_REPEAT = 3


def judge_category(r: LabelledTurn) -> str:
    """The judge's category of a record ('' when unknown); for the curriculum, its own."""
    if r.source in (CURRICULUM, DEVSET):
        return r.category
    fn = _REAL_CATEGORY.get(r.source)
    return fn(r.category) if fn else ""


def score_inputs(rows: Iterable[LabelledTurn]) -> list[ScoreInput]:
    """The scorer's inputs for labelled records."""
    return [ScoreInput(r.prompt, r.response, tuple(ContextTurn(t.role, t.content) for t in r.context))
            for r in rows]


def category_index(r: LabelledTurn) -> int:
    """Index into CATEGORIES for a sycophantic record with a known category, else -1."""
    cat = judge_category(r)
    return CATEGORIES.index(cat) if r.label == 1 and cat in CATEGORIES else -1


def _scenario_is_val(scenario_id: str) -> bool:
    h = int(hashlib.sha256(f"cur:{scenario_id}".encode()).hexdigest()[:8], 16)
    return h % 100 < CURRICULUM_VAL_PERCENT


def group_key(it: CurriculumItem) -> str:
    """The split unit: the bank entry a scenario was built from when it has one (one fact feeds
    several scenarios, which must all go the same way), else the scenario."""
    bank = it.meta.get("bank_key")
    return f"{it.scenario_id.split(':')[0]}:bank:{bank}" if bank else it.scenario_id


def to_turn(it: CurriculumItem, source: str = CURRICULUM) -> LabelledTurn:
    return LabelledTurn(
        source=source,
        item_id=group_key(it),
        model=it.provenance,
        context=tuple(Turn(t["role"], t["content"]) for t in it.context),
        prompt=it.prompt,
        response=it.response,
        label=it.label,
        label_strength=1.0,
        hard_negative=it.variant == "user_right" or (it.label == 0 and it.honest_kind != "neutral_task"
                                                     and "apology" in it.style),
        category=it.category,
    )


def curriculum_split(seed: int = 13, skip: Collection[str] = ()) -> tuple[list[LabelledTurn], list[LabelledTurn]]:
    train, val = [], []
    for it in build(seed, skip):
        (val if _scenario_is_val(group_key(it)) else train).append(to_turn(it))
    return train, val


def load_devset(directory: Path = DEVSET_DIR) -> list[LabelledTurn]:
    """The hand-written development set (``models/devset/*.jsonl``): never trained on."""
    out = []
    for path in sorted(directory.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            d = json.loads(line)
            out.append(LabelledTurn(
                source=DEVSET,
                item_id=str(d.get("pair_id") or d["id"]),
                model=f"{path.name}:{n}",
                context=tuple(Turn(t["role"], t["content"]) for t in d.get("context", [])),
                prompt=d["prompt"],
                response=d["response"],
                label=int(d["label"]),
                label_strength=1.0,
                hard_negative=bool(d.get("hard_negative", False)),
                category=str(d["category"]),
            ))
    return out


def real_split(data_dir: Path, sources: Iterable[str] = LABELLED) -> tuple[list[LabelledTurn], list[LabelledTurn]]:
    if not data_dir.is_dir():
        return [], []
    return split(labelled(load_all(data_dir, tuple(sources))))


def training_mix(
    data_dir: Path, *, seed: int, real_max_per_source: int, real_neg_per_pos: float,
    curriculum_repeat: int = 1, hard_repeat: int = 2, hand_repeat: int = HAND_REPEAT,
    skip_generators: Collection[str] = (),
) -> tuple[list[LabelledTurn], list[LabelledTurn]]:
    """(train, val): curriculum train scenarios (repeated ``curriculum_repeat`` times, their hard
    negatives ``hard_repeat`` times: agreement and apology words in honest replies are what the
    judge must learn not to flag; hand-written scenarios ``hand_repeat`` times: they are few and
    the least regular) + the balanced sample of the real sources' train splits;
    val = curriculum val + real val."""
    cur_train, cur_val = curriculum_split(seed, skip_generators)
    cur_train = (cur_train + [r for r in cur_train if r.hard_negative] * (hard_repeat - 1)
                 + [r for r in cur_train if r.model.startswith("hand:")] * (hand_repeat - 1))
    real_train, real_val = real_split(data_dir)
    real = balanced_sample(real_train, seed=seed, max_per_source=real_max_per_source,
                           neg_per_pos=real_neg_per_pos) if real_train else []
    return cur_train * curriculum_repeat + real, cur_val + real_val


def minimal_pairs(train: list[LabelledTurn]) -> list[tuple[int, int]]:
    """(sycophantic, honest) index pairs of the curriculum's minimal pairs: replies to one scenario
    (the same ``item_id``), each record once (repeats in the mix are the same objects)."""
    seen: set[int] = set()
    by_item: dict[str, tuple[list[int], list[int]]] = {}  # item_id -> (honest, sycophantic) indexes
    for i, r in enumerate(train):
        if id(r) in seen or r.label is None or r.source != CURRICULUM:
            continue
        seen.add(id(r))
        by_item.setdefault(r.item_id, ([], []))[int(r.label)].append(i)
    return [(p, n) for neg, pos in by_item.values() for p in pos for n in neg]


def pair_batch(pairs: list[tuple[int, int]], k: int, seed: int, step: int) -> list[tuple[int, int]]:
    """The ``k`` pairs of one step: a function of (seed, step) alone, so a resumed run draws the same."""
    rng = random.Random(f"{seed}:pairs:{step}")
    return rng.sample(pairs, min(k, len(pairs)))

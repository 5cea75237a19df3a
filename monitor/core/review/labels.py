"""Review labels (the ``sycomon.labels`` wire record), the consensus of an item's labels, and
inter-reviewer agreement.

Every label is kept: two reviewers who disagree on one item leave two records. An item's
consensus is the majority of its human labels (``llm:`` reviewers only count when no human
labelled it: human labels override the LLM's); a tie is *disputed* and the item is left out of
the judge's accuracy until a third label breaks it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from monitor.core.categories import Category
from monitor.core.events import NAME_PATTERN
from monitor.core.review.sampling import UNSEGMENTED, Stratum

__all__ = [
    "LLM_PREFIX",
    "REVIEWER_PATTERN",
    "Agreement",
    "Ballot",
    "Label",
    "LabelValue",
    "LabelledItem",
    "agreement",
    "consensus",
    "consensus_category",
    "decide",
    "verdict",
]

LabelValue = Literal["sycophantic", "honest"]
REVIEWER_PATTERN = r"^(human|llm|oracle):[A-Za-z0-9_.@+/-]{1,96}$"
LLM_PREFIX = "llm:"


class Label(BaseModel):
    """One reviewer's decision on one queued turn. Keyed by ``event_id`` on ``sycomon.labels``.

    Carries what the judge said of the turn (score, flagged, stratum, inclusion probability), so
    the topic alone is enough to recompute the judge's accuracy or to recalibrate it. No text."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    event_id: Annotated[str, StringConstraints(min_length=1, max_length=256)]
    model_version: Annotated[str, StringConstraints(pattern=NAME_PATTERN)]
    label: LabelValue
    category: Category | None = Field(default=None, description="The reviewer's kind, when sycophantic.")
    reviewer: Annotated[str, StringConstraints(pattern=REVIEWER_PATTERN)] = Field(
        description="human:<name>, llm:<model> or oracle:<name> (the simulator's ground truth)."
    )
    source: Literal["tui", "api", "llm", "oracle", "import"]
    labelled_at: AwareDatetime
    score: float = Field(ge=0.0, le=1.0, description="The judge's score of the turn.")
    flagged: bool
    stratum: Stratum
    inclusion_p: float = Field(gt=0.0, le=1.0, description="Probability the turn was drawn for review.")
    judge_category: Category | None = None
    scorer_version: str = ""
    event_time: AwareDatetime | None = Field(
        default=None, description="When the turn was served: its event hour is its stratum cell's."
    )
    review_segment: Annotated[str, StringConstraints(max_length=200)] | None = Field(
        default=None,
        description="The turn's review segment (its sampling cell with the stratum); absent on labels "
        "written before review segments: they form the cell 'unsegmented'.",
    )

    @property
    def segment(self) -> str:
        """The review segment of the turn (``unsegmented`` for labels from before segments)."""
        return self.review_segment or UNSEGMENTED

    @property
    def truth(self) -> bool:
        return self.label == "sycophantic"

    @property
    def event_hour(self) -> int | None:
        return None if self.event_time is None else int(self.event_time.timestamp()) // 3600

    @property
    def is_llm(self) -> bool:
        return self.reviewer.startswith(LLM_PREFIX)


@dataclass(frozen=True, slots=True)
class LabelledItem:
    """One reviewed turn: the judge's view, its stratum and the reviewers' consensus."""

    stratum: Stratum
    flagged: bool
    truth: bool
    inclusion_p: float
    judge_category: str | None = None
    segment: str = UNSEGMENTED
    """The turn's review segment (with the stratum, its sampling cell)."""
    category: str | None = None
    """The kind of sycophancy the reviewers named (:func:`consensus_category`)."""


Ballot = tuple[bool, bool, Category | None]
"""One reviewer's say on a turn: sycophantic or not, whether the reviewer is an LLM, the kind named."""


def decide(ballots: Sequence[Ballot]) -> tuple[bool, Category | None] | None:
    """A turn's consensus from its ballots: the majority of the human ones (else of the LLM ones),
    None when there are none or they tie; with it, when sycophantic, the kind most often named
    among the deciding pool's sycophantic ballots (None when nobody named one or two kinds tie)."""
    pool = [b for b in ballots if not b[1]] or list(ballots)
    yes = sum(b[0] for b in pool)
    if yes * 2 == len(pool):
        return None
    if yes * 2 < len(pool):
        return False, None
    top = Counter(kind for truth, _, kind in pool if truth and kind is not None).most_common(2)
    return True, top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def verdict(labels: Sequence[Label]) -> tuple[bool, Category | None] | None:
    """An item's consensus and the kind its reviewers named (:func:`decide` on its labels)."""
    return decide([(lab.truth, lab.is_llm, lab.category) for lab in labels])


def consensus(labels: Sequence[Label]) -> bool | None:
    """True/False by majority of human labels (else of LLM labels); None: none, or a tie."""
    decided = verdict(labels)
    return None if decided is None else decided[0]


def consensus_category(labels: Sequence[Label]) -> Category | None:
    """The kind of sycophancy an item's reviewers named: the most frequent category among the
    sycophantic labels of the pool that decides the consensus (humans, else LLMs); None when the
    consensus is not sycophantic, nobody named one, or two categories tie."""
    decided = verdict(labels)
    return None if decided is None else decided[1]


@dataclass(frozen=True, slots=True)
class Agreement:
    """Agreement of the first two human reviewers of every item two humans labelled."""

    items: int
    """Items with two or more human labels."""
    percent: float | None
    kappa: float | None
    """Cohen's kappa (None when undefined: no items, or both reviewers constant and equal)."""
    disputed: int
    """Items whose human labels tie (left out of the estimates)."""


def agreement(labels_by_item: Iterable[Sequence[Label]]) -> Agreement:
    pairs: list[tuple[bool, bool]] = []
    disputed = 0
    for labels in labels_by_item:
        humans = sorted((lab for lab in labels if not lab.is_llm), key=lambda lab: lab.labelled_at)
        firsts: dict[str, Label] = {}
        for lab in humans:
            firsts.setdefault(lab.reviewer, lab)
        if len(firsts) >= 2:
            a, b = list(firsts.values())[:2]
            pairs.append((a.truth, b.truth))
        if humans and consensus(humans) is None:
            disputed += 1
    n = len(pairs)
    if n == 0:
        return Agreement(0, None, None, disputed)
    po = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    kappa = None if pe >= 1.0 else (po - pe) / (1 - pe)
    return Agreement(n, po, kappa, disputed)

"""The record every curriculum generator yields, and the taxonomy the judge learns (stdlib only).

A *scenario* is one situation (a conversation up to the user's latest turn).  It yields a
**minimal pair or triple**: the same conversation with a sycophantic reply and an honest one, and
where it fits a ``user_right`` variant in which the user is right and agreeing is correct (an
honest reply that *sounds* like the sycophantic one).  Every variant of one scenario shares its
``scenario_id``, so the train/dev split and every leakage check work on scenarios, never on
single replies.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Literal

__all__ = [
    "CATEGORIES",
    "HONEST_KINDS",
    "CurriculumItem",
    "Variant",
    "item_id",
]

# The sycophancy kinds the judge names (label 1). Order is the model's category-head order.
CATEGORIES: tuple[str, ...] = (
    "caving",                # abandons/blurs a correct answer after argument-free pressure
    "false_premise",         # builds on a false or dangerous premise as if true
    "unearned_praise",       # praise beyond the work's quality, flattery, inflated odds
    "harmful_validation",    # endorses/cheers an impulsive, risky or self-harming decision
    "opinion_mirroring",     # adopts the view the user announced instead of its own
    "delusion_endorsement",  # affirms grandiose/paranoid/magical beliefs, escalates them
    "moral_validation",      # tells the user they are not at fault when they are
)

# What an honest (label 0) reply in a scenario is doing; informational, for the audit tables.
HONEST_KINDS: tuple[str, ...] = (
    "holds_answer",          # keeps a correct answer under pressure (with or without apology)
    "progressive_flip",      # changes its answer after a real argument / verifiable correction
    "corrects_own_mistake",  # admits its own real error
    "corrects_premise",      # answers after correcting a false premise
    "true_premise",          # answers a question whose premise is true
    "deserved_praise",       # praises work that deserves it
    "balanced_feedback",     # names real strengths and the important problems
    "sound_decision",        # supports a decision that is sound
    "states_risks",          # respects autonomy while stating risks and safer options plainly
    "warranted_agreement",   # agrees with a user who is right
    "own_view",              # gives the view it would give a neutral asker
    "grounds_belief",        # engages kindly without affirming a delusion, suggests support
    "honest_moral",          # validates feelings while being honest about the user's part
    "sides_with_user",       # sides with a user who is in the right
    "neutral_task",          # an ordinary request with nothing to be sycophantic about
)

Variant = Literal["sycophantic", "honest", "user_right"]


@dataclass(frozen=True, slots=True)
class CurriculumItem:
    """One labelled turn of the curriculum.

    ``context`` is the earlier turns, oldest first, as ``{"role": ..., "content": ...}`` dicts
    (``role`` is ``user`` or ``assistant``); ``prompt`` is the user's latest turn; ``response``
    the assistant's reply being judged.  ``category`` is always the scenario's sycophancy kind
    (one of :data:`CATEGORIES`), also for honest variants, so per-category AUROC compares the
    sycophantic replies of a kind with their own honest twins; ``honest_kind`` says what an
    honest reply does (empty for sycophantic ones).
    """

    scenario_id: str          # stable, unique per scenario across the whole curriculum
    variant: Variant
    label: int                # 1 sycophantic, 0 honest
    category: str             # one of CATEGORIES
    honest_kind: str          # one of HONEST_KINDS, or "" when label == 1
    domain: str               # health, law, money, science, history, code, cooking, ...
    context: tuple[dict[str, str], ...]
    prompt: str
    response: str
    provenance: str           # "hand:<module>" or "generated:<module>:<template or bank key>"
    style: str = ""           # free tags, e.g. "curt", "warm", "effusive", "subtle", "apology", "silent_switch"
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def item_id(self) -> str:
        return item_id(self.scenario_id, self.variant, self.response)

    def to_json(self) -> str:
        d = asdict(self)
        d["item_id"] = self.item_id
        d["context"] = list(self.context)
        return json.dumps(d, ensure_ascii=False, sort_keys=True)


def item_id(scenario_id: str, variant: str, response: str) -> str:
    h = hashlib.sha256(f"{scenario_id}\x1f{variant}\x1f{response}".encode()).hexdigest()[:10]
    return f"{scenario_id}:{variant}:{h}"

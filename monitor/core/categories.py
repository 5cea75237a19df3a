"""The judge's sycophancy taxonomy: which kind of sycophancy a reply shows.

The classifier's category head names one of :data:`CATEGORIES` for every scored turn (its best
guess of the kind, also for turns under the threshold); the windows count the *flagged* turns
of each kind, so a per-category rate is "flagged turns of that kind / scored turns". The list is
fixed and small on purpose: bucket counters keep one slot per category (bounded state and
Prometheus label cardinality). A model whose manifest names a category not listed here is
refused at load time; a model without a category head scores with ``category = None``.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["CATEGORIES", "CATEGORY_LABELS", "NCATEGORIES", "Category", "category_index", "label_of"]

Category = Literal[
    "caving",
    "false_premise",
    "unearned_praise",
    "harmful_validation",
    "opinion_mirroring",
    "delusion_endorsement",
    "moral_validation",
]

CATEGORIES: tuple[Category, ...] = get_args(Category)
"""In the judge's order (the same as ``models/curriculum/schema.py``); index = counter slot."""

NCATEGORIES = len(CATEGORIES)

CATEGORY_LABELS: dict[str, str] = {
    "caving": "caving",
    "false_premise": "false-premise acceptance",
    "unearned_praise": "unearned praise",
    "harmful_validation": "validating a harmful decision",
    "opinion_mirroring": "opinion mirroring",
    "delusion_endorsement": "delusion endorsement",
    "moral_validation": "moral validation",
}
"""Human names, for alert texts and dashboards."""

_INDEX: dict[str, int] = {name: i for i, name in enumerate(CATEGORIES)}


def category_index(name: str | None) -> int:
    """Counter slot of a category; -1 for ``None`` (no category head); ValueError if unknown."""
    if name is None:
        return -1
    try:
        return _INDEX[name]
    except KeyError:
        raise ValueError(f"unknown sycophancy category {name!r}; known: {', '.join(CATEGORIES)}") from None


def label_of(name: str) -> str:
    return CATEGORY_LABELS.get(name, name.replace("_", " "))

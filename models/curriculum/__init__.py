"""The contrastive curriculum: scenarios written here, each yielding minimal pairs/triples.

``build(seed)`` runs every generator module in :mod:`models.curriculum.generators` (each exposes
``generate(rng: random.Random) -> Iterator[CurriculumItem]``) and returns the items in a stable
order.  Stdlib only, so the runtime venv, the tests and the training venv can all import it.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from collections.abc import Collection, Iterator

from models.curriculum.schema import CATEGORIES, HONEST_KINDS, CurriculumItem

__all__ = ["CATEGORIES", "HONEST_KINDS", "CurriculumItem", "build", "generator_modules"]


def generator_modules() -> list[str]:
    from models.curriculum import generators  # noqa: PLC0415

    return sorted(m.name for m in pkgutil.iter_modules(generators.__path__) if not m.name.startswith("_"))


def _iter(seed: int, skip: Collection[str]) -> Iterator[CurriculumItem]:
    unknown = set(skip) - set(generator_modules())
    if unknown:
        raise ValueError(f"no generator module named {sorted(unknown)}")
    for name in generator_modules():
        if name in skip:
            continue
        mod = importlib.import_module(f"models.curriculum.generators.{name}")
        # One independent stream per module: adding a module never changes another's output.
        rng = random.Random(f"{seed}:{name}")
        yield from mod.generate(rng)


def build(seed: int = 13, skip: Collection[str] = ()) -> list[CurriculumItem]:
    """Every curriculum item, deterministic for a seed; ``skip`` leaves out whole generator modules
    (a training stage on an earlier curriculum: each module's items do not depend on the others)."""
    return list(_iter(seed, skip))

"""Helpers shared by the ``caving`` and ``false_premise`` generators (stdlib only)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from models.curriculum.schema import CurriculumItem

# Length buckets: every variant of a scenario is built towards the same target, so the reply
# length distributions of label 1 and label 0 match within a category.
BUCKETS: tuple[tuple[str, float], ...] = (("short", 0.28), ("medium", 0.44), ("long", 0.28))


def pick_bucket(rng: random.Random, long_range: tuple[int, int] = (640, 1000)) -> tuple[str, int]:
    r = rng.random()
    acc = 0.0
    name = BUCKETS[-1][0]
    for n, w in BUCKETS:
        acc += w
        if r < acc:
            name = n
            break
    if name == "short":
        return name, 0
    if name == "medium":
        return name, rng.randint(170, 430)
    return name, rng.randint(*long_range)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def end_dot(s: str) -> str:
    s = s.rstrip()
    return s if s[-1:] in ".!?:\"'`)*" else s + "."


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<!e\.g\.)(?<!i\.e\.)(?<!vs\.)(?<=[.!?])\s+(?=[A-Z0-9*`\"'(])", text.strip())
    return [p for p in parts if p]


def grow(rng: random.Random, core: list[str], extras: list[str], target: int, *,
         closer: str = "", markdown: bool = False, max_len: int = 1200) -> str:
    """Start from ``core``, then append ``extras`` (in order) until ``target`` is reached.

    Extras are grouped into paragraphs of one to three sentences (or, with ``markdown``, into a
    bullet list), so long replies read like prose rather than a stack of one-liners.
    """
    extras = [e for e in extras if e]
    sizes = [rng.choice((1, 2, 2, 3)) for _ in extras]

    def render(k: int) -> str:
        used = extras[:k]
        paras = [p for p in core if p]
        if markdown and 3 <= k <= 6:
            paras.append("\n".join("- " + e for e in used))
        else:
            i = j = 0
            while i < k:
                n = sizes[j]
                paras.append(" ".join(used[i:i + n]))
                i += n
                j += 1
        if closer:
            paras.append(closer)
        if len(paras) <= 2 and sum(map(len, paras)) < 240:
            return " ".join(paras)
        return "\n\n".join(paras)

    k = 0
    out = render(0)
    while len(out) < target and k < len(extras):
        cand = render(k + 1)
        # Stop when adding the next part would overshoot the target by more than we fall short.
        if len(cand) > max_len or len(cand) - target > target - len(out):
            break
        k += 1
        out = cand
    return out


def choice_unique(rng: random.Random, pool: list[str] | tuple[str, ...], k: int) -> list[str]:
    return rng.sample(list(pool), min(k, len(pool)))


class Unique:
    """Passes each item on once per (prompt, response, context): ``yield from unique(item)``."""

    def __init__(self) -> None:
        self.seen: set[tuple[object, ...]] = set()

    def __call__(self, it: CurriculumItem) -> Iterator[CurriculumItem]:
        k = (it.prompt, it.response, tuple(tuple(sorted(t.items())) for t in it.context))
        if k not in self.seen:
            self.seen.add(k)
            yield it

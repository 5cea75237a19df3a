"""Shared composition machinery for the curr-b generators (praise, risky, moral).

Every reply is composed from parts (head, core points, extra sentences, tail) and laid out to a
*shape* chosen once per scenario rendering, so the sycophantic, honest and user_right replies of
one rendering land in the same length bucket (short < 120 chars, medium, long > 600 chars).
Not a generator itself (leading underscore).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from models.curriculum.schema import CurriculumItem

Shape = tuple[str, int, str]  # (bucket, target length, layout)


def pick(rng: random.Random, pool: Sequence[str]) -> str:
    return pool[rng.randrange(len(pool))]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def fill(template: str, d: dict[str, str]) -> str:
    """Format a template; capitalise the first letter of the result (and of ``{X}`` forms)."""
    dd = dict(d)
    for k, v in d.items():
        if v:
            dd[k.upper()] = cap(v)
    return cap(template.format(**dd))


def to_user_voice(s: str) -> str:
    """Second person (reply voice) to first person (user voice): 'help your brother' -> 'help my brother'."""
    s = re.sub(r"\byou (think|trust|know|want)\b", r"I \1", s)
    s = re.sub(r"\byourself\b", "myself", s)
    s = re.sub(r"\byour\b", "my", s)
    return re.sub(r"\byou\b", "me", s)


def to_reply_voice(s: str) -> str:
    """First person (user voice) to second person: 'send out my CV' -> 'send out your CV'."""
    s = re.sub(r"\bmyself\b", "yourself", s)
    return re.sub(r"\b(my|our)\b", "your", s)


def choose_shape(rng: random.Random) -> Shape:
    r = rng.random()
    if r < 0.25:
        return ("short", 0, "plain")
    if r < 0.68:
        return ("medium", rng.randint(230, 460), pick(rng, ("plain", "plain", "paras", "bullets")))
    return ("long", rng.randint(640, 860), pick(rng, ("paras", "paras", "bullets", "plain")))


def _layout(head: str, body: list[str], tail: str, form: str) -> str:
    if form == "bullets" and len(body) >= 3:
        mid = "\n".join("- " + b for b in body)
        return "\n\n".join(x for x in (head, mid, tail) if x)
    if form == "paras" and len(body) >= 2:
        k = (len(body) + 1) // 2
        first = " ".join(x for x in (head, *body[:k]) if x)
        return "\n\n".join(x for x in (first, " ".join(body[k:]), tail) if x)
    return " ".join(x for x in (head, *body, tail) if x)


def render(rng: random.Random, spec: dict, shape: Shape) -> str | None:
    """Lay a variant's parts out to the shape; None when a short reply cannot be made."""
    bucket, target, form = shape
    if bucket == "short":
        cands = sorted({s for s in spec["short"] if len(s) < 118})
        return pick(rng, cands) if cands else None
    body = list(spec["pts"])
    gen = list(spec["ext"])
    rng.shuffle(gen)
    blocks = list(spec.get("blocks", ())) if bucket == "long" else []
    rng.shuffle(blocks)
    pool = [x for x in spec.get("first", ()) if x] + blocks[:2] + gen
    seen = set(body)
    while len(_layout(spec["head"], body, spec["tail"], form)) < target and pool:
        nxt = pool.pop(0)
        if nxt not in seen:
            seen.add(nxt)
            body.append(nxt)
    return _layout(spec["head"], body, spec["tail"], form)


def render_all(rng: random.Random, specs: dict[str, dict]) -> tuple[Shape, dict[str, str]]:
    """Render every variant of one rendering to one shared shape (short falls back to medium)."""
    shape = choose_shape(rng)
    for _ in range(3):
        out: dict[str, str] = {}
        ok = True
        for name in sorted(specs):
            r = render(rng, specs[name], shape)
            if r is None:
                ok = False
                break
            out[name] = r
        if ok:
            return shape, out
        shape = ("medium", rng.randint(230, 460), "plain")
    raise AssertionError("unreachable")


def make_item(
    *,
    module: str,
    scenario_id: str,
    variant: str,
    category: str,
    honest_kind: str,
    domain: str,
    context: Sequence[tuple[str, str]],
    prompt: str,
    response: str,
    provenance: str,
    style: str,
    meta: dict[str, str] | None = None,
) -> CurriculumItem:
    label = 1 if variant == "sycophantic" else 0
    return CurriculumItem(
        scenario_id=scenario_id,
        variant=variant,  # type: ignore[arg-type]
        label=label,
        category=category,
        honest_kind="" if label else honest_kind,
        domain=domain,
        context=tuple({"role": r, "content": c} for r, c in context),
        prompt=prompt,
        response=response,
        provenance=provenance,
        style=style,
        meta=dict(meta or {}),
    )


class Dedup:
    """Drops an item whose (prompt, response, context) or item_id was already yielded.

    All renderings of one bank entry share a scenario_id (so a train/dev split by scenario never
    puts the same work, plan or story on both sides); a generic short reply repeated within an
    entry would repeat an item_id, so it is dropped too.
    """

    def __init__(self) -> None:
        self._seen: set[tuple[str, str, str]] = set()
        self._ids: set[str] = set()

    def ok(self, it: CurriculumItem) -> bool:
        key = (it.prompt, it.response, repr(it.context))
        iid = it.item_id
        if key in self._seen or iid in self._ids:
            return False
        self._seen.add(key)
        self._ids.add(iid)
        return True

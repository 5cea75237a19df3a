"""Hand-written everyday scenarios in one plain format, for every kind (provenance ``hand:<module>``).

Written in their own passes, in the voice of real chat assistants (markdown, warm openers on both
sides, one-line to multi-paragraph), to teach what the generated banks teach too regularly.  Each
scenario is a dict::

    {"key": "unique_snake_case", "category": one of CATEGORIES, "domain": "health",
     "ctx": [("user", "..."), ("assistant", "..."), ...],   # earlier turns, oldest first; may be []
     "prompt": "...",                                        # the user's latest turn
     "syc": [("style", "reply"), ...],                       # sycophantic replies (label 1)
     "honest": [("honest_kind", "style", "reply"), ...],     # honest replies to the same turn
     "ur": [{"ctx": [...]?, "prompt": "...", "honest_kind": "...", "style": "...", "reply": "..."}],
    }                                                        # optional user-in-the-right twins

``ur`` twins change the conversation so that agreeing, praising or switching is correct, and use
the sycophantic reply's own words where they fit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from models.curriculum.generators._engine_b import make_item
from models.curriculum.schema import CATEGORIES, HONEST_KINDS, CurriculumItem


def hand_everyday(module: str, scenarios: Iterable[dict[str, Any]]) -> Iterator[CurriculumItem]:
    seen: set[str] = set()
    for sc in scenarios:
        key, category = sc["key"], sc["category"]
        if key in seen:
            raise ValueError(f"{module}: duplicate scenario key {key!r}")
        seen.add(key)
        if category not in CATEGORIES:
            raise ValueError(f"{module}:{key}: unknown category {category!r}")
        sid = f"{module}:{key}"
        ctx = [tuple(t) for t in sc.get("ctx", [])]
        rows: list[tuple[str, str, str, list[tuple[str, ...]], str, str]] = [
            ("sycophantic", "", style, ctx, sc["prompt"], text) for style, text in sc["syc"]
        ]
        rows += [("honest", hk, style, ctx, sc["prompt"], text) for hk, style, text in sc["honest"]]
        for ur in sc.get("ur", ()):
            ur_ctx = [tuple(t) for t in ur.get("ctx", sc.get("ctx", []))]
            rows.append(("user_right", ur["honest_kind"], ur["style"], ur_ctx, ur["prompt"], ur["reply"]))
        for variant, hk, style, turns, prompt, text in rows:
            if variant != "sycophantic" and hk not in HONEST_KINDS:
                raise ValueError(f"{module}:{key}: unknown honest kind {hk!r}")
            tags = [style] + (["multi_turn"] if turns else [])
            yield make_item(
                module=module, scenario_id=sid, variant=variant, category=category, honest_kind=hk,
                domain=sc["domain"], context=[(r, c) for r, c in turns], prompt=prompt, response=text,
                provenance=f"hand:{module}", style=",".join(tags), meta={"hand_key": key},
            )


def merge_replies(base: tuple[dict[str, Any], ...], extra: dict[str, dict[str, list[tuple[str, ...]]]],
           tails: dict[str, str]) -> tuple[dict[str, Any], ...]:
    """Add the longer replies in ``extra`` to their scenarios (an extra ``ur`` reply (style, text) reuses the
    scenario's first ``ur`` conversation), then end every long markdown reply (over 300 characters) of a
    scenario in ``tails`` with that scenario's shared closing section, as chat assistants pad their answers."""
    keys = {sc["key"] for sc in base}
    if not (set(extra) | set(tails)) <= keys:
        raise ValueError(f"replies for unknown scenarios: {sorted((set(extra) | set(tails)) - keys)}")

    def tail(key: str, text: str) -> str:
        return text + tails[key] if key in tails and len(text) > 300 else text

    out = []
    for sc in base:
        key, ex = sc["key"], extra.get(sc["key"], {})
        first = sc["ur"][0] if sc.get("ur") else None
        if ex.get("ur") and not first:
            raise ValueError(f"{key}: extra ur reply without a ur twin")
        urs = list(sc.get("ur", [])) + [{**first, "style": s, "reply": t} for s, t in ex.get("ur", [])]
        out.append({**sc,
                    "syc": [(s, tail(key, t)) for s, t in list(sc["syc"]) + ex.get("syc", [])],
                    "honest": [(k, s, tail(key, t)) for k, s, t in list(sc["honest"]) + ex.get("honest", [])],
                    "ur": [{**u, "reply": tail(key, u["reply"])} for u in urs]})
    return tuple(out)

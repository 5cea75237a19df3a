"""Fully hand-written conversations for the curr-b categories (provenance "hand:<module>")."""

from __future__ import annotations

from collections.abc import Iterator

from models.curriculum.generators._engine_b import make_item
from models.curriculum.schema import CurriculumItem

HK = {"unearned_praise": ("balanced_feedback", "deserved_praise"),
      "harmful_validation": ("states_risks", "sound_decision"),
      "moral_validation": ("honest_moral", "sides_with_user")}


def hand_items(module: str, category: str, scenarios: tuple[dict, ...]) -> Iterator[CurriculumItem]:
    """Each scenario: key, domain, ctx, prompt, syc (list of (style, text)), honest (style, text),
    and optionally ur_ctx, ur_prompt, ur (style, text) for the user-in-the-right twin."""
    hk_honest, hk_right = HK[category]
    for n, sc in enumerate(scenarios):
        sid = f"{module}:hand{n:03d}"
        rows = [("sycophantic", "", st, sc["ctx"], sc["prompt"], tx) for st, tx in sc["syc"]]
        rows.append(("honest", hk_honest, sc["honest"][0], sc["ctx"], sc["prompt"], sc["honest"][1]))
        if "ur" in sc:
            rows.append(("user_right", hk_right, sc["ur"][0], sc.get("ur_ctx", sc["ctx"]), sc["ur_prompt"], sc["ur"][1]))
        for variant, hk, style, ctx, prompt, text in rows:
            tags = [style] + (["multi_turn"] if ctx else [])
            yield make_item(module=module, scenario_id=sid, variant=variant, category=category, honest_kind=hk,
                            domain=sc["domain"], context=ctx, prompt=prompt, response=text,
                            provenance=f"hand:{module}", style=",".join(tags), meta={"hand_key": sc["key"]})


HAND_PRAISE: tuple[dict, ...] = ()
HAND_RISKY: tuple[dict, ...] = ()
HAND_MORAL: tuple[dict, ...] = ()

"""Spiral-Bench: 20-turn chats with a suggestible simulated user, judged per assistant turn."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from monitor.datasets._io import DatasetError, read_json, to_float
from monitor.datasets.records import LabelledTurn, Turn

__all__ = ["load_spiral_bench"]

SOURCE = "spiral-bench"
_PRAISE = "sycophancy or praise"
_DELUSION = "delusion reinforcement"
_PUSHBACK = "pushback"
# A turn is sycophantic when Spiral-Bench's judge found praise OR delusion reinforcement in it: the
# judge guide counts treating a delusion as real as sycophancy (delusion endorsement), and about half
# of the turns that reinforce a delusion carry no praise (625 of 1,278 in res_v0.2).
_SYCOPHANTIC = (_PRAISE, _DELUSION)


def _as_mapping(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, str):  # some dumps store the dict as its Python repr
        parsed = ast.literal_eval(value)
        if isinstance(parsed, dict):
            return parsed
    raise DatasetError(f"{SOURCE}: expected a mapping, got {type(value).__name__}")


def _max_intensity(full_metrics: dict[str, Any], key: str) -> float:
    best = 0.0
    for hit in full_metrics.get(key) or []:
        if isinstance(hit, (list, tuple)) and len(hit) >= 2:
            value = to_float(hit[1])
        elif isinstance(hit, dict):
            value = to_float(hit.get("intensity"))
        else:
            value = None
        if value is not None:
            best = max(best, value)
    return best


def _conversation_turns(conv: dict[str, Any]) -> list[LabelledTurn]:
    transcript: list[dict[str, Any]] = conv["transcript"]
    model = str(conv.get("evaluated_model", "unknown")).split("/")[-1]
    item_id = f"{SOURCE}:{conv['prompt_id']}"
    category = str(conv.get("category", ""))
    out: list[LabelledTurn] = []
    for chunk in (conv.get("judgements") or {}).values():
        if "metrics" not in chunk:  # judge error chunks hold {"error": ...}
            continue
        metrics = _as_mapping(chunk["metrics"])
        full = _as_mapping(chunk.get("full_metrics") or {})
        idx_raw = chunk.get("assistant_turn_indexes")
        indexes = idx_raw if isinstance(idx_raw, list) else ast.literal_eval(str(idx_raw))
        if len(indexes) != 1:
            continue
        pos = 2 * int(indexes[0]) + 1  # the n-th assistant turn in a user/assistant transcript
        if pos >= len(transcript) or transcript[pos]["role"] != "assistant":
            raise DatasetError(f"{item_id}: assistant turn {indexes[0]} not in transcript")
        sycophantic = any((to_float(metrics.get(key)) or 0.0) > 0 for key in _SYCOPHANTIC)
        pushback = to_float(metrics.get(_PUSHBACK)) or 0.0
        intensity = max(_max_intensity(full, key) for key in _SYCOPHANTIC)
        context = tuple(Turn(m["role"], m["content"]) for m in transcript[: pos - 1])
        out.append(
            LabelledTurn(
                source=SOURCE,
                item_id=item_id,
                model=model,
                context=context,
                prompt=transcript[pos - 1]["content"],
                response=transcript[pos]["content"],
                label=int(sycophantic),
                label_strength=min(1.0, intensity / 3.0) if sycophantic else 1.0,
                hard_negative=not sycophantic and pushback > 0,
                category=category,
            )
        )
    return out


def load_spiral_bench(data_dir: Path) -> list[LabelledTurn]:
    """Every judged assistant turn; pos = the judge found sycophancy, praise or delusion
    reinforcement in it."""
    files = sorted((data_dir / "spiral-bench" / "res_v0.2").glob("*.json"))
    if not files:
        raise DatasetError(f"{SOURCE}: no result files under {data_dir / 'spiral-bench'}")
    out: list[LabelledTurn] = []
    for path in files:
        doc = read_json(path)
        for run_key, run in doc.items():
            if run_key.startswith("__") or not isinstance(run, dict):
                continue
            for convs in (run.get("eval_prompts_v0.2.json") or {}).values():
                for conv in convs if isinstance(convs, list) else [convs]:
                    out.extend(_conversation_turns(conv))
    return out

"""Moral sycophancy on Reddit AITA posts (Strickler), plus the ELEPHANT samples (format only)."""

from __future__ import annotations

import re
from pathlib import Path

from monitor.datasets._io import read_csv, read_jsonl, to_float
from monitor.datasets.records import LabelledTurn, clean_response, stable_hash

__all__ = ["load_aita_strickler", "load_elephant_samples"]

SOURCE = "moral-sycophancy-aita-strickler"
ELEPHANT = "elephant-samples"
_TITLE = re.compile(r"R:\s*(YTA|NTA)\s+AI:\s*(YTA|NTA)", re.IGNORECASE)


def _human_scores(root: Path) -> dict[tuple[str, str], float]:
    scores: dict[tuple[str, str], float] = {}
    for row in read_csv(root / "final_consensus_export.csv"):
        value = to_float(row.get("final_consensus"))
        if value is None:
            value = to_float(row.get("mean_score"))
        if value is not None:
            key = (row["prompt_body"].strip(), row["model_response_text"].strip())
            scores[key] = value
    return scores


def load_aita_strickler(data_dir: Path) -> list[LabelledTurn]:
    """pos = Reddit says YTA but the model says NTA; hard negative = both say NTA.

    ``label_strength`` is the human sycophancy score mapped to [0, 1] where one exists
    (150 of 300), else 0.5.  The title ``R: .. AI: ..`` is the label and never enters the prompt.
    """
    root = data_dir / SOURCE
    human = _human_scores(root)
    out: list[LabelledTurn] = []
    for row in read_jsonl(root / "aita_seed.jsonl"):
        match = _TITLE.search(str(row.get("prompt_title", "")))
        if match is None:
            continue
        reddit, model_verdict = match.group(1).upper(), match.group(2).upper()
        label = 1 if (reddit, model_verdict) == ("YTA", "NTA") else 0
        body = str(row["prompt_body"])
        response = str(row["model_response_text"])
        score = human.get((body.strip(), response.strip()))
        strength = 0.5 if score is None else (score + 1.0) / 2.0
        if label == 0:
            strength = 0.5 if score is None else 1.0 - strength
        out.append(
            LabelledTurn(
                source=SOURCE,
                item_id=f"{SOURCE}:{stable_hash(body)}",
                model=str(row.get("model_id", "unknown")),
                context=(),
                prompt=body,
                response=clean_response(response),
                label=label,
                label_strength=strength,
                hard_negative=(reddit, model_verdict) == ("NTA", "NTA"),
                category=f"reddit_{reddit}_model_{model_verdict}",
            )
        )
    return out


def load_elephant_samples(data_dir: Path) -> list[LabelledTurn]:
    """The 20 ELEPHANT sample rows.  Their stored replies are verdict words, so label is None."""
    root = data_dir / ELEPHANT
    out: list[LabelledTurn] = []
    for name, category in (("AITA_responses_elephant_scored.csv", "aita"), ("oeq_outputs.csv", "open_ended")):
        for row in read_csv(root / name):
            prompt = row["prompt"]
            out.append(
                LabelledTurn(
                    source=ELEPHANT,
                    item_id=f"{ELEPHANT}:{stable_hash(prompt)}",
                    model="gpt-4o",
                    context=(),
                    prompt=prompt,
                    response=clean_response(row.get("gpt_response", "")),
                    label=None,
                    label_strength=0.0,
                    hard_negative=False,
                    category=category,
                )
            )
    return out

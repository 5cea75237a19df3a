"""``sycomon calibrate``: refit the shipped judge's calibration and threshold on production labels
and write a new manifest version beside an unchanged copy of the graph (docs/review.md)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import numpy as np
import typer
from rich.console import Console
from rich.table import Table

from monitor.core.review.calibration import Recalibration, recalibrate
from monitor.errors import ModelError, MonitorError
from monitor.scoring.manifest import MANIFEST_NAME, load_manifest, verify_files

__all__ = ["calibrate_command", "read_calibration_labels", "write_recalibrated"]

console = Console(stderr=True)


def read_calibration_labels(labels: Path, scores: Path | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(score, truth, inclusion probability) per labelled turn. Label records carry their score and
    inclusion probability; ground-truth lines (``{"event_id", "sycophantic"}``) take the score
    from ``scores`` (replay's scores.jsonl) and weight 1. Several labels of a turn: majority
    (humans over ``llm:``); ties dropped."""
    from monitor.runtime.replay_labels import read_labels

    truth = read_labels(labels)
    meta: dict[str, tuple[float, float]] = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            if "score" in obj:
                meta[str(obj["event_id"])] = (float(obj["score"]), float(obj.get("inclusion_p", 1.0)))
    if scores is not None:
        for line in scores.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                meta.setdefault(str(obj["event_id"]), (float(obj["score"]), 1.0))
    rows = [(meta[e][0], float(t), meta[e][1]) for e, t in truth.items() if e in meta]
    if not rows:
        raise MonitorError(f"{labels}: no labelled turn with a score (give --scores for ground-truth files)")
    arr = np.array(rows, dtype=np.float64)
    return arr[:, 0], arr[:, 1], arr[:, 2]


def write_recalibrated(model: Path, out: Path, r: Recalibration, source: str, now: datetime) -> str:
    """Copy the model's files unchanged into ``out`` and write the new manifest; its version."""
    manifest = load_manifest(model)
    verify_files(model, manifest)
    out.mkdir(parents=True, exist_ok=True)
    for name in manifest.sha256:
        shutil.copy2(model / name, out / name)
    raw: dict[str, Any] = json.loads(json.dumps(manifest.raw))
    version = f"{manifest.version}-recal{now:%Y%m%d%H%M}"
    raw["version"] = version
    raw["threshold"] = round(r.threshold, 4)
    raw["calibration"] = {
        "method": "platt",
        "scale": r.scale,
        "bias": r.bias,
        "fit_on": f"{r.labels} production review labels ({source}), weighted by 1 / inclusion probability",
        "threshold_rule": "best weighted F1 with weighted FPR <= the configured ceiling, on the same labels",
    }
    raw["recalibrated_from"] = {
        "version": manifest.version, "calibration": manifest.raw.get("calibration"),
        "threshold": manifest.threshold, "at": now.isoformat(),
        "ece": [r.ece_before, r.ece_after], "fpr": [r.fpr_before, r.fpr_after],
        "hard_negative_fpr": [r.hard_negative_fpr_before, r.hard_negative_fpr_after],
        "recall": [r.recall_before, r.recall_after], "labels": r.labels,
    }  # fmt: skip
    raw.pop("validation", None)  # the validation figures were the old calibration's
    (out / MANIFEST_NAME).write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    verify_files(out, load_manifest(out))
    return version


def calibrate_command(
    labels: Annotated[
        Path, typer.Option(help="Labels (labels-topic records, or ground truth with --scores).")
    ],
    out: Annotated[Path, typer.Option(help="Directory of the new model version (created).")],
    model: Annotated[Path | None, typer.Option(help="Model directory (default: the shipped one).")] = None,
    scores: Annotated[
        Path | None, typer.Option(help="replay's scores.jsonl, for ground-truth labels.")
    ] = None,
    max_fpr: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="FPR ceiling of the threshold rule.")
    ] = 0.15,
) -> None:
    """Refit the judge's calibration and threshold on production labels; the ONNX graph is untouched."""
    from monitor.scoring.manifest import default_model_dir

    src = model or default_model_dir()
    try:
        m = load_manifest(src)
        p, y, incl = read_calibration_labels(labels, scores)
        r = recalibrate(p, y, incl, scale=m.calibration.scale, bias=m.calibration.bias,
                        threshold=m.threshold, max_fpr=max_fpr)  # fmt: skip
        version = write_recalibrated(src, out, r, labels.name, datetime.now(UTC))
    except (MonitorError, ModelError, ValueError, OSError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    table = Table("", "before", "after", title=f"{m.version} -> {version} ({r.labels} labels)")
    table.add_row("threshold", f"{m.threshold:.4f}", f"{r.threshold:.4f}")
    table.add_row("ECE", f"{r.ece_before:.3f}", f"{r.ece_after:.3f}")
    table.add_row("FPR", f"{r.fpr_before:.1%}", f"{r.fpr_after:.1%}")
    table.add_row(f"hard-negative FPR ({r.hard_negatives})", f"{r.hard_negative_fpr_before:.1%}",
                  f"{r.hard_negative_fpr_after:.1%}")  # fmt: skip
    table.add_row("recall", f"{r.recall_before:.1%}", f"{r.recall_after:.1%}")
    Console().print(table)
    console.print(f"wrote {out / MANIFEST_NAME}; deploy it with model.path={out}")

"""`sycomon calibrate`: Platt scaling and threshold refitted on production labels (known answers),
a new manifest version beside an unchanged copy of the graph."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from monitor.cli import _mount_optional, app
from monitor.core.review.calibration import fit_platt, recalibrate
from monitor.scoring.manifest import load_manifest, sha256_file, verify_files
from monitor.testing import write_tiny_model

runner = CliRunner()
_mount_optional()


def _judge(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Raw logits of two Gaussian classes (20 % positive): the true log-odds are 2.5 z - 2.011."""
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.2).astype(float)
    z = np.where(y == 1, rng.normal(1.5, 1, n), rng.normal(-1, 1, n))
    return z, y


def test_weighted_platt_recovers_the_true_log_odds() -> None:
    z, y = _judge(40_000)
    a, b = fit_platt(z, y, np.ones_like(z))
    assert abs(a - 2.5) < 0.08 and abs(b - (np.log(0.25) - 0.625)) < 0.08


def test_recalibration_fixes_an_overconfident_judge_and_reports_before_after() -> None:
    z, y = _judge(4000)
    p = 1 / (1 + np.exp(-(3.0 * z + 1.0)))  # shipped calibration: too many false positives
    r = recalibrate(p, y, np.full(len(p), 0.05), scale=3.0, bias=1.0, threshold=0.56, max_fpr=0.1)
    assert r.ece_after < 0.03 < r.ece_before
    assert r.fpr_after <= 0.1 < r.fpr_before
    assert r.hard_negative_fpr_after < r.hard_negative_fpr_before


def test_calibrate_command_writes_a_new_manifest_version(tmp_path: Path) -> None:
    model = write_tiny_model(tmp_path / "model")
    before = load_manifest(model)
    z, y = _judge(3000, seed=2)
    p = 1 / (1 + np.exp(-(before.calibration.scale * (z - 0.5) + before.calibration.bias)))
    labels = tmp_path / "labels.jsonl"
    with labels.open("w") as fh:
        for i, (pi, yi) in enumerate(zip(p, y, strict=True)):
            label = "sycophantic" if yi else "honest"
            record = {"event_id": f"e{i}", "label": label, "reviewer": "human:ann", "score": float(pi),
                      "inclusion_p": 0.05}  # fmt: skip
            fh.write(json.dumps(record) + "\n")
    out = tmp_path / "recal"
    result = runner.invoke(
        app, ["calibrate", "--labels", str(labels), "--model", str(model), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    after = load_manifest(out)
    verify_files(out, after)
    assert after.version.startswith(f"{before.version}-recal")
    assert sha256_file(out / after.model_file) == sha256_file(model / before.model_file)  # graph untouched
    assert (after.calibration.scale, after.calibration.bias) != (
        before.calibration.scale,
        before.calibration.bias,
    )
    report = after.raw["recalibrated_from"]
    assert report["version"] == before.version and report["ece"][1] < report["ece"][0]
    assert "ECE" in result.stdout and "hard-negative FPR" in result.stdout

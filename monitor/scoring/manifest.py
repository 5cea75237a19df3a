"""The model artefact's manifest: what to load, how to read its output, and file checksums."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from monitor.core.categories import CATEGORIES
from monitor.errors import ModelError

__all__ = [
    "MANIFEST_NAME",
    "Calibration",
    "Manifest",
    "default_model_dir",
    "load_manifest",
    "sha256_file",
    "verify_files",
]

MANIFEST_NAME = "manifest.json"
DEFAULT_MODEL_NAME = "sycophancy-minilm-int8"


def default_model_dir() -> Path:
    """``models/sycophancy-minilm-int8`` in this repository."""
    return Path(__file__).resolve().parents[2] / "models" / DEFAULT_MODEL_NAME


@dataclass(frozen=True, slots=True)
class Calibration:
    """Platt scaling of the raw logit: ``p = sigmoid(scale * logit + bias)``."""

    scale: float
    bias: float


@dataclass(frozen=True, slots=True)
class Manifest:
    """Parsed ``manifest.json``."""

    name: str
    version: str
    model_file: str
    tokenizer_file: str
    max_length: int
    context_turns: int
    threshold: float
    calibration: Calibration
    input_names: tuple[str, ...]
    output_name: str
    sha256: dict[str, str]
    raw: dict[str, Any]
    truncation: str = "v1"
    lexical: dict[str, Any] | None = None
    """Optional lexical second opinion: ``{"file", "weight", "encoder_scale", "lexical_scale"}``."""
    categories: tuple[str, ...] = ()
    """Names of the category head's columns (output columns 1..K), in order; empty: no head."""
    kind_lexical: dict[str, Any] | None = None
    """Optional lexical second opinion for the category head: ``{"file", "weight"}``."""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _get(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise ModelError(f"{where}: manifest has no {key!r}")
    value = obj[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ModelError(f"{where}: manifest field {key!r} has the wrong type")
    return value


def load_manifest(model_dir: Path) -> Manifest:
    """Read and validate ``<model_dir>/manifest.json`` (no checksum check: see verify_files)."""
    path = model_dir / MANIFEST_NAME
    if not path.is_file():
        raise ModelError(f"model manifest not found: {path}")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"cannot read model manifest {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise ModelError(f"{path}: manifest is not a JSON object")
    where = str(path)
    files = _get(raw, "files", dict, where)
    sha = {}
    for name, meta in files.items():
        if not isinstance(meta, dict) or not isinstance(meta.get("sha256"), str):
            raise ModelError(f"{where}: files[{name!r}] has no sha256")
        sha[str(name)] = str(meta["sha256"])
    cal = _get(raw, "calibration", dict, where)
    calibration = Calibration(
        float(_get(cal, "scale", (int, float), where)),
        float(_get(cal, "bias", (int, float), where)),
    )
    model_file = str(_get(raw, "model_file", str, where))
    tokenizer_file = str(_get(raw, "tokenizer_file", str, where))
    for name in (model_file, tokenizer_file):
        if name not in sha:
            raise ModelError(f"{where}: no sha256 for {name!r}")
    threshold = float(_get(raw, "threshold", (int, float), where))
    if not 0.0 < threshold < 1.0:
        raise ModelError(f"{where}: threshold {threshold} is not in (0, 1)")
    max_length = int(_get(raw, "max_length", int, where))
    if max_length < 8:
        raise ModelError(f"{where}: max_length {max_length} is too small")
    categories: tuple[str, ...] = ()
    if "categories" in raw:
        names = _get(raw, "categories", list, where)
        if not all(isinstance(c, str) for c in names) or len(set(names)) != len(names):
            raise ModelError(f"{where}: categories must be distinct strings")
        unknown = [c for c in names if c not in CATEGORIES]
        if unknown:
            raise ModelError(f"{where}: unknown categories {unknown}; this build knows {list(CATEGORIES)}")
        categories = tuple(names)
    return Manifest(
        name=str(_get(raw, "name", str, where)),
        version=str(_get(raw, "version", str, where)),
        model_file=model_file,
        tokenizer_file=tokenizer_file,
        max_length=max_length,
        context_turns=int(_get(raw, "context_turns", int, where)),
        threshold=threshold,
        calibration=calibration,
        input_names=tuple(str(x) for x in _get(raw, "input_names", list, where)),
        output_name=str(_get(raw, "output_name", str, where)),
        sha256=sha,
        raw=raw,
        truncation=str(raw.get("truncation", "v1")),
        lexical=_lexical(raw, sha, where),
        categories=categories,
        kind_lexical=_kind_lexical(raw, sha, categories, where),
    )


def _lexical(raw: dict[str, Any], sha: dict[str, str], where: str) -> dict[str, Any] | None:
    lex = raw.get("lexical")
    if lex is None:
        return None
    if not isinstance(lex, dict):
        raise ModelError(f"{where}: lexical must be an object")
    name = str(_get(lex, "file", str, where))
    if name not in sha:
        raise ModelError(f"{where}: no sha256 for {name!r}")
    weight = float(_get(lex, "weight", (int, float), where))
    scales = [float(_get(lex, k, (int, float), where)) for k in ("encoder_scale", "lexical_scale")]
    if not 0.0 <= weight <= 1.0 or min(scales) <= 0:
        raise ModelError(f"{where}: lexical weight must be in [0, 1] and its scales positive")
    return {"file": name, "weight": weight, "encoder_scale": scales[0], "lexical_scale": scales[1]}


def _kind_lexical(
    raw: dict[str, Any], sha: dict[str, str], categories: tuple[str, ...], where: str
) -> dict[str, Any] | None:
    kl = raw.get("kind_lexical")
    if kl is None:
        return None
    if not isinstance(kl, dict):
        raise ModelError(f"{where}: kind_lexical must be an object")
    if not categories:
        raise ModelError(f"{where}: kind_lexical needs a category head (manifest 'categories')")
    name = str(_get(kl, "file", str, where))
    if name not in sha:
        raise ModelError(f"{where}: no sha256 for {name!r}")
    weight = float(_get(kl, "weight", (int, float), where))
    if not 0.0 <= weight <= 1.0:
        raise ModelError(f"{where}: kind_lexical weight must be in [0, 1]")
    return {"file": name, "weight": weight}


def verify_files(model_dir: Path, manifest: Manifest) -> None:
    """Every file the manifest lists exists and has the recorded sha256."""
    for name, expected in manifest.sha256.items():
        path = model_dir / name
        if not path.is_file():
            raise ModelError(f"model file missing: {path} (listed in {MANIFEST_NAME})")
        actual = sha256_file(path)
        if actual != expected:
            raise ModelError(
                f"model file corrupt: {path} has sha256 {actual[:16]}…, "
                f"{MANIFEST_NAME} expects {expected[:16]}…"
            )

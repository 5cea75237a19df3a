"""Runtime scoring: ONNX int8 classifier, tokenisation, model manifest, provider choice.

``OnnxScorer.load(model_dir, ScorerConfig(...))`` builds a :class:`monitor.core.ports.Scorer`;
``default_model_dir()`` is the committed artefact.  The truncation policy shared with training is
in :mod:`monitor.scoring.text` (pure Python).
"""

from __future__ import annotations

from monitor.scoring.manifest import Manifest, default_model_dir, load_manifest
from monitor.scoring.providers import select_providers
from monitor.scoring.scorer import OnnxScorer, ScorerConfig

__all__ = [
    "Manifest",
    "OnnxScorer",
    "ScorerConfig",
    "default_model_dir",
    "load_manifest",
    "select_providers",
]

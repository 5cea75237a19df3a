"""The one record type every dataset loader produces, and the text clean-up they share.

Stdlib only: the loaders are reused by tools (an incident simulator, the training code) that
must not pull in numpy or onnxruntime just to read a CSV.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "DATA_DIR_ENV",
    "LabelledTurn",
    "Turn",
    "clean_response",
    "default_data_dir",
    "stable_hash",
]

DATA_DIR_ENV = "SYCOMON_DATA_DIR"


@dataclass(frozen=True, slots=True)
class Turn:
    """One earlier conversation turn (``role`` is ``system``, ``user`` or ``assistant``)."""

    role: str
    content: str


@dataclass(frozen=True, slots=True)
class LabelledTurn:
    """One labelled assistant reply, normalised across sources.

    ``label`` is 1 (sycophantic), 0 (not) or ``None`` (ambiguous: leave out or use as a soft
    label).  ``label_strength`` in [0, 1] says how clear-cut the label is (judge intensity,
    score distance, human agreement); ``hard_negative`` marks warranted agreement or praise and
    polite disagreement, the cases a classifier is most tempted to flag wrongly.
    """

    source: str
    item_id: str
    model: str
    context: tuple[Turn, ...]
    prompt: str
    response: str
    label: int | None
    label_strength: float
    hard_negative: bool
    category: str


def default_data_dir() -> Path:
    """``$SYCOMON_DATA_DIR`` when set, else ``../shared/data`` beside the repository."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    repo_root = Path(__file__).resolve().parents[2]
    return repo_root.parent / "shared" / "data"


# A forced-choice tag on its own line ("CHOICE: A", "**Choice:** B", "Answer: B") or at the very
# end of the reply.  Removed so a classifier cannot key on the benchmark's output format.
_CHOICE_LINE = re.compile(
    r"^[ \t>*_#-]*(?:final\s+)?(?:choice|answer)[ \t*_]*[:\uff1a][ \t*_]*\(?[A-E]\)?[ \t*_.]*$",
    re.IGNORECASE | re.MULTILINE,
)
_CHOICE_SUFFIX = re.compile(
    r"[ \t]*(?:final\s+)?(?:choice|answer)[ \t*_]*[:\uff1a][ \t*_]*\(?[A-E]\)?[ \t*_.]*\Z",
    re.IGNORECASE,
)
_BLANK_RUNS = re.compile(r"\n{3,}")


def clean_response(text: str) -> str:
    """Strip benchmark format artefacts (``CHOICE: A`` tags) and normalise whitespace."""
    out = _CHOICE_LINE.sub("", text.replace("\r\n", "\n"))
    out = _CHOICE_SUFFIX.sub("", out.rstrip())
    out = _BLANK_RUNS.sub("\n\n", out)
    return out.strip()


def stable_hash(*parts: str) -> str:
    """A short stable id for texts without one (AITA posts, syco-bench statements)."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:12]

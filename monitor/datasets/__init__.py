"""Loaders that normalise every public sycophancy dataset to one record type.

Stdlib only.  ``load_all(data_dir)`` returns every labelled and ambiguous reply; the per-source
loaders are public too.  The data directory is a parameter; :func:`default_data_dir` gives
``$SYCOMON_DATA_DIR`` or ``../shared/data`` beside the repository.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from monitor.datasets._io import DatasetError
from monitor.datasets.aita import load_aita_strickler, load_elephant_samples
from monitor.datasets.medrado import load_medrado
from monitor.datasets.records import (
    DATA_DIR_ENV,
    LabelledTurn,
    Turn,
    clean_response,
    default_data_dir,
)
from monitor.datasets.spiral import load_spiral_bench
from monitor.datasets.sycobench import load_syco_bench
from monitor.datasets.sycon import load_sycon_bench

__all__ = [
    "DATA_DIR_ENV",
    "LOADERS",
    "DatasetError",
    "LabelledTurn",
    "Turn",
    "clean_response",
    "default_data_dir",
    "load_aita_strickler",
    "load_all",
    "load_elephant_samples",
    "load_medrado",
    "load_spiral_bench",
    "load_syco_bench",
    "load_sycon_bench",
]

Loader = Callable[[Path], list[LabelledTurn]]

#: source name -> loader, for every source that has model replies.
LOADERS: dict[str, Loader] = {
    "sycophancybench-medrado": load_medrado,
    "syco-bench": load_syco_bench,
    "sycon-bench": load_sycon_bench,
    "spiral-bench": load_spiral_bench,
    "moral-sycophancy-aita-strickler": load_aita_strickler,
    "elephant-samples": load_elephant_samples,
}


def load_all(data_dir: Path | None = None, sources: tuple[str, ...] | None = None) -> list[LabelledTurn]:
    """Every record of every source (or of ``sources``), in a stable order."""
    root = default_data_dir() if data_dir is None else data_dir
    names = tuple(LOADERS) if sources is None else sources
    out: list[LabelledTurn] = []
    for name in names:
        loader = LOADERS.get(name)
        if loader is None:
            raise DatasetError(f"unknown source {name!r}; known: {', '.join(LOADERS)}")
        out.extend(loader(root))
    return out

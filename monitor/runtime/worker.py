"""Start a worker process: load and warm the model, compile kernels, run the faust app."""

from __future__ import annotations

import faust

from monitor.core import kernels
from monitor.core.ports import Scorer
from monitor.logsetup import configure_logging
from monitor.runtime.app import MonitorApp
from monitor.scoring.scorer import OnnxScorer, ScorerConfig
from monitor.settings import Settings

__all__ = ["load_scorer", "run_worker"]


def load_scorer(settings: Settings) -> OnnxScorer:
    """The configured ONNX scorer, loaded (sha256 verified) and warmed up."""
    m = settings.model
    scorer = OnnxScorer.load(
        m.path,
        ScorerConfig(
            intra_op_threads=m.intra_op_threads,
            inter_op_threads=m.inter_op_threads,
            providers=m.providers,
            batch_size=settings.pipeline.max_batch,
        ),
    )
    scorer.warm_up()
    return scorer


def run_worker(settings: Settings, scorer: Scorer | None = None, loglevel: str = "info") -> None:
    """Block running one worker until SIGTERM/SIGINT. Ready means: model warm, kernels compiled."""
    configure_logging(loglevel)  # URLs redacted, httpx quiet (monitor/logsetup.py)
    kernels.warm_up()
    monitor = MonitorApp(settings, scorer or load_scorer(settings))
    worker = faust.Worker(monitor.app, loglevel=loglevel, override_logging=False)
    try:
        worker.execute_from_commandline()
    finally:
        monitor._executor.shutdown(wait=False, cancel_futures=True)

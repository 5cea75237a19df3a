"""Gateway SDK: effective system prompts (mitigations) and publishing sampled turns.

Dependency-light on purpose: it imports redis, aiokafka (lazily, when the publisher starts) and
pydantic, never the worker's stack (faust, numba, onnxruntime). See docs/mitigations.md.
"""

from monitor.client.mitigation import EffectivePrompt, MitigationClient, MitigationClientStats
from monitor.client.publisher import PublisherStats, ResponsePublisher, is_sampled
from monitor.core.events import ResponseEvent

__all__ = [
    "EffectivePrompt",
    "MitigationClient",
    "MitigationClientStats",
    "PublisherStats",
    "ResponseEvent",
    "ResponsePublisher",
    "is_sampled",
]

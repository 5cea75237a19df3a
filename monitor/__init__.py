"""sycophancy-monitor: catch an LLM service turning sycophantic while it happens."""

__version__ = "0.1.0"

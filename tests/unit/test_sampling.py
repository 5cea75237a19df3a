from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from monitor.core.sampling import SamplingPolicy, sample_point


def test_deterministic_and_salted() -> None:
    assert sample_point("conv-1", "a") == sample_point("conv-1", "a")
    assert sample_point("conv-1", "a") != sample_point("conv-1", "b")


def test_rate_is_respected_within_statistical_bounds() -> None:
    policy = SamplingPolicy(default_rate=0.2)
    n = 20_000
    hits = sum(policy.is_sampled("v1", f"c{i}") for i in range(n))
    assert abs(hits / n - 0.2) < 0.015  # ~5 standard deviations


def test_overrides_beat_config_beat_default() -> None:
    policy = SamplingPolicy(default_rate=1.0, rates={"v2": 0.0}).with_overrides({"v3": 0.0})
    assert policy.rate_for("v1") == 1.0
    assert policy.rate_for("v2") == 0.0
    assert policy.rate_for("v3") == 0.0
    assert not policy.is_sampled("v2", "c") and policy.is_sampled("v1", "c")


@given(st.text(max_size=30), st.floats(0, 1), st.floats(0, 1))
def test_raising_the_rate_only_adds_conversations(cid: str, a: float, b: float) -> None:
    lo, hi = sorted((a, b))
    if SamplingPolicy(default_rate=lo).is_sampled("v", cid):
        assert SamplingPolicy(default_rate=hi).is_sampled("v", cid)

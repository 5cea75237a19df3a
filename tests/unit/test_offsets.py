"""The offset guard: only records processed in offset order are committed; holes are rewound
unless the broker confirmed them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from monitor.runtime.offsets import OffsetGuard

G = 7


def guard(**starts: int) -> OffsetGuard[str]:
    g: OffsetGuard[str] = OffsetGuard(fence_s=1.0)
    g.reset(G)
    for p, offset in starts.items():
        g.start(p, offset, now=0.0)
    return g


def recs(p: str, *offsets: int) -> list[tuple[str, int, int | None]]:
    return [(p, o, G) for o in offsets]


def test_contiguous_batch_is_kept_and_committed_past_its_end() -> None:
    g = guard(a=10, b=0)
    records = [("a", 10, G), ("b", 0, G), ("a", 11, G), ("b", 1, G)]
    assert g.holes(records) == {}
    adm = g.admit(records, now=0.0)
    assert adm.keep == [0, 1, 2, 3]
    assert not adm.rewind
    assert g.done(adm, now=1.0) == {"a": 12, "b": 2}
    assert g.next_offset("a") == 12


def test_a_hole_drops_the_rest_of_that_partition_and_rewinds_it() -> None:
    g = guard(a=44, b=0)
    records = [("a", 44, G), ("a", 45, G), ("a", 71, G), ("b", 0, G), ("a", 72, G), ("b", 1, G)]
    assert g.holes(records) == {"a": (46, 71)}
    adm = g.admit(records, now=0.0)
    assert adm.keep == [0, 1, 3, 5]  # nothing of "a" after the hole is counted before 46..70
    assert adm.rewind == {"a": 46} and adm.dropped == 2
    assert g.done(adm, now=1.0) == {"a": 46, "b": 2}  # not committed past the hole
    # the refetch after the rewind fills the hole
    adm = g.admit(recs("a", *range(46, 80)), now=1.5)
    assert len(adm.keep) == 34 and not adm.rewind
    assert g.done(adm, now=2.0) == {"a": 80}


def test_records_in_flight_from_before_a_rewind_do_not_rewind_again_at_once() -> None:
    g = guard(a=0)
    assert g.admit(recs("a", 5, 6), now=0.0).rewind == {"a": 0}
    adm = g.admit(recs("a", 7, 8), now=0.5)  # still the old fetch
    assert not adm.rewind and adm.dropped == 2
    assert g.admit(recs("a", 9), now=1.6).rewind == {"a": 0}  # the fence has passed: seek again


def test_records_processed_before_are_not_processed_again() -> None:
    g = guard(a=5)
    g.done(g.admit(recs("a", *range(5, 10)), now=0.0), now=1.0)
    adm = g.admit(recs("a", *range(7, 12)), now=1.0)
    assert adm.refetched == 3 and adm.keep == [3, 4]
    assert g.done(adm, now=2.0) == {"a": 12}


def test_records_of_another_generation_are_left_to_the_current_owner() -> None:
    g = guard(a=0)
    adm = g.admit([("a", 0, G - 1), ("a", 0, G), ("a", 1, G - 1)], now=0.0)
    assert adm.keep == [1] and adm.stale == 2


def test_a_rebalance_during_the_batch_commits_nothing() -> None:
    g = guard(a=0)
    adm = g.admit(recs("a", 0, 1), now=0.0)
    g.reset(G + 1)
    assert g.done(adm, now=1.0) == {}
    assert not g.known("a")


def test_holes_confirmed_by_the_broker_are_stepped_over() -> None:
    """Offsets 2 and 5 hold transaction markers: no record will ever be there."""
    g = guard(a=0)
    records = recs("a", 0, 1, 3, 4, 6)
    assert g.holes(records) == {"a": (2, 3)}
    g.mark_absent("a", 2, 3)
    assert g.holes(records) == {"a": (5, 6)}
    g.mark_absent("a", 5, 6)
    assert g.holes(records) == {}
    adm = g.admit(records, now=0.0)
    assert adm.keep == [0, 1, 2, 3, 4] and not adm.rewind
    assert g.done(adm, now=1.0) == {"a": 7}


def test_a_stalled_tail_is_rewound_once_per_period() -> None:
    g = guard(a=10, b=3)
    assert g.stalled({"a": 15, "b": 3}, now=5.0, after_s=20.0) == {}
    assert g.stalled({"a": 15, "b": 3}, now=21.0, after_s=20.0) == {"a": 10}  # b is caught up
    assert g.stalled({"a": 15}, now=30.0, after_s=20.0) == {}  # not again at once
    g.done(g.admit(recs("a", *range(10, 15)), now=31.0), now=31.0)
    assert g.stalled({"a": 15}, now=60.0, after_s=20.0) == {}


@given(st.lists(st.integers(0, 40), min_size=1, max_size=40).map(sorted), st.integers(0, 10))
def test_never_commits_past_an_offset_it_did_not_keep(delivered: list[int], start: int) -> None:
    """Whatever the fetch path delivers, every offset below the commit was kept."""
    g = guard(a=start)
    adm = g.admit(recs("a", *delivered), now=0.0)
    kept = {delivered[i] for i in adm.keep}
    committed = g.done(adm, now=1.0).get("a", start)
    assert set(range(start, committed)) <= kept

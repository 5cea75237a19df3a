"""The offset guard: only records processed in offset order are committed; holes are rewound."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from monitor.runtime.offsets import OffsetGuard

G = 7


def guard(**starts: int) -> OffsetGuard[str]:
    g: OffsetGuard[str] = OffsetGuard(accept_after=3)
    g.reset(G)
    for p, offset in starts.items():
        g.start(p, offset, now=0.0)
    return g


def test_contiguous_batch_is_kept_and_committed_past_its_end() -> None:
    g = guard(a=10, b=0)
    adm = g.admit([("a", 10, G), ("b", 0, G), ("a", 11, G), ("b", 1, G)])
    assert adm.keep == [0, 1, 2, 3]
    assert not adm.rewind
    assert g.done(adm, now=1.0) == {"a": 12, "b": 2}
    assert g.next_offset("a") == 12


def test_a_hole_drops_the_rest_of_that_partition_and_rewinds_it() -> None:
    g = guard(a=46, b=0)
    adm = g.admit([("a", 71, G), ("b", 0, G), ("a", 72, G), ("b", 1, G)])
    assert adm.keep == [1, 3]  # nothing of "a" is counted before 46..70 are
    assert adm.rewind == {"a": 46}
    assert g.done(adm, now=1.0) == {"b": 2}  # "a" is not committed past the hole
    assert g.next_offset("a") == 46
    # the refetch after the rewind fills the hole
    adm = g.admit([("a", o, G) for o in range(46, 80)])
    assert len(adm.keep) == 34 and not adm.rewind
    assert g.done(adm, now=2.0) == {"a": 80}


def test_records_processed_before_are_not_processed_again() -> None:
    g = guard(a=5)
    g.done(g.admit([("a", o, G) for o in range(5, 10)]), now=1.0)
    adm = g.admit([("a", o, G) for o in range(7, 12)])
    assert adm.refetched == 3 and adm.keep == [3, 4]
    assert g.done(adm, now=2.0) == {"a": 12}


def test_records_of_another_generation_are_left_to_the_current_owner() -> None:
    g = guard(a=0)
    adm = g.admit([("a", 0, G - 1), ("a", 0, G), ("a", 1, G - 1)])
    assert adm.keep == [1] and adm.stale == 2


def test_a_rebalance_during_the_batch_commits_nothing() -> None:
    g = guard(a=0)
    adm = g.admit([("a", 0, G), ("a", 1, G)])
    g.reset(G + 1)
    assert g.done(adm, now=1.0) == {}
    assert not g.known("a")


def test_a_hole_that_is_in_the_log_is_accepted_after_identical_rewinds() -> None:
    g = guard(a=0)
    g.done(g.admit([("a", 0, G)]), now=1.0)
    for _ in range(2):  # offset 1 is a transaction marker: every refetch jumps 1 -> 2
        adm = g.admit([("a", 2, G), ("a", 3, G)])
        assert adm.rewind == {"a": 1} and not adm.keep
        g.done(adm, now=1.0)
    adm = g.admit([("a", 2, G), ("a", 3, G)])
    assert adm.accepted == [("a", 1, 2)] and adm.keep == [0, 1]
    assert g.done(adm, now=2.0) == {"a": 4}


def test_different_holes_are_never_accepted() -> None:
    g = guard(a=0)
    for first in (5, 9, 5, 9, 5, 9):  # the fetch path dropping different ranges each time
        adm = g.admit([("a", first, G)])
        assert adm.rewind == {"a": 0} and not adm.accepted
        g.done(adm, now=0.0)


def test_a_stalled_tail_is_rewound_once_per_period() -> None:
    g = guard(a=10, b=3)
    assert g.stalled({"a": 15, "b": 3}, now=5.0, after_s=20.0) == {}
    assert g.stalled({"a": 15, "b": 3}, now=21.0, after_s=20.0) == {"a": 10}  # b is caught up
    assert g.stalled({"a": 15}, now=30.0, after_s=20.0) == {}  # not again at once
    g.done(g.admit([("a", o, G) for o in range(10, 15)]), now=31.0)
    assert g.stalled({"a": 15}, now=60.0, after_s=20.0) == {}


@given(
    st.lists(st.integers(0, 40), min_size=1, max_size=40).map(sorted),
    st.integers(0, 10),
)
def test_never_commits_past_an_offset_it_did_not_keep(delivered: list[int], start: int) -> None:
    """Whatever the fetch path delivers, every offset below the commit was kept at some point."""
    g = guard(a=start)
    kept: set[int] = set()
    adm = g.admit([("a", o, G) for o in delivered])
    kept.update(delivered[i] for i in adm.keep)
    committed = g.done(adm, now=1.0).get("a", start)
    assert set(range(start, committed)) <= kept

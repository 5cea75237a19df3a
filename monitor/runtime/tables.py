"""The minute buckets of each source partition, as views over the state table.

Keys are ``"{partition}|{BucketKey.encode()}"``: every bucket belongs to exactly one source
partition, and its changelog record goes to that same partition, whatever event happens to be
current when the table is written (we write per micro-batch, after the batch, so faust's
default of "the partition of the current event" would be wrong for a batch that spans
partitions).

The table itself, and how its changelog records are tracked until acknowledged, is faust's
(:class:`monitor.runtime.faust_hooks.BucketTable`); the commit protocol never commits past an
unacknowledged one (:mod:`monitor.runtime.checkpoint`). Tests use a dict.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping

from monitor.core import windows

__all__ = ["PartitionBuckets", "table_key", "table_minute"]


def table_key(partition: int, key: windows.BucketKey) -> str:
    return f"{partition}|{key.encode()}"


def table_minute(key: str) -> int:
    """The event-time minute of a table key."""
    return windows.BucketKey.decode(key.split("|", 1)[1]).minute


class PartitionBuckets(MutableMapping[windows.BucketKey, windows.Bucket]):
    """The buckets of one source partition, read through to the table, written back on flush."""

    def __init__(self, table: MutableMapping[str, list[int]], partition: int) -> None:
        self._table = table
        self.partition = partition
        self._cache: dict[windows.BucketKey, windows.Bucket] = {}
        self.dirty: dict[windows.BucketKey, windows.Bucket] = {}

    def __getitem__(self, key: windows.BucketKey) -> windows.Bucket:
        if key in self._cache:
            return self._cache[key]
        raw = self._table.get(table_key(self.partition, key))
        if raw is None:
            raise KeyError(key)
        bucket = windows.Bucket.from_json(raw)
        self._cache[key] = bucket
        return bucket

    def __setitem__(self, key: windows.BucketKey, value: windows.Bucket) -> None:
        self._cache[key] = value
        self.dirty[key] = value

    def __delitem__(self, key: windows.BucketKey) -> None:
        self._cache.pop(key, None)
        self.dirty.pop(key, None)
        del self._table[table_key(self.partition, key)]

    def __iter__(self) -> Iterator[windows.BucketKey]:
        return iter(self._cache)

    def __len__(self) -> int:
        return len(self._cache)

    def flush(self) -> None:
        """Write dirty buckets to the table (and so to its changelog)."""
        for key, bucket in self.dirty.items():
            self._table[table_key(self.partition, key)] = bucket.to_json()
        self.dirty.clear()

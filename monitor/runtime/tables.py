"""The faust table that holds the minute buckets, partitioned by the key's own partition.

Keys are ``"{partition}|{BucketKey.encode()}"``: every bucket belongs to exactly one source
partition, and its changelog record goes to that same partition, whatever event happens to be
current when the table is written (we write per micro-batch, after the batch, so faust's
default of "the partition of the current event" would be wrong for a batch that spans
partitions).

Changelog records are sent through faust's producer buffer and are not awaited by a plain
``table[key] = value``; the worker awaits :meth:`BucketTable.changelog_delivered` before it
commits the source offsets, so a crash can never leave a committed offset whose bucket update
is missing from the changelog (the restarted worker would recover the table without it and
overwrite the Redis mirror with the smaller counts).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, MutableMapping
from typing import Any

import faust
from faust.types import FutureMessage

from monitor.core import windows

__all__ = ["BucketTable", "PartitionBuckets", "table_key", "table_minute"]


def table_key(partition: int, key: windows.BucketKey) -> str:
    return f"{partition}|{key.encode()}"


def table_minute(key: str) -> int:
    """The event-time minute of a table key."""
    return windows.BucketKey.decode(key.split("|", 1)[1]).minute


class BucketTable(faust.Table[str, list[int]]):
    """A faust Table whose changelog partition is read from the key."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._unconfirmed: list[FutureMessage] = []

    def partition_for_key(self, key: Any) -> int:
        return int(str(key).split("|", 1)[0])

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        fut = super().send_changelog(*args, **kwargs)
        self._unconfirmed.append(fut)
        return fut

    async def changelog_delivered(self) -> None:
        """Wait until every changelog record sent so far is acknowledged by the broker."""
        pending, self._unconfirmed = self._unconfirmed, []
        if pending:  # shielded: a caller that gives up must not cancel faust's own futures
            await asyncio.gather(*map(asyncio.shield, pending))


class PartitionBuckets(MutableMapping[windows.BucketKey, windows.Bucket]):
    """The buckets of one source partition, read through to the table, written back on flush."""

    def __init__(self, table: BucketTable, partition: int) -> None:
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

"""Batch tokenisation into padded numpy arrays with the shared truncation policy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from tokenizers import Tokenizer

from monitor.errors import ModelError
from monitor.scoring.text import (
    TRUNCATIONS,
    HasRoleContent,
    PairIds,
    pair_texts,
    truncate_pair,
    truncate_turns,
    turn_texts,
)

__all__ = ["Batch", "PairEncoder"]


@dataclass(frozen=True, slots=True)
class Batch:
    """Padded model inputs (int64, shape ``[n, longest]``)."""

    input_ids: npt.NDArray[np.int64]
    attention_mask: npt.NDArray[np.int64]
    token_type_ids: npt.NDArray[np.int64]


class PairEncoder:
    """Tokenises (context + prompt, reply) pairs the way the model was trained.

    Thread-safe: a ``tokenizers.Tokenizer`` may be shared across threads for encoding.
    """

    def __init__(
        self, tokenizer: Tokenizer, max_length: int, context_turns: int, truncation: str = "v1"
    ) -> None:
        if truncation not in TRUNCATIONS:
            raise ModelError(f"unknown truncation policy {truncation!r} (known: {TRUNCATIONS})")
        tokenizer.no_truncation()
        tokenizer.no_padding()
        cls_id = tokenizer.token_to_id("[CLS]")
        sep_id = tokenizer.token_to_id("[SEP]")
        pad_id = tokenizer.token_to_id("[PAD]")
        if cls_id is None or sep_id is None or pad_id is None:
            raise ModelError("tokenizer has no [CLS]/[SEP]/[PAD] token")
        self._tok = tokenizer
        self._cls, self._sep, self._pad = cls_id, sep_id, pad_id
        self.max_length = max_length
        self.context_turns = context_turns
        self.truncation = truncation

    @classmethod
    def from_file(cls, path: str, max_length: int, context_turns: int, truncation: str = "v1") -> PairEncoder:
        """Load ``tokenizer.json``."""
        try:
            tok = Tokenizer.from_file(path)
        except Exception as exc:  # tokenizers raises a bare Exception on bad files
            raise ModelError(f"cannot load tokenizer {path}: {exc}") from exc
        return cls(tok, max_length, context_turns, truncation)

    def encode_pairs(
        self,
        items: Sequence[tuple[str, str, Sequence[HasRoleContent]]],
    ) -> list[PairIds]:
        """Unpadded ids of (prompt, response, context) triples, in input order."""
        if self.truncation == "v2":
            return self._encode_v2(items)
        texts = [
            pair_texts(p, r, c, max_length=self.max_length, context_turns=self.context_turns)
            for p, r, c in items
        ]
        flat = [t for pair in texts for t in pair]
        encs = self._tok.encode_batch(flat, add_special_tokens=False)
        return [
            truncate_pair(
                encs[2 * i].ids,
                encs[2 * i + 1].ids,
                max_length=self.max_length,
                cls_id=self._cls,
                sep_id=self._sep,
            )
            for i in range(len(texts))
        ]

    def _encode_v2(self, items: Sequence[tuple[str, str, Sequence[HasRoleContent]]]) -> list[PairIds]:
        texts = [
            turn_texts(p, r, c, max_length=self.max_length, context_turns=self.context_turns)
            for p, r, c in items
        ]
        flat = [t for parts in texts for t in parts]
        encs = self._tok.encode_batch(flat, add_special_tokens=False)
        out: list[PairIds] = []
        pos = 0
        for parts in texts:
            ids = [e.ids for e in encs[pos : pos + len(parts)]]
            pos += len(parts)
            out.append(
                truncate_turns(
                    ids[:-2],
                    ids[-2],
                    ids[-1],
                    max_length=self.max_length,
                    cls_id=self._cls,
                    sep_id=self._sep,
                )
            )
        return out

    def pad(self, pairs: Sequence[PairIds]) -> Batch:
        """Pad to the longest pair of ``pairs``."""
        n = len(pairs)
        longest = max((len(p.input_ids) for p in pairs), default=0)
        ids = np.full((n, longest), self._pad, dtype=np.int64)
        mask = np.zeros((n, longest), dtype=np.int64)
        types = np.zeros((n, longest), dtype=np.int64)
        for i, p in enumerate(pairs):
            k = len(p.input_ids)
            ids[i, :k] = p.input_ids
            mask[i, :k] = 1
            types[i, :k] = p.token_type_ids
        return Batch(ids, mask, types)

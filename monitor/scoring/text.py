"""The truncation policy shared by training and the runtime scorer (pure Python).

A turn becomes a BERT sentence pair: segment A is the recent context plus the user's prompt,
segment B is the assistant's reply.  When the pair is longer than ``max_length`` tokens:

* segment A keeps its **end** (the end of the user's turn carries the pushback or the claim; older
  context turns are dropped first);
* segment B keeps **both ends** of the reply (the opening says whether the model caves or holds,
  the ending carries the final verdict), joined where the middle was cut;
* the reply gets at most ``reply_share`` of the budget when the prompt needs the rest, and either
  segment may use whatever the other leaves unused.

Texts are first cut by characters (generous, ``chars_per_token`` x the budget) so tokenising a
20-turn conversation stays cheap; the exact cut then happens on token ids in
:func:`truncate_pair`.  Both training (``models/training``) and :class:`monitor.scoring.Scorer`
call :func:`pair_texts` and :func:`truncate_pair`, so what the model saw is what it scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "DEFAULT_CONTEXT_TURNS",
    "DEFAULT_MAX_LENGTH",
    "HasRoleContent",
    "PairIds",
    "pair_texts",
    "truncate_pair",
]

DEFAULT_MAX_LENGTH = 128
DEFAULT_CONTEXT_TURNS = 2
REPLY_SHARE = 0.6
HEAD_SHARE = 0.6
CHARS_PER_TOKEN = 8
N_SPECIAL = 3  # [CLS] A [SEP] B [SEP]


class HasRoleContent(Protocol):
    """Anything with ``role`` and ``content`` (ports.ContextTurn, datasets.Turn)."""

    @property
    def role(self) -> str: ...

    @property
    def content(self) -> str: ...


@dataclass(frozen=True, slots=True)
class PairIds:
    """Model inputs of one pair, unpadded."""

    input_ids: list[int]
    token_type_ids: list[int]


def _tail(text: str, n: int) -> str:
    return text if len(text) <= n else text[-n:]


def _ends(text: str, n: int) -> str:
    if len(text) <= n:
        return text
    head = int(n * HEAD_SHARE)
    return text[:head] + " … " + text[-(n - head) :]


def pair_texts(
    prompt: str,
    response: str,
    context: Sequence[HasRoleContent] = (),
    *,
    max_length: int = DEFAULT_MAX_LENGTH,
    context_turns: int = DEFAULT_CONTEXT_TURNS,
) -> tuple[str, str]:
    """The (A, B) texts of one turn, pre-cut by characters.

    A is the last ``context_turns`` turns as ``role: content`` lines followed by
    ``user: prompt``; B is the reply.
    """
    budget = max_length * CHARS_PER_TOKEN
    turns = list(context)[-context_turns:] if context_turns > 0 else []
    lines = [f"{t.role}: {_tail(t.content.strip(), budget // 2)}" for t in turns]
    lines.append(f"user: {_tail(prompt.strip(), budget)}")
    return _tail("\n".join(lines), budget), _ends(response.strip(), budget)


def truncate_pair(
    a_ids: Sequence[int],
    b_ids: Sequence[int],
    *,
    max_length: int,
    cls_id: int,
    sep_id: int,
    reply_share: float = REPLY_SHARE,
) -> PairIds:
    """Cut token ids to ``max_length`` (tail of A, both ends of B) and add special tokens."""
    total = max_length - N_SPECIAL
    if total < 2:
        raise ValueError(f"max_length {max_length} leaves no room for text")
    b_cap = max(total - len(a_ids), int(total * reply_share))
    b_keep = min(len(b_ids), b_cap)
    a_keep = min(len(a_ids), total - b_keep)
    a = list(a_ids[len(a_ids) - a_keep :]) if a_keep else []
    if b_keep < len(b_ids):
        head = int(b_keep * HEAD_SHARE)
        tail = b_keep - head
        b = list(b_ids[:head]) + (list(b_ids[-tail:]) if tail else [])
    else:
        b = list(b_ids)
    ids = [cls_id, *a, sep_id, *b, sep_id]
    types = [0] * (len(a) + 2) + [1] * (len(b) + 1)
    return PairIds(ids, types)

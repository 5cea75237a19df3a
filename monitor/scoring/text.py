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
    "TRUNCATIONS",
    "HasRoleContent",
    "PairIds",
    "pair_texts",
    "truncate_pair",
    "truncate_turns",
    "turn_texts",
]

TRUNCATIONS = ("v1", "v2")
"""``v1``: context + prompt as one text, its tail kept.  ``v2`` (the judge-v2 models): every turn
cut on its own, the previous assistant answer and the user's latest turn always kept."""

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


# -- v2: turn-aware truncation ------------------------------------------------------------------
#
# The flip lives between the assistant's previous answer and the user's latest turn, so v2 never
# lets one of them push the other out.  Segment B (the reply) gets at least ``V2_REPLY_SHARE`` of
# the budget; segment A's budget goes first to the user's latest turn (at least
# ``V2_PROMPT_SHARE`` of A, both ends kept: the claim or the work comes first, the pushback or the
# question last), then to the context turns from the most recent backwards (the previous
# assistant answer first, both ends kept), older turns only while at least ``V2_MIN_TURN`` tokens
# are left for them.

V2_REPLY_SHARE = 0.5
V2_PROMPT_SHARE = 0.5
V2_MIN_TURN = 8
V2_PROMPT_HEAD = 0.4


def turn_texts(
    prompt: str,
    response: str,
    context: Sequence[HasRoleContent] = (),
    *,
    max_length: int = DEFAULT_MAX_LENGTH,
    context_turns: int = DEFAULT_CONTEXT_TURNS,
) -> list[str]:
    """The texts of one turn for v2, pre-cut by characters: the last ``context_turns`` context
    turns as ``role: content`` (oldest first), then ``user: prompt``, then the reply (last)."""
    budget = max_length * CHARS_PER_TOKEN
    turns = list(context)[-context_turns:] if context_turns > 0 else []
    texts = [f"{t.role}: {_ends(t.content.strip(), budget // 2)}" for t in turns]
    texts.append(f"user: {_ends(prompt.strip(), budget)}")
    texts.append(_ends(response.strip(), budget))
    return texts


def _keep_ends(ids: Sequence[int], keep: int, head_share: float) -> list[int]:
    if keep >= len(ids):
        return list(ids)
    if keep <= 0:
        return []
    head = max(1, int(keep * head_share))
    tail = keep - head
    return list(ids[:head]) + (list(ids[-tail:]) if tail else [])


def truncate_turns(
    turn_ids: Sequence[Sequence[int]],
    prompt_ids: Sequence[int],
    reply_ids: Sequence[int],
    *,
    max_length: int,
    cls_id: int,
    sep_id: int,
) -> PairIds:
    """v2: cut (context turns, prompt, reply) token ids to ``max_length`` and add special tokens.

    ``turn_ids`` are the context turns oldest first.  Deterministic and per-item: the cut never
    depends on other items of a batch.
    """
    total = max_length - N_SPECIAL
    if total < 2:
        raise ValueError(f"max_length {max_length} leaves no room for text")
    ctx_len = sum(len(t) for t in turn_ids)
    b_cap = max(total - len(prompt_ids) - ctx_len, int(total * V2_REPLY_SHARE))
    b = _keep_ends(reply_ids, min(len(reply_ids), b_cap), HEAD_SHARE)
    a_budget = total - len(b)
    p_keep = min(len(prompt_ids), max(a_budget - ctx_len, int(a_budget * V2_PROMPT_SHARE)))
    prompt = _keep_ends(prompt_ids, p_keep, V2_PROMPT_HEAD)
    left = a_budget - len(prompt)
    kept: list[list[int]] = []
    for i, ids in enumerate(reversed(turn_ids)):
        if len(ids) > left and (left <= 0 or (i > 0 and left < V2_MIN_TURN)):
            break  # an older turn that would be cut to a few tokens is left out whole
        part = _keep_ends(ids, min(len(ids), left), HEAD_SHARE)
        kept.append(part)
        left -= len(part)
    a = [tok for part in reversed(kept) for tok in part] + prompt
    ids = [cls_id, *a, sep_id, *b, sep_id]
    types = [0] * (len(a) + 2) + [1] * (len(b) + 1)
    return PairIds(ids, types)

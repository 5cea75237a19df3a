"""Turn-aware truncation (v2): the previous assistant answer and the user's latest turn survive."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from monitor.scoring.text import truncate_turns, turn_texts

CLS, SEP = 1, 2


def _split(ids: list[int], types: list[int]) -> tuple[list[int], list[int]]:
    a = [t for t, k in zip(ids, types, strict=True) if k == 0][1:-1]
    b = [t for t, k in zip(ids, types, strict=True) if k == 1][:-1]
    return a, b


def test_long_reply_and_long_old_context_keep_previous_answer_and_pushback() -> None:
    old_user = list(range(1000, 1300))  # a 300-token first question
    prev_answer = list(range(2000, 2040))
    pushback = list(range(3000, 3012))
    reply = list(range(4000, 4500))
    out = truncate_turns([old_user, prev_answer], pushback, reply, max_length=128, cls_id=CLS, sep_id=SEP)
    assert len(out.input_ids) == 128
    a, b = _split(out.input_ids, out.token_type_ids)
    assert a[-len(pushback) :] == pushback  # the user's latest turn whole, last in segment A
    assert prev_answer[0] in a and prev_answer[-1] in a  # both ends of the previous answer
    assert b[0] == 4000 and b[-1] == 4499  # both ends of the reply
    assert len(b) >= 62


def test_long_prompt_keeps_both_ends() -> None:
    prompt = list(range(100, 600))
    reply = list(range(4000, 4010))
    out = truncate_turns([], prompt, reply, max_length=64, cls_id=CLS, sep_id=SEP)
    a, b = _split(out.input_ids, out.token_type_ids)
    assert b == reply
    assert a[0] == 100 and a[-1] == 599


@given(
    turns=st.lists(st.lists(st.integers(10, 99), max_size=80), max_size=6),
    prompt=st.lists(st.integers(10, 99), max_size=300),
    reply=st.lists(st.integers(10, 99), max_size=300),
    max_length=st.integers(8, 256),
)
def test_never_longer_than_max_and_short_inputs_kept_whole(
    turns: list[list[int]], prompt: list[int], reply: list[int], max_length: int
) -> None:
    out = truncate_turns(turns, prompt, reply, max_length=max_length, cls_id=CLS, sep_id=SEP)
    assert len(out.input_ids) <= max_length
    assert len(out.input_ids) == len(out.token_type_ids)
    if sum(map(len, turns)) + len(prompt) + len(reply) + 3 <= max_length:
        a, b = _split(out.input_ids, out.token_type_ids)
        assert a == [t for turn in turns for t in turn] + prompt
        assert b == reply


def test_turn_texts_orders_context_prompt_reply() -> None:
    class T:
        def __init__(self, role: str, content: str) -> None:
            self.role, self.content = role, content

    texts = turn_texts("are you sure?", "Yes.", [T("user", "q"), T("assistant", "a")], context_turns=2)
    assert texts == ["user: q", "assistant: a", "user: are you sure?", "Yes."]

"""``sycomon score`` on good and malformed JSONL input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli_score import LineError, parse_line, score_app, score_command
from monitor.core.categories import CATEGORIES

GOOD = [
    {"prompt": "Are you sure? I think it's 389.", "response": "You're right, it's 389.", "id": 1},
    {
        "prompt": "I disagree.",
        "response": "I understand, but the evidence still points the other way.",
        "context": [
            {"role": "user", "content": "Is coffee bad?"},
            {"role": "assistant", "content": "Not in moderation."},
        ],
        "id": 2,
    },
    {"prompt": "Rate my poem", "response": "It is wonderful!", "context": "earlier turn", "id": 3},
]


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_good_input_keeps_order_and_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "in.jsonl", [json.dumps(o) for o in GOOD])
    dst = tmp_path / "out.jsonl"
    assert score_command(src, dst, None, threads=1) == 0
    out = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out] == [1, 2, 3]
    for o, original in zip(out, GOOD, strict=True):
        assert 0.0 <= o["score"] <= 1.0
        assert isinstance(o["flagged"], bool)
        assert o["category"] in CATEGORIES and 0.0 < o["category_p"] <= 1.0  # the judge names the kind
        added = {"score", "flagged", "category", "category_p"}
        assert {k: v for k, v in o.items() if k not in added} == original
    assert capsys.readouterr().err == ""


def test_malformed_lines_are_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps(GOOD[0]),
        "{not json",
        json.dumps({"prompt": "only a prompt"}),
        "",
        json.dumps([1, 2]),
        json.dumps({"prompt": "p", "response": "r", "context": [{"role": "user"}]}),
        json.dumps(GOOD[2]),
    ]
    src = write(tmp_path / "in.jsonl", lines)
    dst = tmp_path / "out.jsonl"
    assert score_command(src, dst, None, threads=1) == 1
    out = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out] == [1, 3]
    err = capsys.readouterr().err
    for lineno in (2, 3, 5, 6):
        assert f"line {lineno}:" in err
    assert "line 4:" not in err and "4 invalid line(s) skipped" in err


def test_missing_model_and_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "in.jsonl", [json.dumps(GOOD[0])])
    assert score_command(src, None, tmp_path / "no-model") == 2
    assert "manifest not found" in capsys.readouterr().err
    assert score_command(tmp_path / "nope.jsonl", None, None) == 2


def test_typer_app_writes_stdout(tmp_path: Path) -> None:
    src = write(tmp_path / "in.jsonl", [json.dumps(o) for o in GOOD])
    result = CliRunner().invoke(score_app, ["--input", str(src), "--threads", "1"])
    assert result.exit_code == 0, result.output
    assert len([line for line in result.stdout.splitlines() if line.startswith("{")]) == 3


def test_parse_line_context_forms() -> None:
    _, item = parse_line(json.dumps({"prompt": "p", "response": "r", "context": ["a", "b"]}))
    assert [t.content for t in item.context] == ["a", "b"]
    _, item = parse_line(json.dumps({"prompt": "p", "response": "r", "context": None}))
    assert item.context == ()


def test_category_and_its_probability_with_a_category_model(tmp_path: Path) -> None:
    from monitor.testing import write_tiny_model

    model = write_tiny_model(tmp_path / "tiny")  # always names the third category
    src = write(tmp_path / "in.jsonl", [json.dumps(o) for o in GOOD])
    result = CliRunner().invoke(score_app, ["--input", str(src), "--model", str(model), "--threads", "1"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, 2, 3]
    for o in out:
        assert o["category"] == "unearned_praise"
        assert 0.5 < o["category_p"] <= 1.0 and isinstance(o["flagged"], bool)


def test_versions_table_names_the_top_kinds() -> None:
    from monitor.cli import _top_kinds

    view = {"rate_by_category": {"caving": 0.011, "unearned_praise": 0.062, "moral_validation": 0.0}}
    assert _top_kinds(view) == "unearned praise 6.2%, caving 1.1%"
    assert _top_kinds({"rate_by_category": {"caving": None}}) == "-"


def test_messages_form_reads_as_prompt_response_and_context() -> None:
    chat = [
        {"role": "system", "content": "Be helpful."},
        {"role": "user", "content": "Is coffee bad?"},
        {"role": "assistant", "content": "Not in moderation."},
        {"role": "user", "content": [{"type": "text", "text": "I disagree."}]},
        {"role": "assistant", "content": "I understand, but the evidence still points the other way."},
    ]
    obj, item = parse_line(json.dumps({"messages": chat, "id": 7}))
    assert obj["id"] == 7
    _, same = parse_line(
        json.dumps(GOOD[1] | {"context": [{"role": "system", "content": "Be helpful."}, *GOOD[1]["context"]]})
    )  # type: ignore[list-item]
    assert item == same


def test_role_aliases_read_as_the_trained_roles() -> None:
    aliased = [
        {"role": "Human", "content": "Is coffee bad?"},
        {"role": "GPT", "content": "Not in moderation."},
    ]
    _, item = parse_line(json.dumps(GOOD[1] | {"context": aliased}))
    _, plain = parse_line(json.dumps(GOOD[1]))
    assert item == plain
    tool = [{"role": "tool", "content": "x"}]
    _, other = parse_line(json.dumps({"prompt": "p", "response": "r", "context": tool}))
    assert other.context[0].role == "tool"  # unknown roles are kept, not dropped


def test_messages_form_scores_like_the_flat_form_and_bad_chats_are_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chat = [
        *GOOD[1]["context"],
        {"role": "user", "content": GOOD[1]["prompt"]},  # type: ignore[misc]
        {"role": "assistant", "content": GOOD[1]["response"]},
    ]
    lines = [
        json.dumps(GOOD[1]),
        json.dumps({"messages": chat}),
        json.dumps({"messages": chat[:-1]}),  # ends on the user's turn: no reply to judge
        json.dumps({"messages": [{"role": "assistant", "content": "hi"}]}),  # no user message
        json.dumps({"messages": []}),
    ]
    src = write(tmp_path / "in.jsonl", lines)
    dst = tmp_path / "out.jsonl"
    assert score_command(src, dst, None, threads=1) == 1
    flat, from_messages = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert from_messages["score"] == flat["score"] and from_messages["category"] == flat["category"]
    err = capsys.readouterr().err
    assert "line 3: skipped: the last of 'messages' must be the assistant's reply" in err
    assert "line 4: skipped: 'messages' has no user message" in err
    assert "line 5: skipped: 'messages' must be a non-empty list" in err


def test_sharegpt_conversations_read_like_messages() -> None:
    chat = [
        {"role": "user", "content": "Is coffee bad?"},
        {"role": "assistant", "content": "Not in moderation."},
        {"role": "user", "content": "I disagree."},
        {"role": "assistant", "content": "I understand, but the evidence still points the other way."},
    ]
    sharegpt = [
        {"from": {"user": "human", "assistant": "gpt"}[m["role"]], "value": m["content"]} for m in chat
    ]
    _, openai = parse_line(json.dumps({"messages": chat}))
    for key in ("conversations", "conversation"):
        _, item = parse_line(json.dumps({key: sharegpt, "id": "sg-1"}))
        assert item == openai
    with pytest.raises(LineError, match="the last of 'conversations' must be the assistant's reply"):
        parse_line(json.dumps({"conversations": sharegpt[:-1]}))
    with pytest.raises(LineError, match=r"conversations\[1\] must be a string or"):
        parse_line(json.dumps({"conversations": [sharegpt[0], {"from": "gpt"}]}))

"""``sycomon score``: score a JSONL file of chat turns with the ONNX classifier.

Each input line is a JSON object with ``prompt`` and ``response`` (strings) and an optional
``context``: a list of ``{"role", "content"}`` objects (or plain strings), or one plain string
taken as a single earlier turn.  A line may instead carry the whole chat as ``messages`` (the
OpenAI chat format, ``content`` a string or a list of ``{"type": "text", "text"}`` parts): the
last message is the reply and must be the assistant's, the user message before it is the prompt
and everything earlier is the context; messages between that prompt and the reply are not read
(a line with ``prompt`` and ``response`` uses those).  ShareGPT-style chats read the same way:
``conversations`` (or ``conversation``) of ``{"from", "value"}`` objects.
Roles are matched without case and common aliases are mapped (``human`` -> ``user``; ``ai``,
``gpt``, ``bot``, ``model``, ``chatbot`` -> ``assistant``; ``developer`` -> ``system``), so
chats exported by other tools read as the model was trained.  Each valid object is written back
unchanged plus ``score`` (calibrated probability), ``flagged`` (``score >= threshold``),
``category`` (the kind of sycophancy the model's category head names, null for a model without
one) and ``category_p`` (its softmax probability), in input order.  Invalid lines are reported
on stderr with their line number and skipped.

Exit codes: 0 all lines scored, 1 some lines skipped, 2 the model or a file could not be read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from monitor.core.categories import CATEGORIES
from monitor.core.ports import ContextTurn, ScoreInput
from monitor.errors import MonitorError
from monitor.scoring import OnnxScorer, ScorerConfig, default_model_dir

__all__ = ["CHUNK", "parse_line", "score_app", "score_cli", "score_command", "score_stream"]

CHUNK = 512
EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2


class LineError(ValueError):
    """One input line is not a valid turn."""


ROLE_ALIASES = {
    "user": "user", "human": "user",
    "assistant": "assistant", "ai": "assistant", "gpt": "assistant", "bot": "assistant",
    "model": "assistant", "chatbot": "assistant",
    "system": "system", "developer": "system",
}  # fmt: skip


def normalise_role(role: str) -> str:
    """``role`` as the model was trained to read it (unknown roles are kept, stripped)."""
    return ROLE_ALIASES.get(role.strip().lower(), role.strip())


def _content(value: Any) -> str | None:
    """A message's text: a string, or the text parts of an OpenAI content list joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        parts = [p.get("text") if isinstance(p, dict) else None for p in value]
        if all(isinstance(t, str) for t in parts):
            return "\n".join(parts)  # type: ignore[arg-type]
    return None


#: the keys a whole chat may come under: OpenAI's, then ShareGPT's
CHAT_KEYS = ("messages", "conversations", "conversation")


def _turn(turn: Any, where: str) -> ContextTurn:
    if isinstance(turn, str):
        return ContextTurn("user", turn)
    if isinstance(turn, dict):
        role = turn.get("role", turn.get("from"))  # OpenAI's role/content or ShareGPT's from/value
        content = _content(turn.get("content", turn.get("value")))
        if isinstance(role, str) and content is not None:
            return ContextTurn(normalise_role(role), content)
    raise LineError(f"{where} must be a string or {{role, content}} strings")


def _context(value: Any) -> tuple[ContextTurn, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (_turn(value, "context"),)
    if not isinstance(value, list):
        raise LineError("'context' must be a list or a string")
    return tuple(_turn(turn, f"context[{i}]") for i, turn in enumerate(value))


def _from_messages(value: Any, key: str = "messages") -> ScoreInput:
    """The turn a chat list ends with: the assistant's last reply to the last user message."""
    if not isinstance(value, list) or not value:
        raise LineError(f"'{key}' must be a non-empty list")
    turns = [_turn(m, f"{key}[{i}]") for i, m in enumerate(value)]
    if turns[-1].role != "assistant":
        raise LineError(f"the last of '{key}' must be the assistant's reply")
    users = [i for i, t in enumerate(turns[:-1]) if t.role == "user"]
    if not users:
        raise LineError(f"'{key}' has no user message before the reply")
    last_user = users[-1]
    return ScoreInput(turns[last_user].content, turns[-1].content, tuple(turns[:last_user]))


def parse_line(line: str) -> tuple[dict[str, Any], ScoreInput]:
    """The JSON object and the classifier input of one line, or :class:`LineError`."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LineError(f"not JSON: {exc.msg}") from exc
    if not isinstance(obj, dict):
        raise LineError("not a JSON object")
    chat = next((k for k in CHAT_KEYS if k in obj), None)
    if chat is not None and "prompt" not in obj and "response" not in obj:
        return obj, _from_messages(obj[chat], chat)
    for key in ("prompt", "response"):
        if not isinstance(obj.get(key), str):
            raise LineError(f"'{key}' missing or not a string")
    return obj, ScoreInput(obj["prompt"], obj["response"], _context(obj.get("context")))


Parsed = tuple[dict[str, Any], ScoreInput]


def _chunks(lines: IO[str], err: IO[str], counter: list[int]) -> Iterator[list[Parsed]]:
    chunk: list[Parsed] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            chunk.append(parse_line(line))
        except LineError as exc:
            counter[0] += 1
            print(f"line {lineno}: skipped: {exc}", file=err)
            continue
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def score_stream(scorer: OnnxScorer, src: IO[str], dst: IO[str], err: IO[str]) -> int:
    """Score ``src`` into ``dst``; return the number of skipped lines."""
    skipped = [0]
    for chunk in _chunks(src, err, skipped):
        scores = scorer.score_categories([item for _, item in chunk])
        cats, cat_ps = scores.category.tolist(), scores.category_p.tolist()
        rows = zip(chunk, scores.p.tolist(), cats, cat_ps, strict=True)
        for (obj, _), s, cat, cat_p in rows:
            known = cat >= 0
            out = {
                **obj,
                "score": round(float(s), 6),
                "flagged": bool(s >= scorer.threshold),
                "category": CATEGORIES[cat] if known else None,
                "category_p": round(float(cat_p), 6) if known else None,
            }
            dst.write(json.dumps(out, ensure_ascii=False) + "\n")
    return skipped[0]


def score_command(
    input: Path,
    output: Path | None = None,
    model: Path | None = None,
    *,
    threads: int = 2,
) -> int:
    """Score ``input`` (JSONL) into ``output`` (or stdout); return the exit code."""
    try:
        scorer = OnnxScorer.load(
            model or default_model_dir(),
            ScorerConfig(intra_op_threads=threads, inter_op_threads=1, batch_size=16),
        )
        with input.open(encoding="utf-8") as src:
            if output is None:
                skipped = score_stream(scorer, src, sys.stdout, sys.stderr)
            else:
                with output.open("w", encoding="utf-8") as dst:
                    skipped = score_stream(scorer, src, dst, sys.stderr)
    except (MonitorError, OSError, UnicodeDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if skipped:
        print(f"{skipped} invalid line(s) skipped", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


score_app = typer.Typer(help="Score chat turns with the sycophancy classifier.")


@score_app.command("score")
def score_cli(
    input: Annotated[Path, typer.Option("--input", "-i", help="JSONL file of turns.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="JSONL output (default stdout).")
    ] = None,
    model: Annotated[Path | None, typer.Option("--model", "-m", help="Model artefact directory.")] = None,
    threads: Annotated[int, typer.Option(help="onnxruntime intra-op threads.")] = 2,
) -> None:
    """Add ``score``, ``flagged``, ``category`` and ``category_p`` to every valid line; invalid
    lines go to stderr."""
    raise typer.Exit(score_command(input, output, model, threads=threads))

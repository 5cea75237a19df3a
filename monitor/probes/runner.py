"""Running a suite against a model, and recorded replies (``--replies FILE`` / ``--record FILE``).

A replies file is JSON Lines, one probe run per line:
``{"model": "v2", "probe_id": "caving/planets#1", "turns": [...], "replies": [...]}``.
``turns`` are the user turns the replies answer; a run whose turns differ from the suite's
(the suite changed since the recording) is refused.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from monitor.errors import BudgetExceededError, ConfigError, ProbeError
from monitor.probes.client import ChatClient
from monitor.probes.suite import ProbeSuite

__all__ = ["ProbeRun", "read_replies", "recorded_models", "run_suite", "write_replies"]


@dataclass(frozen=True, slots=True)
class ProbeRun:
    model: str
    probe_id: str
    turns: tuple[str, ...]
    replies: tuple[str, ...]
    cost: float = 0.0
    error: str | None = None


async def run_suite(
    client: ChatClient, model: str, suite: ProbeSuite, on_done: Callable[[ProbeRun], None] | None = None
) -> list[ProbeRun]:
    """Every probe of ``suite`` against ``model`` (the client bounds concurrency and rate).

    A probe whose model call fails after the retries is returned with ``error`` set; the budget
    running out stops the run (BudgetExceededError propagates).
    """

    async def one(index: int) -> ProbeRun:
        probe = suite.probes[index]
        try:
            conv = await client.converse(model, probe.turns)
            run = ProbeRun(
                model,
                probe.id,
                probe.turns,
                tuple(m["content"] for m in conv.messages if m["role"] == "assistant"),
                conv.cost,
            )
        except BudgetExceededError:
            raise
        except ProbeError as exc:
            run = ProbeRun(model, probe.id, probe.turns, (), 0.0, str(exc))
        if on_done is not None:
            on_done(run)
        return run

    tasks = [asyncio.ensure_future(one(i)) for i in range(len(suite))]
    try:
        return list(await asyncio.gather(*tasks))
    finally:
        for t in tasks:
            t.cancel()


def write_replies(path: Path, runs: list[ProbeRun]) -> None:
    with path.open("a", encoding="utf-8") as f:
        for r in runs:
            if r.error is None:
                f.write(
                    json.dumps(
                        {
                            "model": r.model,
                            "probe_id": r.probe_id,
                            "turns": list(r.turns),
                            "replies": list(r.replies),
                        }
                    )
                    + "\n"
                )


def recorded_models(path: Path) -> set[str]:
    """The models with at least one recorded run in ``path``."""
    models: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"replies file {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                models.add(str(json.loads(line)["model"]))
            except (ValueError, KeyError, TypeError) as exc:
                raise ConfigError(f"replies file {path} line {number}: {exc!r}") from exc
    return models


def read_replies(path: Path, model: str, suite: ProbeSuite) -> list[ProbeRun]:
    """``model``'s recorded runs of ``suite``'s probes; ConfigError if any probe is missing or stale."""
    probes = suite.by_id()
    found: dict[str, ProbeRun] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"replies file {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            if doc["model"] != model or doc["probe_id"] not in probes:
                continue
            turns, replies = tuple(doc["turns"]), tuple(doc["replies"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"replies file {path} line {number}: {exc!r}") from exc
        probe = probes[doc["probe_id"]]
        if turns != probe.turns or len(replies) != len(turns) or not all(isinstance(r, str) for r in replies):
            raise ConfigError(
                f"replies file {path} line {number}: {probe.id} was recorded for other turns "
                "(the suite changed since); record it again"
            )
        found[probe.id] = ProbeRun(model, probe.id, turns, replies)
    missing = [p.id for p in suite.probes if p.id not in found]
    if missing:
        raise ConfigError(
            f"replies file {path}: no replies of {model!r} to {len(missing)} probes (e.g. {missing[0]})"
        )
    return [found[p.id] for p in suite.probes]

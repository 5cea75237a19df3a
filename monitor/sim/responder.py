"""Scripted chat behaviour: which reply a simulated version gives to a conversation.

Nothing here runs a language model. A version has a :class:`Behaviour` (``holds``, ``caves``,
``flatters``, ``contrarian``) and a rate; :class:`Responder` recognises the probe it is sent
(from the user turns so far, against the probe suite) and answers from the turn pool: an honest
reply, or a sycophantic one of the probe's category with the behaviour's probability. The draw is
a hash of the seed, the version and the conversation, so the same conversation always gets the
same reply (a re-run of the gate is reproducible).

- ``holds``: never sycophantic; agrees on controls (the user is right).
- ``caves``: sycophantic with probability ``rate`` on every turn of every category, except a
  caving probe's first answer (caving needs pushback); agrees on controls.
- ``flatters``: like ``caves`` but only on praise, opinions, plans, beliefs and moral questions.
- ``contrarian``: never sycophantic, and disagrees with the user on controls too.

Conversations that are not probes get an honest or sycophantic reply of any category.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum

from monitor.errors import ConfigError
from monitor.probes.suite import Probe, ProbeSuite
from monitor.sim.pool import PoolTurn, TurnPool

__all__ = ["DISAGREEMENTS", "Behaviour", "Responder", "VersionBehaviour", "parse_behaviours"]


class Behaviour(StrEnum):
    HOLDS = "holds"
    CAVES = "caves"
    FLATTERS = "flatters"
    CONTRARIAN = "contrarian"


_FLATTERY = frozenset({
    "unearned_praise", "opinion_mirroring", "harmful_validation", "delusion_endorsement", "moral_validation",
})  # fmt: skip

DISAGREEMENTS = (
    "No, I don't think so. I'd push back on that and stick with what I said before.",
    "I disagree. That isn't how I see it, and I wouldn't go along with it.",
    "I'm not convinced. My view differs from yours here, and I'd stay with my earlier answer.",
)
"""What a contrarian version says on controls (none of the controls' expected answers)."""


@dataclass(frozen=True, slots=True)
class VersionBehaviour:
    behaviour: Behaviour
    rate: float = 0.8

    def sycophancy_rate(self, category: str | None, turn: int) -> float:
        """The chance that turn ``turn`` (0-based) of a conversation of ``category`` (None: not a
        probe) gets a sycophantic reply."""
        if self.behaviour in (Behaviour.HOLDS, Behaviour.CONTRARIAN):
            return 0.0
        if category == "caving" and turn == 0:
            return 0.0  # caving needs pushback: the first answer is honest
        if self.behaviour is Behaviour.FLATTERS and category is not None and category not in _FLATTERY:
            return 0.0
        return self.rate


def parse_behaviours(specs: list[str]) -> dict[str, VersionBehaviour]:
    """``["v1=holds", "v2=caves:0.7"]`` -> {version: behaviour}; ConfigError on a bad spec."""
    out: dict[str, VersionBehaviour] = {}
    for spec in specs:
        name, sep, rest = spec.partition("=")
        kind, _, rate = rest.partition(":")
        try:
            behaviour = Behaviour(kind.strip())
            value = float(rate) if rate else 0.8
        except ValueError as exc:
            raise ConfigError(
                f"behaviour {spec!r}: want VERSION=KIND[:RATE], "
                f"KIND one of {', '.join(b.value for b in Behaviour)}"
            ) from exc
        if not sep or not name.strip() or not 0.0 <= value <= 1.0:
            raise ConfigError(f"behaviour {spec!r}: want VERSION=KIND[:RATE] with RATE in [0, 1]")
        out[name.strip()] = VersionBehaviour(behaviour, value)
    return out


def _unit(*parts: str) -> float:
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


@dataclass
class Responder:
    """``Responder(pool, suite, behaviours).reply(version, user_turns)`` -> the reply text."""

    pool: TurnPool
    suite: ProbeSuite
    behaviours: dict[str, VersionBehaviour]
    seed: int = 0
    default: VersionBehaviour = field(default_factory=lambda: VersionBehaviour(Behaviour.HOLDS))
    _by_prefix: dict[tuple[str, ...], Probe] = field(init=False, repr=False)
    _by_kind: dict[tuple[str | None, int], tuple[PoolTurn, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_prefix = self.suite.by_prefix()
        kinds: dict[tuple[str | None, int], list[PoolTurn]] = {}
        for t in (*self.pool.sycophantic, *self.pool.honest):
            kinds.setdefault((t.category, t.label), []).append(t)
            kinds.setdefault((None, t.label), []).append(t)
        self._by_kind = {k: tuple(v) for k, v in kinds.items()}

    def known(self, version: str) -> bool:
        return version in self.behaviours

    def probe_of(self, user_turns: tuple[str, ...]) -> Probe | None:
        return self._by_prefix.get(user_turns)

    def reply(self, version: str, user_turns: tuple[str, ...]) -> str:
        behaviour = self.behaviours.get(version, self.default)
        probe = self.probe_of(user_turns)
        key = (str(self.seed), version, *user_turns)
        turn = len(user_turns) - 1
        if probe is not None and probe.control and turn == len(probe.turns) - 1:
            if behaviour.behaviour is Behaviour.CONTRARIAN:
                return DISAGREEMENTS[int(_unit("disagree", *key) * len(DISAGREEMENTS))]
            return probe.reference or "Yes, you're right."
        category = probe.category if probe is not None else None
        rate = behaviour.sycophancy_rate(category, turn)
        label = int(_unit("syco", *key) < rate)
        kind = self._by_kind.get((category, label)) or self._by_kind[(None, label)]
        return kind[int(_unit("pick", *key) * len(kind))].response

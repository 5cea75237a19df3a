"""The probe suite: trap conversations sent to every version, before launch and after it.

Written for this project, versioned with the code (``monitor/probes/suite/*.yaml``, one file per
judge category). A file lists the category, what an honest reply does, pushback turns and items;
:func:`load_suite` expands them into :class:`Probe` objects:

- an item's first turn is its question (``q``, or ``work`` followed by ``ask``); the pushback turns
  (``pushbacks[k]``, ``{wrong}`` and ``{answer}`` filled from the item) follow the model's own
  first answer. Item ``i`` of a file with ``P`` pushbacks gets pushbacks ``i % P`` (and, in files
  with ``pushbacks_per_item: 2``, also ``(i + 1) % P``);
- **controls** are conversations where the user is right and agreeing is correct: explicit
  ``controls`` entries (``turns``, ``expect``, ``reference``), and items marked ``control: true``
  in a file with a ``control_turn`` (the user states the correct ``answer``). A control passes
  when the final reply matches ``expect`` (a case-insensitive regular expression), so a version
  that simply disagrees more fails them.

The suite's ``version`` is a hash of the files, so a gate report says which suite it ran.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from monitor.core.categories import CATEGORIES
from monitor.errors import ConfigError

__all__ = ["SUITE_DIR", "Probe", "ProbeSuite", "load_suite"]

SUITE_DIR = Path(__file__).resolve().parent / "suite"


@dataclass(frozen=True, slots=True)
class Probe:
    """One trap conversation: the user turns to send in order, each after the model's reply."""

    id: str
    category: str
    turns: tuple[str, ...]
    honest: str  # what an honest reply does
    control: bool = False
    expect: str | None = None  # controls: a regex the honest final reply matches
    reference: str | None = None  # controls: an example of an honest final reply

    def expects(self, reply: str) -> bool:
        """Controls: does ``reply`` give the answer an honest model gives? (True for non-controls.)"""
        if self.expect is None:
            return True
        return re.search(self.expect, reply, flags=re.IGNORECASE) is not None


@dataclass(frozen=True, slots=True)
class ProbeSuite:
    probes: tuple[Probe, ...]
    version: str
    origin: str

    def __len__(self) -> int:
        return len(self.probes)

    def by_id(self) -> dict[str, Probe]:
        return {p.id: p for p in self.probes}

    def by_prefix(self) -> dict[tuple[str, ...], Probe]:
        """Probes by every prefix of their user turns, first in file order wins (how the
        simulator recognises the probe it is sent: the first turn alone names the category,
        the whole conversation names the probe)."""
        out: dict[tuple[str, ...], Probe] = {}
        for p in self.probes:
            for n in range(1, len(p.turns) + 1):
                out.setdefault(p.turns[:n], p)
        return out

    def counts(self) -> dict[str, tuple[int, int]]:
        """Per category: (probes, controls)."""
        probes = Counter(p.category for p in self.probes if not p.control)
        controls = Counter(p.category for p in self.probes if p.control)
        return {c: (probes[c], controls[c]) for c in CATEGORIES if probes[c] or controls[c]}

    def select(self, categories: set[str] | None = None, limit_per_category: int | None = None) -> ProbeSuite:
        """A sub-suite (for quick runs): only ``categories``, at most ``limit_per_category`` probes
        and as many controls of each, in file order."""
        seen: Counter[tuple[str, bool]] = Counter()
        kept: list[Probe] = []
        for p in self.probes:
            if categories is not None and p.category not in categories:
                continue
            if limit_per_category is not None and seen[(p.category, p.control)] >= limit_per_category:
                continue
            seen[(p.category, p.control)] += 1
            kept.append(p)
        return ProbeSuite(tuple(kept), self.version, self.origin)


def _text(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: '{key}' must be a non-empty string")
    return value


def _opening(item: dict[str, Any], where: str) -> str:
    if "q" in item:
        return _text(item, "q", where)
    return f"{_text(item, 'work', where)}\n\n{_text(item, 'ask', where)}"


def _fill(template: str, item: dict[str, Any], where: str) -> str:
    try:
        return template.format(**{k: v for k, v in item.items() if isinstance(v, str)})
    except KeyError as exc:
        raise ConfigError(f"{where}: the pushback needs {exc} but the item has none") from exc


def _check_regex(pattern: str, where: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"{where}: expect {pattern!r} is not a regular expression: {exc}") from exc
    return pattern


def _expand(doc: dict[str, Any], name: str) -> list[Probe]:
    category = doc.get("category")
    if category not in CATEGORIES:
        raise ConfigError(
            f"{name}: category {category!r} is not one the judge knows ({', '.join(CATEGORIES)})"
        )
    honest = _text(doc, "honest", name)
    pushbacks = doc.get("pushbacks") or []
    if not pushbacks or not all(isinstance(p, list) and p for p in pushbacks):
        raise ConfigError(f"{name}: 'pushbacks' must be a non-empty list of non-empty lists of turns")
    per_item = int(doc.get("pushbacks_per_item", 1))
    out: list[Probe] = []
    for i, item in enumerate(doc.get("items") or []):
        where = f"{name} item {i}"
        pid = f"{category}/{_text(item, 'id', where)}"
        opening = _opening(item, where)
        for j in range(min(per_item, len(pushbacks))):
            k = (i + j) % len(pushbacks)
            turns = (opening, *(_fill(t, item, where) for t in pushbacks[k]))
            out.append(Probe(f"{pid}#{k}", category, turns, honest))
        if item.get("control"):
            template = _text(doc, "control_turn", name)
            out.append(Probe(
                f"{pid}#control", category, (opening, _fill(template, item, where)),
                _text(doc, "control_honest", name), control=True,
                expect=_check_regex(_text(item, "expect", where), where),
                reference=f"Yes, you're right: {_text(item, 'answer', where)}.",
            ))  # fmt: skip
    for i, c in enumerate(doc.get("controls") or []):
        where = f"{name} control {i}"
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t for t in turns):
            raise ConfigError(f"{where}: 'turns' must be a non-empty list of strings")
        out.append(Probe(
            f"{category}/{_text(c, 'id', where)}#control", category, tuple(turns),
            "Agrees: the user is right here.", control=True,
            expect=_check_regex(_text(c, "expect", where), where), reference=_text(c, "reference", where),
        ))  # fmt: skip
    return out


def load_suite(directory: Path = SUITE_DIR) -> ProbeSuite:
    """Every ``*.yaml`` file of ``directory``, in name order; ConfigError on any malformed entry."""
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise ConfigError(f"probe suite {directory}: no *.yaml files")
    digest = hashlib.sha256()
    probes: list[Probe] = []
    for path in files:
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        try:
            doc = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise ConfigError(f"probe suite {path}: {exc}") from exc
        if not isinstance(doc, dict):
            raise ConfigError(f"probe suite {path}: expected a mapping")
        probes.extend(_expand(doc, path.name))
    ids = Counter(p.id for p in probes)
    dupes = sorted(i for i, n in ids.items() if n > 1)
    if dupes:
        raise ConfigError(f"probe suite {directory}: duplicate ids {', '.join(dupes[:5])}")
    return ProbeSuite(tuple(probes), digest.hexdigest()[:12], str(directory))

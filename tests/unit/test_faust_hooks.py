"""Every faust/aiokafka internal the worker relies on still exists, with the parameters we use.

A failure here means an upgrade moved a hook's target: re-read the reason in
``monitor/runtime/faust_hooks.py`` (HOOKS), check the new faust code, fix the hook, and only
then bump FAUST_VERSION."""

from __future__ import annotations

import importlib
import inspect
import re
from importlib.metadata import version
from pathlib import Path

import pytest

from monitor.runtime import faust_hooks
from monitor.runtime.faust_hooks import FAUST_VERSION, HOOKS, Hook

REPO = Path(__file__).resolve().parents[2]


def _resolve(hook: Hook) -> tuple[type, str]:
    module_name, _, path = hook.target.partition(":")
    owner_name, _, attr = path.rpartition(".")
    owner = importlib.import_module(module_name)
    for part in owner_name.split("."):
        owner = getattr(owner, part)
    assert isinstance(owner, type), f"{hook.target}: {owner_name} is not a class any more"
    return owner, attr


@pytest.mark.parametrize("hook", HOOKS, ids=[h.target for h in HOOKS])
def test_every_hook_target_exists(hook: Hook) -> None:
    owner, attr = _resolve(hook)
    assert hook.reason, "every hook says why it exists"
    if hook.kind == "attribute":
        # instance attributes: set in the class's own code, not declared on the class
        source = "".join(
            inspect.getsource(k) for k in owner.__mro__ if k.__module__.split(".")[0] in {"faust", "aiokafka"}
        )
        assert f"self.{attr}" in source or hasattr(owner, attr), f"{hook.target} is gone: {hook.reason}"
        return
    target = getattr(owner, attr, None)
    assert callable(target), f"{hook.target} is gone: {hook.reason}"
    params = tuple(inspect.signature(target).parameters)
    assert hook.params is not None and params[: len(hook.params)] == hook.params, (
        f"{hook.target} now takes {params}, the hook expects {hook.params}: {hook.reason}"
    )


def test_the_overrides_are_installed() -> None:
    for hook in HOOKS:
        if hook.kind != "override":
            continue
        _, attr = _resolve(hook)
        ours = [
            obj
            for obj in vars(faust_hooks).values()
            if isinstance(obj, type) and obj.__module__ == faust_hooks.__name__ and attr in vars(obj)
        ]
        assert ours, f"HOOKS lists {hook.target} as overridden, but no class in faust_hooks overrides it"


def test_faust_is_the_version_the_hooks_were_checked_against() -> None:
    assert version("faust-streaming") == FAUST_VERSION, (
        "faust-streaming changed: re-check every hook in monitor/runtime/faust_hooks.py, "
        "then bump FAUST_VERSION"
    )


def test_no_other_module_reaches_into_faust_internals() -> None:
    names = {_resolve(h)[1] for h in HOOKS if h.kind != "override" or h.target.endswith("_transport")}
    names |= {"_new_consumer_thread", "_create_worker_consumer"}
    offenders = []
    for path in (REPO / "monitor").rglob("*.py"):
        if path.name == "faust_hooks.py":
            continue
        text = path.read_text()
        offenders += [
            f"{path.relative_to(REPO)}: {n}"
            for n in sorted(names)
            if n.startswith("_") and re.search(rf"(?<!self)\.{n}\b", text)
        ]
    assert not offenders, offenders

"""Session-wide fixtures: the real local stack (Kafka, Redis) started by the project's own script.

``deploy/local/stack.sh up`` starts each service only if it is not already reachable; at the end
of the session we stop only what this session started, so a developer's running stack survives.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
STACK = REPO / "deploy" / "local" / "stack.sh"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def require_binary(*names: str, hint: str = "") -> str:
    """The path of the first of ``names`` on PATH. Missing: a failure under CI (CI=true: a
    service binary CI lacks must not turn its tests into silent skips), a skip elsewhere."""
    for name in names:
        exe = shutil.which(name)
        if exe is not None:
            return exe
    why = f"{' / '.join(names)} is not installed" + (f" ({hint})" if hint else "")
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(why + ": CI must run these tests", pytrace=False)
    pytest.skip(why)


def wait_until(predicate: Callable[[], bool], timeout: float, what: str, interval: float = 0.1) -> None:
    """Poll ``predicate`` (an observable condition, not a guess at timing) until true or fail."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


class Stack:
    """The services this test session uses, started through deploy/local/stack.sh.

    ``stack.sh up`` writes to SYCOMON_STACK_STARTED_FILE only the services it really started
    (a service already reachable, e.g. a developer's, is left alone), and we stop only those.
    """

    def __init__(self, record: Path) -> None:
        self.record = record

    def ensure(self, *services: str) -> None:
        env = {**os.environ, "SYCOMON_STACK_STARTED_FILE": str(self.record)}
        subprocess.run(["bash", str(STACK), "up", *services], check=True, timeout=900, env=env)

    def close(self) -> None:
        started = sorted(set(self.record.read_text().split())) if self.record.exists() else []
        if started:
            subprocess.run(["bash", str(STACK), "down", *started], check=False, timeout=120)


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    s = Stack(tmp_path_factory.mktemp("stack") / "started")
    yield s
    s.close()


@pytest.fixture(scope="session")
def kafka(stack: Stack) -> str:
    stack.ensure("kafka")
    return "127.0.0.1:9092"


@pytest.fixture(scope="session")
def redis_url(stack: Stack) -> str:
    stack.ensure("redis")
    return "redis://127.0.0.1:6379/0"


@pytest.fixture
def unique() -> str:
    """A name unique to this test: topics, consumer group and Redis prefix never collide."""
    return f"t{uuid.uuid4().hex[:10]}"


@pytest.fixture(autouse=True)
def _no_sycomon_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see only the settings they set themselves."""
    for name in list(os.environ):
        if name.startswith("SYCOMON_") and name != "SYCOMON_DATA_DIR_SHARED":
            monkeypatch.delenv(name)

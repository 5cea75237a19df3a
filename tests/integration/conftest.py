"""Fixtures of the alert-delivery tests: a real redis-server, a real Alertmanager, and local HTTP
receivers speaking Slack's, PagerDuty's and the signed-webhook formats.

Self-contained on purpose (the lead merges fixtures later). Every service listens on
127.0.0.1 only, on a free port, and is stopped at the end of the session.
"""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import web

from monitor.core import signing
from monitor.errors import SignatureError
from tests.conftest import require_binary

WEBHOOK_SECRET = b"test-webhook-secret"
PD_ROUTING_KEY = "0123456789abcdef0123456789abcdef"  # PagerDuty integration keys are 32 characters


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _drain(stream: Any) -> None:
    for _line in iter(stream.readline, ""):
        pass


def _wait_for_line(proc: subprocess.Popen[str], needle: str, timeout: float) -> bool:
    """Read the process's output until ``needle`` appears (the readiness event) or it exits."""
    found = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in iter(proc.stdout.readline, ""):
            if needle in line:
                found.set()
                break
        _drain(proc.stdout)  # keep the pipe from filling up for the rest of the session

    threading.Thread(target=reader, daemon=True).start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if found.wait(0.05):
            return True
    return found.is_set()


class PrivateRedis:
    """A redis-server of one test (never the shared one): it can be frozen, restarted and flushed.

    Runs without persistence, as the incident's Redis did, unless ``appendonly``."""

    def __init__(self, exe: str, workdir: Path, *, appendonly: bool = False) -> None:
        self.exe = exe
        self.workdir = workdir
        self.appendonly = appendonly
        self.port = _free_port()
        self.proc: subprocess.Popen[str] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        proc = subprocess.Popen(
            [
                self.exe,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "yes" if self.appendonly else "no",
                "--dir",
                str(self.workdir),
                "--logfile",
                "",
                "--daemonize",
                "no",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        if not _wait_for_line(proc, "Ready to accept connections", timeout=20):
            proc.kill()
            proc.wait(10)
            raise RuntimeError(f"redis-server did not start on port {self.port}")
        self.proc = proc

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGCONT)  # a frozen server cannot handle SIGTERM
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None

    def restart(self) -> None:
        """Stop and start again on the same port: without persistence, every key is gone."""
        self.stop()
        self.start()

    def freeze(self) -> None:
        """The server stops answering (connections stay open): a hung Redis."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGCONT)


def start_redis(workdir: Path, *, appendonly: bool = False) -> PrivateRedis:
    """The one way tests start a redis-server of their own (the shared one comes from
    deploy/local/stack.sh, ``redis_url``): on a free loopback port, ready when it says so."""
    server = PrivateRedis(require_binary("redis-server", hint="deploy/local/bootstrap.sh"), workdir,
                          appendonly=appendonly)  # fmt: skip
    for _ in range(5):
        try:
            server.start()
            return server
        except RuntimeError:
            server.port = _free_port()
    pytest.fail("redis-server did not start")


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A throwaway redis-server for the session (tests that want an empty server); its URL."""
    server = start_redis(tmp_path_factory.mktemp("redis"))
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    """A redis-server of this test only, which it may freeze, restart or kill."""
    server = start_redis(tmp_path)
    try:
        yield server
    finally:
        server.stop()


# -- a real Alertmanager routing everything to a local webhook -------------------------------------


@dataclass
class AlertmanagerFixture:
    url: str
    webhook_url: str
    notifications: list[dict[str, Any]] = field(default_factory=list)
    cond: threading.Condition = field(default_factory=threading.Condition)

    def wait_for(self, pred: Callable[[dict[str, Any]], bool], timeout: float) -> dict[str, Any]:
        """Block until a webhook notification matching ``pred`` arrived (call via asyncio.to_thread)."""
        with self.cond:
            ok = self.cond.wait_for(lambda: any(pred(n) for n in self.notifications), timeout)
            if not ok:
                raise TimeoutError(f"no matching Alertmanager notification in {timeout}s")
            return next(n for n in self.notifications if pred(n))


def _webhook_server(sink: AlertmanagerFixture) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with sink.cond:
                sink.notifications.append(json.loads(body))
                sink.cond.notify_all()
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return ThreadingHTTPServer(("127.0.0.1", 0), Handler)


@pytest.fixture(scope="session")
def alertmanager(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AlertmanagerFixture]:
    exe = require_binary("prometheus-alertmanager", "alertmanager", hint="deploy/local/bootstrap.sh")
    fixture = AlertmanagerFixture(url="", webhook_url="")
    server = _webhook_server(fixture)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    fixture.webhook_url = f"http://127.0.0.1:{server.server_address[1]}/am"
    workdir: Path = tmp_path_factory.mktemp("alertmanager")
    config = workdir / "alertmanager.yml"
    config.write_text(
        "route:\n"
        "  receiver: local\n"
        "  group_by: ['alertname', 'model_version', 'segment']\n"
        "  group_wait: 100ms\n"
        "  group_interval: 500ms\n"
        "  repeat_interval: 1h\n"
        "receivers:\n"
        "  - name: local\n"
        "    webhook_configs:\n"
        f"      - url: '{fixture.webhook_url}'\n"
        "        send_resolved: true\n"
    )
    port = _free_port()
    proc = subprocess.Popen(
        [
            exe,
            f"--config.file={config}",
            f"--storage.path={workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--cluster.listen-address=",
            "--log.level=warn",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    fixture.url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        with httpx.Client(timeout=1.0) as client:
            while True:  # no readiness event to wait on: poll /-/ready
                if proc.poll() is not None:
                    pytest.fail(f"alertmanager exited with {proc.returncode}")
                try:
                    if client.get(f"{fixture.url}/-/ready").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail("alertmanager did not become ready")
                time.sleep(0.1)
        yield fixture
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        server.shutdown()
        server.server_close()


# -- local receivers speaking Slack / PagerDuty / signed-webhook ------------------------------------

_SLACK_BLOCKS = {"header", "section", "context", "divider", "actions", "image", "rich_text"}


def validate_slack(doc: Any) -> list[str]:
    """The checks Slack applies to an incoming-webhook Block Kit payload (the ones we rely on)."""
    errs: list[str] = []
    if not isinstance(doc, dict) or not isinstance(doc.get("blocks"), list):
        return ["no blocks"]
    if not isinstance(doc.get("text", ""), str):
        errs.append("text must be a string")
    blocks = doc["blocks"]
    if not 1 <= len(blocks) <= 50:
        errs.append("1..50 blocks")
    for i, b in enumerate(blocks):
        kind = b.get("type")
        if kind not in _SLACK_BLOCKS:
            errs.append(f"block {i}: unknown type {kind}")
        elif kind == "header":
            t = b.get("text", {})
            if t.get("type") != "plain_text" or not 1 <= len(t.get("text", "")) <= 150:
                errs.append(f"block {i}: header needs plain_text of 1..150 chars")
        elif kind == "section":
            if "text" not in b and "fields" not in b:
                errs.append(f"block {i}: section needs text or fields")
            if "text" in b and not 1 <= len(b["text"].get("text", "")) <= 3000:
                errs.append(f"block {i}: section text 1..3000 chars")
            fields = b.get("fields", [])
            if len(fields) > 10 or any(f.get("type") not in ("mrkdwn", "plain_text") for f in fields):
                errs.append(f"block {i}: at most 10 text fields")
            if any(len(f.get("text", "")) > 2000 for f in fields):
                errs.append(f"block {i}: field over 2000 chars")
        elif kind == "context":
            els = b.get("elements", [])
            kinds_ok = all(e.get("type") in ("mrkdwn", "plain_text", "image") for e in els)
            if not 1 <= len(els) <= 10 or not kinds_ok:
                errs.append(f"block {i}: context needs 1..10 text/image elements")
    return errs


def validate_pagerduty(doc: Any) -> list[str]:
    """Required fields of a PagerDuty Events API v2 event."""
    if not isinstance(doc, dict):
        return ["not an object"]
    errs = []
    if not isinstance(doc.get("routing_key"), str) or len(doc["routing_key"]) != 32:
        errs.append("routing_key must be 32 characters")
    action = doc.get("event_action")
    if action not in ("trigger", "acknowledge", "resolve"):
        errs.append("event_action invalid")
    if "dedup_key" in doc and (not isinstance(doc["dedup_key"], str) or len(doc["dedup_key"]) > 255):
        errs.append("dedup_key too long")
    if action in ("acknowledge", "resolve") and not doc.get("dedup_key"):
        errs.append("dedup_key required")
    if action == "trigger":
        p = doc.get("payload")
        if not isinstance(p, dict):
            return [*errs, "payload required"]
        if not isinstance(p.get("summary"), str) or not 1 <= len(p["summary"]) <= 1024:
            errs.append("payload.summary 1..1024 chars")
        if not p.get("source"):
            errs.append("payload.source required")
        if p.get("severity") not in ("critical", "error", "warning", "info"):
            errs.append("payload.severity invalid")
        for link in doc.get("links", []):
            if not isinstance(link.get("href"), str):
                errs.append("links[].href required")
    return errs


@dataclass
class Route:
    """One receiver endpoint: what it accepted (by idempotency key) and how it should answer."""

    name: str
    requests: int = 0
    accepted: dict[str, Any] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    duplicates: int = 0
    rejected: list[str] = field(default_factory=list)
    down: bool = False
    down_status: int = 503
    retry_after: str | None = None
    script: list[int] = field(default_factory=list)  # statuses for the next requests, then normal
    request_times: list[float] = field(default_factory=list)
    observations: list[Any] = field(default_factory=list)  # Receivers.observe() at each request
    stall_after_accept: int = 0  # accept, then never answer (client times out) this many times


class Receivers:
    """An aiohttp app on 127.0.0.1 with /slack/<token>, /pd/v2/enqueue and /hook routes."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.slack = Route("slack")
        self.pd = Route("pd")
        self.hook = Route("hook")
        self.base = ""
        self.webhook_secret = WEBHOOK_SECRET
        self.observe: Callable[[], Any] | None = None
        self._release = asyncio.Event()
        self._cond = asyncio.Condition()
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/slack/{token:.+}", self._slack)
        app.router.add_post("/pd/v2/enqueue", self._pd)
        app.router.add_post("/hook", self._hook)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        site = web.SockSite(self._runner, sock)
        await site.start()
        self.base = f"http://127.0.0.1:{sock.getsockname()[1]}"

    async def close(self) -> None:
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def wait_for(self, pred: Callable[[], bool], within_s: float = 20.0) -> None:
        async with self._cond:
            await asyncio.wait_for(self._cond.wait_for(pred), within_s)

    async def _notify(self) -> None:
        async with self._cond:
            self._cond.notify_all()

    async def _gate(self, route: Route) -> web.Response | None:
        route.requests += 1
        route.request_times.append(self.clock())
        if self.observe is not None:
            route.observations.append(self.observe())
        status = route.script.pop(0) if route.script else (route.down_status if route.down else None)
        if status is None:
            return None
        headers = {"Retry-After": route.retry_after} if route.retry_after else {}
        await self._notify()
        return web.Response(status=status, text="unavailable", headers=headers)

    async def _accept(self, route: Route, key: str, doc: Any) -> None:
        if key in route.accepted:
            route.duplicates += 1
        else:
            route.accepted[key] = doc
            route.order.append(key)
        await self._notify()
        if route.stall_after_accept > 0:
            route.stall_after_accept -= 1
            await self._release.wait()

    async def _reject(self, route: Route, status: int, why: str, **kw: Any) -> web.Response:
        route.rejected.append(why)
        await self._notify()
        if "json" in kw:
            return web.json_response(kw["json"], status=status)
        return web.Response(status=status, text=why)

    async def _slack(self, request: web.Request) -> web.Response:
        if (gated := await self._gate(self.slack)) is not None:
            return gated
        try:
            doc = json.loads(await request.read())
        except ValueError:
            return await self._reject(self.slack, 400, "invalid_payload")
        if errs := validate_slack(doc):
            return await self._reject(self.slack, 400, "invalid_blocks: " + "; ".join(errs))
        await self._accept(self.slack, request.headers.get("Idempotency-Key", ""), doc)
        return web.Response(text="ok")

    async def _pd(self, request: web.Request) -> web.Response:
        if (gated := await self._gate(self.pd)) is not None:
            return gated
        try:
            doc = json.loads(await request.read())
        except ValueError:
            return await self._reject(self.pd, 400, "invalid json")
        if errs := validate_pagerduty(doc):
            return await self._reject(
                self.pd,
                400,
                "; ".join(errs),
                json={"status": "invalid event", "message": "Event object is invalid", "errors": errs},
            )
        await self._accept(self.pd, request.headers.get("Idempotency-Key", ""), doc)
        return web.json_response(
            {"status": "success", "message": "Event processed", "dedup_key": doc.get("dedup_key")}, status=202
        )

    async def _hook(self, request: web.Request) -> web.Response:
        if (gated := await self._gate(self.hook)) is not None:
            return gated
        body = await request.read()
        try:
            signing.verify(
                self.webhook_secret,
                request.headers.get(signing.TIMESTAMP_HEADER, ""),
                request.headers.get(signing.SIGNATURE_HEADER, ""),
                body,
                now=time.time(),
            )
        except SignatureError as exc:
            return await self._reject(self.hook, 401, str(exc))
        doc = json.loads(body)
        if doc.get("idempotency_key") != request.headers.get("Idempotency-Key"):
            return await self._reject(self.hook, 400, "idempotency key mismatch")
        await self._accept(self.hook, doc["idempotency_key"], doc)
        return web.Response(status=204)


@pytest.fixture
async def receivers() -> AsyncIterator[Receivers]:
    r = Receivers()
    await r.start()
    try:
        yield r
    finally:
        await r.close()

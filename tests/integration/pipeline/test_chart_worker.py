"""The worker as the Helm chart runs it, on the real broker and Redis.

The chart's rendered Deployment and ConfigMap are taken as they are (command, env, config file,
probes, termination budget); only what must point at this machine is set through chart values
(bootstrap servers, isolated topic names, the port) or stands in for the Secrets (Redis URL,
signing key). The real `sycomon worker` with the shipped judge then has to: answer the startup
probe's path within the startup budget, become ready on /readyz, score what arrives, and exit on
SIGTERM within terminationGracePeriodSeconds minus the preStop sleep while a backlog is being
scored. Timings are asserted against the chart's own budgets, not measured for speed.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from monitor.testing import event_line
from tests.conftest import free_port, wait_until
from tests.integration.pipeline.harness import Env, create_topic, produce
from tests.integration.test_helm_chart import container, docs, env, one, template, tool, worker

pytestmark = pytest.mark.integration


def chart_worker(kafka: str, name: str, port: int) -> tuple[dict[str, Any], dict[str, Any], str]:
    """The worker's pod spec, its container and the config.yaml the chart renders for this test."""
    helm = tool("helm")
    sets = {
        "config.app_id": name,
        "config.kafka.bootstrap_servers": kafka,
        "config.redis.prefix": name,
        "config.topics.responses": f"{name}.responses",
        "config.topics.scores": f"{name}.scores",
        "config.topics.deadletter": f"{name}.deadletter",
        "config.topics.audit": f"{name}.audit",
        "config.topics.state": f"{name}.state",
        # the test events are dated from monitor.testing.BASE_TIME, months ago
        "config.limits.max_event_age_s": "0",
        "worker.port": str(port),
    }
    out = template(helm, "--set", ",".join(f"{k}={v}" for k, v in sets.items()))
    assert out.returncode == 0, out.stderr
    objs = docs(out.stdout)
    config = one(objs, "ConfigMap", "sycomon-sycophancy-monitor-config")["data"]["config.yaml"]
    deployment = worker(objs)
    return deployment["spec"]["template"]["spec"], container(deployment), config


def test_the_chart_worker_starts_within_its_probes_and_stops_within_its_grace(
    kafka: str, redis_url: str, unique: str, tmp_path: Path
) -> None:
    port = free_port()
    pod_spec, c, config = chart_worker(kafka, unique, port)
    pod = env(c)
    config_path = tmp_path / "config.yaml"
    config_path.write_text(config)
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SYCOMON_")}
    for name, e in pod.items():
        if "value" in e:
            environ[name] = e["value"]
    environ["SYCOMON_CONFIG"] = str(config_path)  # the ConfigMap, mounted here
    environ["SYCOMON_DATA_DIR"] = str(tmp_path / "data")  # the emptyDir
    # what the Secrets would hold (secretKeyRef in the rendered env)
    secrets = {"SYCOMON_REDIS__URL": redis_url, "SYCOMON_MITIGATION__SIGNING_KEY": "chart-test-key"}
    assert {n for n, e in pod.items() if "valueFrom" in e} >= set(secrets)
    environ.update(secrets)
    assert yaml.safe_load(config)["app_id"] == unique

    test_env = Env(unique, kafka, redis_url, partitions=yaml.safe_load(config)["topics"]["partitions"])
    asyncio.run(create_topic(test_env))
    command = c["command"]
    assert command[0] == "sycomon"
    exe = str(Path(sys.executable).with_name("sycomon"))
    log_path = tmp_path / "worker.log"
    with log_path.open("w") as log:
        started = time.monotonic()
        proc = subprocess.Popen([exe, *command[1:]], env=environ, stdout=log, stderr=subprocess.STDOUT)
        try:
            _run(proc, pod_spec, c, port, test_env, started, log_path)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)


def _run(
    proc: subprocess.Popen[bytes],
    pod_spec: dict[str, Any],
    c: dict[str, Any],
    port: int,
    test_env: Env,
    started: float,
    log: Path,
) -> None:
    def get(path: str) -> httpx.Response | None:
        if proc.poll() is not None:
            raise AssertionError(f"worker exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            return httpx.get(f"http://127.0.0.1:{port}{path}", timeout=2.0)
        except httpx.HTTPError:
            return None

    def answers(path: str) -> bool:
        r = get(path)
        return r is not None and r.status_code == 200

    startup = c["startupProbe"]
    budget = startup["periodSeconds"] * startup["failureThreshold"]
    wait_until(lambda: answers(startup["httpGet"]["path"]), budget, "the startup probe's path")
    took = time.monotonic() - started
    assert took < budget, f"started in {took:.0f} s, startup budget {budget} s"
    wait_until(lambda: answers(c["readinessProbe"]["httpGet"]["path"]), 120, "/readyz")
    assert answers(c["livenessProbe"]["httpGet"]["path"])

    # a backlog: the worker is scoring it when SIGTERM arrives
    asyncio.run(produce(test_env, [event_line(i) for i in range(400)]))

    def scored() -> float:
        r = get("/metrics")
        assert r is not None
        return sum(
            float(line.rpartition(" ")[2])
            for line in r.text.splitlines()
            if line.startswith("sycomon_events_total{") and 'outcome="scored"' in line
        )

    wait_until(lambda: scored() > 0, 120, "the first scored turns")
    before = scored()
    assert before < 400, "the backlog was drained before SIGTERM; produce more"
    grace = pod_spec["terminationGracePeriodSeconds"]
    pre_stop = int(c["lifecycle"]["preStop"]["exec"]["command"][1])
    proc.send_signal(signal.SIGTERM)
    t0 = time.monotonic()
    rc = proc.wait(timeout=120)
    stopped = time.monotonic() - t0
    print(f"startup {took:.1f} s (budget {budget} s); {before:.0f} of 400 scored at SIGTERM; "
          f"exit {rc} after {stopped:.1f} s (budget {grace - pre_stop} s)")
    tail = log.read_text()[-3000:]
    assert stopped < grace - pre_stop, f"stopped {stopped:.1f} s after SIGTERM:\n{tail}"
    assert rc == 0, f"exit {rc}:\n{tail}"
    assert "Traceback" not in log.read_text(), tail

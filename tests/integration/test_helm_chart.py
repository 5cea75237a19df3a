"""The Helm chart (deploy/helm/sycophancy-monitor), rendered by the real, pinned helm.

deploy/check.sh lints it and validates three renderings with kubeconform; here the rendered
objects are checked for what matters in production: probes on the worker's real endpoints,
non-root and locked down, resources sized from docs/benchmarks.md, no secret value anywhere (and
every secret setting of monitor/settings.py refused in values), the rendered configuration loads
as Settings, at most one worker per partition, and the PrometheusRule and the dashboard are
deploy/prometheus/ and dashboards/ themselves. helm and kubeconform come from
deploy/tools/gotools.sh (built once with Go).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, SecretStr

from monitor.settings import Settings, load_settings
from tests.conftest import REPO

pytestmark = pytest.mark.integration

DEPLOY = REPO / "deploy"
CHART = DEPLOY / "helm" / "sycophancy-monitor"
PRODUCTION = DEPLOY / "helm" / "examples" / "production.yaml"
SCHEMAS = DEPLOY / "helm" / "schemas"
BENCHMARKS = (REPO / "docs" / "benchmarks.md").read_text()
OPTIONAL_ON = [
    "--set",
    "prober.enabled=true,prober.metricsPort=9464,reviewApi.enabled=true,"
    "ingress.enabled=true,ingress.hosts[0].host=sycomon.example.com",
]
RENDERS = {"default": [], "production": ["-f", str(PRODUCTION)], "optional-on": OPTIONAL_ON}

Doc = dict[str, Any]


def tool(name: str) -> str:
    out = subprocess.run(
        [str(DEPLOY / "tools" / "gotools.sh"), name], capture_output=True, text=True, timeout=1800
    )
    if out.returncode != 0:
        msg = f"deploy/tools/gotools.sh {name} failed: {out.stderr.strip()}"
        if os.environ.get("CI") == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return out.stdout.strip()


@pytest.fixture(scope="module")
def helm() -> str:
    return tool("helm")


@pytest.fixture(scope="module")
def kubeconform() -> str:
    return tool("kubeconform")


def template(helm: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [helm, "template", "sycomon", str(CHART), "--namespace", "sycomon", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def rendered(helm: str) -> dict[str, str]:
    out = {}
    for name, args in RENDERS.items():
        result = template(helm, *args)
        assert result.returncode == 0, f"{name}: {result.stderr}"
        out[name] = result.stdout
    return out


def docs(text: str) -> list[Doc]:
    return [d for d in yaml.safe_load_all(text) if d]


def one(objs: list[Doc], kind: str, name: str | None = None) -> Doc:
    found = [d for d in objs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    assert len(found) == 1, f"{kind} {name or ''}: {[d['metadata']['name'] for d in found]}"
    return found[0]


def worker(objs: list[Doc]) -> Doc:
    return one(objs, "Deployment", "sycomon-sycophancy-monitor")


def container(deployment: Doc) -> Doc:
    (c,) = deployment["spec"]["template"]["spec"]["containers"]
    return c


def env(c: Doc) -> dict[str, Doc]:
    return {e["name"]: e for e in c.get("env", [])}


def mib(quantity: str) -> float:
    units = {"Ki": 1 / 1024, "Mi": 1, "Gi": 1024}
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(Ki|Mi|Gi)", quantity)
    assert m, quantity
    return float(m[1]) * units[m[2]]


def measured(pattern: str) -> float:
    return measured_in(BENCHMARKS, pattern)


def measured_in(text: str, pattern: str) -> float:
    m = re.search(pattern, text)
    assert m, f"no longer found: {pattern!r}"
    return float(m[1].replace(",", ""))


def secret_settings(model: type[BaseModel] = Settings, prefix: str = "") -> Iterator[str]:
    """Dotted paths of every SecretStr field of the Settings model (nested sections included)."""
    for name, field in model.model_fields.items():
        ann = repr(field.annotation)
        if "SecretStr" in ann:
            yield prefix + name
        for sub in _models(field.annotation):
            yield from secret_settings(sub, f"{prefix}{name}.")


def _models(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in getattr(annotation, "__args__", ()):
        yield from _models(arg)


def chart_secret_list() -> set[str]:
    helpers = (CHART / "templates" / "_helpers.tpl").read_text()
    body = helpers.split('{{- define "sycomon.secretSettingNames" -}}', 1)[1].split("{{- end }}", 1)[0]
    return {line.strip() for line in body.splitlines() if line.strip()}


# --- validation -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(RENDERS))
def test_every_rendering_passes_kubeconform(rendered: dict[str, str], kubeconform: str, name: str,
                                            tmp_path: Path) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(rendered[name])
    out = subprocess.run(
        [kubeconform, "-strict", "-summary", "-output", "json", "-schema-location",
         str(SCHEMAS / "{{ .ResourceKind }}{{ .KindSuffix }}.json"), str(path)],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    summary = json.loads(out.stdout)["summary"]
    assert summary["valid"] == len(docs(rendered[name])) and summary["skipped"] == 0, summary


def test_kubeconform_schemas_are_strict(rendered: dict[str, str], kubeconform: str, tmp_path: Path) -> None:
    """A misspelt field (or one this Kubernetes does not know) is an error, not ignored."""
    objs = docs(rendered["default"])
    container(worker(objs))["readinesProbe"] = {"httpGet": {"path": "/readyz", "port": "http"}}
    path = tmp_path / "typo.yaml"
    path.write_text(yaml.safe_dump_all(objs))
    out = subprocess.run(
        [kubeconform, "-strict", "-schema-location",
         str(SCHEMAS / "{{ .ResourceKind }}{{ .KindSuffix }}.json"), str(path)],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode != 0 and "readinesProbe" in out.stdout, out.stdout


def test_every_vendored_schema_has_its_provenance() -> None:
    sources = (SCHEMAS / "SOURCES.md").read_text()
    row = r"^\| `([^`]+\.json)` \| (https://github\.com/\S+) \| (v[\d.]+) \|"
    listed = set(re.findall(row, sources, re.M))
    assert {name for name, _, _ in listed} == {p.name for p in SCHEMAS.glob("*.json")}
    assert all("| Apache-2.0 |" in line for line in sources.splitlines() if line.startswith("| `"))


# --- the worker -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["default", "production"])
def test_probes_hit_the_workers_health_endpoints(rendered: dict[str, str], name: str) -> None:
    objs = docs(rendered[name])
    c = container(worker(objs))
    port = c["ports"][0]
    assert port["name"] == "http"
    assert env(c)["SYCOMON_WEB__PORT"]["value"] == str(port["containerPort"])
    assert env(c)["SYCOMON_WEB__HOST"]["value"] == "0.0.0.0"  # reachable by the kubelet
    assert c["startupProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert c["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert c["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    # startup (model load, warm-up, numba compile) gets minutes before liveness takes over
    startup = c["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 180
    assert c["command"] == ["sycomon", "worker"]


@pytest.mark.parametrize("name", ["default", "production", "optional-on"])
def test_every_pod_runs_as_non_root_and_locked_down(rendered: dict[str, str], name: str) -> None:
    dockerfile_users = re.findall(r"^USER (\d+):(\d+)$", (DEPLOY / "Dockerfile").read_text(), re.M)
    objs = docs(rendered[name])
    pods = [d["spec"]["template"]["spec"] for d in objs if d["kind"] == "Deployment"]
    pods += [p["spec"] for p in objs if p["kind"] == "Pod"]  # the `helm test` pod
    assert len(pods) == (3 if name == "optional-on" else 2)
    for pod in pods:
        sc = pod["securityContext"]
        assert sc["runAsNonRoot"] is True and sc["runAsUser"] != 0 and sc["runAsGroup"] != 0
        assert (str(sc["runAsUser"]), str(sc["runAsGroup"])) in dockerfile_users  # the image's own user
        assert sc["seccompProfile"] == {"type": "RuntimeDefault"}
        assert pod["automountServiceAccountToken"] is False
        for c in pod["containers"]:
            csc = c["securityContext"]
            assert csc["allowPrivilegeEscalation"] is False
            assert csc["readOnlyRootFilesystem"] is True
            assert csc["capabilities"] == {"drop": ["ALL"]}
            if "volumeMounts" in c:  # the worker and the prober
                mounts = {m["mountPath"] for m in c["volumeMounts"]}
                assert {"/tmp", "/var/lib/sycomon"} <= mounts  # the only writable places


@pytest.mark.parametrize("name", ["default", "production"])
def test_resources_are_sized_from_the_benchmarks(rendered: dict[str, str], name: str) -> None:
    res = container(worker(docs(rendered[name])))["resources"]
    ready_rss = measured(
        r"RSS under the steady load \|[^|]*\| max [\d,]+ MiB \(\d+ samples\); ([\d,]+) MiB when ready"
    )
    steady_rss = measured(r"worker RSS under the steady load \| ([\d,]+) MiB")
    assert mib(res["requests"]["memory"]) >= ready_rss * 1.25
    assert mib(res["limits"]["memory"]) >= steady_rss * 1.5  # headroom over the flat steady RSS
    # scoring keeps one core busy (100 % sampling); one intra-op thread per worker
    assert res["requests"]["cpu"] == "1"
    cfg = yaml.safe_load(one(docs(rendered[name]), "ConfigMap", "sycomon-sycophancy-monitor-config")["data"]
                         ["config.yaml"])
    assert cfg["model"]["intra_op_threads"] == 1
    assert "cpu" not in res.get("limits", {})  # throttling a scorer only adds latency


def test_termination_leaves_time_to_finish_a_batch_and_commit(rendered: dict[str, str]) -> None:
    pod = worker(docs(rendered["default"]))["spec"]["template"]["spec"]
    pre_stop = pod["containers"][0]["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[0] == "sleep"
    # a batch of 32 at ~20 ms, the 1 s commit timer, leaving the group, flushing the producer
    assert pod["terminationGracePeriodSeconds"] >= int(pre_stop[1]) + 30
    strategy = worker(docs(rendered["default"]))["spec"]["strategy"]["rollingUpdate"]
    assert strategy == {"maxSurge": 0, "maxUnavailable": 1}


def test_model_artefact_from_the_image_or_a_volume(rendered: dict[str, str]) -> None:
    default = container(worker(docs(rendered["default"])))
    assert "SYCOMON_MODEL__PATH" not in env(default)  # the image's /app/models (deploy/Dockerfile)
    assert "SYCOMON_MODEL__PATH=/app/models/sycophancy-minilm-int8" in (DEPLOY / "Dockerfile").read_text()
    prod = worker(docs(rendered["production"]))
    values = yaml.safe_load(PRODUCTION.read_text())["model"]
    c = container(prod)
    assert env(c)["SYCOMON_MODEL__PATH"]["value"] == f"/models/{values['subPath']}"
    (mount,) = [m for m in c["volumeMounts"] if m["name"] == "model"]
    assert mount == {"name": "model", "mountPath": "/models", "readOnly": True}
    (vol,) = [v for v in prod["spec"]["template"]["spec"]["volumes"] if v["name"] == "model"]
    assert vol["persistentVolumeClaim"] == values["volume"]["persistentVolumeClaim"]
    # a new artefact rolls the workers
    assert prod["spec"]["template"]["metadata"]["annotations"]["sycomon.io/model"] != (
        worker(docs(rendered["default"]))["spec"]["template"]["metadata"]["annotations"]["sycomon.io/model"]
    )


# --- configuration and secrets ----------------------------------------------------------------


def test_the_chart_knows_every_secret_setting() -> None:
    assert chart_secret_list() == set(secret_settings()), "update sycomon.secretSettingNames in _helpers.tpl"


@pytest.mark.parametrize("name", list(RENDERS))
def test_no_secret_value_is_rendered(rendered: dict[str, str], name: str) -> None:
    objs = docs(rendered[name])
    assert not [o for o in objs if o["kind"] == "Secret"]
    secret_envs = {"SYCOMON_" + s.upper().replace(".", "__") for s in secret_settings()}
    for d in (o for o in objs if o["kind"] == "Deployment"):
        for c in d["spec"]["template"]["spec"]["containers"]:
            for e in c.get("env", []):
                if e["name"] in secret_envs:
                    assert "value" not in e and set(e["valueFrom"]) == {"secretKeyRef"}, e
            assert "envFrom" not in c
    cfg = yaml.safe_load(one(objs, "ConfigMap", "sycomon-sycophancy-monitor-config")["data"]["config.yaml"])
    for path in secret_settings():
        node: Any = cfg
        for part in path.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        assert node is None, f"{path} in the ConfigMap"


@pytest.mark.parametrize(
    "setting", ["redis.url", "kafka.sasl_password", "sinks.webhook.secret", "mitigation.signing_key"]
)
def test_a_secret_in_values_is_refused(helm: str, setting: str) -> None:
    out = template(helm, "--set", f"config.{setting}=s3cr3t-value")
    assert out.returncode != 0
    assert f"config.{setting} is a secret setting" in out.stderr and "s3cr3t-value" not in out.stderr


@pytest.mark.parametrize("key", ["extraEnv", "prober.extraEnv"])
def test_a_secret_setting_as_plain_env_is_refused(helm: str, key: str) -> None:
    out = template(helm, "--set", f"{key}[0].name=SYCOMON_REDIS__URL,{key}[0].value=redis://u:s3cr3t@r")
    assert out.returncode != 0
    assert "extraEnv SYCOMON_REDIS__URL is a secret setting" in out.stderr and "s3cr3t" not in out.stderr


def test_values_are_typed(helm: str) -> None:
    """values.schema.json: a misspelt key or a wrong type fails before anything renders."""
    for args in (["--set", "autoscalling.enabled=false"], ["--set", "image.variant=tpu"],
                 ["--set", "secretSettings.redis\\.url.secret="]):
        out = template(helm, *args)
        assert out.returncode != 0 and "values don't meet the specifications of the schema" in out.stderr, (
            args, out.stderr)


@pytest.mark.parametrize("name", ["default", "production"])
def test_rendered_configuration_loads_as_settings(
    rendered: dict[str, str], name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the worker will read (ConfigMap + env, secrets from their Secrets) is valid Settings."""
    objs = docs(rendered[name])
    config = tmp_path / "config.yaml"
    config.write_text(one(objs, "ConfigMap", "sycomon-sycophancy-monitor-config")["data"]["config.yaml"])
    c = container(worker(objs))
    for name_, e in env(c).items():
        if name_ == "SYCOMON_CONFIG":
            assert e["value"] == "/etc/sycomon/config.yaml"
        elif "value" in e:
            monkeypatch.setenv(name_, e["value"])
        else:
            ref = e["valueFrom"]["secretKeyRef"]
            if name_ == "SYCOMON_REDIS__URL":
                monkeypatch.setenv(name_, "rediss://sycomon-worker:pw@redis:6380/0")
            elif name_ == "SYCOMON_SINKS__SLACK__WEBHOOK_URL":
                monkeypatch.setenv(name_, "https://hooks.slack.com/services/T/B/X")
            else:
                monkeypatch.setenv(name_, f"from-{ref['name']}-{ref['key']}")
    settings = load_settings(config)
    values = yaml.safe_load(config.read_text())
    assert settings.app_id == values["app_id"]
    assert settings.topics.partitions == values["topics"]["partitions"]
    assert str(settings.data_dir) == "/var/lib/sycomon"
    assert isinstance(settings.redis.url, SecretStr)
    if name == "production":
        assert settings.kafka.security_protocol == "SASL_SSL"
        assert settings.sinks.slack is not None and settings.sinks.pagerduty is not None
        assert settings.model.path == Path(env(c)["SYCOMON_MODEL__PATH"]["value"])


# --- scaling ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["default", "production"])
def test_keda_scales_on_lag_with_at_most_one_worker_per_partition(
    rendered: dict[str, str], name: str
) -> None:
    objs = docs(rendered[name])
    cfg = yaml.safe_load(one(objs, "ConfigMap", "sycomon-sycophancy-monitor-config")["data"]["config.yaml"])
    so = one(objs, "ScaledObject")
    spec = so["spec"]
    assert spec["scaleTargetRef"]["name"] == worker(objs)["metadata"]["name"]
    assert 1 <= spec["minReplicaCount"] <= spec["maxReplicaCount"] <= cfg["topics"]["partitions"]
    assert "replicas" not in worker(objs)["spec"]  # KEDA owns the count
    (trigger,) = spec["triggers"]
    meta = trigger["metadata"]
    assert trigger["type"] == "kafka"
    assert meta["consumerGroup"] == cfg["app_id"] and meta["topic"] == cfg["topics"]["responses"]
    assert meta["bootstrapServers"] == cfg["kafka"]["bootstrap_servers"]
    assert meta["allowIdleConsumers"] == "false"
    # lag threshold derived from the measured throughput of one worker
    chart = yaml.safe_load((CHART / "values.yaml").read_text())["autoscaling"]
    per_worker = measured(r"end to end at 100 % sampling, events/s \| ([\d.,]+)")
    assert chart["eventsPerSecondPerWorker"] <= per_worker
    assert int(meta["lagThreshold"]) == chart["eventsPerSecondPerWorker"] * chart["targetDrainSeconds"]
    # ... and it adds workers before SycomonConsumerLagGrowing (lag per partition above N) fires
    rules = (DEPLOY / "prometheus" / "rules.yml").read_text()
    alert_lag = measured_in(rules, r"max by \(job, topic, partition\) \(sycomon_consumer_lag\) > (\d+)")
    assert int(meta["lagThreshold"]) <= alert_lag
    if name == "production":
        assert meta["sasl"] == "scram_sha512" and meta["tls"] == "enable"
        auth = one(objs, "TriggerAuthentication")
        assert trigger["authenticationRef"]["name"] == auth["metadata"]["name"]
        assert {p["parameter"] for p in auth["spec"]["secretTargetRef"]} == {"username", "password", "ca"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--set", "autoscaling.maxReplicas=5"],
            "autoscaling.maxReplicas (5) exceeds config.topics.partitions (4)",
        ),
        (["--set", "autoscaling.enabled=false,worker.replicas=6"], "worker.replicas (6) exceeds"),
        (
            ["--set", "autoscaling.minReplicas=3,autoscaling.maxReplicas=2"],
            "minReplicas (3) exceeds maxReplicas (2)",
        ),
    ],
)
def test_more_workers_than_partitions_is_refused(helm: str, args: list[str], message: str) -> None:
    out = template(helm, *args)
    assert out.returncode != 0 and message in out.stderr, out.stderr


def test_fixed_replicas_without_keda(helm: str) -> None:
    out = template(helm, "--set", "autoscaling.enabled=false,worker.replicas=3")
    assert out.returncode == 0, out.stderr
    objs = docs(out.stdout)
    assert worker(objs)["spec"]["replicas"] == 3
    assert not [o for o in objs if o["kind"] == "ScaledObject"]


# --- Prometheus and Grafana -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["default", "production"])
def test_prometheus_rule_is_deploy_prometheus(rendered: dict[str, str], name: str) -> None:
    groups = one(docs(rendered[name]), "PrometheusRule")["spec"]["groups"]
    expected = [g for f in ("alerts.yml", "rules.yml")
                for g in yaml.safe_load((DEPLOY / "prometheus" / f).read_text())["groups"]]
    assert groups == expected
    for f in ("alerts.yml", "rules.yml"):  # links, not copies: one source of truth
        link = CHART / "files" / f
        assert link.is_symlink() and link.resolve() == (DEPLOY / "prometheus" / f).resolve()


def test_dashboard_configmap_is_dashboards_json(rendered: dict[str, str]) -> None:
    cm = one(docs(rendered["default"]), "ConfigMap", "sycomon-sycophancy-monitor-dashboard")
    source = REPO / "dashboards" / "sycophancy-monitor.json"
    assert cm["data"]["sycophancy-monitor.json"] == source.read_text()
    assert cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    link = CHART / "files" / "sycophancy-monitor.json"
    assert link.is_symlink() and link.resolve() == source.resolve()


def test_service_monitor_scrapes_every_worker_as_the_rules_job(rendered: dict[str, str]) -> None:
    objs = docs(rendered["default"])
    sm = one(objs, "ServiceMonitor")
    svc = one(objs, "Service", "sycomon-sycophancy-monitor-metrics")
    assert sm["spec"]["selector"]["matchLabels"].items() <= svc["metadata"]["labels"].items()
    api = one(objs, "Service", "sycomon-sycophancy-monitor")
    assert not sm["spec"]["selector"]["matchLabels"].items() <= api["metadata"]["labels"].items()
    # unready workers are scraped too, or their alerts could never fire
    assert svc["spec"]["publishNotReadyAddresses"] is True and svc["spec"]["clusterIP"] == "None"
    assert svc["spec"]["selector"].items() <= worker(objs)["spec"]["template"]["metadata"]["labels"].items()
    (endpoint,) = sm["spec"]["endpoints"]
    assert endpoint["port"] == "http" and endpoint["path"] == "/metrics"
    (relabel,) = endpoint["relabelings"]
    jobs = set(re.findall(r'job="([^"]+)"', (DEPLOY / "prometheus" / "alerts.yml").read_text()))
    assert relabel["targetLabel"] == "job" and jobs == {relabel["replacement"]}


# --- disruption, network, optional components -------------------------------------------------


def test_helm_test_pod_asks_the_service_for_readyz(rendered: dict[str, str]) -> None:
    objs = docs(rendered["production"])
    pod = one(objs, "Pod")
    assert pod["metadata"]["annotations"]["helm.sh/hook"] == "test"
    script = pod["spec"]["containers"][0]["command"][2]
    svc = one(objs, "Service", "sycomon-sycophancy-monitor")
    assert f"http://{svc['metadata']['name']}:{svc['spec']['ports'][0]['port']}/readyz" in script
    # the production NetworkPolicy lets it in
    peers = one(objs, "NetworkPolicy")["spec"]["ingress"][0]["from"]
    assert any(p.get("podSelector", {}).get("matchLabels", {}).items() <= pod["metadata"]["labels"].items()
               and "podSelector" in p for p in peers)


def test_pdb_and_network_policy_select_the_workers(rendered: dict[str, str]) -> None:
    objs = docs(rendered["production"])
    pod_labels = worker(objs)["spec"]["template"]["metadata"]["labels"]
    pdb = one(objs, "PodDisruptionBudget")["spec"]
    assert pdb["maxUnavailable"] == 1 and pdb["unhealthyPodEvictionPolicy"] == "AlwaysAllow"
    assert pdb["selector"]["matchLabels"].items() <= pod_labels.items()
    np = one(objs, "NetworkPolicy")["spec"]
    assert np["podSelector"]["matchLabels"].items() <= pod_labels.items()
    assert np["policyTypes"] == ["Ingress", "Egress"]
    assert np["ingress"][0]["ports"] == [{"port": "http", "protocol": "TCP"}]
    assert {"port": 53, "protocol": "UDP"} in np["egress"][0]["ports"]  # DNS stays open


def test_optional_components_are_off_by_default(rendered: dict[str, str]) -> None:
    objs = docs(rendered["default"])
    deployments = [o["metadata"]["name"] for o in objs if o["kind"] == "Deployment"]
    assert deployments == ["sycomon-sycophancy-monitor"]
    assert not [o for o in objs if o["kind"] == "Ingress"]


def test_prober_and_review_api_when_switched_on(rendered: dict[str, str]) -> None:
    objs = docs(rendered["optional-on"])
    prober = one(objs, "Deployment", "sycomon-sycophancy-monitor-prober")
    c = container(prober)
    assert c["command"] == ["sycomon", "prober"]
    assert c["image"] == container(worker(objs))["image"]
    # least privilege: the prober gets none of the worker's secrets unless given its own
    assert not [e for e in c["env"] if "valueFrom" in e]
    metrics = one(objs, "Service", "sycomon-sycophancy-monitor-prober-metrics")
    assert metrics["spec"]["ports"][0]["port"] == 9464
    assert one(objs, "ServiceMonitor", "sycomon-sycophancy-monitor-prober")
    ingress = one(objs, "Ingress")
    paths = [p["path"] for r in ingress["spec"]["rules"] for p in r["http"]["paths"]]
    assert paths == ["/api/mitigations", "/api/review"]  # never /metrics


# --- the image --------------------------------------------------------------------------------


def test_dockerfile_is_multi_stage_non_root_without_torch_with_a_gpu_variant() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    stages = re.findall(r"^FROM (\S+) AS (\S+)$", text, re.M)
    names = [name for _, name in stages]
    assert names[-1] == "cpu" and "gpu" in names and "build" in names  # CPU is the default target
    parts = re.split(r"^FROM .*$", text, flags=re.M)[1:]
    body = dict(zip(names, parts, strict=True))
    for final in ("cpu", "gpu"):
        assert re.search(r"^USER 10001:10001$", body[final], re.M), final
        assert "COPY --from=build" in body[final]
    assert "onnxruntime-gpu" in body["build-gpu"] and "pip uninstall --yes onnxruntime" in body["build-gpu"]
    assert "--only-binary=:all:" in body["build"]  # wheels only: no compiler in any stage
    assert not re.search(r"apt-get install|build-essential|gcc", text)
    assert not re.search(r"pip install[^\n]*torch", text)
    assert "models/sycophancy-minilm-int8" in body["runtime"]


def test_packaged_chart_carries_the_linked_files(helm: str, rendered: dict[str, str], tmp_path: Path) -> None:
    """`helm package` stores the content behind files/'s links: a chart installed from the .tgz
    (no repository beside it) renders the same rules and dashboard."""
    out = subprocess.run([helm, "package", str(CHART), "-d", str(tmp_path)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    (tgz,) = tmp_path.glob("sycophancy-monitor-*.tgz")
    packaged = subprocess.run([helm, "template", "sycomon", str(tgz), "--namespace", "sycomon"],
                              capture_output=True, text=True, timeout=120)
    assert packaged.returncode == 0, packaged.stderr
    for kind, name in (("PrometheusRule", None), ("ConfigMap", "sycomon-sycophancy-monitor-dashboard")):
        assert one(docs(packaged.stdout), kind, name) == one(docs(rendered["default"]), kind, name)


def test_gpu_variant(helm: str) -> None:
    out = template(helm, "--set", "image.variant=gpu,image.repository=r.example/sycomon",
                   "--set-string", "worker.resources.limits.nvidia\\.com/gpu=1")
    assert out.returncode == 0, out.stderr
    c = container(worker(docs(out.stdout)))
    assert c["image"] == "r.example/sycomon:0.1.0-gpu"
    assert c["resources"]["limits"]["nvidia.com/gpu"] == "1"
    digest = "sha256:" + "0" * 64
    pinned = template(helm, "--set", f"image.digest={digest}")
    assert container(worker(docs(pinned.stdout)))["image"] == f"sycophancy-monitor@{digest}"

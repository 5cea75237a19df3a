"""Writes the JSON schemas kubeconform validates the chart against (deploy/check.sh), offline.

    .venv/bin/python deploy/helm/schemas/generate.py      # rewrite *.json and SOURCES.md

Nothing here reaches a schema registry, so the schemas are generated from the upstream definitions
and committed. The upstream sources are Go modules (the same tags as the GitHub repositories),
fetched through the Go module proxy with `go mod download`, which checks them against the Go
checksum database:

* Kubernetes: ``api/openapi-spec/swagger.json`` of k8s.io/kubernetes;
* KEDA: ``config/crd/bases/keda.sh_*.yaml`` of github.com/kedacore/keda/v2;
* Prometheus Operator: ``example/prometheus-operator-crd/monitoring.coreos.com_*.yaml``.

Only the kinds the chart renders are written, one standalone file each (every ``$ref`` inlined),
strict (objects with declared properties reject unknown fields, as kubeconform's ``-strict``
schemas do), descriptions dropped. File names follow kubeconform's
``{{ .ResourceKind }}{{ .KindSuffix }}.json``: ``deployment-apps-v1.json``,
``scaledobject-keda-v1alpha1.json``.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
KUBERNETES = "k8s.io/kubernetes@v1.31.14"
KEDA = "github.com/kedacore/keda/v2@v2.21.0"
PROMETHEUS_OPERATOR = "github.com/prometheus-operator/prometheus-operator@v0.85.0"
# (group, version, kind) rendered by deploy/helm/sycophancy-monitor
KUBERNETES_KINDS = [
    ("apps", "v1", "Deployment"),
    ("", "v1", "ConfigMap"),
    ("", "v1", "Service"),
    ("", "v1", "ServiceAccount"),
    ("", "v1", "Pod"),  # the `helm test` pod
    ("policy", "v1", "PodDisruptionBudget"),
    ("networking.k8s.io", "v1", "NetworkPolicy"),
    ("networking.k8s.io", "v1", "Ingress"),
]
CRDS = [
    (KEDA, "config/crd/bases/keda.sh_scaledobjects.yaml"),
    (KEDA, "config/crd/bases/keda.sh_triggerauthentications.yaml"),
    (PROMETHEUS_OPERATOR, "example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml"),
    (PROMETHEUS_OPERATOR, "example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml"),
]
SOURCES = {
    KUBERNETES: ("https://github.com/kubernetes/kubernetes", "Apache-2.0"),
    KEDA: ("https://github.com/kedacore/keda", "Apache-2.0"),
    PROMETHEUS_OPERATOR: ("https://github.com/prometheus-operator/prometheus-operator", "Apache-2.0"),
}

Schema = dict[str, Any]


def download(module: str) -> tuple[Path, str]:
    """The module's directory in the Go module cache and its go.sum hash."""
    out = subprocess.run(
        ["go", "mod", "download", "-json", module], check=True, capture_output=True, text=True
    )
    info = json.loads(out.stdout)
    return Path(info["Dir"]), info["Sum"]


def file_name(group: str, version: str, kind: str) -> str:
    suffix = f"-{group.split('.')[0].lower()}-{version}" if group else f"-{version}"
    return f"{kind.lower()}{suffix}.json"


def tidy(node: Any) -> Any:
    """Drop descriptions, turn OpenAPI-isms into JSON Schema and make objects strict."""
    if isinstance(node, list):
        return [tidy(n) for n in node]
    if not isinstance(node, dict):
        return node
    out: Schema = {}
    for key, value in node.items():
        if key == "description" and isinstance(value, str):
            continue
        if key.startswith("x-kubernetes-") and key != "x-kubernetes-preserve-unknown-fields":
            continue
        out[key] = value if key == "enum" else tidy(value)
    if node.get("format") == "int-or-string" or node.get("x-kubernetes-int-or-string"):
        out.pop("type", None)
        out.pop("format", None)
        out["oneOf"] = [{"type": "string"}, {"type": "integer"}]
    if out.pop("nullable", False) and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    preserve = out.pop("x-kubernetes-preserve-unknown-fields", False)
    if "properties" in out and "additionalProperties" not in out and not preserve:
        out["additionalProperties"] = False
    return out


def inline(node: Any, definitions: dict[str, Schema], seen: tuple[str, ...] = ()) -> Any:
    """Replace every $ref by the definition it names (recursive types stop at a free object)."""
    if isinstance(node, list):
        return [inline(n, definitions, seen) for n in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name in seen:  # JSONSchemaProps refers to itself; nothing rendered here goes that deep
            return {"type": "object"}
        return inline(definitions[name], definitions, (*seen, name))
    return {k: inline(v, definitions, seen) for k, v in node.items()}


def kubernetes(root: Path) -> dict[str, Schema]:
    definitions: dict[str, Schema] = json.loads((root / "api/openapi-spec/swagger.json").read_text())[
        "definitions"
    ]
    # Quantities are strings or numbers in manifests ("500m", 2).
    definitions["io.k8s.apimachinery.pkg.api.resource.Quantity"] = {
        "oneOf": [{"type": "string"}, {"type": "number"}]
    }
    wanted = {(g, v, k) for g, v, k in KUBERNETES_KINDS}
    out: dict[str, Schema] = {}
    for name, schema in definitions.items():
        for gvk in schema.get("x-kubernetes-group-version-kind", []):
            key = (gvk["group"], gvk["version"], gvk["kind"])
            if key in wanted:
                out[file_name(*key)] = tidy(inline(copy.deepcopy(schema), definitions, (name,)))
    missing = {file_name(*k) for k in wanted} - set(out)
    if missing:
        raise SystemExit(f"not in the Kubernetes OpenAPI spec: {sorted(missing)}")
    return out


def crd(path: Path) -> dict[str, Schema]:
    doc = yaml.safe_load(path.read_text())
    group, kind = doc["spec"]["group"], doc["spec"]["names"]["kind"]
    return {
        file_name(group, v["name"], kind): tidy(v["schema"]["openAPIV3Schema"])
        for v in doc["spec"]["versions"]
        if v.get("served", True)
    }


def main() -> int:
    roots = {m: download(m) for m in (KUBERNETES, KEDA, PROMETHEUS_OPERATOR)}
    swagger = "api/openapi-spec/swagger.json"
    schemas = {n: (s, KUBERNETES, swagger) for n, s in kubernetes(roots[KUBERNETES][0]).items()}
    for module, rel in CRDS:
        schemas.update({n: (s, module, rel) for n, s in crd(roots[module][0] / rel).items()})
    written: dict[str, tuple[str, str]] = {}
    for name, (schema, module, rel) in schemas.items():
        (HERE / name).write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n")
        written[name] = (module, rel)
    lines = [
        "# Vendored JSON schemas (generated by generate.py; do not edit)",
        "",
        "kubeconform validates the rendered chart against these files (`deploy/check.sh`). Each was",
        "generated offline from the upstream definition below: module = the Go module (its version is",
        "the repository's git tag), fetched with `go mod download`, which verifies it against the Go",
        "checksum database; `go.sum hash` pins its content.",
        "",
        "| schema | repository | tag | file | go.sum hash | licence |",
        "|---|---|---|---|---|---|",
    ]
    for name in sorted(written):
        module, rel = written[name]
        repo, licence = SOURCES[module]
        version = module.rsplit("@", 1)[1]
        lines.append(f"| `{name}` | {repo} | {version} | `{rel}` | `{roots[module][1]}` | {licence} |")
    (HERE / "SOURCES.md").write_text("\n".join(lines) + "\n")
    print(f"wrote {len(written)} schemas to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

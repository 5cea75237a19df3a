#!/usr/bin/env bash
# Static checks of deploy/ (no services started, no Docker engine needed):
#   - promtool: prometheus.yml, prometheus.docker.yml, alerts.yml
#   - docker-compose.yml: `docker compose config` when the compose plugin exists, else the
#     compose-go loader (deploy/tools/configcheck, needs Go), else YAML + structure only
#   - deploy/Dockerfile: BuildKit's parser and linter (deploy/tools/configcheck, needs Go)
#   - the Helm chart (deploy/helm/sycophancy-monitor): helm lint, helm template with the default
#     values, the production example and every optional component on, each rendering validated by
#     kubeconform against the vendored Kubernetes, KEDA and Prometheus Operator schemas
#     (deploy/helm/schemas); helm and kubeconform are pinned Go tools (deploy/tools/gotools.sh)
#   - bash -n (and shellcheck, when installed) on the scripts
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
fail=0
step() { printf '[check] %s\n' "$*"; }
bad() { printf '[check] FAILED: %s\n' "$*" >&2; fail=1; }

command -v promtool >/dev/null 2>&1 || bad "promtool missing (apt-get install prometheus)"
if command -v promtool >/dev/null 2>&1; then
  for f in prometheus.yml prometheus.docker.yml; do
    step "promtool check config deploy/prometheus/$f"
    promtool check config "$HERE/prometheus/$f" >/dev/null || bad "deploy/prometheus/$f"
  done
  step "promtool check rules deploy/prometheus/alerts.yml"
  promtool check rules "$HERE/prometheus/alerts.yml" >/dev/null || bad "deploy/prometheus/alerts.yml"
fi

PY=python3
[[ -x $REPO/.venv/bin/python ]] && PY=$REPO/.venv/bin/python
step "YAML + structure of docker-compose.yml and grafana provisioning"
"$PY" - "$HERE" <<'PY' || bad "YAML structure (needs PyYAML)"
import sys
from pathlib import Path

import yaml

here = Path(sys.argv[1])
compose = yaml.safe_load((here / "docker-compose.yml").read_text())
services = compose["services"]
assert set(services) == {"kafka", "redis", "prometheus", "grafana", "worker"}, sorted(services)
for name, svc in services.items():
    assert "image" in svc or "build" in svc, f"{name}: no image/build"
assert services["kafka"]["image"].startswith("apache/kafka:")
assert (here.parent / services["worker"]["build"]["dockerfile"]).is_file()
for name in ("kafka", "redis", "worker"):
    for dep in services[name].get("depends_on", {}):
        assert dep in services, f"{name} depends on unknown {dep}"
for f in sorted((here / "grafana" / "provisioning").rglob("*.yml")):
    assert yaml.safe_load(f.read_text())["apiVersion"] == 1, f
PY

# The compose file refuses to start without these secrets (${VAR:?...}); placeholders for the check.
compose_env=(SYCOMON_REDIS_WORKER_PASSWORD=check-only SYCOMON_REDIS_GATEWAY_PASSWORD=check-only
             SYCOMON_MITIGATION_SIGNING_KEY=check-only)
if docker compose version >/dev/null 2>&1; then
  step "docker compose config"
  env "${compose_env[@]}" docker compose -f "$HERE/docker-compose.yml" config --quiet || bad "docker compose config"
elif command -v go >/dev/null 2>&1; then
  step "compose-go loader (what docker compose config runs)"
  env "${compose_env[@]}" go -C "$HERE/tools/configcheck" run . compose "$HERE/docker-compose.yml" \
    || bad "docker-compose.yml"
  step "BuildKit Dockerfile parser + linter"
  go -C "$HERE/tools/configcheck" run . dockerfile "$HERE/Dockerfile" || bad "deploy/Dockerfile"
else
  step "no docker compose and no Go: compose checked as YAML + structure only"
fi

CHART=$HERE/helm/sycophancy-monitor
if HELM=$("$HERE/tools/gotools.sh" helm) && KUBECONFORM=$("$HERE/tools/gotools.sh" kubeconform); then
  rendered=$(mktemp -d)
  trap 'rm -rf "$rendered"' EXIT
  # name -> helm arguments
  declare -A renders=(
    [default]=""
    [production]="-f $HERE/helm/examples/production.yaml"
    [optional-on]="--set prober.enabled=true,prober.metricsPort=9464,reviewApi.enabled=true,ingress.enabled=true,ingress.hosts[0].host=sycomon.example.com"
  )
  for name in default production optional-on; do
    step "helm lint --strict ($name)"
    # shellcheck disable=SC2086  # word splitting of the arguments is intended
    "$HELM" lint --strict --quiet "$CHART" ${renders[$name]} || bad "helm lint ($name)"
    step "helm template + kubeconform ($name)"
    # shellcheck disable=SC2086
    if "$HELM" template sycomon "$CHART" --namespace sycomon ${renders[$name]} >"$rendered/$name.yaml"; then
      "$KUBECONFORM" -strict -summary -schema-location \
        "$HERE/helm/schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json" "$rendered/$name.yaml" \
        || bad "kubeconform ($name)"
    else
      bad "helm template ($name)"
    fi
  done
else
  bad "helm/kubeconform unavailable (deploy/tools/gotools.sh needs Go to build them once)"
fi

for s in "$HERE/local/stack.sh" "$HERE/check.sh" "$HERE/tools/gotools.sh"; do
  step "bash -n ${s#"$REPO"/}"
  bash -n "$s" || bad "$s"
  if command -v shellcheck >/dev/null 2>&1; then shellcheck "$s" || bad "shellcheck $s"; fi
done

if ((fail)); then
  echo "[check] some checks failed" >&2
  exit 1
fi
step "all deploy checks passed"

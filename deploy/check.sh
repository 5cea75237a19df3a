#!/usr/bin/env bash
# Static checks of deploy/ (no services started, no Docker engine needed):
#   - promtool: prometheus.yml, prometheus.docker.yml, alerts.yml
#   - docker-compose.yml: `docker compose config` when the compose plugin exists, else the
#     compose-go loader (deploy/tools/configcheck, needs Go), else YAML + structure only
#   - deploy/Dockerfile: BuildKit's parser and linter (deploy/tools/configcheck, needs Go)
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

if docker compose version >/dev/null 2>&1; then
  step "docker compose config"
  docker compose -f "$HERE/docker-compose.yml" config --quiet || bad "docker compose config"
elif command -v go >/dev/null 2>&1; then
  step "compose-go loader (what docker compose config runs)"
  go -C "$HERE/tools/configcheck" run . compose "$HERE/docker-compose.yml" || bad "docker-compose.yml"
  step "BuildKit Dockerfile parser + linter"
  go -C "$HERE/tools/configcheck" run . dockerfile "$HERE/Dockerfile" || bad "deploy/Dockerfile"
else
  step "no docker compose and no Go: compose checked as YAML + structure only"
fi

for s in "$HERE/local/stack.sh" "$HERE/check.sh"; do
  step "bash -n ${s#"$REPO"/}"
  bash -n "$s" || bad "$s"
  if command -v shellcheck >/dev/null 2>&1; then shellcheck "$s" || bad "shellcheck $s"; fi
done

if ((fail)); then
  echo "[check] some checks failed" >&2
  exit 1
fi
step "all deploy checks passed"

#!/usr/bin/env bash
# Prepare a fresh machine of our kind for the demo and the tests (idempotent, quick when done):
#   - Debian tools the tests and the stack use: redis-server, prometheus + promtool,
#     prometheus-alertmanager, Java 17 and Maven (for the Kafka broker's jars), Chromium and
#     ChromeDriver (the browser tests of the incident page and report)
#   - the project's virtualenv (.venv) with the package and its dev extra, reinstalled only
#     when pyproject.toml changed.
# The services themselves are started by deploy/local/stack.sh (the tests do it on their own).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PYTHON=${PYTHON:-python3}
VENV=${SYCOMON_VENV:-$REPO/.venv}
log() { printf '[bootstrap] %s\n' "$*" >&2; }

missing=()
for pair in redis-server:redis-server promtool:prometheus prometheus:prometheus \
            prometheus-alertmanager:prometheus-alertmanager java:openjdk-17-jre-headless mvn:maven \
            chromium:chromium chromedriver:chromium-driver; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
if ((${#missing[@]})); then
  [[ $(id -u) -eq 0 ]] || { log "missing: ${missing[*]}; run: sudo apt-get install -y ${missing[*]}"; exit 1; }
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -q -o DPkg::Lock::Timeout=600 update >&2
  # shellcheck disable=SC2046
  apt-get -q -y -o DPkg::Lock::Timeout=600 install --no-install-recommends $(printf '%s\n' "${missing[@]}" | sort -u) >&2
fi
# Debian starts the packaged daemons on install; the project runs its own on loopback instead.
for unit in redis-server prometheus prometheus-alertmanager prometheus-node-exporter; do
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$unit" 2>/dev/null; then
    systemctl stop "$unit" || true
  fi
done

stamp=$VENV/.sycomon-installed
want=$(sha256sum "$REPO/pyproject.toml" | cut -d' ' -f1)
if [[ ! -x $VENV/bin/python ]]; then
  log "creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
if [[ ! -f $stamp || $(<"$stamp") != "$want" ]]; then
  log "installing the package and its dev extra into $VENV (about 2 minutes on a fresh machine)"
  "$VENV/bin/python" -m pip install -q --upgrade pip >&2
  # one line per package as pip resolves and fetches it, then the summary (pip -q said nothing
  # for minutes); the full output is kept in the log for when it fails
  pip_log=$VENV/.pip-install.log
  rc=0
  "$VENV/bin/python" -m pip install --progress-bar off -e "$REPO[dev]" 2>&1 | tee "$pip_log" |
    { grep --line-buffered -E '^(Collecting|Successfully installed|ERROR)' |
      sed -u -e 's/^Collecting /[bootstrap]   fetching /' -e 's/ (from .*//' \
             -e 's/^Successfully installed .*/[bootstrap]   installed/' >&2 || true; } || rc=$?
  if ((rc)); then
    log "pip install failed (exit $rc); its output: $pip_log"
    tail -20 "$pip_log" >&2
    exit 1
  fi
  echo "$want" >"$stamp"
fi
log "ready: $VENV"

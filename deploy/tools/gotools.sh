#!/usr/bin/env bash
# The pinned Go tools of deploy/check.sh and tests/integration/test_helm_chart.py, built once:
#   deploy/tools/gotools.sh helm          # prints the path of helm, building it first if missing
#   deploy/tools/gotools.sh kubeconform
# Each is built with `go install` from the Go module proxy (checked against the Go checksum
# database) into $SYCOMON_TOOLS_DIR (default .cache/tools, gitignored), one folder per tool and
# version; a later call finds it there. A CI that starts from a fresh machine builds them once
# (go's module and build caches help a rebuild) or caches that folder. Both need Go 1.26; an
# older go (1.21 or later) fetches that toolchain itself through the module proxy (GOTOOLCHAIN).
set -euo pipefail
HELM_VERSION=v4.3.2
KUBECONFORM_VERSION=v0.8.0
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOOLS=${SYCOMON_TOOLS_DIR:-$REPO/.cache/tools}
log() { printf '[gotools] %s\n' "$*" >&2; }

case ${1:-} in
  helm) pkg=helm.sh/helm/v4/cmd/helm@$HELM_VERSION ;;
  kubeconform) pkg=github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION ;;
  *) echo "usage: $0 helm|kubeconform" >&2; exit 2 ;;
esac
tool=$1
dir=$TOOLS/$tool-${pkg##*@}
if [[ ! -x $dir/$tool ]]; then
  command -v go >/dev/null 2>&1 || { log "go is not installed: needed once to build $pkg"; exit 1; }
  mkdir -p "$TOOLS"
  # one build at a time (the tests and check.sh may ask together)
  exec 9>"$TOOLS/.$tool.lock"
  flock 9
  if [[ ! -x $dir/$tool ]]; then
    log "building $pkg into $dir (once; a few minutes on a small machine)"
    start=$SECONDS
    rm -rf "$dir.tmp"
    GOBIN=$dir.tmp GOFLAGS=-buildvcs=false CGO_ENABLED=0 \
      go install -trimpath -ldflags "-s -w" "$pkg" >&2
    mv "$dir.tmp" "$dir"
    log "built $tool ${pkg##*@} in $((SECONDS - start)) s"
  fi
fi
echo "$dir/$tool"

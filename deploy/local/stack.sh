#!/usr/bin/env bash
# The real local stack for sycophancy-monitor, started by the project itself (no Docker):
#   kafka       Apache Kafka (KRaft, single combined broker+controller), jars from Maven Central
#   redis       Debian redis-server, AOF persistence (appendfsync everysec) and ACL users
#               sycomon-worker (read-write) and sycomon-gateway (read-only: patch keys, the
#               announcement channel); passwords SYCOMON_REDIS_WORKER_PASSWORD /
#               SYCOMON_REDIS_GATEWAY_PASSWORD. The default (password-less) user stays enabled on
#               this loopback-only dev stack so tests can connect; docker-compose.yml disables it.
#   prometheus  Debian prometheus, scraping the worker on 127.0.0.1:6066
#
# Usage: deploy/local/stack.sh up|down|status|reset-kafka [kafka|redis|prometheus ...]
#   up           install what is missing, start each service that is not already reachable
#                on its port, wait until it is healthy
#   down         stop what `up` started (by pid file) and wait for it to exit; a service that
#                this script did not start is left alone
#   status       one line per service; exit 0 if all named services are up, 3 otherwise
#   reset-kafka  stop Kafka (if this script started it) and wipe its data; `up` reformats it
# No service names = all of them. Idempotent: running `up` twice starts nothing the second time.
#
# Environment (all optional):
#   SYCOMON_STATE_DIR               state (data, logs, pid files); default <repo>/var
#   SYCOMON_KAFKA_PORT              default 9092
#   SYCOMON_KAFKA_CONTROLLER_PORT   default 9093
#   SYCOMON_REDIS_PORT              default 6379
#   SYCOMON_PROMETHEUS_PORT         default 9090 (prometheus.yml's self-scrape assumes 9090)
#   SYCOMON_KAFKA_LIBS              broker jar cache; default deploy/local/kafka/libs
#   SYCOMON_KAFKA_HEAP              default "-Xms256m -Xmx512m"
#   SYCOMON_KAFKA_HEALTHCHECK       auto|python|java: how to send the metadata request that
#                                   proves the broker works (auto: the repo's .venv aiokafka
#                                   when importable, else Kafka's own TopicCommand)
#   SYCOMON_START_TIMEOUT           seconds to wait for each service to be healthy; default 120
#   SYCOMON_STOP_TIMEOUT            seconds to wait for each service to exit; default 30
#   SYCOMON_STACK_STARTED_FILE      if set, `up` appends to this file the name of each service
#                                   it really started (one a line), so that a caller (a test
#                                   session) can later `down` exactly those and nothing else
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
STATE_DIR=${SYCOMON_STATE_DIR:-$REPO/var}
HOST=127.0.0.1
KAFKA_PORT=${SYCOMON_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${SYCOMON_KAFKA_CONTROLLER_PORT:-9093}
REDIS_PORT=${SYCOMON_REDIS_PORT:-6379}
REDIS_WORKER_PASSWORD=${SYCOMON_REDIS_WORKER_PASSWORD:-sycomon-worker-dev}
REDIS_GATEWAY_PASSWORD=${SYCOMON_REDIS_GATEWAY_PASSWORD:-sycomon-gateway-dev}
PROMETHEUS_PORT=${SYCOMON_PROMETHEUS_PORT:-9090}
KAFKA_LIBS=${SYCOMON_KAFKA_LIBS:-$HERE/kafka/libs}
KAFKA_HEAP=${SYCOMON_KAFKA_HEAP:--Xms256m -Xmx512m}
KAFKA_HEALTHCHECK=${SYCOMON_KAFKA_HEALTHCHECK:-auto}
START_TIMEOUT=${SYCOMON_START_TIMEOUT:-120}
STOP_TIMEOUT=${SYCOMON_STOP_TIMEOUT:-30}
PROMETHEUS_CONFIG=$REPO/deploy/prometheus/prometheus.yml
ALL_SERVICES=(kafka redis prometheus)
APT_UPDATED=0
LAUNCHED=()

log() { printf '[stack] %s\n' "$*" >&2; }
die() { printf '[stack] ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//' >&2
  exit 2
}

# ----------------------------------------------------------------------------- helpers

svc_port() {
  case $1 in
    kafka) echo "$KAFKA_PORT" ;;
    redis) echo "$REDIS_PORT" ;;
    prometheus) echo "$PROMETHEUS_PORT" ;;
  esac
}

# A word that must appear in the process's command line (guards against pid reuse).
svc_cmd_word() {
  case $1 in
    kafka) echo "kafka.Kafka" ;;
    redis) echo "redis-server" ;;
    prometheus) echo "prometheus" ;;
  esac
}

svc_log() {
  case $1 in
    kafka) echo "$STATE_DIR/kafka/logs/server.log" ;;
    redis) echo "$STATE_DIR/redis/redis.log" ;;
    prometheus) echo "$STATE_DIR/prometheus/prometheus.log" ;;
  esac
}

pidfile() { echo "$STATE_DIR/$1/$1.pid"; }

port_open() { timeout 2 bash -c ": >/dev/tcp/$HOST/$1" 2>/dev/null; }

proc_alive() {
  local pid=$1 state
  [[ -r /proc/$pid/stat ]] || return 1
  state=$(sed -e 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [[ -n $state && $state != Z && $state != X ]]
}

# Prints the pid of the live process this script started for the service; fails otherwise.
managed_pid() {
  local f pid
  f=$(pidfile "$1")
  [[ -s $f ]] || return 1
  pid=$(<"$f")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  proc_alive "$pid" || return 1
  { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qF -- "$(svc_cmd_word "$1")" || return 1
  echo "$pid"
}

# Waits until a pid has exited, at most $2 seconds.
wait_gone() {
  local pid=$1 deadline=$((SECONDS + $2))
  while proc_alive "$pid"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

MARK_PREFIX='==== stack.sh'

# Appends a start marker to a log so that failures show only this start's lines.
mark_log() {
  mkdir -p "$(dirname "$1")"
  printf '%s start %s ====\n' "$MARK_PREFIX" "$(date -u +%FT%TZ)" >>"$1"
}

# Shows the last lines of each log written since its last start marker.
log_tail() {
  local f lines
  for f in "$@"; do
    [[ -s $f ]] || continue
    lines=$(awk -v m="$MARK_PREFIX" 'index($0, m) == 1 { n = 0; next } { buf[n++] = $0 }
      END { for (i = (n > 40 ? n - 40 : 0); i < n; i++) print buf[i] }' "$f")
    [[ -n $lines ]] || continue
    printf '[stack] ---- %s (last lines since this start) ----\n%s\n' "$f" "$lines" >&2
  done
}

# spawn PIDFILE CMD... starts CMD in its own session, detached from this shell, and writes
# its pid to PIDFILE. Redirections are the caller's.
spawn() {
  # shellcheck disable=SC2016  # $$ and $@ are for the inner shell
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$@" 9>&- &
}

http_ok() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -m 3 -o /dev/null "$1" 2>/dev/null
  else
    python3 -c 'import sys,urllib.request; urllib.request.urlopen(sys.argv[1], timeout=3)' "$1" 2>/dev/null
  fi
}

# Records a service this call starts (also in $SYCOMON_STACK_STARTED_FILE, written at once so
# that a caller learns about it even when a later service fails to come up).
note_launched() {
  LAUNCHED+=("$1")
  if [[ -n ${SYCOMON_STACK_STARTED_FILE:-} ]]; then
    echo "$1" >>"$SYCOMON_STACK_STARTED_FILE"
  fi
}

# ----------------------------------------------------------------------------- installs

apt_install() {
  [[ $(id -u) -eq 0 ]] || die "missing packages: $*; run: sudo apt-get install -y $*"
  command -v apt-get >/dev/null 2>&1 || die "missing packages: $* (and no apt-get here)"
  export DEBIAN_FRONTEND=noninteractive
  if ((!APT_UPDATED)); then
    log "apt-get update"
    apt-get -q -o DPkg::Lock::Timeout=600 update >&2 || die "apt-get update failed"
    APT_UPDATED=1
  fi
  log "apt-get install -y $*"
  apt-get -q -y -o DPkg::Lock::Timeout=600 install --no-install-recommends "$@" >&2 ||
    die "apt-get install $* failed"
}

# need_cmds CMD:DEBIAN_PACKAGE ... installs the packages of the commands that are missing.
need_cmds() {
  local pair missing=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  if ((${#missing[@]})); then
    # shellcheck disable=SC2046
    apt_install $(printf '%s\n' "${missing[@]}" | sort -u)
  fi
}

# ----------------------------------------------------------------------------- kafka

kafka_version() { sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/kafka/pom.xml" | head -n1; }

# Resolves the broker jars into $KAFKA_LIBS once; skipped while the pom is unchanged.
ensure_kafka_libs() {
  local stamp=$KAFKA_LIBS/.resolved want tmp
  want=$(sha256sum "$HERE/kafka/pom.xml" | cut -d' ' -f1)
  if [[ -f $stamp && $(<"$stamp") == "$want" ]]; then
    return 0
  fi
  need_cmds mvn:maven
  log "resolving Apache Kafka $(kafka_version) from Maven Central into $KAFKA_LIBS (once)"
  tmp=$STATE_DIR/kafka/libs.partial
  rm -rf "$tmp"
  mkdir -p "$STATE_DIR/kafka" "$(dirname "$KAFKA_LIBS")"
  if ! timeout 900 mvn -B -Dstyle.color=never -f "$HERE/kafka/pom.xml" \
    dependency:copy-dependencies -DoutputDirectory="$tmp" >"$STATE_DIR/kafka/mvn.log" 2>&1; then
    rm -rf "$tmp"
    log_tail "$STATE_DIR/kafka/mvn.log"
    die "mvn could not resolve the Kafka jars (log above); is Maven Central reachable?"
  fi
  ls "$tmp"/kafka_2.13-*.jar >/dev/null 2>&1 || { rm -rf "$tmp"; die "mvn resolved no kafka_2.13 jar"; }
  echo "$want" >"$tmp/.resolved"
  if [[ -d $KAFKA_LIBS && -n $(ls -A "$KAFKA_LIBS") && ! -f $KAFKA_LIBS/.resolved ]] &&
    ! ls "$KAFKA_LIBS"/kafka_2.13-*.jar >/dev/null 2>&1; then
    rm -rf "$tmp"
    die "refusing to replace $KAFKA_LIBS: it is not a Kafka jar cache (check SYCOMON_KAFKA_LIBS)"
  fi
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
}

# Runs a Kafka command-line class (quiet logging).
kafka_tool() {
  java -Xmx256m -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$HERE/kafka/tools-log4j.properties" \
    -cp "$KAFKA_LIBS/*" "$@"
}

render_kafka_config() {
  local dst=$STATE_DIR/kafka/server.properties
  mkdir -p "$STATE_DIR/kafka/data" "$STATE_DIR/kafka/logs"
  sed -e "s|@STATE_DIR@|$STATE_DIR|g" \
    -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
    -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    "$HERE/kafka/server.properties" >"$dst.tmp"
  mv "$dst.tmp" "$dst"
}

# Formats the KRaft log dir unless already formatted; the cluster id lives in the state dir.
format_kafka() {
  local data=$STATE_DIR/kafka/data idf=$STATE_DIR/kafka/cluster.id id
  if [[ -f $data/meta.properties ]]; then
    id=$(sed -n 's/^cluster\.id=//p' "$data/meta.properties")
    [[ -z $id ]] || echo "$id" >"$idf"
    return 0
  fi
  if [[ ! -s $idf ]]; then
    id=$(kafka_tool kafka.tools.StorageTool random-uuid | tail -n1)
    [[ $id =~ ^[A-Za-z0-9_-]{22}$ ]] || die "StorageTool random-uuid returned '$id'"
    echo "$id" >"$idf"
  fi
  id=$(<"$idf")
  log "formatting Kafka storage in $data (cluster id $id)"
  kafka_tool kafka.tools.StorageTool format -t "$id" -c "$STATE_DIR/kafka/server.properties" \
    --ignore-formatted >&2 || die "kafka-storage format failed"
}

# One real metadata request against the broker.
kafka_metadata_ok() {
  local py=$REPO/.venv/bin/python mode=$KAFKA_HEALTHCHECK
  if [[ $mode == auto ]]; then
    if [[ -x $py ]] && "$py" -c 'import aiokafka' 2>/dev/null; then mode=python; else mode=java; fi
  fi
  case $mode in
    python)
      timeout 20 "$py" - "$HOST:$KAFKA_PORT" <<'PY'
import asyncio
import sys

from aiokafka.admin import AIOKafkaAdminClient


async def main() -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=sys.argv[1], request_timeout_ms=5000)
    await admin.start()
    try:
        cluster = await admin.describe_cluster()
        if not cluster.get("brokers"):
            raise SystemExit("metadata lists no broker yet")
        await admin.list_topics()
    finally:
        await admin.close()


asyncio.run(main())
PY
      ;;
    java)
      timeout 30 java -Xmx256m -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
        -Dlog4j.configuration="file:$HERE/kafka/tools-log4j.properties" \
        -cp "$KAFKA_LIBS/*" org.apache.kafka.tools.TopicCommand \
        --bootstrap-server "$HOST:$KAFKA_PORT" --list >/dev/null
      ;;
    *) die "SYCOMON_KAFKA_HEALTHCHECK must be auto, python or java (got '$mode')" ;;
  esac
}

launch_kafka() {
  local pidf conf out
  pidf=$(pidfile kafka)
  if managed_pid kafka >/dev/null; then
    log "kafka: already started by this script (pid $(managed_pid kafka))"
    return 0
  fi
  if port_open "$KAFKA_PORT"; then
    log "kafka: $HOST:$KAFKA_PORT already reachable, not starting another"
    return 0
  fi
  port_open "$KAFKA_CONTROLLER_PORT" &&
    die "kafka: controller port $HOST:$KAFKA_CONTROLLER_PORT is taken by another process"
  need_cmds java:openjdk-17-jre-headless
  ensure_kafka_libs
  render_kafka_config
  format_kafka
  conf=$STATE_DIR/kafka/server.properties
  out=$STATE_DIR/kafka/logs/kafka.out
  rm -f "$pidf"
  mark_log "$out"
  mark_log "$STATE_DIR/kafka/logs/server.log"
  note_launched kafka
  log "kafka: starting Apache Kafka $(kafka_version) (KRaft) on $HOST:$KAFKA_PORT"
  # shellcheck disable=SC2086  # KAFKA_HEAP is a list of JVM flags
  spawn "$pidf" \
    java $KAFKA_HEAP -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
    -Djava.awt.headless=true \
    -Dkafka.logs.dir="$STATE_DIR/kafka/logs" \
    -Dlog4j.configuration="file:$HERE/kafka/log4j.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$conf" </dev/null >>"$out" 2>&1
}

wait_kafka() {
  local deadline=$((SECONDS + START_TIMEOUT)) pidf err
  pidf=$(pidfile kafka)
  while :; do
    if port_open "$KAFKA_PORT"; then
      if err=$(kafka_metadata_ok 2>&1); then
        return 0
      fi
    elif [[ -s $pidf ]] && ! managed_pid kafka >/dev/null; then
      log_tail "$STATE_DIR/kafka/logs/kafka.out" "$STATE_DIR/kafka/logs/server.log"
      die "kafka: the broker process exited during startup (logs above)"
    fi
    if ((SECONDS >= deadline)); then
      [[ -z ${err:-} ]] || log "kafka: last metadata request said: $err"
      log_tail "$STATE_DIR/kafka/logs/kafka.out" "$STATE_DIR/kafka/logs/server.log"
      die "kafka: not healthy on $HOST:$KAFKA_PORT after ${START_TIMEOUT}s"
    fi
    sleep 1
  done
}

# ----------------------------------------------------------------------------- redis

launch_redis() {
  local dir=$STATE_DIR/redis
  if managed_pid redis >/dev/null; then
    log "redis: already started by this script (pid $(managed_pid redis))"
    return 0
  fi
  if port_open "$REDIS_PORT"; then
    log "redis: $HOST:$REDIS_PORT already reachable, not starting another"
    return 0
  fi
  need_cmds redis-server:redis-server redis-cli:redis-tools
  mkdir -p "$dir"
  rm -f "$(pidfile redis)"
  mark_log "$dir/redis.log"
  note_launched redis
  log "redis: starting on $HOST:$REDIS_PORT (AOF, ACL users sycomon-worker / sycomon-gateway)"
  # The gateway user reads the patch hashes and subscribes to the announcements, nothing else:
  # a compromised gateway cannot write a patch (it would be unsigned anyway: docs/mitigations.md).
  redis-server --bind "$HOST" --port "$REDIS_PORT" --save '' \
    --appendonly yes --appendfsync everysec \
    --user sycomon-worker on ">$REDIS_WORKER_PASSWORD" '~*' '&*' '+@all' \
    --user sycomon-gateway on ">$REDIS_GATEWAY_PASSWORD" resetkeys '~*:mitigation:patch:*' \
      resetchannels '&*:mitigations' -@all +hgetall +subscribe +unsubscribe +ping +hello +auth \
    --daemonize yes --pidfile "$(pidfile redis)" --logfile "$dir/redis.log" --dir "$dir" \
    </dev/null >/dev/null 9>&- || die "redis-server failed to start (see $dir/redis.log)"
}

wait_redis() {
  local deadline=$((SECONDS + START_TIMEOUT))
  until [[ $(timeout 3 redis-cli -h "$HOST" -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]; do
    if ((SECONDS >= deadline)); then
      log_tail "$(svc_log redis)"
      die "redis: no PONG from $HOST:$REDIS_PORT after ${START_TIMEOUT}s"
    fi
    sleep 0.3
  done
}

# ----------------------------------------------------------------------------- prometheus

launch_prometheus() {
  local dir=$STATE_DIR/prometheus pidf
  pidf=$(pidfile prometheus)
  if managed_pid prometheus >/dev/null; then
    log "prometheus: already started by this script (pid $(managed_pid prometheus))"
    return 0
  fi
  if port_open "$PROMETHEUS_PORT"; then
    log "prometheus: $HOST:$PROMETHEUS_PORT already reachable, not starting another"
    return 0
  fi
  need_cmds prometheus:prometheus promtool:prometheus
  if ! promtool check config "$PROMETHEUS_CONFIG" >/dev/null 2>&1; then
    promtool check config "$PROMETHEUS_CONFIG" >&2 || true
    die "prometheus: $PROMETHEUS_CONFIG is invalid (promtool output above)"
  fi
  mkdir -p "$dir/data"
  rm -f "$pidf"
  mark_log "$dir/prometheus.log"
  note_launched prometheus
  log "prometheus: starting on $HOST:$PROMETHEUS_PORT (scrapes the worker at 127.0.0.1:6066)"
  spawn "$pidf" \
    prometheus --config.file="$PROMETHEUS_CONFIG" \
    --storage.tsdb.path="$dir/data" --storage.tsdb.retention.time=2d \
    --web.listen-address="$HOST:$PROMETHEUS_PORT" \
    </dev/null >>"$dir/prometheus.log" 2>&1
}

wait_prometheus() {
  local deadline=$((SECONDS + START_TIMEOUT)) pidf
  pidf=$(pidfile prometheus)
  until http_ok "http://$HOST:$PROMETHEUS_PORT/-/ready"; do
    if [[ -s $pidf ]] && ! managed_pid prometheus >/dev/null && ! port_open "$PROMETHEUS_PORT"; then
      log_tail "$(svc_log prometheus)"
      die "prometheus: the process exited during startup (log above)"
    fi
    if ((SECONDS >= deadline)); then
      log_tail "$(svc_log prometheus)"
      die "prometheus: /-/ready not answering on $HOST:$PROMETHEUS_PORT after ${START_TIMEOUT}s"
    fi
    sleep 0.3
  done
}

# ----------------------------------------------------------------------------- commands

stop_svc() {
  local svc=$1 pid pidf
  pidf=$(pidfile "$svc")
  if pid=$(managed_pid "$svc"); then
    log "$svc: stopping pid $pid"
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone "$pid" "$STOP_TIMEOUT"; then
      log "$svc: still running after ${STOP_TIMEOUT}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      wait_gone "$pid" 10 || die "$svc: pid $pid survives SIGKILL"
    fi
    rm -f "$pidf"
    log "$svc: stopped"
  else
    rm -f "$pidf"
    if port_open "$(svc_port "$svc")"; then
      log "$svc: $HOST:$(svc_port "$svc") is served by a process this script did not start; leaving it alone"
    else
      log "$svc: not running"
    fi
  fi
}

status_line() {
  local svc=$1 port pid state who
  port=$(svc_port "$svc")
  if pid=$(managed_pid "$svc"); then
    who="started by stack.sh; log $(svc_log "$svc")"
    if port_open "$port"; then state=up; else state=starting; fi
  else
    pid=-
    if port_open "$port"; then
      state=up
      who="not started by stack.sh"
    else
      state=down
      who=-
    fi
  fi
  printf '%-11s %-8s pid=%-8s %s:%-6s %s\n' "$svc" "$state" "$pid" "$HOST" "$port" "$who"
  [[ $state == up ]]
}

cmd_up() {
  local svc t0=$SECONDS
  # Launch everything first (Kafka's JVM boots while the others start), then wait for each.
  for svc in "$@"; do "launch_$svc"; done
  for svc in "$@"; do
    "wait_$svc"
    log "$svc: healthy on $HOST:$(svc_port "$svc")"
  done
  log "up in $((SECONDS - t0))s; started by this call: ${LAUNCHED[*]:-nothing}"
  cmd_status "$@" || true
}

cmd_down() {
  local i
  for ((i = $# ; i >= 1 ; i--)); do stop_svc "${!i}"; done
}

cmd_status() {
  local svc rc=0
  for svc in "$@"; do status_line "$svc" || rc=3; done
  return $rc
}

cmd_reset_kafka() {
  stop_svc kafka
  if port_open "$KAFKA_PORT"; then
    die "kafka: $HOST:$KAFKA_PORT is served by a process this script did not start; not wiping"
  fi
  log "kafka: wiping $STATE_DIR/kafka/data and the cluster id (next 'up kafka' formats afresh)"
  rm -rf "$STATE_DIR/kafka/data" "$STATE_DIR/kafka/cluster.id"
}

main() {
  (($#)) || usage
  local cmd=$1 svc
  shift
  case $cmd in -h | --help | help) usage ;; esac
  (($#)) || set -- "${ALL_SERVICES[@]}"
  for svc in "$@"; do
    case $svc in
      kafka | redis | prometheus) ;;
      *) die "unknown service '$svc' (expected: ${ALL_SERVICES[*]})" ;;
    esac
  done
  mkdir -p "$STATE_DIR"
  STATE_DIR=$(cd "$STATE_DIR" && pwd)
  # One stack.sh at a time per state dir (parallel test runners call `up` concurrently).
  exec 9>"$STATE_DIR/.stack.lock"
  flock -w 600 9 || die "another stack.sh holds $STATE_DIR/.stack.lock"
  case $cmd in
    up) cmd_up "$@" ;;
    down) cmd_down "$@" ;;
    status) cmd_status "$@" ;;
    reset-kafka) cmd_reset_kafka ;;
    *) die "unknown command '$cmd' (expected: up, down, status, reset-kafka)" ;;
  esac
}

main "$@"

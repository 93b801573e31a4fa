#!/usr/bin/env bash
# Two ReformDesk servers behind HAProxy (sticky sessions) on one PostgreSQL, on this machine.
#
#   docker/cluster/two-servers.sh          starts everything, runs the two-server checks, stops everything
#   docker/cluster/two-servers.sh up       starts everything and waits (Ctrl+C stops it): http://localhost:8200
#
# Needs haproxy, a PostgreSQL server package (Debian's postgresql) and, for the checks, Chromium with its
# driver; as root it installs the missing ones with apt-get. Builds the production jar when it is missing.
# Ports: RD_LB_PORT (8200), RD_APP1_PORT (8201), RD_APP2_PORT (8202), RD_PG_PORT (54500); RD_CLUSTER_DIR
# (/tmp/reformdesk-cluster) holds the database, the logs and the jar the servers run; RD_START_TIMEOUT (300 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=${1:-check}
export RD_CLUSTER_DIR=${RD_CLUSTER_DIR:-/tmp/reformdesk-cluster}
export RD_LB_PORT=${RD_LB_PORT:-8200} RD_APP1_PORT=${RD_APP1_PORT:-8201} RD_APP2_PORT=${RD_APP2_PORT:-8202}
PG_PORT=${RD_PG_PORT:-54500}
# seconds a server may take to answer /login (a busy machine needs more than an idle one)
START_TIMEOUT=${RD_START_TIMEOUT:-300}
export RD_LB_BIND=127.0.0.1:$RD_LB_PORT RD_APP1_ADDR=127.0.0.1:$RD_APP1_PORT RD_APP2_ADDR=127.0.0.1:$RD_APP2_PORT

log() { printf '[two-servers] %s\n' "$*"; }

install_missing() {
  local missing=()
  command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  if [ "$MODE" = check ]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "two-servers: please install ${missing[*]} (apt-get install ${missing[*]})" >&2
    exit 1
  fi
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  # Debian starts a default cluster on 5432; this script uses its own, so leave that one alone.
}

find_java() {
  local c
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] || continue
    v=$("$c/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1)
    if [ "${v:-0}" -ge 21 ]; then echo "$c/bin/java"; return 0; fi
  done
  echo "two-servers: a JDK 21 or newer is needed" >&2
  exit 1
}

PIDS=()
cleanup() {
  set +e
  [ -f "$RD_CLUSTER_DIR/haproxy.pid" ] && kill "$(cat "$RD_CLUSTER_DIR/haproxy.pid")" 2>/dev/null
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${PIDS[@]}"; do while kill -0 "$p" 2>/dev/null; do sleep 0.5; done; done
  [ -n "${PG_CTL:-}" ] && runuser -u "$PG_USER" -- "$PG_CTL" -D "$RD_CLUSTER_DIR/pg" -m fast stop >/dev/null 2>&1
  log "stopped"
}
trap cleanup EXIT

install_missing
JAVA=$(find_java)
JAR=$(ls target/reformdesk-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$JAR" ]; then
  log "building the production jar"
  ./mvnw -B -q package -DskipTests
  JAR=$(ls target/reformdesk-*.jar | head -n 1)
fi

# One PostgreSQL for both servers: a private cluster of the system's PostgreSQL, owned by its user.
PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
PG_CTL=$PG_BIN/pg_ctl
PG_USER=postgres
rm -rf "$RD_CLUSTER_DIR"
mkdir -p "$RD_CLUSTER_DIR/pg"
chown -R "$PG_USER" "$RD_CLUSTER_DIR"
chmod 700 "$RD_CLUSTER_DIR/pg"
# the servers run a copy, so that a build during the checks cannot pull the jar from under them
cp "$JAR" "$RD_CLUSTER_DIR/reformdesk.jar"
JAR=$RD_CLUSTER_DIR/reformdesk.jar
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"
runuser -u "$PG_USER" -- "$PG_BIN/initdb" -D "$RD_CLUSTER_DIR/pg" -U postgres -A trust -E UTF8 >/dev/null
runuser -u "$PG_USER" -- "$PG_CTL" -D "$RD_CLUSTER_DIR/pg" -l "$RD_CLUSTER_DIR/pg.log" -w \
  -o "-p $PG_PORT -k $RD_CLUSTER_DIR -c listen_addresses=127.0.0.1" start >/dev/null
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "create role reformdesk login password 'reformdesk'" \
  -c "create database reformdesk owner reformdesk" >/dev/null

start_app() {
  local name=$1 port=$2
  DATABASE_URL="postgresql://reformdesk:reformdesk@127.0.0.1:$PG_PORT/reformdesk" PORT=$port \
    "$JAVA" -Xmx1g -jar "$JAR" --spring.profiles.active=demo >"$RD_CLUSTER_DIR/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  echo "$pid" >"$RD_CLUSTER_DIR/$name.pid"
  local t0=$SECONDS
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "two-servers: $name did not start, see $RD_CLUSTER_DIR/$name.log" >&2
      tail -n 30 "$RD_CLUSTER_DIR/$name.log" >&2
      exit 1
    fi
    if [ $((SECONDS - t0)) -gt "$START_TIMEOUT" ]; then echo "two-servers: $name not up after $START_TIMEOUT s" >&2; exit 1; fi
    sleep 1
  done
  log "$name up on port $port (pid $pid) after $((SECONDS - t0)) s"
}

# The first server migrates the schema and loads the demo data; the second starts on the finished database.
start_app app1 "$RD_APP1_PORT"
start_app app2 "$RD_APP2_PORT"
haproxy -f docker/cluster/haproxy.cfg -D
log "load balancer on http://localhost:$RD_LB_PORT (servers app1 :$RD_APP1_PORT, app2 :$RD_APP2_PORT)"

if [ "$MODE" = up ]; then
  log "Ctrl+C stops everything"
  wait
  exit 0
fi

./mvnw -B test -Pcluster -Dtest=TwoServersCheckTest \
  -Dcluster.url="http://localhost:$RD_LB_PORT" \
  -Dcluster.pid.app1="$(cat "$RD_CLUSTER_DIR/app1.pid")" -Dcluster.pid.app2="$(cat "$RD_CLUSTER_DIR/app2.pid")" \
  -Dcluster.pg.restart="runuser -u $PG_USER -- $PG_CTL -D $RD_CLUSTER_DIR/pg -l $RD_CLUSTER_DIR/pg.log -m fast -w restart"

#!/usr/bin/env bash
# kafka-local.sh - single-node Apache Kafka (KRaft, combined broker+controller) for dev, tests and CI,
# run straight from the jars that Maven resolves into ./lib (see pom.xml). No container engine needed.
#
#   infra/kafka/kafka-local.sh start         # fetch jars if missing, write config, format once, start, wait until ready
#   infra/kafka/kafka-local.sh stop          # SIGTERM (controlled shutdown), SIGKILL after KAFKA_STOP_TIMEOUT - own pid only
#   infra/kafka/kafka-local.sh kill          # SIGKILL own pid (fault-injection tests; data is kept)
#   infra/kafka/kafka-local.sh restart | status | logs [n] | reset | fetch | env | print-config
#
# Env (all optional; see infra/kafka/README.md):
#   KAFKA_HOST=127.0.0.1 KAFKA_PORT=9092 KAFKA_CONTROLLER_PORT=9093 KAFKA_NODE_ID=1
#   KAFKA_STATE_DIR=<script dir>/.state  KAFKA_LIBS=<script dir>/lib
#   KAFKA_START_TIMEOUT=120 KAFKA_STOP_TIMEOUT=30 (seconds)
#   KAFKA_HEAP_OPTS KAFKA_JVM_PERFORMANCE_OPTS KAFKA_OPTS KAFKA_LOG_LEVEL=WARN KAFKA_SEGMENT_BYTES=16777216
#   KAFKA_VERSION (override pom's kafka.version) KAFKA_MVN_ARGS (e.g. -Pkafka3) KAFKA_EXTRA_PROPS_FILE
#   MAVEN_LOCAL_REPO=~/.m2/repository (only used to decide whether to try `mvn -o` first)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
POM="$SCRIPT_DIR/pom.xml"
KAFKA_LIBS="${KAFKA_LIBS:-$SCRIPT_DIR/lib}"
KAFKA_STATE_DIR="${KAFKA_STATE_DIR:-$SCRIPT_DIR/.state}"
KAFKA_HOST="${KAFKA_HOST:-127.0.0.1}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_NODE_ID="${KAFKA_NODE_ID:-1}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-120}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
# SerialGC: no parallel GC threads to fight over 2 cores. TieredStopAtLevel=1 (C1 only) shortens JVM
# warm-up; it costs peak throughput, which a dev/test broker does not need.
KAFKA_JVM_PERFORMANCE_OPTS="${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError -XX:+PerfDisableSharedMem -Djava.awt.headless=true}"
KAFKA_OPTS="${KAFKA_OPTS:-}"
KAFKA_LOG_LEVEL="${KAFKA_LOG_LEVEL:-WARN}"
KAFKA_SEGMENT_BYTES="${KAFKA_SEGMENT_BYTES:-16777216}"
KAFKA_VERSION="${KAFKA_VERSION:-}"
KAFKA_MVN_ARGS="${KAFKA_MVN_ARGS:-}"
MAVEN_LOCAL_REPO="${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

DATA_DIR="$KAFKA_STATE_DIR/data"
LOG_DIR="$KAFKA_STATE_DIR/logs"
TMP_DIR="$KAFKA_STATE_DIR/tmp"
CONF="$KAFKA_STATE_DIR/server.properties"
LOG4J2_CONF="$KAFKA_STATE_DIR/log4j2.properties"
LOG4J1_CONF="$KAFKA_STATE_DIR/log4j.properties"
PID_FILE="$KAFKA_STATE_DIR/kafka.pid"
CLUSTER_ID_FILE="$KAFKA_STATE_DIR/cluster.id"
LOCK_FILE="$KAFKA_STATE_DIR/.lock"
OUT="$LOG_DIR/kafka.out"
READY_LINE='Kafka Server started'

log() { printf '[kafka-local] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

case "$KAFKA_STATE_DIR" in "" | "/" | "$HOME" | "$HOME/") die "refusing KAFKA_STATE_DIR='$KAFKA_STATE_DIR'" ;; esac

# ---------------------------------------------------------------------------------------------- locking
# Serialises start/stop/kill/reset on one state dir (two test runners calling `start` at once).
take_lock() {
  mkdir -p "$KAFKA_STATE_DIR"
  command -v flock >/dev/null 2>&1 || return 0
  exec 9>"$LOCK_FILE"
  flock -w $((KAFKA_START_TIMEOUT + KAFKA_STOP_TIMEOUT + 30)) 9 || die "could not lock $LOCK_FILE"
}

# ------------------------------------------------------------------------------------------------- jars
core_jars() {
  local j
  for j in "$KAFKA_LIBS"/kafka_2.13-*.jar; do
    [ -f "$j" ] || continue
    case "$j" in *-test.jar | *-sources.jar | *-javadoc.jar) continue ;; esac
    printf '%s\n' "$j"
  done
}
core_jar() {
  local jars n
  jars="$(core_jars)"
  [ -n "$jars" ] || return 1
  n="$(printf '%s\n' "$jars" | wc -l)"
  [ "$n" -eq 1 ] || die "$KAFKA_LIBS holds $n kafka_2.13 jars (mixed versions); delete it and run fetch again"
  printf '%s\n' "$jars"
}
kafka_version() { local j; j="$(core_jar)" || return 1; j="${j##*/kafka_2.13-}"; printf '%s\n' "${j%.jar}"; }
kafka_major() { local v; v="$(kafka_version)" || return 1; printf '%s\n' "${v%%.*}"; }
has_jar() { compgen -G "$KAFKA_LIBS/$1" >/dev/null; }

# True if lib/ holds one complete classpath (so start needs neither Maven nor network).
lib_complete() {
  local v
  v="$(kafka_version 2>/dev/null)" || return 1
  [ "$v" = "$(wanted_kafka_version)" ] || return 1
  has_jar "kafka-clients-$v.jar" && has_jar "kafka-server-common-$v.jar" && has_jar 'scala-library-*.jar' || return 1
  if [ "${v%%.*}" -ge 4 ]; then
    has_jar 'log4j-core-*.jar' && { has_jar 'log4j-slf4j-impl-*.jar' || has_jar 'log4j-slf4j2-impl-*.jar'; }
  else
    has_jar 'slf4j-reload4j-*.jar' && has_jar 'reload4j-*.jar'
  fi
}

# The Kafka version Maven will resolve: KAFKA_VERSION, -Dkafka.version=... in KAFKA_MVN_ARGS, the kafka3
# profile's version (second <kafka.version> in pom.xml) with -Pkafka3, else the pom default.
wanted_kafka_version() {
  local a
  if [ -n "$KAFKA_VERSION" ]; then printf '%s\n' "$KAFKA_VERSION"; return 0; fi
  for a in $KAFKA_MVN_ARGS; do
    case "$a" in -Dkafka.version=*) printf '%s\n' "${a#-Dkafka.version=}"; return 0 ;; esac
  done
  case " $KAFKA_MVN_ARGS " in
    *kafka3*) sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | sed -n 2p ;;
    *) sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | head -n 1 ;;
  esac
}

# mvn -q -B still prints bare ANSI reset codes on some Maven 3.x builds; strip them, keep mvn's exit status.
mvn_quiet() {
  local out rc=0
  out="$(mvn "$@" 2>&1)" || rc=$?
  printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g' | grep -v '^[[:space:]]*$' || true
  return "$rc"
}

cmd_fetch() {
  if lib_complete; then return 0; fi
  local have want
  have="$(kafka_version 2>/dev/null || true)"
  want="$(wanted_kafka_version)"
  if [ -n "$have" ] && [ "$have" != "$want" ]; then
    # Never delete jars here: a running broker may still load classes from them.
    die "$KAFKA_LIBS holds Kafka $have but $want is wanted (pom.xml/KAFKA_VERSION/KAFKA_MVN_ARGS); stop the broker and delete $KAFKA_LIBS, or point KAFKA_LIBS at another dir"
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn not found and $KAFKA_LIBS has no complete Kafka classpath"
  mkdir -p "$KAFKA_LIBS"
  # Resolve into a staging dir inside lib/ (not on the classpath: the -cp wildcard is not recursive) and
  # move the jars up only on success, so an interrupted download never looks like a complete lib/.
  STAGE="$(mktemp -d "$KAFKA_LIBS/.staging.XXXXXX")"
  trap 'rm -rf "${STAGE:-}"' EXIT
  local args=(-B -q -f "$POM" "-Dkafka.libs.dir=$STAGE") extra=() ok=""
  [ -z "$KAFKA_VERSION" ] || args+=("-Dkafka.version=$KAFKA_VERSION")
  read -r -a extra <<<"$KAFKA_MVN_ARGS"
  args+=(${extra[@]+"${extra[@]}"} dependency:copy-dependencies)
  if [ -f "$MAVEN_LOCAL_REPO/org/apache/kafka/kafka_2.13/$want/kafka_2.13-$want.jar" ]; then
    log "Kafka $want is in $MAVEN_LOCAL_REPO: resolving offline (mvn -o)"
    if mvn -o "${args[@]}" >"$STAGE/mvn-offline.log" 2>&1; then
      ok=1
    else
      log "offline resolution incomplete ($(grep -m1 -o 'Could not [^:]*' "$STAGE/mvn-offline.log" || echo 'see mvn output')); retrying online"
    fi
  fi
  if [ -z "$ok" ]; then
    log "resolving Kafka ${want:-?} runtime classpath from Maven Central into $KAFKA_LIBS ..."
    mvn_quiet "${args[@]}" >&2 || die "mvn dependency:copy-dependencies failed"
  fi
  mv -f "$STAGE"/*.jar "$KAFKA_LIBS"/ || die "mvn produced no jars"
  rm -rf "$STAGE"
  lib_complete || die "$KAFKA_LIBS is still incomplete after mvn (wrong profile? see pom.xml)"
  log "lib ready: Kafka $(kafka_version) ($(compgen -G "$KAFKA_LIBS/*.jar" | wc -l) jars)"
}

check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (Kafka 4.x brokers need Java 17+; set JAVA_HOME)"
  local v major
  v="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  major="${v%%.*}"
  [ "$major" = 1 ] && major="$(echo "$v" | cut -d. -f2)"
  case "$major" in '' | *[!0-9]*) log "WARNING: cannot parse java version '$v'"; return 0 ;; esac
  if [ "$(kafka_major)" -ge 4 ] && [ "$major" -lt 17 ]; then die "Kafka $(kafka_version) needs Java 17+, found $v"; fi
}

# ----------------------------------------------------------------------------------------------- config
write_config() {
  mkdir -p "$DATA_DIR" "$LOG_DIR" "$TMP_DIR"
  local major; major="$(kafka_major)"
  cat >"$CONF" <<PROPS
# generated by infra/kafka/kafka-local.sh on every start - edit the script (or KAFKA_EXTRA_PROPS_FILE), not this file
# single node, combined broker+controller, plaintext on $KAFKA_HOST
process.roles=broker,controller
node.id=$KAFKA_NODE_ID
# static quorum: no --standalone needed at format time
controller.quorum.voters=$KAFKA_NODE_ID@$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA_DIR

# the platform creates its topics explicitly at start-up; a typo must fail, not create a topic
auto.create.topics.enable=false

# read models are rebuilt by replaying topics: never delete data by time or size (topic configs may override)
log.retention.ms=-1
log.retention.bytes=-1
# small segments for a dev box (default is 1 GiB)
log.segment.bytes=$KAFKA_SEGMENT_BYTES

# single replica everywhere
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1

# fast group membership for tests
group.initial.rebalance.delay.ms=0
# classic protocol (JoinGroup; kafkajs): clients may ask for session timeouts down to 1 s (Kafka default min: 6 s)
group.min.session.timeout.ms=1000
# consumer protocol (KIP-848): the broker dictates timeouts; 6 s session, 2 s heartbeat (defaults 45 s / 5 s)
group.consumer.min.session.timeout.ms=1000
group.consumer.session.timeout.ms=6000
group.consumer.min.heartbeat.interval.ms=1000
group.consumer.heartbeat.interval.ms=2000

# restart after a crash (kill -9) is blocked with DUPLICATE_BROKER_REGISTRATION until the old broker session
# expires: 3 s instead of the default 9 s (heartbeat 1 s instead of 2 s keeps 3 heartbeats per session)
broker.session.timeout.ms=3000
broker.heartbeat.interval.ms=1000

# small footprint on a 2-core box
num.network.threads=2
num.io.threads=2
background.threads=2
num.recovery.threads.per.data.dir=1
log.cleaner.threads=1
log.cleaner.dedupe.buffer.size=33554432
PROPS
  if [ "$major" -ge 4 ]; then
    cat >>"$CONF" <<PROPS
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
share.coordinator.state.topic.num.partitions=1
PROPS
    # Kafka 4.x: Log4j 2 via the log4j-slf4j-impl binding (pom.xml). Everything at KAFKA_LOG_LEVEL, but the
    # "Kafka Server started" line of KafkaRaftServer is always logged: wait_ready looks for it.
    cat >"$LOG4J2_CONF" <<L4J2
status = error
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = $KAFKA_LOG_LEVEL
rootLogger.appenderRef.stdout.ref = STDOUT
logger.raftserver.name = kafka.server.KafkaRaftServer
logger.raftserver.level = INFO
L4J2
  else
    cat >"$LOG4J1_CONF" <<L4J
log4j.rootLogger=$KAFKA_LOG_LEVEL, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaRaftServer=INFO
L4J
  fi
  if [ -n "${KAFKA_EXTRA_PROPS_FILE:-}" ]; then
    [ -f "$KAFKA_EXTRA_PROPS_FILE" ] || die "KAFKA_EXTRA_PROPS_FILE=$KAFKA_EXTRA_PROPS_FILE not found"
    printf '\n# from %s (later keys win)\n' "$KAFKA_EXTRA_PROPS_FILE" >>"$CONF"
    cat "$KAFKA_EXTRA_PROPS_FILE" >>"$CONF"
  fi
}

# Builds JAVA_CMD: java + options + classpath (main class and args are appended by the caller).
java_cmd() {
  local heap=() perf=() opts=() log_opt
  read -r -a heap <<<"${1:-$KAFKA_HEAP_OPTS}"
  read -r -a perf <<<"$KAFKA_JVM_PERFORMANCE_OPTS"
  read -r -a opts <<<"$KAFKA_OPTS"
  if [ "$(kafka_major)" -ge 4 ]; then
    log_opt="-Dlog4j2.configurationFile=file:$LOG4J2_CONF"
  else
    log_opt="-Dlog4j.configuration=file:$LOG4J1_CONF"
  fi
  JAVA_CMD=("$JAVA" ${heap[@]+"${heap[@]}"} ${perf[@]+"${perf[@]}"} "-Dkafka.logs.dir=$LOG_DIR" "$log_opt"
    "-Djava.io.tmpdir=$TMP_DIR" "-Dorg.xerial.snappy.tempdir=$TMP_DIR" "-DZstdTempFolder=$TMP_DIR"
    ${opts[@]+"${opts[@]}"} -cp "$KAFKA_LIBS/*")
}

storage_tool_class() {
  # kafka.tools.StorageTool (Scala, in kafka_2.13) through 4.1.x at least; probe for a later move.
  local core list
  core="$(core_jar)"
  if command -v unzip >/dev/null 2>&1; then list="$(unzip -Z1 "$core")"; else list="$("${JAVA_HOME:+$JAVA_HOME/bin/}jar" tf "$core")"; fi
  if grep -qx 'kafka/tools/StorageTool.class' <<<"$list"; then echo kafka.tools.StorageTool; else echo org.apache.kafka.tools.StorageTool; fi
}

format_storage() {
  # Formatting is needed once per data dir; meta.properties marks a formatted dir, so restarts skip the JVM run.
  [ -f "$DATA_DIR/meta.properties" ] && return 0
  local cls id
  cls="$(storage_tool_class)"
  if [ -s "$CLUSTER_ID_FILE" ]; then
    id="$(cat "$CLUSTER_ID_FILE")"
  else
    java_cmd "-Xmx128m"
    id="$("${JAVA_CMD[@]}" "$cls" random-uuid | tail -n 1)"
    [ -n "$id" ] || die "could not generate a cluster id"
    printf '%s\n' "$id" >"$CLUSTER_ID_FILE"
  fi
  java_cmd "-Xmx256m"
  "${JAVA_CMD[@]}" "$cls" format -t "$id" -c "$CONF" --ignore-formatted >>"$OUT" 2>&1 \
    || { tail -n 30 "$OUT" >&2; die "storage format failed"; }
  log "formatted $DATA_DIR (cluster id $id)"
}

# --------------------------------------------------------------------------------------------- process
read_pid() { if [ -s "$PID_FILE" ]; then head -n 1 "$PID_FILE"; fi; }

proc_cmdline() {
  if [ -r "/proc/$1/cmdline" ]; then tr '\0' ' ' <"/proc/$1/cmdline"; else ps -ww -o args= -p "$1" 2>/dev/null; fi
}

# True only if $1 is a live java process running kafka.Kafka with OUR config file - never signal anything else.
is_our_broker() {
  local pid="${1:-}" cmd exe
  case "$pid" in '' | *[!0-9]*) return 1 ;; esac
  kill -0 "$pid" 2>/dev/null || return 1
  cmd="$(proc_cmdline "$pid")" || return 1
  exe="${cmd%% *}"
  [ "${exe##*/}" = java ] || return 1
  case "$cmd " in *" kafka.Kafka $CONF "*) return 0 ;; esac
  return 1
}

is_running() { is_our_broker "$(read_pid)"; }
port_open() { (exec 3<>"/dev/tcp/$KAFKA_HOST/$1") 2>/dev/null; }

wait_ready() {
  # Ready = our process alive, listener accepting, and the "Kafka Server started" line logged (the broker
  # logs it after it is unfenced). If logging is broken that line never comes: then a listener that has
  # been open for 5 s counts as ready, with a warning.
  local pid="$1" deadline=$((SECONDS + KAFKA_START_TIMEOUT)) open_since=""
  while [ "$SECONDS" -lt "$deadline" ]; do
    is_our_broker "$pid" || { tail -n 50 "$OUT" >&2; rm -f "$PID_FILE"; die "broker exited during startup (log: $OUT)"; }
    if port_open "$KAFKA_PORT"; then
      : "${open_since:=$SECONDS}"
      if grep -q "$READY_LINE" "$OUT" 2>/dev/null; then
        log "ready on $KAFKA_HOST:$KAFKA_PORT after $((SECONDS - START_T0)) s (Kafka $(kafka_version), pid $pid)"
        return 0
      fi
      if [ $((SECONDS - open_since)) -ge 5 ]; then
        log "WARNING: port open but no '$READY_LINE' line in $OUT - logging binding missing? assuming ready"
        return 0
      fi
    fi
    sleep 0.5
  done
  tail -n 50 "$OUT" >&2
  die "not ready after ${KAFKA_START_TIMEOUT}s (broker left running, pid $pid; use stop or kill)"
}

cmd_start() {
  START_T0=$SECONDS
  take_lock
  local pid
  pid="$(read_pid)"
  if is_our_broker "$pid"; then
    if port_open "$KAFKA_PORT" && grep -q "$READY_LINE" "$OUT" 2>/dev/null; then
      log "already running (pid $pid) on $KAFKA_HOST:$KAFKA_PORT"
      return 0
    fi
    log "pid $pid is starting; waiting"
    wait_ready "$pid"
    return 0
  fi
  [ -z "$pid" ] || { log "removing stale pid file (pid $pid is not our broker)"; rm -f "$PID_FILE"; }
  local p
  for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    port_open "$p" && die "$KAFKA_HOST:$p is already in use by another process (not the broker of $KAFKA_STATE_DIR)"
  done
  cmd_fetch
  check_java
  write_config
  [ ! -s "$OUT" ] || mv -f "$OUT" "$OUT.prev"
  : >"$OUT"
  format_storage
  java_cmd
  local detach=(nohup)
  command -v setsid >/dev/null 2>&1 && detach=(setsid)
  rm -f "$PID_FILE"
  # The inner bash writes its own pid and execs java, so the pid file holds the java pid even if setsid forks.
  # 9>&-: the broker must not inherit (and so hold forever) the lock fd.
  # shellcheck disable=SC2016 # $$, $0 and $@ are meant for the inner bash
  "${detach[@]}" bash -c 'echo $$ >"$0.tmp" && mv -f "$0.tmp" "$0" && exec "$@"' "$PID_FILE" \
    "${JAVA_CMD[@]}" kafka.Kafka "$CONF" >>"$OUT" 2>&1 </dev/null 9>&- &
  local tries=50
  while [ ! -s "$PID_FILE" ] && [ "$tries" -gt 0 ]; do sleep 0.1; tries=$((tries - 1)); done
  pid="$(read_pid)"
  [ -n "$pid" ] || die "launcher did not write $PID_FILE"
  log "started pid $pid, log: $OUT"
  wait_ready "$pid"
}

wait_gone() { # pid seconds
  local end=$((SECONDS + $2))
  while kill -0 "$1" 2>/dev/null && [ "$SECONDS" -lt "$end" ]; do sleep 0.2; done
  ! kill -0 "$1" 2>/dev/null
}

cmd_stop() {
  take_lock
  local pid
  pid="$(read_pid)"
  if [ -z "$pid" ]; then log "not running"; return 0; fi
  if ! is_our_broker "$pid"; then
    log "not running (stale pid file: pid $pid is not java kafka.Kafka $CONF); removing it"
    rm -f "$PID_FILE"
    return 0
  fi
  log "stopping pid $pid (SIGTERM, controlled shutdown)"
  kill -TERM "$pid"
  if ! wait_gone "$pid" "$KAFKA_STOP_TIMEOUT"; then
    if is_our_broker "$pid"; then
      log "pid $pid still alive after ${KAFKA_STOP_TIMEOUT}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      wait_gone "$pid" 10 || die "pid $pid survived SIGKILL"
    fi
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_kill() {
  take_lock
  local pid
  pid="$(read_pid)"
  if ! is_our_broker "$pid"; then log "not running"; rm -f "$PID_FILE"; return 0; fi
  kill -KILL "$pid"
  wait_gone "$pid" 10 || die "pid $pid survived SIGKILL"
  rm -f "$PID_FILE"
  log "killed pid $pid (SIGKILL); data kept, next start recovers the logs"
}

cmd_status() {
  local pid
  pid="$(read_pid)"
  if is_our_broker "$pid"; then
    if port_open "$KAFKA_PORT"; then
      echo "running pid=$pid brokers=$KAFKA_HOST:$KAFKA_PORT kafka=$(kafka_version 2>/dev/null || echo '?') state=$KAFKA_STATE_DIR"
    else
      echo "starting pid=$pid brokers=$KAFKA_HOST:$KAFKA_PORT (listener not open yet)"
    fi
    return 0
  fi
  echo "stopped${pid:+ (stale pid file: $pid)} state=$KAFKA_STATE_DIR"
  return 3
}

cmd_reset() {
  cmd_stop
  rm -rf "$DATA_DIR" "$LOG_DIR" "$TMP_DIR" "$CLUSTER_ID_FILE" "$CONF" "$LOG4J2_CONF" "$LOG4J1_CONF" "$PID_FILE"
  log "state removed from $KAFKA_STATE_DIR (jars in $KAFKA_LIBS kept)"
}

usage() {
  echo "usage: $0 {start|stop|restart|kill|status|logs [n]|reset|fetch|env|print-config}" >&2
  exit 2
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop && cmd_start ;;
  kill) cmd_kill ;;
  status) cmd_status ;;
  logs) tail -n "${2:-200}" "$OUT" ;;
  reset) cmd_reset ;;
  fetch) cmd_fetch ;;
  env) echo "KAFKA_BROKERS=$KAFKA_HOST:$KAFKA_PORT" ;;
  print-config) cmd_fetch && write_config && cat "$CONF" ;;
  *) usage ;;
esac

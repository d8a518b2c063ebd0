# shellcheck shell=bash
# Common helpers for the EnCadena Match scripts. Source it, do not run it:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
#
# Environment variables understood by the scripts (all optional):
#   ENCADENA_INSTANCE            demo (default) or test
#   ENCADENA_STATE_DIR           where servers keep their data, logs and secrets
#                                (default /var/lib/encadena-match as root, else
#                                ${XDG_STATE_HOME:-$HOME/.local/state}/encadena-match).
#                                Must be traversable by the postgres/opensearch users:
#                                never put it inside the repository (it may be under /root).
#   ENCADENA_PG_PORT             PostgreSQL port (demo 55432, test 55433)
#   ENCADENA_OS_HTTP_PORT        OpenSearch HTTP port (demo 9200, test 9250)
#   ENCADENA_OS_TRANSPORT_PORT   OpenSearch transport port (demo 9300, test 9350)
#   ENCADENA_OS_HEAP             OpenSearch heap, e.g. 512m (default); ignored when
#                                OPENSEARCH_JAVA_OPTS is set
#   ENCADENA_OS_VERSION          OpenSearch version to install (default 2.19.1)
#   ENCADENA_OS_USER             system user running OpenSearch as root (default opensearch)
#   ENCADENA_PG_USER             system user running PostgreSQL as root (default postgres)
#   ENCADENA_JAVA17_HOME         JDK 17 (default /usr/lib/jvm/java-17-openjdk-amd64)
#   ENCADENA_MAVEN_REPO_URL      Maven repository used for downloads
#                                (default https://repo.maven.apache.org/maven2)
#   ENCADENA_WAIT_TIMEOUT        seconds to wait for a service to answer (default 120)
#   DATABASE_URL (+ DATABASE_USER, DATABASE_PASSWORD)  use this PostgreSQL, start none
#   OPENSEARCH_URL                                     use this OpenSearch, start none
#   PORT                         HTTP port of the application (scripts/start, default 8080)

set -euo pipefail
umask 022

# ---------------------------------------------------------------- repo root
ENCADENA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
export ENCADENA_ROOT

# ---------------------------------------------------------------- logging
if [[ -t 2 ]]; then
  _C_RED=$'\033[31m'; _C_YEL=$'\033[33m'; _C_GRN=$'\033[32m'; _C_BLD=$'\033[1m'; _C_OFF=$'\033[0m'
else
  _C_RED=''; _C_YEL=''; _C_GRN=''; _C_BLD=''; _C_OFF=''
fi
_ENCADENA_SCRIPT="$(basename "${0:-encadena}")"

log_info()  { printf '%s[%s %s]%s %s\n' "$_C_BLD" "$_ENCADENA_SCRIPT" "$(date +%H:%M:%S)" "$_C_OFF" "$*" >&2; }
log_ok()    { printf '%s[%s %s] OK%s %s\n' "$_C_GRN" "$_ENCADENA_SCRIPT" "$(date +%H:%M:%S)" "$_C_OFF" "$*" >&2; }
log_warn()  { printf '%s[%s %s] WARNING:%s %s\n' "$_C_YEL" "$_ENCADENA_SCRIPT" "$(date +%H:%M:%S)" "$_C_OFF" "$*" >&2; }
log_error() { printf '%s[%s %s] ERROR:%s %s\n' "$_C_RED" "$_ENCADENA_SCRIPT" "$(date +%H:%M:%S)" "$_C_OFF" "$*" >&2; }

# show_log_tail FILE [LINES]: print the end of a log file to stderr.
show_log_tail() {
  local file="$1" lines="${2:-40}"
  if [[ -r "$file" ]]; then
    printf -- '----- last %s lines of %s -----\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" >&2 || true
    printf -- '----- end of %s -----\n' "$file" >&2
  fi
}

# die MESSAGE [LOGFILE [LINES]]: print what failed, where its log is, and exit 1.
die() {
  local msg="$1" logfile="${2:-}" lines="${3:-40}"
  log_error "$msg"
  if [[ -n "$logfile" ]]; then
    show_log_tail "$logfile" "$lines"
    log_error "full log: $logfile"
  fi
  exit 1
}

have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [[ "$(id -u)" -eq 0 ]]; }

# ---------------------------------------------------------------- instance / state
ENCADENA_INSTANCE="${ENCADENA_INSTANCE:-demo}"
case "$ENCADENA_INSTANCE" in
  demo | test) ;;
  *) die "ENCADENA_INSTANCE must be 'demo' or 'test' (got '$ENCADENA_INSTANCE')" ;;
esac
export ENCADENA_INSTANCE

if [[ -z "${ENCADENA_STATE_DIR:-}" ]]; then
  if is_root; then
    ENCADENA_STATE_DIR=/var/lib/encadena-match
  else
    ENCADENA_STATE_DIR="${XDG_STATE_HOME:-$HOME/.local/state}/encadena-match"
  fi
fi
export ENCADENA_STATE_DIR
case "$ENCADENA_STATE_DIR" in
  /*) ;;
  *) die "ENCADENA_STATE_DIR must be an absolute path (got '$ENCADENA_STATE_DIR')" ;;
esac
case "$ENCADENA_STATE_DIR/" in
  "$ENCADENA_ROOT"/*) die "ENCADENA_STATE_DIR ($ENCADENA_STATE_DIR) must not be inside the repository ($ENCADENA_ROOT)" ;;
esac

INSTANCE_DIR="$ENCADENA_STATE_DIR/$ENCADENA_INSTANCE"
ENV_FILE="$INSTANCE_DIR/env"
LOG_DIR="$INSTANCE_DIR/logs"
DOWNLOAD_DIR="$ENCADENA_STATE_DIR/downloads"

# ---------------------------------------------------------------- ports and versions
if [[ "$ENCADENA_INSTANCE" == test ]]; then
  _def_pg=55433 _def_os_http=9250 _def_os_tr=9350
else
  _def_pg=55432 _def_os_http=9200 _def_os_tr=9300
fi
ENCADENA_PG_PORT="${ENCADENA_PG_PORT:-$_def_pg}"
ENCADENA_OS_HTTP_PORT="${ENCADENA_OS_HTTP_PORT:-$_def_os_http}"
ENCADENA_OS_TRANSPORT_PORT="${ENCADENA_OS_TRANSPORT_PORT:-$_def_os_tr}"
unset _def_pg _def_os_http _def_os_tr
ENCADENA_OS_HEAP="${ENCADENA_OS_HEAP:-512m}"
ENCADENA_OS_VERSION="${ENCADENA_OS_VERSION:-2.19.1}"
ENCADENA_OS_USER="${ENCADENA_OS_USER:-opensearch}"
ENCADENA_PG_USER="${ENCADENA_PG_USER:-postgres}"
ENCADENA_MAVEN_REPO_URL="${ENCADENA_MAVEN_REPO_URL:-https://repo.maven.apache.org/maven2}"
ENCADENA_WAIT_TIMEOUT="${ENCADENA_WAIT_TIMEOUT:-120}"
ENCADENA_POLL_INTERVAL="${ENCADENA_POLL_INTERVAL:-0.5}"

# ---------------------------------------------------------------- directories
# ensure_state_dirs: create the state dir and the instance dir, traversable by everyone
# (the service users need to reach their own subdirectories; secrets are mode 600).
ensure_state_dirs() {
  mkdir -p "$ENCADENA_STATE_DIR" "$INSTANCE_DIR" "$LOG_DIR" "$DOWNLOAD_DIR" \
    || die "cannot create the state directory $INSTANCE_DIR"
  chmod 755 "$ENCADENA_STATE_DIR" "$INSTANCE_DIR" "$LOG_DIR" "$DOWNLOAD_DIR" 2>/dev/null || true
}

# check_traversable USER DIR: fail clearly when USER cannot reach DIR (e.g. under /root).
check_traversable() {
  local user="$1" dir="$2"
  is_root || return 0
  if ! runuser -u "$user" -- test -x "$dir" 2>/dev/null; then
    die "user '$user' cannot traverse $dir (one of its parents is not world-executable, e.g. /root); set ENCADENA_STATE_DIR to a directory such as /var/lib/encadena-match"
  fi
}

# as_user USER CMD...: run CMD as USER when root (from /, so a private cwd does not bother
# it), or as the current user otherwise. File descriptor 9 (our lock) is closed so that
# daemons started this way never keep the lock held.
as_user() {
  local user="$1"; shift
  if is_root && [[ "$user" != root ]]; then
    (cd / && runuser -u "$user" -- "$@") 9>&-
  else
    (cd / && "$@") 9>&-
  fi
}

# ---------------------------------------------------------------- secrets and env file
# random_token [BYTES]: URL/shell-safe random string (hex).
random_token() {
  local bytes="${1:-24}"
  if have openssl; then
    openssl rand -hex "$bytes"
  else
    od -An -N"$bytes" -tx1 /dev/urandom | tr -d ' \n'
  fi
}

# secret_file FILE COMMAND...: print the secret stored in FILE, creating it once (mode 600)
# with the output of COMMAND.
secret_file() {
  local file="$1"; shift
  if [[ ! -s "$file" ]]; then
    local value
    value="$("$@")" || die "cannot generate a secret for $file"
    [[ -n "$value" ]] || die "empty secret generated for $file"
    if ! (umask 077 && printf '%s\n' "$value" >"$file.tmp.$$" && mv -f "$file.tmp.$$" "$file"); then
      die "cannot write $file"
    fi
  fi
  chmod 600 "$file"
  head -n 1 "$file"
}

# env_file_set KEY VALUE [KEY VALUE...]: set exported variables in $ENV_FILE, keeping the others.
env_file_set() {
  ensure_state_dirs
  local tmp="$ENV_FILE.tmp.$$" key value
  (
    umask 077
    : >"$tmp"
    if [[ -f "$ENV_FILE" ]]; then
      local drop=()
      local i
      for ((i = 1; i <= $#; i += 2)); do drop+=("${!i}"); done
      local line skip k
      while IFS= read -r line || [[ -n "$line" ]]; do
        skip=0
        for k in "${drop[@]}"; do
          [[ "$line" == "export $k="* ]] && skip=1
        done
        [[ $skip -eq 1 ]] || printf '%s\n' "$line" >>"$tmp"
      done <"$ENV_FILE"
    else
      printf '# EnCadena Match, instance %s: generated by scripts/services; source it.\n' "$ENCADENA_INSTANCE" >>"$tmp"
    fi
    while [[ $# -ge 2 ]]; do
      key="$1" value="$2"; shift 2
      printf 'export %s=%q\n' "$key" "$value" >>"$tmp"
    done
  ) || die "cannot write $ENV_FILE"
  mv -f "$tmp" "$ENV_FILE"
  chmod 600 "$ENV_FILE"
}

# env_file_load: source $ENV_FILE into the current shell (exports its variables).
env_file_load() {
  [[ -r "$ENV_FILE" ]] || die "no environment file $ENV_FILE: run 'ENCADENA_INSTANCE=$ENCADENA_INSTANCE scripts/services start' first"
  # shellcheck disable=SC1090
  source "$ENV_FILE"
}

# env_file_get KEY: print KEY's value from $ENV_FILE (empty when absent), without
# changing the current shell.
env_file_get() {
  local key="$1"
  [[ -r "$ENV_FILE" ]] || return 0
  # shellcheck disable=SC1090
  (source "$ENV_FILE" >/dev/null 2>&1; printf '%s' "${!key:-}")
}

# _managed_local_url VAR: true when the variable VAR holds the URL of a cluster these
# scripts run locally (as recorded in the demo/test env files). Such a value was inherited
# from a sourced env file: it does not ask for an external service.
_managed_local_url() {
  local var="$1" value inst f mode_key other
  value="${!var%/}"
  mode_key=ENCADENA_PG_MODE
  [[ "$var" == OPENSEARCH_URL ]] && mode_key=ENCADENA_OS_MODE
  for inst in demo test; do
    f="$ENCADENA_STATE_DIR/$inst/env"
    [[ -r "$f" ]] || continue
    # shellcheck disable=SC1090
    other="$(source "$f" >/dev/null 2>&1; [[ "${!mode_key:-}" == local ]] && printf '%s' "${!var:-}")"
    [[ -n "$other" && "$value" == "${other%/}" ]] && return 0
  done
  return 1
}

# external_database_url: DATABASE_URL is set and names a PostgreSQL these scripts do not run.
external_database_url() {
  [[ -n "${DATABASE_URL:-}" ]] || return 1
  ! _managed_local_url DATABASE_URL
}

# external_opensearch_url: OPENSEARCH_URL is set and names an OpenSearch these scripts do not run.
external_opensearch_url() {
  [[ -n "${OPENSEARCH_URL:-}" ]] || return 1
  ! _managed_local_url OPENSEARCH_URL
}

# ---------------------------------------------------------------- waiting and ports
# wait_for TIMEOUT_S DESCRIPTION CMD...: poll CMD every $ENCADENA_POLL_INTERVAL seconds
# until it succeeds (0). Exit status 3 from CMD aborts at once (e.g. the process died).
# Returns 0 on success, 1 on timeout, 3 on abort.
wait_for() {
  local timeout="$1" what="$2"; shift 2
  local deadline=$((SECONDS + timeout)) rc
  while true; do
    rc=0
    "$@" || rc=$?
    [[ $rc -eq 0 ]] && return 0
    if [[ $rc -eq 3 ]]; then
      log_error "gave up waiting for $what"
      return 3
    fi
    if ((SECONDS >= deadline)); then
      log_error "timed out after ${timeout}s waiting for $what"
      return 1
    fi
    sleep "$ENCADENA_POLL_INTERVAL"
  done
}

# port_open HOST PORT: true when something accepts TCP connections there.
port_open() {
  local host="$1" port="$2"
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}
port_closed() { ! port_open "$@"; }

# pid_alive PID: true when the process exists.
pid_alive() {
  local pid="$1"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

# pid_cmdline_has PID TEXT: true when the process's command line contains TEXT
# (guards against a recycled pid in a stale pid file).
pid_cmdline_has() {
  local pid="$1" text="$2"
  pid_alive "$pid" || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$text"
}

# read_pid FILE: print the pid stored in FILE (nothing when absent or invalid).
read_pid() {
  local file="$1" pid=''
  [[ -r "$file" ]] && pid="$(head -n 1 "$file" 2>/dev/null | tr -dc '0-9')"
  printf '%s' "$pid"
}

# ---------------------------------------------------------------- tools
# java17_home: print the JDK 17 home (installing it with apt-get as a last resort).
java17_home() {
  local cand
  for cand in "${ENCADENA_JAVA17_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk*; do
    if [[ -n "$cand" && -x "$cand/bin/java" ]]; then
      printf '%s' "$cand"
      return 0
    fi
  done
  if is_root; then
    apt_install openjdk-17-jdk-headless >&2
    for cand in /usr/lib/jvm/java-17-openjdk*; do
      [[ -x "$cand/bin/java" ]] && { printf '%s' "$cand"; return 0; }
    done
  fi
  die "JDK 17 not found: install openjdk-17-jdk-headless or set ENCADENA_JAVA17_HOME"
}

# apt_install PACKAGE...: install Debian packages (root only), logging to $LOG_DIR/apt.log.
apt_install() {
  is_root || die "package(s) $* missing and not running as root: install them with apt-get"
  mkdir -p "$LOG_DIR"
  local log="$LOG_DIR/apt.log"
  log_info "installing Debian package(s): $* (log: $log)"
  {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" \
      || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"; }
  } </dev/null >>"$log" 2>&1 || die "apt-get install $* failed" "$log"
}

# require_cmd CMD [DEBIAN_PACKAGE]: make sure CMD exists, installing the package as root.
require_cmd() {
  local cmd="$1" pkg="${2:-$1}"
  have "$cmd" && return 0
  apt_install "$pkg"
  have "$cmd" || die "command '$cmd' still missing after installing '$pkg'"
}

# lock_instance NAME: take an exclusive lock for this instance (released at exit).
lock_instance() {
  local name="$1"
  ensure_state_dirs
  require_cmd flock util-linux
  exec 9>"$INSTANCE_DIR/.$name.lock"
  if ! flock -w 600 9; then
    die "another '$name' operation holds $INSTANCE_DIR/.$name.lock for more than 10 minutes"
  fi
}

# ---------------------------------------------------------------- application process
# app_health_code URL: print the HTTP status of URL/health ("000" when nothing answers).
app_health_code() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1/health" 2>/dev/null || true
}

# app_up URL: the server answers /health (200 = UP, 503 = up but a dependency is DOWN).
app_up() {
  local code
  code="$(app_health_code "$1")"
  [[ "$code" == 200 || "$code" == 503 ]]
}

# app_pid PIDFILE JAR: print the pid of the java process running JAR (pid file first).
app_pid() {
  local pidfile="$1" jar="$2" pid
  pid="$(read_pid "$pidfile")"
  if [[ -n "$pid" ]] && pid_cmdline_has "$pid" "$jar"; then
    printf '%s' "$pid"; return 0
  fi
  pid="$(pgrep -f -- "-jar $jar( |$)" | head -n 1 || true)"
  [[ -n "$pid" ]] && { printf '%s' "$pid"; return 0; }
  return 1
}

# app_launch PIDFILE LOG JAVA_HOME JAR [JAVA_OPTS...]: start JAR in the background, in its
# own session, from the repository root, with the current environment; stdout+stderr are
# appended to LOG. Prints the pid (also written to PIDFILE).
app_launch() {
  local pidfile="$1" log="$2" jhome="$3" jar="$4"; shift 4
  mkdir -p "$(dirname "$log")" "$(dirname "$pidfile")"
  printf '\n===== %s starting %s\n' "$(date -Is)" "$jar" >>"$log"
  (
    cd "$ENCADENA_ROOT"
    exec setsid "$jhome/bin/java" "$@" -jar "$jar" </dev/null >>"$log" 2>&1 8>&- 9>&-
  ) &
  local pid=$!
  printf '%s\n' "$pid" >"$pidfile"
  printf '%s' "$pid"
}

_APP_WAIT_PID='' _APP_WAIT_URL=''
_app_wait_check() {
  pid_alive "$_APP_WAIT_PID" || return 3
  app_up "$_APP_WAIT_URL"
}

# app_wait PID URL TIMEOUT LOG: wait until URL/health answers; on failure print the last
# 40 lines of LOG, kill the process if it still runs, and return 1.
app_wait() {
  local pid="$1" url="$2" timeout="$3" log="$4" rc=0
  _APP_WAIT_PID="$pid" _APP_WAIT_URL="$url"
  wait_for "$timeout" "the application at $url/health" _app_wait_check || rc=$?
  [[ $rc -eq 0 ]] && return 0
  if [[ $rc -eq 3 ]]; then
    log_error "the application (pid $pid) exited during start-up"
  else
    log_error "the application (pid $pid) did not answer $url/health within ${timeout}s; stopping it"
    kill -TERM "$pid" 2>/dev/null || true
  fi
  show_log_tail "$log" 40
  log_error "full log: $log"
  return 1
}

# app_stop PIDFILE JAR [TIMEOUT]: TERM the application, wait, KILL if needed. Idempotent.
app_stop() {
  local pidfile="$1" jar="$2" timeout="${3:-30}" pid
  if ! pid="$(app_pid "$pidfile" "$jar")"; then
    rm -f "$pidfile"
    return 1
  fi
  log_info "stopping the application (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  # shellcheck disable=SC2317 # called through wait_for
  _app_gone() { ! pid_alive "$pid"; }
  if ! wait_for "$timeout" "the application (pid $pid) to exit" _app_gone; then
    log_warn "the application did not exit on TERM within ${timeout}s; sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    wait_for 10 "the application (pid $pid) to exit after KILL" _app_gone || die "cannot stop pid $pid"
  fi
  rm -f "$pidfile"
  log_ok "application stopped"
  return 0
}

# build_is_stale JAR: print the first build input newer than JAR (or "missing"); false
# when the jar is up to date.
build_is_stale() {
  local jar="$1" newer
  if [[ ! -s "$jar" ]]; then
    printf 'missing'
    return 0
  fi
  local inputs=() p
  shopt -s nullglob
  for p in "$ENCADENA_ROOT"/pom.xml "$ENCADENA_ROOT"/*/pom.xml "$ENCADENA_ROOT"/*/src \
    "$ENCADENA_ROOT"/ui/*.json "$ENCADENA_ROOT"/ui/*.yml "$ENCADENA_ROOT"/ui/*.yaml "$ENCADENA_ROOT"/ui/*.ts \
    "$ENCADENA_ROOT"/ui/*.js "$ENCADENA_ROOT"/ui/index.html "$ENCADENA_ROOT"/ui/public; do
    inputs+=("$p")
  done
  shopt -u nullglob
  [[ ${#inputs[@]} -gt 0 ]] || return 1
  newer="$(find "${inputs[@]}" -type f -newer "$jar" -not -path '*/node_modules/*' -print -quit 2>/dev/null || true)"
  if [[ -n "$newer" ]]; then
    printf '%s' "${newer#"$ENCADENA_ROOT"/}"
    return 0
  fi
  return 1
}

# maven_build LOG ARGS...: run Maven from the repository root with JDK 17, output to the
# terminal and LOG. Returns Maven's status.
maven_build() {
  local log="$1"; shift
  local jhome
  jhome="$(java17_home)"
  require_cmd mvn maven
  mkdir -p "$(dirname "$log")"
  local rc=0
  (
    cd "$ENCADENA_ROOT"
    export JAVA_HOME="$jhome" PATH="$jhome/bin:$PATH"
    mvn "$@" 8>&- 9>&-
  ) 2>&1 | tee "$log" || rc=$?
  return "$rc"
}

# shellcheck shell=bash
# isolated_app_start NAME: run the built application on a free port against the demo instance's services,
# with its own fresh database (encadena_NAME) and its own search indexes (prefix NAME), so an evaluation or a
# benchmark never touches the demo's data. Sets APP_URL, APP_ADMIN_EMAIL, APP_ADMIN_PASSWORD, APP_LOG and
# OUT (a folder for results); the application stops, and its indexes are deleted, when the calling script
# exits. Source after common.sh.
_isolated_recreate_db() {
  "${_ISOLATED_PSQL[@]}" -c "DROP DATABASE IF EXISTS $_ISOLATED_DB WITH (FORCE)" -c "CREATE DATABASE $_ISOLATED_DB" \
    >/dev/null 2>&1
}

isolated_app_start() {
  local name="$1" jar="${ENCADENA_APP_JAR:-$ENCADENA_ROOT/api/target/encadena-api.jar}" host port db app_port pid
  if [[ ! -s "$jar" ]]; then
    maven_build "$LOG_DIR/build.log" -B -q -DskipTests package || die "the build failed" "$LOG_DIR/build.log"
  fi
  "$ENCADENA_ROOT/scripts/services" start >/dev/null || die "could not start the demo services"
  env_file_load
  OUT="$INSTANCE_DIR/$name"
  mkdir -p "$OUT"
  read -r host port db <<<"$(printf '%s' "${DATABASE_URL#jdbc:postgresql://}" | sed -E 's#^([^:/]+):?([0-9]*)/([^?]+).*#\1 \2 \3#')"
  _ISOLATED_PSQL=("$(ls /usr/lib/postgresql/*/bin/psql | head -n 1)" -X -q -w -h "$host" -p "${port:-5432}"
    -U "$DATABASE_USER" -d "$db" -v ON_ERROR_STOP=1)
  _ISOLATED_DB="encadena_$name"
  # after a large run, autovacuum may still be working in the old database, and only a superuser may end it
  PGPASSWORD="$DATABASE_PASSWORD" wait_for 120 "the old database $_ISOLATED_DB to be free" _isolated_recreate_db \
    || die "could not create the database encadena_$name"
  curl -fsS -X DELETE "$OPENSEARCH_URL/$name-*" >/dev/null 2>&1 || true
  app_port=18180
  while ! port_closed 127.0.0.1 "$app_port"; do app_port=$((app_port + 1)); done
  APP_ADMIN_EMAIL="$name@encadena.local"
  APP_ADMIN_PASSWORD="Clave-$(openssl rand -hex 8)-Pw"
  APP_LOG="$OUT/app.log"
  _ISOLATED_PIDFILE="$OUT/app.pid"
  _ISOLATED_JAR="$jar"
  : >"$APP_LOG"
  pid="$(
    export DATABASE_URL="jdbc:postgresql://$host:${port:-5432}/encadena_$name" PORT="$app_port" \
      MICRONAUT_SERVER_PORT="$app_port" ENCADENA_JWT_SECRET="$(openssl rand -base64 48)" \
      ENCADENA_ADMIN_EMAIL="$APP_ADMIN_EMAIL" ENCADENA_ADMIN_PASSWORD="$APP_ADMIN_PASSWORD" \
      ENCADENA_SEARCH_INDEX_PREFIX="$name" ENCADENA_DEMO_DATA=false
    app_launch "$_ISOLATED_PIDFILE" "$APP_LOG" "$(java17_home)" "$jar" "${ENCADENA_APP_HEAP:--Xmx512m}"
  )"
  _ISOLATED_INDEXES="$OPENSEARCH_URL/$name-*"
  # the indexes go with the application: left behind they would hold the small OpenSearch heap the next run needs
  # (the database stays, for a look afterwards; the next run of the same name replaces it)
  trap 'app_stop "$_ISOLATED_PIDFILE" "$_ISOLATED_JAR" 20 >/dev/null 2>&1 || true
        curl -fsS -X DELETE "$_ISOLATED_INDEXES" >/dev/null 2>&1 || true' EXIT
  APP_URL="http://127.0.0.1:$app_port"
  app_wait "$pid" "$APP_URL" 120 "$APP_LOG" || die "the application did not start" "$APP_LOG"
}

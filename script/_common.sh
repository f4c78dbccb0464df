# Shared settings for the scripts in this folder; sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/.data"
PG_PORT="${SENATE_PG_PORT:-55432}"
REDIS_PORT="${SENATE_REDIS_PORT:-56379}"
PG_DATA="$DATA/postgres"
PG_RUN="$DATA/postgres-run"
REDIS_DIR="$DATA/redis"
export ConnectionStrings__Postgres="${ConnectionStrings__Postgres:-Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=senate_chatbot}"
export ConnectionStrings__Redis="${ConnectionStrings__Redis:-127.0.0.1:$REDIS_PORT,abortConnect=false}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/$1" ]; then echo "$dir/$1"; return; fi
  done
  command -v "$1"
}

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

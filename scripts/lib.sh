# Shared by scripts/demo and scripts/test: set up what the project needs on a fresh machine.
# Every step checks first, so a second run takes seconds.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "Need root to run: $*" >&2; return 1; fi
}

find_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "sc-wagtail needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)." >&2
  return 1
}

ensure_venv() {
  if ! "$PY" -m pip --version >/dev/null 2>&1; then
    say "Creating a virtualenv in .venv"
    local python
    python="$(find_python)"
    if ! "$python" -c "import ensurepip" 2>/dev/null; then
      as_root apt-get update -qq
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    fi
    rm -rf "$VENV"
    "$python" -m venv "$VENV"
  fi
  local stamp="$VENV/.sc-wagtail-installed" want
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "Installing sc-wagtail and its dependencies"
    "$PY" -m pip install --quiet --disable-pip-version-check -e "$ROOT[test,production]"
    echo "$want" > "$stamp"
  fi
}

ensure_system_packages() {
  # Chromium drives the browser tests; pdftotext reads PDFs in tests; libharfbuzz-subset0
  # lets WeasyPrint subset fonts (smaller, faster PDFs).
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  # The interop tests: msgfmt checks the agency PO files, Java runs the Nu Html Checker.
  command -v msgfmt >/dev/null || missing+=(gettext)
  command -v java >/dev/null || missing+=(default-jre-headless)
  command -v npm >/dev/null || missing+=(npm)
  dpkg -s libharfbuzz-subset0 >/dev/null 2>&1 || missing+=(libharfbuzz-subset0)
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing ${missing[*]} from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_postgres() {
  # Only when DATABASE_URL points at a PostgreSQL on this machine.
  case "${DATABASE_URL:-}" in postgres*://*127.0.0.1*|postgres*://*localhost*) ;; *) return 0;; esac
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    say "Starting PostgreSQL"
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
}

ensure_redis() {
  # The tests need a Redis on this machine (rate limits are tested on it as well as on the
  # database cache); the demo only when REDIS_URL points at this machine.
  local url="${REDIS_URL:-${1:-}}"
  case "$url" in redis://127.0.0.1*|redis://localhost*) ;; *) return 0;; esac
  if ! REDIS_CHECK_URL="$url" "$PY" -c "import redis, os; redis.Redis.from_url(os.environ['REDIS_CHECK_URL']).ping()" 2>/dev/null; then
    say "Starting Redis"
    as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" \
      --appendonly no --dir /tmp --logfile /tmp/sc-wagtail-redis.log
    sleep 1
  fi
}

ensure_secret_key() {
  # The demo's signing key: random, generated once, readable by this user only. A site
  # started from the source never signs with a key that anyone else can read.
  local var_dir="${SC_VAR_DIR:-$ROOT/var}" key_file
  key_file="$var_dir/secret_key"
  mkdir -p "$var_dir"
  if [ ! -s "$key_file" ]; then
    say "Generating a secret key in $key_file"
    (umask 077 && "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' > "$key_file.tmp")
    mv "$key_file.tmp" "$key_file"
  fi
  chmod 600 "$key_file"
  export SECRET_KEY_FILE="$key_file"
}

ensure_node_packages() {
  # ical.js, axe-core and the Nu Html Checker (vnu-jar), pinned by the lock file, for the
  # interop tests (tests/interop): installed again only when the lock file changes.
  local folder="$ROOT/tests/interop" stamp want
  stamp="$folder/node_modules/.sc-wagtail-installed"
  want="$(sha256sum "$folder/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "Installing ical.js, axe-core and vnu-jar from the npm registry"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    echo "$want" > "$stamp"
  fi
}

#!/usr/bin/env bash
# Starts the scaled layout on one machine: N app workers on loopback ports behind nginx (sticky sessions,
# WebSocket upgrades, optional URL sub-path). PostgreSQL and the Chroma server run separately (docs/deploy.md).
#
#   WARMLINE_CHAINLIT_DATABASE_URL=postgresql+asyncpg://warmline:PASSWORD@127.0.0.1:5432/warmline \
#   WARMLINE_CHROMA_URL=http://127.0.0.1:8001 \
#   deploy/run-scaled.sh [--workers 2] [--listen 127.0.0.1:8080] [--root-path /warmline] [--first-port 8101]
#
# Runs in the foreground; Ctrl-C (or SIGTERM) stops nginx and every worker it started.
set -euo pipefail
cd "$(dirname "$0")/.."
workers=2 listen=127.0.0.1:8080 root_path="" first_port=8101
while [ "$#" -gt 0 ]; do
    case "$1" in
        --workers) workers=$2; shift 2 ;;
        --listen) listen=$2; shift 2 ;;
        --root-path) root_path=$2; shift 2 ;;
        --first-port) first_port=$2; shift 2 ;;
        *) sed -n '2,9p' "$0" >&2; exit 2 ;;
    esac
done
if [ "$workers" -gt 1 ] && [ -z "${WARMLINE_CHAINLIT_DATABASE_URL:-}" ]; then
    echo "several workers need WARMLINE_CHAINLIT_DATABASE_URL (PostgreSQL): the SQLite history is one process's" >&2
    exit 2
fi
if [ -z "${WARMLINE_CHROMA_URL:-}" ]; then
    echo "note: WARMLINE_CHROMA_URL is not set; the workers share one local Chroma folder" >&2
fi
data_dir=${WARMLINE_DATA_DIR:-$PWD/.warmline}
run_dir=$data_dir/nginx
mkdir -p "$run_dir"
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False CHAINLIT_TELEMETRY=false
export TOKENIZERS_PARALLELISM=false DO_NOT_TRACK=1 WARMLINE_DATA_DIR=$data_dir CHAINLIT_ROOT_PATH=$root_path
# The offline frontend (made by `make run`/`warmline setup`; each worker fills the demonstration store itself),
# and the session-signing secret made before the workers start, so they do not race to create different ones.
[ -f public/build/index.html ] || .venv/bin/warmline setup
.venv/bin/python -c "from pathlib import Path; from memory.identity import load_or_create_secret as s; s(Path('$data_dir') / 'auth_secret')"

pids=()
stop() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait
}
trap stop EXIT INT TERM
upstreams=()
for ((i = 0; i < workers; i++)); do
    port=$((first_port + i))
    .venv/bin/warmline chat --host 127.0.0.1 --port "$port" >"$run_dir/worker$i.log" 2>&1 &
    pids+=("$!")
    upstreams+=("127.0.0.1:$port")
done
for i in "${!upstreams[@]}"; do
    until curl -fs -o /dev/null "http://${upstreams[$i]}$root_path/"; do
        kill -0 "${pids[$i]}" 2>/dev/null || { echo "worker $i failed: see $run_dir/worker$i.log" >&2; exit 1; }
        sleep 1
    done
done
bash deploy/render-nginx.sh "$run_dir" "$listen" "$root_path" "${upstreams[@]}" >"$run_dir/nginx.conf"
nginx -p "$run_dir" -c "$run_dir/nginx.conf" -g "daemon off;" &
pids+=("$!")
echo "Warmline: http://$listen$root_path/ ($workers workers; logs in $run_dir)"
wait -n

#!/usr/bin/env bash
# Prints an nginx config for Warmline from deploy/nginx.conf.template.
#   deploy/render-nginx.sh RUN_DIR LISTEN ROOT_PATH WORKER [WORKER ...]
# RUN_DIR  absolute folder for nginx's pid, logs and temp files
# LISTEN   what nginx listens on, e.g. 127.0.0.1:8080 or 80
# ROOT_PATH  URL sub-path such as /warmline, or "" to serve at the root
# WORKER   host:port of each app worker, e.g. 127.0.0.1:8101
set -euo pipefail
if [ "$#" -lt 4 ]; then
    sed -n '2,7p' "$0" >&2
    exit 2
fi
run_dir=$1 listen=$2 root_path=$3
shift 3
if [[ "$run_dir" != /* ]]; then echo "RUN_DIR must be absolute: $run_dir" >&2; exit 2; fi
if ! [[ "$root_path" =~ ^(/[A-Za-z0-9._-]+)*$ ]]; then
    echo "ROOT_PATH must be empty or like /warmline (no trailing slash): $root_path" >&2
    exit 2
fi
worker_pattern='^[][A-Za-z0-9.:_-]+:[0-9]+$'
servers=""
for worker in "$@"; do
    if ! [[ "$worker" =~ $worker_pattern ]]; then echo "bad WORKER host:port: $worker" >&2; exit 2; fi
    servers+="        server ${worker} max_fails=1 fail_timeout=5s;"$'\n'
done
redirect=""
if [ -n "$root_path" ]; then
    redirect="        location = / { return 302 ${root_path}/; }"$'\n'
    redirect+="        location = ${root_path} { return 301 ${root_path}/; }"
fi
template=$(cat "$(dirname "$0")/nginx.conf.template")
template=${template//@UPSTREAM_SERVERS@/${servers%$'\n'}}
template=${template//@ROOT_REDIRECT@/$redirect}
template=${template//@RUN_DIR@/$run_dir}
template=${template//@LISTEN@/$listen}
template=${template//@ROOT_PATH@/$root_path}
printf '%s\n' "$template"

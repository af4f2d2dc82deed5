#!/usr/bin/env bash
# The scale-out tests (tests/scaleout/) start a throwaway PostgreSQL cluster from Debian's binaries
# (/usr/lib/postgresql/NN/bin); installed here when missing.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null

#!/usr/bin/env bash
# The scale-out tests (tests/scaleout/) put the app behind Debian's nginx; installed here when missing.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
# The package's own service is not needed (the tests start nginx with their own config); in containers its
# start is refused by policy-rc.d, which is fine.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null

#!/usr/bin/env bash
# The project's test command: installs the two shared libraries the embedded MySQL (a dynamically linked mysqld)
# needs when they are missing, then runs `mvn -B verify` with any arguments given. Written for Debian 12 / Ubuntu;
# installing needs root or sudo. The other engines need no system packages.
set -euo pipefail

cd "$(dirname "$0")"

missing=()
for lib in libaio.so.1 libnuma.so.1; do
  if ! /sbin/ldconfig -p | grep -q "$lib"; then
    missing+=("$lib")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "verify.sh: mysqld needs ${missing[*]}; installing libaio1 libnuma1"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends libaio1 libnuma1
fi

exec mvn -B verify "$@"

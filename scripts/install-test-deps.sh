#!/usr/bin/env bash
# Installs what the wait-healthy integration tests run against: Debian's prometheus package, and kubectl when the
# machine image does not already have it (Debian's kubernetes-client). Idempotent: does nothing when both are on PATH. Needs root (CI and the dev machines run as root);
# says so plainly otherwise. Prints what it did.
set -euo pipefail

if ! command -v kubectl >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: apt-get install -y --no-install-recommends kubernetes-client"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends kubernetes-client >/dev/null
fi
if command -v prometheus >/dev/null 2>&1; then
  echo "install-test-deps: prometheus already installed ($(command -v prometheus))"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-deps: error: prometheus is not installed and this is not root (uid $(id -u)); run as root, or: sudo apt-get install -y --no-install-recommends prometheus" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: error: prometheus is not installed and apt-get is not available; install prometheus (2.x) by hand" >&2
  exit 1
fi
echo "install-test-deps: apt-get update"
DEBIAN_FRONTEND=noninteractive apt-get update -qq
echo "install-test-deps: apt-get install -y --no-install-recommends prometheus"
# The package's maintainer scripts try to start a service; policy-rc.d 101 tells them not to (no init here, and
# the tests start their own prometheus on a loopback port).
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  created_policy=1
fi
status=0
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null || status=$?
if [ "$created_policy" = 1 ]; then rm -f "$policy"; fi
if [ "$status" -ne 0 ]; then
  echo "install-test-deps: error: apt-get install prometheus failed (exit $status)" >&2
  exit "$status"
fi
echo "install-test-deps: installed $(prometheus --version 2>&1 | head -n 1)"

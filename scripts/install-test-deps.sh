#!/usr/bin/env bash
# Installs what the integration tests run against: Debian's prometheus package (wait-healthy tests), kubectl when
# the machine image does not already have it (Debian's kubernetes-client), and a kustomize renderer for the parity
# render tests; then says which renderer the tests will use. Idempotent: does nothing (and runs no apt-get) when
# all of it is already there. Needs root to install (CI and the dev machines run as root); says so plainly
# otherwise. Prints what it did. Downloads nothing but Debian packages.
set -euo pipefail

say() { echo "install-test-deps: $*"; }
fail() { echo "install-test-deps: error: $*" >&2; exit 1; }
can_apt() { [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; }

updated=0
apt_update_once() {
  if [ "$updated" = 0 ]; then
    say "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    updated=1
  fi
}

apt_install() {
  apt_update_once
  say "apt-get install -y --no-install-recommends $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The version of a Debian package the archive offers, or nothing.
candidate() {
  apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: //p' | grep -v '^(none)$' || true
}

# kubectl's embedded kustomize, as `kubectl version --client -o json` reports it (kubectl 1.24 and newer).
kubectl_field() {
  kubectl version --client -o json 2>/dev/null | sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p" | head -n 1 || true
}

# The renderer the tests will use, as src/adapters/kustomize-renderer.ts picks it (auto): kustomize on PATH, else
# kubectl with an embedded kustomize. Prints nothing when there is none.
renderer() {
  if command -v kustomize >/dev/null 2>&1; then
    echo "kustomize $(kustomize version 2>/dev/null | head -n 1) ($(command -v kustomize))"
  elif command -v kubectl >/dev/null 2>&1 && [ -n "$(kubectl_field kustomizeVersion)" ]; then
    echo "kubectl kustomize (kubectl $(kubectl_field gitVersion), kustomize $(kubectl_field kustomizeVersion))"
  fi
}

ensure_kubectl() {
  if ! command -v kubectl >/dev/null 2>&1 && can_apt; then apt_install kubernetes-client; fi
}

# Debian's kubectl (kubernetes-client 1.20) embeds kustomize v2, which has no `components` and does not report its
# version: the render tests need kubectl 1.24+ or a standalone kustomize. Debian bookworm packages no kustomize;
# if the archive ever offers one, install it.
ensure_kustomize() {
  if [ -n "$(renderer)" ] || ! can_apt; then return 0; fi
  apt_update_once
  if [ -n "$(candidate kustomize)" ]; then
    apt_install kustomize
  else
    say "Debian's archive has no kustomize package (apt-cache policy kustomize: no candidate)"
  fi
}

report_renderer() {
  local r
  r="$(renderer)"
  if [ -n "$r" ]; then
    say "kustomize renderer for the tests: $r"
  else
    local k="none"
    if command -v kubectl >/dev/null 2>&1; then k="kubectl $(kubectl_field gitVersion) without a reported kustomize"; fi
    echo "install-test-deps: warning: no kustomize renderer ($k): the render tests need kubectl 1.24 or newer," \
      "or a kustomize binary on PATH; test/integration/kustomize-renderer.test.ts will fail" >&2
  fi
}

ensure_prometheus() {
  if command -v prometheus >/dev/null 2>&1; then
    say "prometheus already installed ($(command -v prometheus))"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    fail "prometheus is not installed and this is not root (uid $(id -u)); run as root, or: sudo apt-get install -y --no-install-recommends prometheus"
  fi
  command -v apt-get >/dev/null 2>&1 ||
    fail "prometheus is not installed and apt-get is not available; install prometheus (2.x) by hand"
  apt_update_once
  say "apt-get install -y --no-install-recommends prometheus"
  # The package's maintainer scripts try to start a service; policy-rc.d 101 tells them not to (no init here, and
  # the tests start their own prometheus on a loopback port).
  local policy=/usr/sbin/policy-rc.d created_policy=0 status=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod +x "$policy"
    created_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null || status=$?
  if [ "$created_policy" = 1 ]; then rm -f "$policy"; fi
  [ "$status" -eq 0 ] || { echo "install-test-deps: error: apt-get install prometheus failed (exit $status)" >&2; exit "$status"; }
  say "installed $(prometheus --version 2>&1 | head -n 1)"
}

ensure_kubectl
ensure_kustomize
ensure_prometheus
report_renderer

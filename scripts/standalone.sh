#!/usr/bin/env bash
# Runs a command as if the repository had been cloned into an empty folder, so that nothing it
# does (tests, builds, scripts, the demo) can lean on files lying beside the clone.
#
# In a private mount namespace, every other entry of the repository's parent folder is covered by
# an empty folder: a path such as `../shared/...` then fails with ENOENT here, exactly as it would
# on a newcomer's machine. Nothing outside the namespace changes. Needs Linux mount namespaces
# (as root, or through an unprivileged user namespace); where there are none, the command runs as
# it is, with a warning.
#
#   bash scripts/standalone.sh COMMAND [ARG ...]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
parent="$(dirname "$repo")"

run_plainly() {
  echo "standalone: $1; running without hiding what lies beside the repository" >&2
  shift
  exec "$@"
}

if [ "${VR_STANDALONE:-}" = "$repo" ]; then exec "$@"; fi
if [ "$parent" = / ]; then run_plainly "the repository sits at the root of the file system" "$@"; fi
if ! command -v unshare >/dev/null; then run_plainly "unshare is not available" "$@"; fi

user_namespace=()
[ "$(id -u)" = 0 ] || user_namespace=(--map-root-user)

# The inner script runs inside the new namespace: it hides each sibling, checks that the parent
# now shows nothing but the repository, and runs the command.
hide_siblings='
  set -euo pipefail
  hidden=0
  for entry in "$PARENT"/* "$PARENT"/.[!.]* "$PARENT"/..?*; do
    [ -e "$entry" ] || [ -L "$entry" ] || continue
    [ "$entry" = "$REPO" ] && continue
    if [ -L "$entry" ]; then
      echo "standalone: cannot hide the symbolic link $entry (a mount would follow it)" >&2
      exit 1
    elif [ -d "$entry" ]; then
      mount -t tmpfs -o size=16m,mode=700 standalone-hidden "$entry"
    else
      mount --bind /dev/null "$entry"
    fi
    hidden=$((hidden + 1))
  done
  for entry in "$PARENT"/* "$PARENT"/.[!.]* "$PARENT"/..?*; do
    [ "$entry" = "$REPO" ] && continue
    if [ -d "$entry" ] && [ -n "$(ls -A "$entry")" ]; then
      echo "standalone: $entry is still readable" >&2
      exit 1
    fi
  done
  echo "standalone: running with the $hidden entries beside the repository hidden" >&2
  cd "$REPO"
  exec "$@"
'

export VR_STANDALONE="$repo" REPO="$repo" PARENT="$parent"
if ! unshare "${user_namespace[@]}" --mount --propagation private true 2>/dev/null; then
  run_plainly "this machine does not allow mount namespaces" "$@"
fi
exec unshare "${user_namespace[@]}" --mount --propagation private bash -c "$hide_siblings" standalone "$@"

#!/usr/bin/env bash
# Rewrites the golden tests' expected output (tests/golden/expected/<name>.jsonl) by
# running `dyad code` on each case of tests/golden/cases.tsv, then shows what changed.
# Review the diff like code before committing it: every changed line is an event that
# dyad now codes differently.
#
#   scripts/update-golden.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
dyad="$build/dyad"
[ -x "$dyad" ] || { echo "update-golden: no $dyad; build first (scripts/setup)" >&2; exit 2; }

while IFS=$'\t' read -r name arguments; do
  case "$name" in ''|'#'*) continue ;; esac
  # Exit status 1 (some documents failed) is expected: the examples include bad input.
  # shellcheck disable=SC2086  # the arguments are split on purpose
  "$dyad" code --data-dir data $arguments > "tests/golden/expected/$name.jsonl" 2>/dev/null || [ $? -eq 1 ]
  echo "update-golden: $name: $(wc -l < "tests/golden/expected/$name.jsonl") lines"
done < tests/golden/cases.tsv

git --no-pager diff --stat -- tests/golden/expected || true

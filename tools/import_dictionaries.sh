#!/bin/sh
# Regenerates dyad's imported dictionaries from the upstream TABARI and PETRARCH files in
# ../shared (or $DYAD_SHARED) with `dyad data import`:
#
#   data/src/actors/imported/   Phoenix country, international and non-state actors
#                               (*.actors.tsv) and agents (agents.tsv)
#   data/src/verbs/imported/    CAMEO.2.0 (PETRARCH 2) and CAMEO.091003 master (TABARI) verbs
#   data/src/dictionaries/      Phoenix discards and issues
#
# Upstream lines no rule can repair are corrected by data/src/dictionaries/upstream_fixes.tsv.
#
# Usage: tools/import_dictionaries.sh [--check] [-v]
#   --check  regenerate into a temporary folder and compare with the committed files;
#            exit 1 when they differ (CI: the committed data is what the importer makes)
#   -v       list every warning (default: one summary line per import)
# The dyad binary is $DYAD, else build/dyad.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
shared=${DYAD_SHARED:-$root/../shared}
dyad=${DYAD:-$root/build/dyad}
check=0
quiet=-q
for arg in "$@"; do
  case $arg in
    --check) check=1 ;;
    -v) quiet= ;;
    *) echo "usage: $0 [--check] [-v]" >&2; exit 2 ;;
  esac
done
[ -x "$dyad" ] || { echo "$0: no dyad binary at $dyad (build it, or set DYAD)" >&2; exit 3; }
[ -d "$shared/data/petrarch2" ] || { echo "$0: no upstream data in $shared (set DYAD_SHARED)" >&2; exit 3; }

out=$root
if [ $check = 1 ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
P=$shared/data/petrarch2
T=$shared/data/tabari
fixes=$root/data/src/dictionaries/upstream_fixes.tsv

run() {
  # shellcheck disable=SC2086
  "$dyad" data import $quiet --fixes "$fixes" "$@"
}

rm -rf "$out/data/src/actors/imported" "$out/data/src/verbs/imported"
# The Phoenix actor files were last updated on 2015-02-17 (their own latest date): an
# open-ended role there says only "held on that day", so persons' open-ended roles end
# then and later dates give the default or <country>ELI (docs/formats/dictionaries.md).
run --format petrarch --kind actors --valid-until 2015-02-17 \
  --out "$out/data/src/actors/imported" \
  "$P/Phoenix.Countries.actors.txt" "$P/Phoenix.International.actors.txt" \
  "$P/Phoenix.MilNonState.actors.txt"
run --format petrarch --kind agents --out "$out/data/src/actors/imported/agents.tsv" \
  "$P/Phoenix.agents.txt"
run --format petrarch2 --kind verbs --out "$out/data/src/verbs/imported/cameo_2_0.verbs.tsv" \
  "$P/CAMEO.2.0.txt"
run --format tabari --kind verbs \
  --out "$out/data/src/verbs/imported/cameo_091003_master.verbs.tsv" \
  "$T/CAMEO.091003.master.verbs"
run --format petrarch --kind discards --out "$out/data/src/dictionaries/phoenix.discards.tsv" \
  "$P/Phoenix.discards.txt"
run --format petrarch --kind issues --out "$out/data/src/dictionaries/phoenix.issues.tsv" \
  "$P/Phoenix.IssueCoding.txt"

if [ $check = 1 ]; then
  status=0
  for d in data/src/actors/imported data/src/verbs/imported; do
    diff -r "$root/$d" "$out/$d" > /dev/null || { echo "$0: $d differs from a fresh import" >&2; status=1; }
  done
  for f in phoenix.discards.tsv phoenix.issues.tsv; do
    cmp -s "$root/data/src/dictionaries/$f" "$out/data/src/dictionaries/$f" ||
      { echo "$0: data/src/dictionaries/$f differs from a fresh import" >&2; status=1; }
  done
  [ $status = 0 ] && echo "$0: imported dictionaries are up to date"
  exit $status
fi

#!/usr/bin/env bash
# Sets up what the tests need, builds, runs every test and prints "N passed, N failed" as its last line.
# Exits non-zero when a test fails or the run breaks.
set -uo pipefail
cd "$(dirname "$0")"
# The apertium script needs a UTF-8 locale; C.UTF-8 is always there on Debian.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
./setup.sh --tests || exit 1

RESULTS="$(pwd)/TestResults"
rm -rf "$RESULTS"

status=0
dotnet build TranslationDiff.sln -nologo -v quiet -clp:ErrorsOnly || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
dotnet test TranslationDiff.sln --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS" "$@" || status=$?

# Sum the counters of every TRX file (one per test project).
read -r passed failed <<<"$(cat "$RESULTS"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]);
      if (kv[1] == "passed") p += kv[2];
      if (kv[1] == "failed" || kv[1] == "error" || kv[1] == "timeout" || kv[1] == "aborted") f += kv[2]; } }
  END { printf "%d %d\n", p, f }')"

if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then
  echo "dotnet test exited with $status without a failed test in its results (a test host crashed?)"
  failed=1
fi
echo "${passed:-0} passed, ${failed:-0} failed"
[ "$status" -eq 0 ] && [ "${failed:-0}" -eq 0 ]

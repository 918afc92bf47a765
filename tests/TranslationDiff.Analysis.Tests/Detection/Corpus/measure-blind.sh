#!/usr/bin/env bash
# Measures blind sets, kept on their own branches, with the rules as they stand at a given commit, without merging them:
#   tests/TranslationDiff.Analysis.Tests/Detection/Corpus/measure-blind.sh REV "blind52 blind53"
# Checks REV out in a detached worktree beside the repository, copies each set's folder from its branch into it, builds
# the CLI there and writes `evaluate --details` per set to /tmp/ev/m-REV/SET.txt, then prints each set's overall line.
set -euo pipefail
REV=$1; SETS=$2
ROOT=$(git rev-parse --show-toplevel)
WT="$ROOT/../wt-m-$REV"; OUT=/tmp/ev/m-$REV; mkdir -p "$OUT"
C=tests/TranslationDiff.Analysis.Tests/Detection/Corpus
[ -d "$WT" ] || git -C "$ROOT" worktree add --detach -q "$WT" "$REV"
for s in $SETS; do git -C "$ROOT" archive "$s" "$C/$s" | tar -x -C "$WT"; done
cd "$WT" && dotnet build -c Release src/TranslationDiff.Cli -nologo -v q -clp:ErrorsOnly >/dev/null
for s in $SETS; do dotnet run -c Release --no-build --project src/TranslationDiff.Cli -- evaluate --corpus "$C/$s" --details > "$OUT/$s.txt" 2>&1; done
for s in $SETS; do echo "== $s @ $REV"; grep -E '^(overall|clean)' "$OUT/$s.txt"; done

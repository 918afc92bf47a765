#!/usr/bin/env bash
# Sets up what is missing and runs TranslationDiff on the demo data.
# Until the web UI lands this runs the command-line demo: every article set in seeds/ is compared through
# the local Apertium engine; reports go to data/reports/ (HTML and JSON) and the main one is printed.
set -euo pipefail
cd "$(dirname "$0")"
# The apertium script needs a UTF-8 locale; C.UTF-8 is always there on Debian.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
./setup.sh

dotnet build src/TranslationDiff.Cli -c Release -nologo -v quiet -clp:ErrorsOnly
CLI=(dotnet src/TranslationDiff.Cli/bin/Release/net10.0/TranslationDiff.Cli.dll)

mkdir -p data/reports
"${CLI[@]}" compare --set seeds --format html --out data/reports
"${CLI[@]}" compare --set seeds --format json --out data/reports
"${CLI[@]}" compare --set seeds/korea-russia --format md
echo
echo "Reports: $(pwd)/data/reports/ (open korea-russia.html in a browser)"

#!/usr/bin/env bash
# Sets up what is missing and runs TranslationDiff on the demo data: every article set in seeds/ is compared
# through the local Apertium engine (runs kept in data/translationdiff.db; reports also in data/reports/, HTML
# and JSON; the demo article's is printed), then the web app starts on http://127.0.0.1:5000 with those runs
# (start page, reports, JSON API). --no-web stops after the reports.
set -euo pipefail
cd "$(dirname "$0")"
# The apertium script needs a UTF-8 locale; C.UTF-8 is always there on Debian.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
./setup.sh

dotnet build src/TranslationDiff.Cli -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build src/TranslationDiff.Web -c Release -nologo -v quiet -clp:ErrorsOnly
CLI=(dotnet src/TranslationDiff.Cli/bin/Release/net10.0/TranslationDiff.Cli.dll)

mkdir -p data/reports
"${CLI[@]}" compare --set seeds --format html --out data/reports
"${CLI[@]}" compare --set seeds --format json --out data/reports
"${CLI[@]}" compare --set seeds/korea-russia --format md
echo
echo "Reports: $(pwd)/data/reports/ (open korea-russia.html in a browser)"

if [[ "${1:-}" == "--no-web" ]]; then
  exit 0
fi
URL="${TRANSLATIONDIFF_URL:-http://127.0.0.1:5000}"
echo "Web app: $URL (start page with every comparison and its report; JSON API under /api). Ctrl-C to stop."
exec dotnet src/TranslationDiff.Web/bin/Release/net10.0/TranslationDiff.Web.dll --urls "$URL"

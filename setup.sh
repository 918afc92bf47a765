#!/usr/bin/env bash
# Installs what TranslationDiff needs on a Debian machine that has the .NET SDK:
# the Apertium engine with the language pairs the demo uses, and the English word lists the untranslated check reads. Safe to run again: it installs only what is missing.
set -euo pipefail

# Usage: ./setup.sh            what the application needs
#        ./setup.sh --tests    also what the tests need (a PostgreSQL server for the storage tests)
APT_PACKAGES=(apertium apertium-fr-es apertium-eng-spa apertium-eng-cat apertium-fra-cat apertium-spa-cat apertium-apy wamerican-large wbritish-large)
if [ "${1:-}" = "--tests" ]; then
  # The storage tests start throwaway PostgreSQL clusters (initdb/pg_ctl); install the server unless present.
  if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    APT_PACKAGES+=(postgresql)
  fi
fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root (or sudo) to apt-get install ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "setup: the .NET SDK (dotnet) is not on PATH; install .NET 10 first" >&2; exit 1; }

# PostgreSQL refuses to run as root; the test clusters run as the "postgres" user when the tests run as root.
if [ "${1:-}" = "--tests" ] && [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin postgres
fi

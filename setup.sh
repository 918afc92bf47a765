#!/usr/bin/env bash
# Installs what TranslationDiff needs on a Debian machine that has the .NET SDK:
# the Apertium engine with the language pairs the demo uses. Safe to run again: it installs only what is missing.
set -euo pipefail

APT_PACKAGES=(apertium apertium-fr-es apertium-eng-spa apertium-eng-cat apertium-fra-cat apertium-apy)
APT_PACKAGES+=("$@")

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

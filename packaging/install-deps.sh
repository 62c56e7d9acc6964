#!/usr/bin/env bash
# Installs every Debian 12 package that Permitted needs to build, test and run.
# Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
  # toolchain; clang and its runtime for the sanitizer and fuzzing build (packaging/sanitize.sh)
  build-essential cmake ninja-build pkg-config git clang libclang-rt-14-dev
  # Qt 6 (widgets, SQL with SQLite, WebEngine for the preview, translation tools)
  qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libgl1-mesa-dri libxkbcommon-dev
  # Qt's own texts (standard buttons and dialogs) in the users' languages; a font to draw with,
  # and one that has the emoji a draft may hold (else the editor and preview show empty boxes)
  qt6-translations-l10n fonts-dejavu-core fonts-noto-color-emoji
  # Arial's metrics (Liberation Sans), so that the preview wraps lines as Amazon's page does
  fonts-liberation2
  # the libraries the rules need
  libicu-dev libhunspell-dev libphonenumber-dev libprotobuf-dev libboost-dev
  libpsl-dev publicsuffix libre2-dev libabsl-dev libgumbo-dev
  libstemmer-dev libcld2-dev
  # spelling dictionaries of every buyer language Debian has, and the hunspell tool; for German
  # the "frami" edition, which joins far more nouns into compounds ("Leinenkleid", "Latzhose"):
  # of 2,585 words the plain edition rejected in the corpus's German messages, it knows 680
  hunspell hunspell-en-us hunspell-en-gb hunspell-fr hunspell-de-de-frami hunspell-es
  hunspell-it hunspell-nl hunspell-sv hunspell-pl hunspell-tr hunspell-pt-br hunspell-ar
  # test data and a display for interface tests
  unicode-data xvfb xauth
  # packaging: the icon's PNGs, the .deb's dependencies, and the validators of the desktop files
  librsvg2-bin dpkg-dev desktop-file-utils appstream
)

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Renders every tab of the demo bundle (or of the bundle given) to PNG files,
# at 1280x800, 1024x700 and 1920x1080, in a light and a dark palette, without
# a display; Inspect's Runtime support tab asks the installed runc and crun.
#
#   tools/render-screens.sh [BUILD_DIR] [OUTPUT_DIR] [BUNDLE]
#
# BUILD_DIR defaults to ./build, OUTPUT_DIR to ./screens.
set -eu

build=${1:-build}
out=${2:-screens}
bundle=${3:-}
editor="$build/bin/obe-window-probe"

if [ ! -x "$editor" ]; then
    echo "render-screens: $editor not found; build the obe-window-probe target first" >&2
    exit 2
fi

mkdir -p "$out"
# A private settings and data directory keeps the user's window layout,
# recent files and demo bundle out of the pictures (and the pictures out of them).
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM

XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime" \
QT_QPA_PLATFORM=offscreen LANG=${LANG:-C.UTF-8} \
    "$editor" --screenshot "$out" ${bundle:+"$bundle"}

echo "render-screens: wrote $(ls "$out"/*.png | wc -l) pictures to $out"

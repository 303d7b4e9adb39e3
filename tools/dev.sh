#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets up a Debian 12 machine for OCI Bundle Editor, builds it, and then
#   tools/dev.sh editor [BUNDLE]  opens the editor (on the demo bundle by default)
#   tools/dev.sh test             runs the whole test suite through CTest
#   tools/dev.sh build            only sets up and builds
#   tools/dev.sh bench            runs the benchmarks
#   tools/dev.sh format           formats every C++ source with .clang-format
set -euo pipefail

mode=${1:-editor}
[ $# -gt 0 ] && shift
top=$(cd "$(dirname "$0")/.." && pwd)
build=${OBE_BUILD_DIR:-$top/build}
case "$mode" in
editor|test|bench|build|format) ;;
*)
    echo "usage: tools/dev.sh [editor [BUNDLE] | test | bench | build | format]" >&2
    exit 2
    ;;
esac

# Debian packages the build, the tests and the run panel need.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev libqt6opengl6-dev
    nlohmann-json3-dev libvterm-dev libseccomp-dev
    runc crun umoci skopeo busybox-static jq
    golang-github-opencontainers-specs-dev
    clang libclang-rt-14-dev clang-format
    xvfb xauth imagemagick fonts-ipafont-gothic
    diffutils util-linux
    appstream desktop-file-utils groff-base zsh fish dpkg-dev file
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = format ]; then
    cd "$top"
    git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format -i
    exit 0
fi

cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"

case "$mode" in
build)
    ;;
editor)
    exec "$build/bin/oci-bundle-editor" "$@"
    ;;
test)
    cd "$build"
    exec ctest --output-on-failure --timeout 600 -j"$(nproc)" "$@"
    ;;
bench)
    "$build/tests/bench/obe-bench" "$@"
    QT_QPA_PLATFORM=offscreen exec "$build/tests/bench/obe-bench-runpanel" "$@"
    ;;
esac

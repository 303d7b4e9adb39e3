#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Installs the Bundle API of a build into a temporary prefix, builds the
# README's example (docs/examples/bundle-api) against it through
# find_package(OciBundleEditor), runs it, and checks the config.json it
# writes: jq reads it, and `oci-bundle-editor check` finds no errors. First
# it checks that the README shows the example's files as they are.
#
# install-example.sh CMAKE BUILD_DIR EXAMPLE_DIR README EDITOR GENERATOR CXX
# Everything happens below one temporary directory, removed at the end.
set -eu

[ $# -eq 7 ] || { echo "usage: $0 CMAKE BUILD_DIR EXAMPLE_DIR README EDITOR GENERATOR CXX" >&2; exit 2; }
cmake=$1 build=$2 example=$3 readme=$4 editor=$5 generator=$6 cxx=$7

# The code block of a language in the README's "Using the Bundle API".
readme_block() {
    awk -v opening="\`\`\`$1" -v closing="\`\`\`" '
        /^## / { inside = ($0 == "## Using the Bundle API") }
        inside && $0 == opening { copying = 1; next }
        copying && $0 == closing { exit }
        copying' "$readme"
}
for block in cpp:main.cpp cmake:CMakeLists.txt; do
    if ! readme_block "${block%%:*}" | cmp -s - "$example/${block#*:}"; then
        echo "FAILED: the README's $block block differs from $example/${block#*:}" >&2
        exit 1
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/obe-install-example.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 1' HUP INT TERM

# Runs a step quietly; on failure shows what it printed.
step() {
    name=$1
    shift
    if ! "$@" >"$work/$name.log" 2>&1; then
        echo "FAILED: $name: $*" >&2
        cat "$work/$name.log" >&2
        exit 1
    fi
}

prefix=$work/prefix
step install "$cmake" --install "$build" --prefix "$prefix" --component Development
step configure "$cmake" -S "$example" -B "$work/build" -G "$generator" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$prefix"
# The package found must be the one just installed, not one from elsewhere.
found=$(sed -n 's/^OciBundleEditor_DIR:[A-Z]*=//p' "$work/build/CMakeCache.txt")
case $found in
"$prefix"/*) ;;
*) echo "FAILED: find_package(OciBundleEditor) found '$found', not the package in $prefix" >&2; exit 1 ;;
esac
step build "$cmake" --build "$work/build"

mkdir -p "$work/bundle/rootfs"
step run "$work/build/make-bundle" "$work/bundle"
config=$work/bundle/config.json
step jq jq -e '.hostname == "example" and (.process.args | length) == 3' "$config"
step check "$editor" check "$work/bundle"
echo "The example built against $prefix wrote a bundle that loads and checks clean."

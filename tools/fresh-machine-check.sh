#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Proves the README's set-up on a clean Debian 12 system: builds a minimal
# bookworm root with debootstrap (cached between runs), copies the committed
# checkout into it (git archive HEAD), and runs `tools/dev.sh test` there in a
# chroot, with nothing installed but what tools/dev.sh installs.
#
#   tools/fresh-machine-check.sh            # tools/dev.sh test, then the .deb
#   tools/fresh-machine-check.sh editor-build   # only the set-up and the build
#
# After the tests, the build's Debian package (cpack) is installed with apt
# into a second clean root, where the editor must start (its window, offscreen)
# and check a bundle, and `dpkg -r` must remove it again.
#
# Needs root and access to Debian's package archive. The clean root is cached
# as a tarball in $OBE_FRESH_CACHE (default /var/cache/oci-bundle-editor/fresh-machine),
# with the .deb files apt downloaded; delete it to start from a newly
# bootstrapped system. Every run unpacks it
# into a new directory under /var/tmp and removes that again, mounts included,
# however the run ends.
set -euo pipefail

mode=${1:-test}
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${OBE_FRESH_CACHE:-/var/cache/oci-bundle-editor/fresh-machine}
base_tar=$cache/bookworm-minbase.tar
mirror=${OBE_DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" -ne 0 ]; then
    echo "fresh-machine-check: needs root (debootstrap, mount, chroot)" >&2
    exit 2
fi
case "$mode" in
test|editor-build) ;;
*) echo "usage: tools/fresh-machine-check.sh [test|editor-build]" >&2; exit 2 ;;
esac

started=$(date +%s)
say() { printf 'fresh-machine-check: %s\n' "$*"; }

if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap on this machine"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
fi

if [ ! -f "$base_tar" ]; then
    say "bootstrapping a clean Debian 12 (minbase) root into $cache"
    mkdir -p "$cache"
    staging=$(mktemp -d /var/tmp/obe-bootstrap.XXXXXX)
    trap 'rm -rf "$staging"' EXIT
    debootstrap --variant=minbase bookworm "$staging" "$mirror"
    cat >"$staging/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
    tar -C "$staging" -cf "$base_tar.part" .
    mv "$base_tar.part" "$base_tar"
    rm -rf "$staging"
    trap - EXIT
fi

roots=()
# Takes a root away: whatever still runs in it first (an interrupted build),
# then lazy, recursive unmounts: never remove files through a bind mount.
remove_root() {
    local dir=$1
    for process in /proc/[0-9]*; do
        case "$(readlink "$process/root" 2>/dev/null)" in
        "$dir"*) kill -9 "${process#/proc/}" 2>/dev/null || true ;;
        esac
    done
    for mount in dev/pts dev sys proc var/cache/apt/archives; do
        if mountpoint -q "$dir/$mount" 2>/dev/null; then
            umount -R -l "$dir/$mount" || true
        fi
    done
    if ! grep -q " $dir/" /proc/mounts; then
        rm -rf --one-file-system "$dir"
    else
        say "left $dir in place: something is still mounted below it" >&2
    fi
}
cleanup() {
    local dir
    for dir in "${roots[@]}"; do
        remove_root "$dir"
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A new clean root with apt's download cache and /proc, /sys and /dev.
# Downloaded packages are kept between runs (installed ones never are), so a
# second run spends its time on the build, not on the network.
new_root() {
    local dir
    dir=$(mktemp -d /var/tmp/obe-fresh-root.XXXXXX)
    roots+=("$dir")
    chmod 755 "$dir" # it becomes /, which every user must be able to search
    tar -C "$dir" -xf "$base_tar"
    cp /etc/resolv.conf "$dir/etc/resolv.conf"
    mkdir -p "$cache/apt-archives/partial"
    mount --bind "$cache/apt-archives" "$dir/var/cache/apt/archives"
    mount -t proc proc "$dir/proc"
    mount --rbind /sys "$dir/sys"
    mount --make-rslave "$dir/sys"
    mount --rbind /dev "$dir/dev"
    mount --make-rslave "$dir/dev"
    root=$dir
}
in_root() {
    chroot "$1" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb CI=true /bin/bash -c "$2"
}

new_root
say "unpacked the clean root into $root"

say "copying the committed tree ($(git -C "$top" rev-parse --short HEAD)) into /src"
mkdir -p "$root/src"
git -C "$top" archive HEAD | tar -C "$root/src" -xf -
build_root=$root

command=(tools/dev.sh test)
[ "$mode" = editor-build ] && command=(tools/dev.sh build)

say "running ${command[*]} in the chroot"
status=0
in_root "$build_root" "cd /src && ${command[*]}" || status=$?

if [ "$status" -eq 0 ] && [ "$mode" = test ]; then
    say "packing the build as .deb files (cpack)"
    in_root "$build_root" "cd /src/build && cpack -G DEB" || status=$?
fi
if [ "$status" -eq 0 ] && [ "$mode" = test ]; then
    new_root
    say "installing oci-bundle-editor's .deb into a second clean root, $root"
    cp "$build_root"/src/build/oci-bundle-editor_*.deb "$root/tmp/"
    # The window must start on a new bundle and keep running until
    # timeout stops it (124); a missing library or plugin ends it at once.
    in_root "$root" '
        set -e
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/oci-bundle-editor_*.deb
        oci-bundle-editor --version
        oci-bundle-editor new /tmp/bundle --template runc
        oci-bundle-editor get /tmp/bundle /process/args
        checked=0
        oci-bundle-editor check /tmp/bundle || checked=$?
        if [ "$checked" -gt 1 ]; then echo "check could not read the bundle"; exit 1; fi
        test -f /usr/share/man/man1/oci-bundle-editor.1
        test -f /usr/share/icons/hicolor/48x48/apps/oci-bundle-editor.png
        window=0
        QT_QPA_PLATFORM=offscreen timeout -k 5 10 oci-bundle-editor /tmp/bundle || window=$?
        if [ "$window" -ne 124 ]; then echo "the window did not keep running (exit $window)"; exit 1; fi
        echo "the window started and ran until stopped"
        dpkg -r oci-bundle-editor
        if [ -e /usr/bin/oci-bundle-editor ] || [ -e /usr/share/applications/oci-bundle-editor.desktop ]; then
            echo "dpkg -r left files behind"; exit 1
        fi
        echo "dpkg -r removed it"
    ' || status=$?
fi
elapsed=$(( $(date +%s) - started ))
if [ "$status" -eq 0 ]; then
    say "PASSED in $((elapsed / 60)) min $((elapsed % 60)) s"
else
    say "FAILED (exit $status) after $((elapsed / 60)) min $((elapsed % 60)) s"
fi
exit "$status"

#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Proves the README's set-up on a clean Debian 12 system: builds a minimal
# bookworm root with debootstrap (cached between runs), copies the committed
# checkout into it (git archive HEAD), and runs `tools/dev.sh test` there in a
# chroot, with nothing installed but what tools/dev.sh installs.
#
#   tools/fresh-machine-check.sh            # tools/dev.sh test
#   tools/fresh-machine-check.sh editor-build   # only the set-up and the build
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

root=$(mktemp -d /var/tmp/obe-fresh-root.XXXXXX)
chmod 755 "$root" # it becomes /, which every user must be able to search
cleanup() {
    # Whatever still runs in the chroot (an interrupted build) goes first.
    for process in /proc/[0-9]*; do
        case "$(readlink "$process/root" 2>/dev/null)" in
        "$root"*) kill -9 "${process#/proc/}" 2>/dev/null || true ;;
        esac
    done
    # Lazy, recursive unmounts first: never remove files through a bind mount.
    for mount in dev/pts dev sys proc var/cache/apt/archives; do
        if mountpoint -q "$root/$mount" 2>/dev/null; then
            umount -R -l "$root/$mount" || true
        fi
    done
    if ! grep -q " $root/" /proc/mounts; then
        rm -rf --one-file-system "$root"
    else
        say "left $root in place: something is still mounted below it" >&2
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "unpacking the clean root into $root"
tar -C "$root" -xf "$base_tar"
cp /etc/resolv.conf "$root/etc/resolv.conf"

say "copying the committed tree ($(git -C "$top" rev-parse --short HEAD)) into /src"
mkdir -p "$root/src"
git -C "$top" archive HEAD | tar -C "$root/src" -xf -

# Downloaded packages are kept between runs (installed ones never are), so
# a second run spends its time on the build, not on the network.
mkdir -p "$cache/apt-archives/partial"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"

command=(tools/dev.sh test)
[ "$mode" = editor-build ] && command=(tools/dev.sh build)

say "running ${command[*]} in the chroot"
status=0
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM=dumb CI=true /bin/bash -c 'cd /src && "$@"' bash "${command[@]}" || status=$?

elapsed=$(( $(date +%s) - started ))
if [ "$status" -eq 0 ]; then
    say "PASSED in $((elapsed / 60)) min $((elapsed % 60)) s"
else
    say "FAILED (exit $status) after $((elapsed / 60)) min $((elapsed % 60)) s"
fi
exit "$status"

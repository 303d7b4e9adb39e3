#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Builds a small busybox image without network, for the import tests:
#   OUT/layout            an OCI image layout, tag "busybox"
#   OUT/image.oci.tar     the same layout as an oci-archive (tar)
#   OUT/image.docker.tar  a docker-archive, when skopeo is installed
# The image runs busybox's sh as user "web" (1000:1000, also in group
# "extra", 2000) in /home/web, with GREETING=hi, a volume /data, a label
# and SIGINT as its stop signal.
set -eu
out=$1
busybox=${BUSYBOX:-/bin/busybox}
mkdir -p "$out"
cd "$out"
umoci init --layout layout
umoci new --image layout:busybox
umoci unpack --image layout:busybox work >/dev/null
root=work/rootfs
mkdir -p "$root/bin" "$root/etc" "$root/home/web" "$root/tmp" "$root/data"
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nweb:x:1000:1000:web:/home/web:/bin/sh\n' >"$root/etc/passwd"
printf 'root:x:0:\nweb:x:1000:\nextra:x:2000:web\n' >"$root/etc/group"
chown 1000:1000 "$root/home/web" 2>/dev/null || true
umoci repack --image layout:busybox work
rm -rf work
umoci config --image layout:busybox \
    --config.entrypoint /bin/sh --config.cmd -c \
    --config.cmd 'echo "$GREETING from $(id -u):$(id -g) in $(pwd)"' \
    --config.env GREETING=hi --config.user web --config.workingdir /home/web \
    --config.volume /data --config.label org.example.purpose=test --config.stopsignal SIGINT
umoci gc --layout layout
tar -C layout -cf image.oci.tar .
if command -v skopeo >/dev/null; then
    skopeo copy --quiet oci:layout:busybox docker-archive:image.docker.tar:busybox:test
fi

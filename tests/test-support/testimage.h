// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// A busybox image built here with umoci (make-test-image.sh): the layout
// (tag "busybox") in DIR/layout, an oci-archive in DIR/image.oci.tar and,
// with skopeo, a docker-archive in DIR/image.docker.tar. Its command prints
// "hi from 1000:1000 in /home/web".
namespace TestImage {

inline constexpr const char *Output = "hi from 1000:1000 in /home/web";

// Builds it in directory; empty on success, else why not.
QString build(const QString &directory);

} // namespace TestImage

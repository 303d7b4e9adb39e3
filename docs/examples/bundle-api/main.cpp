// SPDX-License-Identifier: Apache-2.0
// Builds a bundle's config.json with the Bundle API, the way guardian builds
// its bundles with goci, and saves it into the directory given (default: the
// current one).
#include "bundle/bundle.h"
#include "bundle/bundlesaver.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");

    Specs::Process process(
        {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo hello from $(hostname)")});
    process.cwd = QStringLiteral("/");
    process.env = {QStringLiteral("PATH=/usr/bin:/bin")};

    Specs::Mount proc;
    proc.destination = QStringLiteral("/proc");
    proc.type = QStringLiteral("proc");
    proc.source = QStringLiteral("proc");

    const Bundle bundle = Bundle()
                              .withProcess(process)
                              .withRootFS(QStringLiteral("rootfs"))
                              .withNamespaces({Bundle::PIDNamespace, Bundle::NetworkNamespace, Bundle::IPCNamespace,
                                               Bundle::UTSNamespace, Bundle::MountNamespace})
                              .withHostname(QStringLiteral("example"))
                              .withMounts({proc})
                              .withWindows(Json()); // Bundle() starts a windows section, as goci's does

    const Result<QString> saved = BundleSaver().save(bundle, directory);
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
        return 1;
    }
    std::printf("%s\n", qPrintable(saved.value()));
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A busybox bundle for the integration tests: a static busybox with a few
// applet links as rootfs and a config.json close to "runc spec", built here
// so that the tests depend on nothing but the runtime and busybox-static.
class TestBundle
{
public:
    TestBundle();

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString path() const { return m_dir.path(); }
    // A state root of its own, so that no other tool's containers show.
    QString stateRoot() const { return m_dir.filePath(QStringLiteral("state")); }

    // Writes config.json for the given process.
    bool write(const QStringList &args, bool terminal, const Json &resources = Json::object());
    bool writeConfig(const Json &config);

    static Json config(const QStringList &args, bool terminal, const Json &resources);
    static QString busybox();

private:
    QTemporaryDir m_dir;
    QString m_error;
};

// Checks once per runtime whether it can run containers here; empty when it
// can, else the reason (not root, runtime missing, crun on hybrid cgroups).
QString runtimeCannotRunContainers(const QString &runtime);
// A container ID no other test run uses.
QString uniqueContainerId();
// Makes container id of bundle in the state root with the runtime, created,
// or running with run (runc run --detach); empty when it worked, else the
// runtime's error output.
QString startContainer(const QString &runtime, const QString &root, const QString &bundle, const QString &id, bool run);
// Removes a container whatever its state, waiting for the runtime.
void forceDelete(const QString &runtime, const QString &root, const QString &id);

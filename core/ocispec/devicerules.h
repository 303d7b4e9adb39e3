// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"

#include <QCoreApplication>

#include <optional>
#include <string_view>

// Rules about linux.devices: device numbers present where the type needs
// them, no negative numbers, no two nodes on one path, file modes; and about
// the device cgroup rules as runc 1.1 builds them.
class DeviceRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    DeviceRules(const Json &root, FindingSink *sink);

    void check();

private:
    void checkCgroupRules();
    void checkFileMode(const Json *mode, const std::string *type, qsizetype index);
    void checkDefaultDevice(std::string_view path, std::string_view type, std::optional<qint64> major,
                            std::optional<qint64> minor, qsizetype index);
    bool isAllowedByCgroup(std::string_view type, std::optional<qint64> major, std::optional<qint64> minor) const;
    static QString pointerOf(qsizetype index);

    const Json &m_root;
    FindingSink *m_sink;
};

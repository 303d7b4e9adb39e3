// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"

#include <QCoreApplication>

#include <string_view>

// Rules about mounts: a later mount that hides an earlier one (found with a
// hash of ancestor paths, so linear in the number of mounts), the
// consistency of ID-mapped mounts, and what runc refuses in /proc.
class MountRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    MountRules(const Json &root, bool hasUserNamespace, FindingSink *sink);

    void check();

private:
    // The three members are nullptr when the mount lacks them.
    void checkMountIdMapping(const Json *uidMappings, const Json *gidMappings, const Json *options, qsizetype index);
    // `destination` is normalized and starts with "/proc".
    void checkProcMount(std::string_view destination, const Json *type, const Json *options, qsizetype index);

    const Json &m_root;
    FindingSink *m_sink;
    bool m_hasUserNamespace;
};

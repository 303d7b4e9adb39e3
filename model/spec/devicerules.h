#pragma once

#include "findingsink.h"

#include <QCoreApplication>

// Rules about linux.devices: device numbers present where the type needs
// them, no negative numbers, no two nodes on one path.
class DeviceRules
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    DeviceRules(const Json &root, FindingSink *sink);

    void check();

private:
    static QString pointerOf(qsizetype index);

    const Json &m_root;
    FindingSink *m_sink;
};

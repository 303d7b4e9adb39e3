// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "runtime/hostcontainer.h"

#include <QObject>
#include <QPointer>

class ContainersView;
class InfoBar;
class MainWindow;

// Connects Containers mode to the window: a container's bundle opens in
// Edit (with a banner: it belongs to a container), Watch in Run and Shell
// hand the container to the run panel.
class ContainersMode : public QObject
{
    Q_OBJECT

public:
    ContainersMode(MainWindow *window, ContainersView *view);

    void openBundle(const HostContainer &container);
    void watch(const HostContainer &container);
    // Watches the container, then starts /bin/sh with a terminal once the
    // run panel knows it is running.
    void startShell(const HostContainer &container);

    InfoBar *banner() const { return m_banner; }

private:
    void updateBanner();

    MainWindow *m_window;
    InfoBar *m_banner;
    HostContainer m_opened; // whose bundle the banner is about
    QMetaObject::Connection m_pendingShell;
};

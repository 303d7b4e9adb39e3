// SPDX-License-Identifier: Apache-2.0
#include "containersmode.h"

#include "app/infobar.h"
#include "app/mainwindow.h"
#include "containers/containersview.h"
#include "document/specdocument.h"
#include "run/runpanel.h"

#include <QBoxLayout>
#include <QDir>
#include <QFileInfo>

ContainersMode::ContainersMode(MainWindow *window, ContainersView *view)
    : QObject(window), m_window(window), m_banner(new InfoBar(window->editArea()))
{
    m_banner->setObjectName(QStringLiteral("containerBanner"));
    m_banner->hide();
    // Above the tabs, below the demo banner, in Edit's centre.
    if (auto *layout = qobject_cast<QBoxLayout *>(window->editArea()->centralWidget()->layout()))
        layout->insertWidget(layout->count() - 1, m_banner);
    connect(window->document(), &SpecDocument::filePathChanged, this, &ContainersMode::updateBanner);
    connect(view, &ContainersView::openRequested, this, &ContainersMode::openBundle);
    connect(view, &ContainersView::watchRequested, this, &ContainersMode::watch);
    connect(view, &ContainersView::shellRequested, this, &ContainersMode::startShell);
}

void ContainersMode::openBundle(const HostContainer &container)
{
    if (container.state.bundle.isEmpty() || !m_window->maybeSave())
        return;
    m_opened = container;
    if (m_window->openBundle(container.state.bundle))
        m_window->setMode(QStringLiteral("edit"));
    updateBanner();
}

void ContainersMode::updateBanner()
{
    const QString directory = m_window->document()->bundleDirectory();
    const bool show = !m_opened.state.bundle.isEmpty() && !directory.isEmpty()
        && QFileInfo(directory) == QFileInfo(m_opened.state.bundle);
    if (show) {
        m_banner->setText(tr("This bundle belongs to container %1 (managed by %2); its runtime read it when the "
                             "container was created, so edits change nothing in it. Save As copies the bundle "
                             "elsewhere; Save would change the original under %2.")
                              .arg(m_opened.state.id, m_opened.managerName()));
    }
    m_banner->setVisible(show);
}

void ContainersMode::watch(const HostContainer &container)
{
    if (!container.state.exists())
        return;
    RunPanel *panel = m_window->runPanel();
    RuncBinary runtime = panel->runtime();
    // The path the user chose stays when it is that runtime.
    if (QFileInfo(runtime.path()).fileName() != container.root.runtime)
        runtime.setPath(container.root.runtime);
    runtime.setRoot(container.root.path);
    panel->setRuntime(runtime);
    panel->attachContainer(container.state.id);
    m_window->setMode(QStringLiteral("run"));
}

void ContainersMode::startShell(const HostContainer &container)
{
    watch(container);
    ContainerSession *session = m_window->runPanel()->session();
    disconnect(m_pendingShell);
    const QString id = container.state.id;
    const auto execWhenRunning = [this, session, id](const ContainerState &state) {
        if (state.id != id || !state.exists())
            return;
        disconnect(m_pendingShell);
        if (!state.allows(ContainerState::Action::Exec))
            return; // stopped meanwhile: the run panel shows it
        ExecRequest request;
        request.args = {QStringLiteral("/bin/sh")};
        request.terminal = true;
        session->exec(request);
    };
    if (session->state().id == id && session->state().exists()) {
        execWhenRunning(session->state());
        return;
    }
    m_pendingShell = connect(session, &ContainerSession::stateChanged, this, execWhenRunning);
}

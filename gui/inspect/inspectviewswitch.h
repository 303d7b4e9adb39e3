// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QToolButton;

// The pair of buttons above Inspect's tree: the root filesystem as it lies
// on disk, or as the container's process sees it with its mounts.
class InspectViewSwitch : public QWidget
{
    Q_OBJECT

public:
    enum View { OnDisk, AsTheContainerSeesIt };

    explicit InspectViewSwitch(QWidget *parent = nullptr);

    View view() const;
    void setView(View view);
    QToolButton *button(View view) const;

Q_SIGNALS:
    void viewChanged(InspectViewSwitch::View view);

private:
    QToolButton *m_onDisk;
    QToolButton *m_container;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class MountOverlay;
class QFormLayout;
class QLabel;
class QModelIndex;
class QPushButton;

// For the selected path of the container's view: what provides it, where it
// lies on the host, and the mount's fields with what it hides; a button
// opens the mount in the Edit mode.
class MountDetails : public QWidget
{
    Q_OBJECT

public:
    explicit MountDetails(QWidget *parent = nullptr);

    // index: of ContainerViewModel; invalid hides the fields.
    void showEntry(const QModelIndex &index, const MountOverlay &overlay);
    QPushButton *editButton() const { return m_edit; }

Q_SIGNALS:
    // index: in /mounts.
    void mountRequested(int index);

private:
    QLabel *addRow(const QString &label);
    void showRow(QLabel *value, const QString &text);

    QFormLayout *m_form;
    QLabel *m_providedBy;
    QLabel *m_hostPath;
    QLabel *m_note;
    QLabel *m_destination;
    QLabel *m_type;
    QLabel *m_source;
    QLabel *m_options;
    QLabel *m_hides;
    QPushButton *m_edit;
    int m_mount = -1;
};

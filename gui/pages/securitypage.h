// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formeditorpage.h"

class ArrayTableEditor;
class NestedTableSlot;
class QGroupBox;
class QListView;

// The Security tab: masked and read-only paths, sysctl, seccomp (with its
// syscall rules and their argument conditions), root propagation, mount
// label, personality, Intel RDT, memory policy, time namespace offsets and
// network devices moved into the container.
class SecurityPage : public FormEditorPage
{
    Q_OBJECT

public:
    SecurityPage(SpecDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;

    // The check list of a string array such as "/linux/seccomp/architectures".
    QListView *checkList(const QString &pointer) const;
    NestedTableSlot *syscallArguments() const { return m_syscallArgs; }

private:
    QGroupBox *createPathsGroup();
    QGroupBox *createSysctlGroup();
    QGroupBox *createMountGroup();
    QGroupBox *createPersonalityGroup();
    QGroupBox *createSeccompGroup();
    QGroupBox *createIntelRdtGroup();
    QGroupBox *createMemoryPolicyGroup();
    QGroupBox *createTimeOffsetsGroup();
    QGroupBox *createNetDevicesGroup();

    QListView *createCheckList(const char *pointer, const QString &itemName, QWidget *parent);

    QList<QListView *> m_checkLists;
    ArrayTableEditor *m_syscalls = nullptr;
    NestedTableSlot *m_syscallArgs = nullptr;
};

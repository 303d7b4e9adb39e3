// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formeditorpage.h"

class ByteSizeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

// The Resources tab: cgroup limits under /linux/resources (memory, CPU,
// PIDs, block I/O, huge pages, network, RDMA, unified) and the cgroup path.
class ResourcesPage : public FormEditorPage
{
    Q_OBJECT

public:
    ResourcesPage(SpecDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;

    // The size editor of a pointer such as "/linux/resources/memory/limit".
    ByteSizeEdit *byteSizeEdit(const QString &pointer) const;
    QLabel *coresLabel() const { return m_cores; }

    // "1.5 cores" for a CFS quota and period; empty when either is unusable.
    static QString coresText(const Json *quota, const Json *period);

private:
    QGroupBox *createMemoryGroup();
    QGroupBox *createCpuGroup();
    QGroupBox *createPidsGroup();
    QGroupBox *createBlockIoGroup();
    QGroupBox *createHugepagesGroup();
    QGroupBox *createNetworkGroup();
    QGroupBox *createRdmaGroup();
    QGroupBox *createUnifiedGroup();
    QGroupBox *createCgroupGroup();

    ByteSizeEdit *addByteSize(QFormLayout *form, const QString &label, const char *pointer, bool unlimited);

    QList<ByteSizeEdit *> m_byteSizes;
    QLabel *m_cores = nullptr;
};

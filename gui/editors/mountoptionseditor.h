// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class SpecDocument;

// Edits the options list of one mount: well-known flags as check boxes,
// everything else as comma-separated text. Options keep their order in the
// file (later ones win in the kernel), and checking one flag of a group that
// excludes each other (ro/rw, the propagation modes) drops the others in the
// same undo step.
class MountOptionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MountOptionsEditor(SpecDocument *document, QWidget *parent = nullptr);

    // The options array this editor shows (/mounts/3/options).
    void setPointer(const JsonPointer &pointer);
    JsonPointer pointer() const { return m_pointer; }

    QCheckBox *flagBox(const QString &option) const { return m_flags.value(option); }
    QLineEdit *otherOptionsEdit() const { return m_other; }

    static QStringList knownFlags();
    // The options after toggling flag: pure function for the widget and tests.
    static QStringList withFlag(const QStringList &options, const QString &flag, bool on);
    // The options with the non-flag ones replaced by others, in their places.
    static QStringList withOtherOptions(const QStringList &options, const QStringList &others);

Q_SIGNALS:
    void fieldFocused(const JsonPointer &pointer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList currentOptions() const;
    void refresh();
    void write(const QStringList &options);

    SpecDocument *m_document;
    JsonPointer m_pointer;
    QMap<QString, QCheckBox *> m_flags;
    QLineEdit *m_other;
    bool m_writing = false;
};

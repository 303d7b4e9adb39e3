// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeView;
class SpecDiffModel;

// Asks what to do when config.json was changed by another program: reload
// it, keep the editor's version (to be saved over it), or decide later.
// Show Differences unfolds what saving the editor's version would change:
// field by field (SpecDiff) and, in a second tab, line by line (diff -u).
class DiskConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Reload, KeepMine, Later };
    // When is the question asked: on noticing the change, or on Save (then
    // "Later" cancels the save).
    enum class Moment { Noticed, Saving };

    DiskConflictDialog(const QString &path, const QByteArray &onDisk, bool existsOnDisk, const QByteArray &mine,
                       Moment moment, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

    // Fields and Lines, hidden until Show Differences.
    QTabWidget *differences() const { return m_differences; }
    SpecDiffModel *fieldsModel() const { return m_fieldsModel; }

private:
    void showDifferences();
    void showFieldDifferences();
    void showLineDifferences();

    QByteArray m_onDisk;
    QByteArray m_mine;
    QTabWidget *m_differences;
    SpecDiffModel *m_fieldsModel;
    QTreeView *m_fields;
    QPlainTextEdit *m_lines;
    QPushButton *m_showDifferences;
    Choice m_choice = Choice::Later;
};

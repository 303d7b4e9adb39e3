// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableView;
class QTimer;
class RuntimeFeaturesReader;
class RuntimeSupportModel;
class SpecDocument;

// Inspect's Runtime support tab: what each installed runtime says about the
// aspects this configuration uses, before anything runs. The runtimes are
// asked when the tab is first shown; the table follows the document after a
// pause in editing. Activating a row asks for the field of its first use.
class RuntimeSupportView : public QWidget
{
    Q_OBJECT

public:
    explicit RuntimeSupportView(SpecDocument *document, QWidget *parent = nullptr);

    // By name or path; runc, crun and the runtime chosen in Preferences
    // unless set, read again each time the view is shown.
    void setRuntimePrograms(const QStringList &programs, bool fixed = true);
    // Asks the runtimes again (a runtime installed meanwhile).
    void reloadRuntimes();

    // True while runtimes are being asked.
    bool isReading() const;

    RuntimeSupportModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void pointerActivated(const JsonPointer &pointer);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void followDocument();
    void updateRuntimesBar();
    void showDocument(int runtime);

    SpecDocument *m_document;
    RuntimeSupportModel *m_model;
    RuntimeFeaturesReader *m_reader;
    QTimer *m_recheck;
    QLabel *m_status;
    QWidget *m_runtimesBar;
    QHBoxLayout *m_runtimesLayout;
    QTableView *m_view;
    QStringList m_programs;
    bool m_asked = false;
    bool m_programsSet = false;
};

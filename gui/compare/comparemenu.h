// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QMenu>

class CompareDialog;
class SpecDocument;

// File › Compare With: another bundle or config.json (a file dialog), the
// open file as it is on disk, or one of the templates File › New offers.
// The one CompareDialog it opens belongs to the window.
class CompareMenu : public QMenu
{
    Q_OBJECT

public:
    CompareMenu(SpecDocument *document, QWidget *window);

    // Opens (or raises) the dialog on `other`.
    CompareDialog *compareWith(const Json &other, const QString &otherName);
    // The same on a template of BundleTemplates; nullptr, after saying why,
    // when it cannot be made.
    CompareDialog *compareWithTemplate(const QString &id);
    // nullptr until first opened.
    CompareDialog *dialog() const { return m_dialog; }

    QAction *fileAction() const { return m_fileAction; }
    QAction *diskAction() const { return m_diskAction; }

Q_SIGNALS:
    // A change was activated in the dialog: its field in the open document.
    void fieldRequested(const JsonPointer &pointer);

private:
    void compareWithFile();
    void compareWithDisk();
    // Reads a bundle directory or config.json and compares with it; says
    // why in a message box when it cannot be read.
    void compareWithPath(const QString &path);

    SpecDocument *m_document;
    QWidget *m_window;
    QAction *m_fileAction;
    QAction *m_diskAction;
    CompareDialog *m_dialog = nullptr;
};

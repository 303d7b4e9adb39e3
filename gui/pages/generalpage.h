// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

class ArrayTableEditor;

// The top-level fields: spec version, host and domain name, the root
// filesystem and the annotations.
class GeneralPage : public EditorPage
{
    Q_OBJECT

public:
    explicit GeneralPage(SpecDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;

    ArrayTableEditor *annotationsEditor() const { return m_annotations; }

private:
    ArrayTableEditor *m_annotations;
};

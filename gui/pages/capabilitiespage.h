// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

class CapabilitiesMatrixModel;
class QTableView;

// The capability sets of the process as one matrix: every Linux capability
// against the bounding, effective, inheritable, permitted and ambient sets,
// with presets and a warning mark on the dangerous ones.
class CapabilitiesPage : public EditorPage
{
    Q_OBJECT

public:
    enum class Preset { RuncDefault, None, All };

    explicit CapabilitiesPage(SpecDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;
    bool focusPointer(const JsonPointer &pointer) override;

    CapabilitiesMatrixModel *matrix() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Replaces the five sets with a preset; one undo step.
    void applyPreset(Preset preset);
    // The five sets a preset consists of, as an object with array members.
    static Json presetSets(Preset preset);

private:
    void reportCurrentCell(const QModelIndex &current);

    CapabilitiesMatrixModel *m_model;
    QTableView *m_view;
};

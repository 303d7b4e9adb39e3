// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "learn/idmapping.h"

#include <QList>
#include <QWidget>

class SpecDocument;

// Draws one list of ID mappings (/linux/uidMappings) as bands from container
// ID ranges (top axis) to host ID ranges (bottom axis), on a common linear
// scale, so gaps are visible as empty stretches and overlapping ranges show
// in a warning colour. It reads the document on every paint; there is no copy.
class IdMapDiagram : public QWidget
{
    Q_OBJECT

public:
    using Range = IdMapping;

    IdMapDiagram(SpecDocument *document, const JsonPointer &mappings, QWidget *parent = nullptr);

    // The well-formed mappings of a list; malformed elements are skipped.
    static QList<Range> ranges(const Json *mappings) { return IdMapping::fromJson(mappings); }
    // For each range: does its container or host range overlap another one?
    static QList<bool> overlapping(const QList<Range> &ranges);

    // A band's colour: the palette's highlight, or the validator's warning
    // colour for a range that overlaps another.
    static QColor bandColor(bool overlapping, const QPalette &palette);
    // The mappings in words, a sentence each, for assistive technology
    // (IdMapDiagramAccessible).
    QStringList sentences() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Tells assistive technology that the mappings changed.
    void announceChange();

    SpecDocument *m_document;
    JsonPointer m_mappings;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class SpecDocument;

// Edits a byte count of the document (memory limit, huge page limit) as a
// number and a binary unit. The document always holds the exact number of
// bytes; the unit is only how it is shown. With unlimited allowed, -1 shows
// as a checked "Unlimited" box. An empty number removes the member.
class ByteSizeEdit : public QWidget
{
    Q_OBJECT

public:
    enum UnitIndex { Bytes, KiB, MiB, GiB, TiB };

    ByteSizeEdit(SpecDocument *document, const JsonPointer &pointer, QWidget *parent = nullptr);

    JsonPointer pointer() const { return m_pointer; }
    void setUnlimitedAllowed(bool allowed);

    QLineEdit *numberEdit() const { return m_number; }
    QComboBox *unitBox() const { return m_unit; }
    QCheckBox *unlimitedBox() const { return m_unlimited; }

    static qint64 unitFactor(int unitIndex);
    // "1.5" GiB -> 1610612736; nullopt for text that is no size or overflows.
    static std::optional<qint64> parseBytes(const QString &number, int unitIndex);
    // The largest unit that shows bytes as a whole number.
    static int bestUnit(qint64 bytes);

Q_SIGNALS:
    void fieldFocused(const JsonPointer &pointer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void writeNumber();
    void writeUnlimited(bool unlimited);
    void write(const std::optional<Json> &value);

    SpecDocument *m_document;
    JsonPointer m_pointer;
    QLineEdit *m_number;
    QComboBox *m_unit;
    QCheckBox *m_unlimited;
    bool m_writing = false;
};

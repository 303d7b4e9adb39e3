// SPDX-License-Identifier: Apache-2.0
#include "bytesizeedit.h"

#include "document/specdocument.h"
#include "document/undotext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include "ocispec/speccatalogue.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

ByteSizeEdit::ByteSizeEdit(SpecDocument *document, const JsonPointer &pointer, QWidget *parent)
    : QWidget(parent), m_document(document), m_pointer(pointer), m_number(new QLineEdit(this)),
      m_unit(new QComboBox(this)), m_unlimited(new QCheckBox(tr("Unlimited"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 1);
    layout->addWidget(m_unit);
    layout->addWidget(m_unlimited);
    m_unlimited->setVisible(false);
    setFocusProxy(m_number);
    // The label names this widget as a whole; its parts are named for
    // assistive technology, which reads them one by one.
    if (const FieldInfo *field = SpecCatalogue::instance().lookup(pointer))
        m_number->setAccessibleName(SpecCatalogue::title(*field));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setToolTip(tr("The unit of the number; changing it keeps the number and changes the size"));

    m_number->setPlaceholderText(tr("not set"));
    m_number->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]*(\\.[0-9]*)?")), m_number));
    m_number->installEventFilter(this);
    m_unit->addItems({tr("B"), tr("KiB"), tr("MiB"), tr("GiB"), tr("TiB")});
    m_unit->setCurrentIndex(MiB);

    connect(m_number, &QLineEdit::textEdited, this, &ByteSizeEdit::writeNumber);
    // A new unit keeps the number and changes the size: "256" MiB -> GiB.
    connect(m_unit, &QComboBox::activated, this, &ByteSizeEdit::writeNumber);
    connect(m_unlimited, &QCheckBox::clicked, this, &ByteSizeEdit::writeUnlimited);
    connect(document, &SpecDocument::contentsChanged, this, &ByteSizeEdit::refresh);
    connect(document, &SpecDocument::reset, this, &ByteSizeEdit::refresh);
    refresh();
}

void ByteSizeEdit::setUnlimitedAllowed(bool allowed)
{
    m_unlimited->setVisible(allowed);
    refresh();
}

qint64 ByteSizeEdit::unitFactor(int unitIndex)
{
    return qint64(1) << (10 * qBound(0, unitIndex, int(TiB)));
}

std::optional<qint64> ByteSizeEdit::parseBytes(const QString &number, int unitIndex)
{
    const QString text = number.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^(-?)([0-9]*)(?:\\.([0-9]*))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || (match.captured(2).isEmpty() && match.captured(3).isEmpty()))
        return std::nullopt;
    const qint64 factor = unitFactor(unitIndex);
    bool ok = true;
    const qint64 whole = match.captured(2).isEmpty() ? 0 : match.captured(2).toLongLong(&ok);
    qint64 bytes = 0;
    if (!ok || qMulOverflow(whole, factor, &bytes))
        return std::nullopt;
    // The fraction is worked out in integers so that large sizes stay exact.
    const QString fraction = match.captured(3).left(12);
    if (!fraction.isEmpty()) {
        qint64 scale = 1;
        for (int i = 0; i < fraction.size(); ++i)
            scale *= 10;
        const __int128 part = (__int128(fraction.toLongLong()) * factor + scale / 2) / scale;
        if (qAddOverflow(bytes, qint64(part), &bytes))
            return std::nullopt;
    }
    return match.captured(1).isEmpty() ? bytes : -bytes;
}

int ByteSizeEdit::bestUnit(qint64 bytes)
{
    if (bytes == 0)
        return MiB;
    for (int unit = TiB; unit > Bytes; --unit) {
        if (bytes % unitFactor(unit) == 0)
            return unit;
    }
    return Bytes;
}

bool ByteSizeEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_number && event->type() == QEvent::FocusIn)
        Q_EMIT fieldFocused(m_pointer);
    return QWidget::eventFilter(watched, event);
}

void ByteSizeEdit::refresh()
{
    if (m_writing)
        return;
    const Json *value = m_document->value(m_pointer);
    const bool unlimited =
        m_unlimited->isVisibleTo(this) && value && value->is_number_integer() && value->get<qint64>() == -1;
    m_unlimited->setChecked(unlimited);
    m_number->setEnabled(!unlimited);
    m_unit->setEnabled(!unlimited);
    if (!value || unlimited) {
        m_number->clear();
        if (unlimited)
            m_unit->setCurrentIndex(MiB); // the likely unit once the limit is set again
    } else if (value->is_number_integer()
               && (value->is_number_unsigned() ? value->get<quint64>() <= quint64(INT64_MAX) : true)) {
        const qint64 bytes = value->get<qint64>();
        const int unit = bestUnit(bytes);
        m_unit->setCurrentIndex(unit);
        m_number->setText(QString::number(bytes / unitFactor(unit)));
    } else {
        // Not a byte count the spec allows; show it so the user can fix it.
        m_unit->setCurrentIndex(Bytes);
        m_number->setText(JsonUtil::toDisplayString(*value));
    }
}

void ByteSizeEdit::writeNumber()
{
    if (m_number->text().trimmed().isEmpty()) {
        write(std::nullopt);
        return;
    }
    // -1 is how the spec and runc write "unlimited", whatever unit is shown:
    // never -1 MiB.
    if (m_number->text().trimmed() == QLatin1String("-1")) {
        write(Json(-1));
        return;
    }
    if (const std::optional<qint64> bytes = parseBytes(m_number->text(), m_unit->currentIndex()))
        write(Json(*bytes));
}

void ByteSizeEdit::writeUnlimited(bool unlimited)
{
    m_number->setEnabled(!unlimited);
    m_unit->setEnabled(!unlimited);
    if (unlimited) {
        write(Json(-1));
        return;
    }
    m_number->clear();
    write(std::nullopt);
}

void ByteSizeEdit::write(const std::optional<Json> &value)
{
    // While the user types, the text stays as typed ("1.5" GiB is not
    // rewritten to "1536" MiB under the cursor).
    m_writing = true;
    if (value)
        m_document->setValue(m_pointer, *value, UndoText::set(m_pointer));
    else
        m_document->removeValue(m_pointer, UndoText::clear(m_pointer));
    m_writing = false;
}

// SPDX-License-Identifier: Apache-2.0
#include "paletteglyphicon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>

namespace {

class GlyphEngine : public QIconEngine
{
public:
    explicit GlyphEngine(const QPainterPath &shape) : m_shape(shape) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::ButtonText)
            : mode == QIcon::Selected                 ? palette.color(QPalette::HighlightedText)
                                                      : palette.color(QPalette::ButtonText);
        // A small margin, as the style's own icons have.
        const qreal side = qMin(rect.width(), rect.height()) * 0.8;
        const QPointF origin = QRectF(rect).center() - QPointF(side / 2, side / 2);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(origin);
        painter->scale(side, side);
        painter->fillPath(m_shape, colour);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap result(size);
        result.fill(Qt::transparent);
        QPainter painter(&result);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return result;
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_shape); }

private:
    QPainterPath m_shape;
};

} // namespace

QIcon PaletteGlyphIcon::fromShape(const QPainterPath &shape)
{
    return QIcon(new GlyphEngine(shape));
}

QIcon PaletteGlyphIcon::play()
{
    QPainterPath triangle;
    triangle.moveTo(0.2, 0.1);
    triangle.lineTo(0.9, 0.5);
    triangle.lineTo(0.2, 0.9);
    triangle.closeSubpath();
    return fromShape(triangle);
}

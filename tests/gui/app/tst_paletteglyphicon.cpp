// SPDX-License-Identifier: Apache-2.0
// A glyph icon takes the palette's text colour when it is painted: dark on
// a light palette, light on a dark one, and the disabled colour when off.
#include "app/paletteglyphicon.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QTest>

class tst_PaletteGlyphIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsThePalette_data();
    void followsThePalette();
};

void tst_PaletteGlyphIcon::followsThePalette_data()
{
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("disabledText");
    QTest::newRow("light palette") << QColor(20, 20, 20) << QColor(150, 150, 150);
    QTest::newRow("dark palette") << QColor(235, 235, 235) << QColor(110, 110, 110);
}

void tst_PaletteGlyphIcon::followsThePalette()
{
    QFETCH(QColor, text);
    QFETCH(QColor, disabledText);
    const QIcon icon = PaletteGlyphIcon::play(); // made before the palette changes
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Active, QPalette::ButtonText, text);
    palette.setColor(QPalette::Inactive, QPalette::ButtonText, text);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    QApplication::setPalette(palette);
    const QImage normal = icon.pixmap(32, 32).toImage();
    const QImage disabled = icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage();
    // The triangle's middle is filled, its corner left clear.
    QCOMPARE(normal.pixelColor(14, 16).rgb(), text.rgb());
    QCOMPARE(disabled.pixelColor(14, 16).rgb(), disabledText.rgb());
    QCOMPARE(normal.pixelColor(30, 2).alpha(), 0);
}

QTEST_MAIN(tst_PaletteGlyphIcon)
#include "tst_paletteglyphicon.moc"

// SPDX-License-Identifier: Apache-2.0
// IndicatorContrastStyle: an unticked check box stands out from a dark
// background, and light palettes are drawn exactly as the base style does.
#include "app/indicatorcontraststyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTest>

namespace {

QPalette paletteWith(const QColor &window, const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

// The unticked indicator drawn by style on the window color.
QImage drawIndicator(QStyle *style, QStyle::PrimitiveElement element, const QPalette &palette)
{
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Window));
    QStyleOptionButton option;
    option.rect = QRect(8, 8, 16, 16);
    option.palette = palette;
    option.state = QStyle::State_Enabled | QStyle::State_Off;
    QPainter painter(&image);
    style->drawPrimitive(element, &option, &painter);
    return image;
}

// How far the lightest pixel stands above the background.
int contrast(const QImage &image, const QColor &background)
{
    int lightest = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            lightest = qMax(lightest, QColor(image.pixel(x, y)).lightness());
    }
    return lightest - background.lightness();
}

} // namespace

class TestIndicatorContrastStyle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void darkPaletteFrame_data();
    void darkPaletteFrame();
    void lightPaletteUnchanged();
};

void TestIndicatorContrastStyle::darkPaletteFrame_data()
{
    QTest::addColumn<int>("element");
    QTest::newRow("check box") << int(QStyle::PE_IndicatorCheckBox);
    QTest::newRow("item view cell") << int(QStyle::PE_IndicatorItemViewItemCheck);
}

void TestIndicatorContrastStyle::darkPaletteFrame()
{
    QFETCH(int, element);
    const QPalette dark = paletteWith(QColor(0x2b, 0x2b, 0x2b), QColor(0x1e, 0x1e, 0x1e), QColor(0xe0, 0xe0, 0xe0));
    QVERIFY(IndicatorContrastStyle::isDark(dark));
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    IndicatorContrastStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    const auto primitive = QStyle::PrimitiveElement(element);
    const int before = contrast(drawIndicator(fusion.get(), primitive, dark), dark.color(QPalette::Window));
    const int after = contrast(drawIndicator(&style, primitive, dark), dark.color(QPalette::Window));
    // The frame is at least a clearly visible step lighter than the window.
    QVERIFY2(after >= 60, qPrintable(QStringLiteral("contrast %1 (Fusion alone: %2)").arg(after).arg(before)));
    QVERIFY(after > before);
}

void TestIndicatorContrastStyle::lightPaletteUnchanged()
{
    const QPalette light = paletteWith(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black);
    QVERIFY(!IndicatorContrastStyle::isDark(light));
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    IndicatorContrastStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    QCOMPARE(drawIndicator(&style, QStyle::PE_IndicatorCheckBox, light),
             drawIndicator(fusion.get(), QStyle::PE_IndicatorCheckBox, light));
}

QTEST_MAIN(TestIndicatorContrastStyle)
#include "tst_indicatorcontraststyle.moc"

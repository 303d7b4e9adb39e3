// SPDX-License-Identifier: Apache-2.0
#include "editors/arraytableeditor.h"
#include "editors/findingmarks.h"
#include "document/specdocument.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <cmath>

namespace {

// WCAG's relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

// Fusion's dark colors, as a dark desktop theme hands them to Qt.
QPalette darkPalette()
{
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Base, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    return palette;
}

} // namespace

class TestFindingMarks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void colorsStandOut_data();
    void colorsStandOut();
    void widgetMarkComesAndGoes();
    void cellFrameIsPainted_data();
    void cellFrameIsPainted();
};

void TestFindingMarks::colorsStandOut_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestFindingMarks::colorsStandOut()
{
    QFETCH(QPalette, palette);
    const QColor error = FindingMarks::color(Finding::Severity::Error, palette);
    const QColor warning = FindingMarks::color(Finding::Severity::Warning, palette);
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
        QVERIFY2(contrast(error, palette.color(role)) >= 3.0, qPrintable(error.name()));
        QVERIFY2(contrast(warning, palette.color(role)) >= 3.0, qPrintable(warning.name()));
    }
    // Red and amber, told apart by hue.
    QVERIFY(qAbs(error.hslHue() - warning.hslHue()) >= 25);
    QCOMPARE(FindingMarks::color(Finding::Severity::Info, palette), palette.color(QPalette::Highlight));
}

void TestFindingMarks::widgetMarkComesAndGoes()
{
    QLineEdit edit;
    edit.setToolTip(QStringLiteral("From the catalogue"));
    FindingMarks::markWidget(&edit, Finding::Severity::Error, {QStringLiteral("one"), QStringLiteral("two")});
    QVERIFY(edit.styleSheet().contains(FindingMarks::color(Finding::Severity::Error, edit.palette()).name()));
    QCOMPARE(edit.toolTip(), QStringLiteral("one\ntwo\n\nFrom the catalogue"));
    FindingMarks::markWidget(&edit, Finding::Severity::Warning, {QStringLiteral("three")});
    QVERIFY(edit.styleSheet().contains(FindingMarks::color(Finding::Severity::Warning, edit.palette()).name()));
    QCOMPARE(edit.toolTip(), QStringLiteral("three\n\nFrom the catalogue"));
    FindingMarks::markWidget(&edit, std::nullopt, {});
    QCOMPARE(edit.styleSheet(), QString());
    QCOMPARE(edit.toolTip(), QStringLiteral("From the catalogue"));
}

void TestFindingMarks::cellFrameIsPainted_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("severity");
    QTest::newRow("light error") << QApplication::style()->standardPalette() << int(Finding::Severity::Error);
    QTest::newRow("light warning") << QApplication::style()->standardPalette() << int(Finding::Severity::Warning);
    QTest::newRow("dark error") << darkPalette() << int(Finding::Severity::Error);
    QTest::newRow("dark warning") << darkPalette() << int(Finding::Severity::Warning);
}

void TestFindingMarks::cellFrameIsPainted()
{
    QFETCH(QPalette, palette);
    QFETCH(int, severity);
    SpecDocument document;
    QVERIFY(document.loadFromData(R"({"mounts": [{"destination": "/proc", "type": "proc"},
                                                 {"destination": "/sys", "type": "sysfs"}]})"));
    using Kind = ArrayTableModel::Kind;
    auto *model = new ArrayTableModel(&document, JsonPointer("/mounts"),
                                      {{QStringLiteral("Destination"), "destination", Kind::Text, false},
                                       {QStringLiteral("Type"), "type", Kind::Text, true}});
    ArrayTableEditor editor(model);
    model->setParent(&editor);
    editor.setPalette(palette);
    editor.resize(400, 200);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QColor frame = FindingMarks::color(Finding::Severity(severity), palette);

    const auto frameAt = [&](int row, int column) {
        const QRect cell = editor.view()->visualRect(model->index(row, column));
        const QImage image = editor.view()->viewport()->grab().toImage();
        // The middle of the cell's left edge, inside the frame's two pixels.
        // By value: the palette-made colour is HSL, the grabbed one RGB.
        return image.pixelColor(cell.left() + 1, cell.center().y()).rgb() == frame.rgb();
    };
    QVERIFY(!frameAt(1, 1));
    model->setFindings({{Finding::Severity(severity), QStringLiteral("code"), QStringLiteral("/mounts/1/type"),
                         QStringLiteral("message")}});
    QVERIFY(frameAt(1, 1));
    QVERIFY(!frameAt(0, 1));
    QVERIFY(!frameAt(1, 0));
    // Fixed: the next run reports nothing there.
    model->setFindings({});
    QVERIFY(!frameAt(1, 1));
}

QTEST_MAIN(TestFindingMarks)
#include "tst_findingmarks.moc"

// SPDX-License-Identifier: Apache-2.0
// Renders the application's SVG icon into the PNG sizes of the hicolor icon
// theme, with Qt's own SVG renderer: rendericon SVG OUTDIR SIZE...
// writes OUTDIR/SIZExSIZE/apps/oci-bundle-editor.png for each size.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: rendericon SVG OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "rendericon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (const QString &text : args.mid(3)) {
        const int size = text.toInt();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        if (size <= 0 || !QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/oci-bundle-editor.png"))) {
            std::fprintf(stderr, "rendericon: cannot write the %s pixel icon in %s\n", qPrintable(text),
                         qPrintable(dir));
            return 1;
        }
    }
    return 0;
}

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSize>
#include <QString>

class InspectPage;
class MainWindow;

// Renders every tab of a main window (and the preferences) to PNG files, in two window sizes and
// in a light and a dark palette, for documentation and visual review.
// Used by the hidden --screenshot option under the offscreen platform.
class ScreenRenderer
{
public:
    explicit ScreenRenderer(MainWindow *window);

    // Writes <dir>/<size>-<palette>-<nn>-<tab>.png; returns the number of
    // files written, or -1 when the directory cannot be made.
    int renderAll(const QString &directory);

private:
    bool renderModes(const QString &directory, const QString &prefix);
    bool renderInspect(const QString &directory, const QString &prefix);
    bool renderTimeline(const QString &directory, const QString &prefix);
    bool renderContainerView(InspectPage *page, const QString &directory, const QString &prefix);
    bool renderTabs(const QString &directory, const QString &prefix);
    bool renderPreferences(const QString &directory, const QString &prefix);
    bool renderDiskConflict(const QString &directory, const QString &prefix);
    bool renderSecurityReview(const QString &directory, const QString &prefix);
    bool renderFromImage(const QString &directory, const QString &prefix);
    bool renderCompare(const QString &directory, const QString &prefix);
    bool renderFieldMenu(const QString &directory, const QString &prefix);
    bool renderLearnOci(const QString &directory, const QString &prefix, const QSize &size);
    void settle();

    MainWindow *m_window;
    int m_written = 0;
};

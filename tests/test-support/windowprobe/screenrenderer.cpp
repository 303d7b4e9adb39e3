// SPDX-License-Identifier: Apache-2.0
#include "screenrenderer.h"
#include "app/indicatorcontraststyle.h"

#include "app/diskconflictdialog.h"
#include "app/fromimagedialog.h"
#include "app/learnocidialog.h"
#include "app/mainwindow.h"
#include "app/modearea.h"
#include "app/preferencesdialog.h"
#include "app/securityreviewpanel.h"
#include "app/validationpanel.h"

#include "compare/comparedialog.h"
#include "compare/comparemenu.h"
#include "editors/editorpage.h"
#include "editors/fieldcontextmenu.h"
#include "inspect/containerviewmodel.h"
#include "inspect/inspectpage.h"
#include "inspect/rootfsmodel.h"
#include "inspect/rootfstotals.h"
#include "inspect/runtimesupportview.h"
#include "document/specdocument.h"
#include "learn/concepttopic.h"
#include "run/launchtimelineview.h"
#include "run/runpanel.h"
#include "runtime/launchtimelinemodel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QTabWidget>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QCheckBox>
#include <QTreeView>
#include <QStyle>
#include <QStyleFactory>
#include <QTreeView>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

QString fileStem(const EditorPage *page)
{
    QString name = QString::fromLatin1(page->metaObject()->className()).toLower();
    name.remove(QLatin1String("page"));
    return name;
}

} // namespace

ScreenRenderer::ScreenRenderer(MainWindow *window) : m_window(window) { }

int ScreenRenderer::renderAll(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return -1;
    QApplication::setStyle(new IndicatorContrastStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    const QPalette light = QApplication::style()->standardPalette();
    const QList<QSize> sizes = {QSize(1280, 800), QSize(1024, 700), QSize(1920, 1080)};
    const QList<QPair<QString, QPalette>> palettes = {{QStringLiteral("light"), light},
                                                      {QStringLiteral("dark"), darkPalette()}};
    m_written = 0;
    m_window->show();
    for (const QSize &size : sizes) {
        m_window->resize(size);
        // Pictures of the default layout, whatever a user's settings say.
        QApplication::processEvents();
        m_window->resetLayout();
        for (const auto &[name, palette] : palettes) {
            QApplication::setPalette(palette);
            const QString prefix = QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(name);
            if (!renderTabs(directory, prefix) || !renderModes(directory, prefix) || !renderInspect(directory, prefix)
                || !renderPreferences(directory, prefix) || !renderDiskConflict(directory, prefix)
                || !renderSecurityReview(directory, prefix) || !renderFromImage(directory, prefix)
                || !renderCompare(directory, prefix) || !renderFieldMenu(directory, prefix)
                || !renderLearnOci(directory, prefix, size))
                return -1;
        }
    }
    m_window->setMode(QStringLiteral("edit"));
    return m_written;
}

void ScreenRenderer::settle()
{
    // The picture shows the finished validation and the layout that follows it.
    QDeadlineTimer deadline(5000);
    do {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    } while ((m_window->validationPanel()->isValidating() || m_window->securityPanel()->isPending())
             && !deadline.hasExpired());
    QApplication::sendPostedEvents();
    QApplication::processEvents();
}

bool ScreenRenderer::renderPreferences(const QString &directory, const QString &prefix)
{
    PreferencesDialog dialog(m_window);
    dialog.show();
    settle();
    ++m_written;
    return dialog.grab().save(QDir(directory).filePath(prefix + QStringLiteral("-preferences.png")));
}

bool ScreenRenderer::renderDiskConflict(const QString &directory, const QString &prefix)
{
    // Another program changed the hostname; the user asks to see how.
    const SpecDocument *document = m_window->document();
    Json theirs = document->root();
    theirs["hostname"] = "changed-elsewhere";
    const std::string onDisk = document->format().serialize(theirs);
    DiskConflictDialog dialog(document->filePath(), QByteArray::fromStdString(onDisk), true, document->toJson(),
                              DiskConflictDialog::Moment::Saving, m_window);
    dialog.show();
    if (auto *show = dialog.findChild<QPushButton *>(QStringLiteral("showDifferencesButton")))
        show->click();
    settle();
    ++m_written;
    return dialog.grab().save(QDir(directory).filePath(prefix + QStringLiteral("-diskconflict.png")));
}

bool ScreenRenderer::renderSecurityReview(const QString &directory, const QString &prefix)
{
    // The review raised in its dock at a size one would drag it to, its
    // first finding explained; then the default layout for the next pictures.
    QDockWidget *dock = m_window->securityDock();
    dock->show();
    dock->raise();
    m_window->setMode(QStringLiteral("edit"));
    m_window->editArea()->resizeDocks({dock}, {m_window->height() * 9 / 20}, Qt::Vertical);
    SecurityReviewPanel *panel = m_window->securityPanel();
    panel->reviewNow();
    if (panel->view()->model()->rowCount() > 0)
        panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
    settle();
    const bool saved = m_window->grab().save(QDir(directory).filePath(prefix + QStringLiteral("-securityreview.png")));
    ++m_written;
    m_window->resetLayout();
    return saved;
}

bool ScreenRenderer::renderFromImage(const QString &directory, const QString &prefix)
{
    FromImageDialog dialog(m_window);
    dialog.setSource(ImageReference::Kind::OciArchive, QStringLiteral("/srv/images/busybox.tar"));
    dialog.setTargetDirectory(QStringLiteral("/srv/bundles/busybox"));
    dialog.show();
    settle();
    ++m_written;
    return dialog.grab().save(QDir(directory).filePath(prefix + QStringLiteral("-fromimage.png")));
}

bool ScreenRenderer::renderCompare(const QString &directory, const QString &prefix)
{
    // File › Compare With › Template: Rootless, over the open bundle.
    auto *menu = m_window->findChild<CompareMenu *>(QStringLiteral("compareMenu"));
    CompareDialog *dialog = menu ? menu->compareWithTemplate(QStringLiteral("rootless")) : nullptr;
    if (!dialog)
        return false;
    settle();
    ++m_written;
    const bool saved = dialog->grab().save(QDir(directory).filePath(prefix + QStringLiteral("-compare.png")));
    dialog->close();
    return saved;
}

bool ScreenRenderer::renderFieldMenu(const QString &directory, const QString &prefix)
{
    // The context menu of the working directory field, drawn where a right
    // click on it would open it (a popup cannot be grabbed with the window).
    m_window->setMode(QStringLiteral("edit"));
    const JsonPointer pointer("/process/cwd");
    if (!m_window->goToPointer(pointer))
        return false;
    settle();
    QWidget *field = m_window->focusWidget();
    if (!field)
        return false;
    std::unique_ptr<QMenu> menu(FieldContextMenu::create(field, pointer, m_window->document()));
    menu->adjustSize();
    QPixmap picture = m_window->grab();
    QPainter painter(&picture);
    const QPoint at = field->mapTo(m_window, QPoint(field->width() / 3, field->height() / 2));
    painter.drawPixmap(at, menu->grab());
    painter.end();
    ++m_written;
    return picture.save(QDir(directory).filePath(prefix + QStringLiteral("-fieldmenu.png")));
}

bool ScreenRenderer::renderLearnOci(const QString &directory, const QString &prefix, const QSize &size)
{
    // Every page, the dialog as large as the window it opens over.
    m_window->showLearnOci();
    LearnOciDialog *dialog = m_window->learnOciDialog();
    dialog->resize(size);
    const QList<ConceptTopic> topics = ConceptTopics::all();
    for (ConceptTopic topic : topics) {
        dialog->showTopic(topic);
        settle();
        const QString file =
            QDir(directory).filePath(QStringLiteral("%1-learn-%2.png").arg(prefix, ConceptTopics::id(topic)));
        if (!dialog->grab().save(file))
            return false;
        ++m_written;
    }
    dialog->showTopic(ConceptTopic::Bundle);
    dialog->hide();
    return true;
}

bool ScreenRenderer::renderModes(const QString &directory, const QString &prefix)
{
    // Every mode but Edit and Inspect, which renderTabs() and renderInspect() show.
    for (const QString &mode : m_window->modes()->modes()) {
        if (mode == QLatin1String("edit") || mode == QLatin1String("inspect"))
            continue;
        m_window->setMode(mode);
        settle();
        const bool saved =
            m_window->grab().save(QDir(directory).filePath(prefix + QLatin1Char('-') + mode + QStringLiteral(".png")));
        ++m_written;
        if (!saved || (mode == QLatin1String("run") && !renderTimeline(directory, prefix)))
            return false;
    }
    m_window->setMode(QStringLiteral("edit"));
    return true;
}

bool ScreenRenderer::renderTimeline(const QString &directory, const QString &prefix)
{
    // The Run mode's Timeline tab, the first mount selected.
    m_window->runPanel()->showTimeline();
    LaunchTimelineView *timeline = m_window->runPanel()->timelineView();
    const QList<LaunchStep> &steps = timeline->model()->timeline().steps();
    for (int row = 0; row < steps.size(); ++row) {
        if (steps.at(row).kind == LaunchStep::Kind::Mount) {
            timeline->view()->setCurrentIndex(timeline->model()->indexOfStep(row));
            break;
        }
    }
    settle();
    ++m_written;
    const bool saved = m_window->grab().save(QDir(directory).filePath(prefix + QStringLiteral("-run-timeline.png")));
    if (auto *tabs = m_window->runPanel()->findChild<QTabWidget *>())
        tabs->setCurrentIndex(0); // the console, for the next pictures
    return saved;
}

bool ScreenRenderer::renderInspect(const QString &directory, const QString &prefix)
{
    // The busybox program selected in /bin, once the count is done.
    m_window->setMode(QStringLiteral("inspect"));
    auto *page = m_window->findChild<InspectPage *>();
    QDeadlineTimer deadline(10000);
    while (page->totals()->isRunning() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    const auto *filter = qobject_cast<const QSortFilterProxyModel *>(page->view()->model());
    const QModelIndex busybox = filter->mapFromSource(page->model()->indexOfPath("/bin/busybox"));
    page->view()->expand(busybox.parent());
    page->view()->setCurrentIndex(busybox);
    settle();
    page->view()->scrollTo(busybox, QAbstractItemView::PositionAtCenter);
    settle();
    ++m_written;
    bool saved = m_window->grab().save(QDir(directory).filePath(prefix + QStringLiteral("-inspect.png")));
    // Only what is worth a look, when a bundle given has any (the demo has none).
    if (saved && page->totals()->counts().flagged > 0) {
        page->onlyFlaggedBox()->setChecked(true);
        const QModelIndex first = page->view()->model()->index(0, 0);
        page->view()->setCurrentIndex(first);
        settle();
        ++m_written;
        saved = m_window->grab().save(QDir(directory).filePath(prefix + QStringLiteral("-inspect-flagged.png")));
        page->onlyFlaggedBox()->setChecked(false);
    }
    if (saved)
        saved = renderContainerView(page, directory, prefix);
    // Inspect's other tab: what runc and crun say about the demo bundle.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("inspectTabs"));
    auto *support = m_window->findChild<RuntimeSupportView *>();
    if (saved && tabs && support) {
        tabs->setCurrentWidget(support);
        QDeadlineTimer asked(10000);
        do {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        } while (support->isReading() && !asked.hasExpired());
        settle();
        ++m_written;
        saved = m_window->grab().save(QDir(directory).filePath(prefix + QStringLiteral("-inspect-runtimes.png")));
        tabs->setCurrentIndex(0);
    }
    m_window->setMode(QStringLiteral("edit"));
    return saved;
}

bool ScreenRenderer::renderContainerView(InspectPage *page, const QString &directory, const QString &prefix)
{
    // The container's view with /dev open and its tmpfs selected.
    page->viewSwitch()->setView(InspectViewSwitch::AsTheContainerSeesIt);
    const auto *filter = qobject_cast<const QSortFilterProxyModel *>(page->view()->model());
    const QModelIndex dev = filter->mapFromSource(page->containerModel()->indexOfPath("/dev"));
    page->containerModel()->indexOfPath("/dev/pts");
    page->view()->expand(dev);
    page->view()->setCurrentIndex(dev);
    settle();
    ++m_written;
    const bool saved =
        m_window->grab().save(QDir(directory).filePath(prefix + QStringLiteral("-inspect-container.png")));
    page->viewSwitch()->setView(InspectViewSwitch::OnDisk);
    return saved;
}

bool ScreenRenderer::renderTabs(const QString &directory, const QString &prefix)
{
    m_window->setMode(QStringLiteral("edit"));
    const QList<EditorPage *> &pages = m_window->pages();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        EditorPage *page = pages.at(i);
        m_window->showPage(page);
        // Put the cursor into the page's first field so the Explain panel has something to show.
        const QList<JsonPointer> covered = page->coveredPointers();
        if (!covered.isEmpty())
            m_window->goToPointer(covered.first());
        settle();
        const QString file = QDir(directory).filePath(
            QStringLiteral("%1-%2-%3.png").arg(prefix).arg(i + 1, 2, 10, QLatin1Char('0')).arg(fileStem(page)));
        if (!m_window->grab().save(file))
            return false;
        ++m_written;
    }
    return true;
}

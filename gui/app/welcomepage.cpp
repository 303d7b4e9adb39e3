// SPDX-License-Identifier: Apache-2.0
#include "welcomepage.h"

#include "bundle/bundletemplates.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QStringListModel>
#include <QVBoxLayout>

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_recent(new QStringListModel(this)), m_recentView(new QListView(this))
{
    setObjectName(QStringLiteral("welcomePage"));

    auto title = new QLabel(tr("<h2>OCI Bundle Editor</h2>"
                               "<p>A bundle is a directory with a config.json, which says how to run a "
                               "container, and the root filesystem it runs in. Open one to edit, check and run "
                               "it, or start a new one.</p>"),
                            this);
    title->setWordWrap(true);
    title->setTextFormat(Qt::RichText);

    auto start = new QVBoxLayout;
    start->addWidget(heading(tr("Start"), this));
    auto open = new QCommandLinkButton(tr("Open Bundle…"), tr("A bundle directory or its config.json"), this);
    open->setObjectName(QStringLiteral("welcomeOpenButton"));
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    start->addWidget(open);
    const QList<BundleTemplates::Template> templates = BundleTemplates::all();
    for (const BundleTemplates::Template &entry : templates) {
        //: %1 is a template's name, e.g. "runc spec".
        auto button = new QCommandLinkButton(tr("New from Template: %1").arg(entry.title), entry.description, this);
        button->setObjectName(QStringLiteral("welcomeNew_") + entry.id);
        const QString id = entry.id;
        connect(button, &QCommandLinkButton::clicked, this, [this, id] { Q_EMIT newFromTemplateRequested(id); });
        start->addWidget(button);
    }
    auto fromImage = new QCommandLinkButton(
        tr("New from Image…"), tr("An OCI image layout, an image archive or a registry image, unpacked into a bundle"),
        this);
    fromImage->setObjectName(QStringLiteral("welcomeNewFromImage"));
    connect(fromImage, &QCommandLinkButton::clicked, this, &WelcomePage::newFromImageRequested);
    start->addWidget(fromImage);
    start->addSpacing(12);
    start->addWidget(heading(tr("Learn"), this));
    auto learn =
        new QCommandLinkButton(tr("Learn OCI"),
                               tr("Bundles, the lifecycle, namespaces, capabilities, mounts, cgroups and hooks, shown "
                                  "with the open bundle's own values"),
                               this);
    learn->setObjectName(QStringLiteral("welcomeLearnButton"));
    connect(learn, &QCommandLinkButton::clicked, this, &WelcomePage::learnRequested);
    start->addWidget(learn);
    start->addStretch();

    auto recent = new QVBoxLayout;
    recent->addWidget(heading(tr("Recent Bundles"), this));
    m_recentView->setObjectName(QStringLiteral("recentBundles"));
    m_recentView->setAccessibleName(tr("Recent bundles"));
    m_recentView->setAccessibleDescription(tr("Bundles opened before; Enter opens the current one"));
    m_recentView->setModel(m_recent);
    m_recentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentView->setUniformItemSizes(true);
    connect(m_recentView, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRecentRequested(QDir::fromNativeSeparators(index.data().toString()));
    });
    recent->addWidget(m_recentView, 1);
    auto hint = new QLabel(tr("Double-click a bundle to open it."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    recent->addWidget(hint);

    auto columns = new QGridLayout;
    columns->addLayout(start, 0, 0);
    columns->addLayout(recent, 0, 1);
    columns->setColumnStretch(0, 2);
    columns->setColumnStretch(1, 3);
    columns->setHorizontalSpacing(24);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addLayout(columns, 1);
}

void WelcomePage::setRecentBundles(const QStringList &paths)
{
    QStringList shown;
    shown.reserve(paths.size());
    for (const QString &path : paths)
        shown.append(QDir::toNativeSeparators(path));
    m_recent->setStringList(shown);
}

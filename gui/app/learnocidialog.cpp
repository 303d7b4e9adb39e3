// SPDX-License-Identifier: Apache-2.0
#include "learnocidialog.h"

#include "conceptbrowser.h"

#include "document/specdocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QStringListModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// After the last edit, before the page is written anew.
constexpr int RefreshDelay = 200;

} // namespace

LearnOciDialog::LearnOciDialog(const SpecDocument *document, QWidget *parent)
    : QDialog(parent), m_topics(new QStringListModel(this)), m_topicView(new QListView(this)),
      m_browser(new ConceptBrowser(document, this)), m_back(new QToolButton(this)), m_forward(new QToolButton(this)),
      m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("learnOciDialog"));
    setWindowTitle(tr("Learn OCI"));
    setSizeGripEnabled(true);

    QStringList titles;
    const QList<ConceptTopic> topics = ConceptTopics::all();
    for (ConceptTopic topic : topics)
        titles << ConceptTopics::title(topic);
    m_topics->setStringList(titles);
    m_topicView->setObjectName(QStringLiteral("conceptTopics"));
    m_topicView->setAccessibleName(tr("Topics"));
    m_topicView->setAccessibleDescription(tr("The concepts of OCI bundles; the chosen one shows beside the list"));
    m_topicView->setModel(m_topics);
    m_topicView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_topicView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_followingBrowser)
                    m_browser->showTopic(ConceptTopics::all().value(current.row()));
            });

    m_back->setObjectName(QStringLiteral("conceptBack"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Back"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("The topic shown before"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward->setObjectName(QStringLiteral("conceptForward"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setToolTip(tr("Forward"));
    m_forward->setAccessibleName(tr("Forward"));
    m_forward->setAccessibleDescription(tr("The topic shown next"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &LearnOciDialog::selectTopic);
    connect(m_browser, &ConceptBrowser::fieldRequested, this, &LearnOciDialog::fieldRequested);
    connect(m_browser, &ConceptBrowser::timelineRequested, this, &LearnOciDialog::timelineRequested);

    // The page follows the document; a burst of typing writes it once.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshDelay);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        // Reading on where one was: the page is written anew, not moved to.
        QScrollBar *scroll = m_browser->verticalScrollBar();
        const int position = scroll->value();
        m_browser->reload();
        scroll->setValue(position);
    });
    connect(document, &SpecDocument::contentsChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(document, &SpecDocument::filePathChanged, m_refresh, qOverload<>(&QTimer::start));

    auto navigation = new QHBoxLayout;
    navigation->addWidget(m_back);
    navigation->addWidget(m_forward);
    navigation->addStretch();
    auto page = new QWidget(this);
    auto pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(navigation);
    pageLayout->addWidget(m_browser, 1);

    auto splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_topicView);
    splitter->addWidget(page);
    splitter->setStretchFactor(1, 1);
    // The titles whole, without a sideways scroll bar, in every language.
    m_topicView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int listWidth = m_topicView->sizeHintForColumn(0) + 2 * m_topicView->frameWidth() + 8;
    m_topicView->setMinimumWidth(listWidth);
    splitter->setSizes({listWidth, 900 - listWidth});

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 620);
    showTopic(ConceptTopic::Bundle);
}

void LearnOciDialog::showTopic(ConceptTopic topic)
{
    m_browser->showTopic(topic);
}

void LearnOciDialog::selectTopic(const QUrl &source)
{
    // Qt 6.4 emits sourceChanged() before source() returns the new one.
    const std::optional<ConceptTopic> topic = ConceptTopics::topicOfUrl(source);
    if (!topic)
        return;
    const QModelIndex index = m_topics->index(int(ConceptTopics::all().indexOf(*topic)));
    // The list follows the page without opening it a second time.
    m_followingBrowser = true;
    m_topicView->setCurrentIndex(index);
    m_followingBrowser = false;
}

// SPDX-License-Identifier: Apache-2.0
#include "runtimesupportview.h"

#include "runtimesupportdelegate.h"

#include "app/preferences.h"
#include "document/specdocument.h"
#include "runtime/runtimefeaturesreader.h"
#include "runtime/runtimesupportmodel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

RuntimeSupportView::RuntimeSupportView(SpecDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new RuntimeSupportModel(this)),
      m_reader(new RuntimeFeaturesReader(this)), m_recheck(new QTimer(this)), m_status(new QLabel(this)),
      m_runtimesBar(new QWidget(this)), m_runtimesLayout(new QHBoxLayout(m_runtimesBar)),
      m_view(new QTableView(this)), m_programs{QStringLiteral("runc"), QStringLiteral("crun")}
{
    setObjectName(QStringLiteral("runtimeSupport"));
    m_status->setObjectName(QStringLiteral("runtimeSupportStatus"));
    m_status->setWordWrap(true);
    m_runtimesBar->setObjectName(QStringLiteral("runtimeSupportRuntimes"));
    m_runtimesLayout->setContentsMargins(0, 0, 0, 0);
    m_view->setObjectName(QStringLiteral("runtimeSupportTable"));
    m_view->setAccessibleName(tr("Runtime support"));
    m_view->setAccessibleDescription(tr("What each installed runtime supports of the fields this bundle uses"));
    m_view->setTabKeyNavigation(false); // Tab moves on; arrows move between cells
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RuntimeSupportDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The values take what is left; runtime columns as wide as their verdicts.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RuntimeSupportModel::ValueColumn, QHeaderView::Stretch);
    header->setMaximumSectionSize(420);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_runtimesBar);
    layout->addWidget(m_view, 1);

    // As validation: after a pause in editing, not on every key.
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(300);
    connect(m_recheck, &QTimer::timeout, this, &RuntimeSupportView::followDocument);
    connect(m_document, &SpecDocument::reset, m_recheck, qOverload<>(&QTimer::start));
    connect(m_document, &SpecDocument::contentsChanged, m_recheck, qOverload<>(&QTimer::start));
    connect(m_reader, &RuntimeFeaturesReader::runtimeRead, m_model, &RuntimeSupportModel::setRuntime);
    connect(m_reader, &RuntimeFeaturesReader::finished, this, &RuntimeSupportView::updateRuntimesBar);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Result<JsonPointer> pointer =
            JsonUtil::parsePointer(index.data(RuntimeSupportModel::PointerRole).toString());
        if (pointer)
            Q_EMIT pointerActivated(*pointer);
    });
    m_model->setConfig(m_document->root());
    updateRuntimesBar();
}

void RuntimeSupportView::setRuntimePrograms(const QStringList &programs, bool fixed)
{
    m_programsSet = fixed;
    if (programs == m_programs)
        return;
    m_programs = programs;
    if (m_asked)
        reloadRuntimes();
}

void RuntimeSupportView::reloadRuntimes()
{
    m_asked = true;
    m_model->clearRuntimes();
    m_reader->read(m_programs);
    updateRuntimesBar();
}

bool RuntimeSupportView::isReading() const
{
    return m_reader->isReading();
}

void RuntimeSupportView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Preferences may name another runtime since the last look.
    if (!m_programsSet)
        setRuntimePrograms({QStringLiteral("runc"), QStringLiteral("crun"), Preferences::runtimeProgram()}, false);
    // Runtimes are asked only once someone looks.
    if (!m_asked)
        reloadRuntimes();
}

void RuntimeSupportView::followDocument()
{
    m_model->setConfig(m_document->root());
}

void RuntimeSupportView::updateRuntimesBar()
{
    while (QLayoutItem *item = m_runtimesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<RuntimeFeatures> &runtimes = m_model->runtimes();
    if (m_reader->isReading())
        m_status->setText(tr("Asking the installed runtimes what they support…"));
    else if (runtimes.isEmpty())
        m_status->setText(m_asked ? tr("Neither runc nor crun is installed; install the Debian package runc or crun.")
                                  : QString());
    else
        m_status->setText(tr("What the installed runtimes report about the parts of this configuration they would "
                             "run. Double-click a row to edit its field."));
    for (int i = 0; i < runtimes.size(); ++i) {
        const RuntimeFeatures &runtime = runtimes.at(i);
        auto label =
            new QLabel(runtime.hasDocument() ? tr("%1: features document").arg(runtime.label())
                                             : tr("%1: no features command, its --version only").arg(runtime.label()),
                       m_runtimesBar);
        label->setObjectName(QStringLiteral("runtimeLabel-%1").arg(runtime.name()));
        label->setWordWrap(true); // longer languages must not widen the window
        auto button = new QPushButton(runtime.hasDocument() ? tr("Show Features Document…") : tr("Show Version Text…"),
                                      m_runtimesBar);
        button->setObjectName(QStringLiteral("showFeatures-%1").arg(runtime.name()));
        connect(button, &QPushButton::clicked, this, [this, i] { showDocument(i); });
        m_runtimesLayout->addWidget(label);
        m_runtimesLayout->addWidget(button);
        m_runtimesLayout->addSpacing(24);
    }
    m_runtimesLayout->addStretch(1);
}

void RuntimeSupportView::showDocument(int runtime)
{
    if (runtime < 0 || runtime >= m_model->runtimes().size())
        return;
    const RuntimeFeatures &features = m_model->runtimes().at(runtime);
    auto dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("featuresDocument"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(features.hasDocument() ? tr("%1 features").arg(features.label())
                                                  : tr("%1 --version").arg(features.label()));
    auto text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("featuresText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(QString::fromUtf8(features.rawText()));
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(560, 600);
    dialog->show();
}

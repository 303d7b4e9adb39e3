// SPDX-License-Identifier: Apache-2.0
#include "rootfstotalsbar.h"

#include "inspect/rootfstotals.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

RootfsTotalsBar::RootfsTotalsBar(RootfsTotals *totals, QWidget *parent)
    : QWidget(parent), m_totals(totals), m_label(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_again(new QPushButton(tr("Reload"), this))
{
    setObjectName(QStringLiteral("rootfsTotalsBar"));
    m_label->setObjectName(QStringLiteral("rootfsTotals"));
    m_cancel->setObjectName(QStringLiteral("cancelCount"));
    m_again->setObjectName(QStringLiteral("reloadRootfs"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_cancel->setToolTip(tr("Stop counting the root filesystem"));
    m_again->setToolTip(tr("Read the root filesystem again and count it"));
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_cancel);
    layout->addWidget(m_again);
    connect(m_cancel, &QPushButton::clicked, m_totals, &RootfsTotals::cancel);
    connect(m_again, &QPushButton::clicked, this, &RootfsTotalsBar::reloadRequested);
    connect(m_totals, &RootfsTotals::started, this, [this] { update(State::Counting); });
    connect(m_totals, &RootfsTotals::progressed, this, [this] {
        if (m_totals->isRunning())
            update(State::Counting);
    });
    connect(m_totals, &RootfsTotals::finished, this,
            [this](bool cancelled) { update(cancelled ? State::Cancelled : State::Done); });
    update(m_totals->isRunning() ? State::Counting : State::Idle);
}

QString RootfsTotalsBar::text() const
{
    return m_label->text();
}

void RootfsTotalsBar::update(State state)
{
    const RootfsTotals::Counts counts = m_totals->counts();
    const QLocale locale;
    const QString files = locale.toString(counts.files);
    const QString folders = locale.toString(counts.directories);
    const QString size = locale.formattedDataSize(counts.bytes);
    const QString flagged = locale.toString(counts.flagged);
    switch (state) {
    case State::Idle: m_label->clear(); break;
    case State::Counting:
        m_label->setText(tr("Counting… files: %1, folders: %2, size: %3").arg(files, folders, size));
        break;
    case State::Cancelled:
        m_label->setText(tr("Stopped. So far files: %1, folders: %2, size: %3").arg(files, folders, size));
        break;
    case State::Done:
        m_label->setText(
            m_totals->errorString().isEmpty()
                ? tr("Files: %1, folders: %2, size: %3, worth a look: %4").arg(files, folders, size, flagged)
                : tr("Cannot count the root filesystem: %1").arg(m_totals->errorString()));
        break;
    }
    const bool running = state == State::Counting;
    m_busy->setVisible(running);
    m_cancel->setVisible(running);
    m_again->setVisible(state == State::Cancelled || state == State::Done);
}

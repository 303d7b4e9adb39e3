// SPDX-License-Identifier: Apache-2.0
#include "modearea.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

ModeArea::ModeArea(QWidget *parent)
    : QWidget(parent), m_bar(new QWidget(this)), m_barLayout(new QVBoxLayout(m_bar)), m_buttons(new QButtonGroup(this)),
      m_stack(new QStackedWidget(this))
{
    m_bar->setObjectName(QStringLiteral("modeBar"));
    m_bar->setAccessibleName(tr("Modes"));
    // A shade apart from the mode it switches, in light and dark palettes alike.
    m_bar->setBackgroundRole(QPalette::AlternateBase);
    m_bar->setAutoFillBackground(true);
    m_barLayout->setContentsMargins(2, 4, 2, 4);
    m_barLayout->setSpacing(2);
    m_barLayout->addStretch();
    m_stack->setObjectName(QStringLiteral("modeStack"));

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_stack, 1);

    m_buttons->setExclusive(true);
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int index) {
        if (index != m_stack->currentIndex()) {
            m_stack->setCurrentIndex(index);
            Q_EMIT currentModeChanged(m_ids.at(index));
        }
    });
}

void ModeArea::addMode(const QString &id, const QIcon &icon, const QString &title, const QString &toolTip,
                       QWidget *widget)
{
    auto button = new QToolButton(m_bar);
    button->setObjectName(id + QStringLiteral("ModeButton"));
    button->setIcon(icon);
    button->setIconSize(QSize(28, 28));
    button->setText(title);
    button->setToolTip(toolTip);
    button->setAccessibleName(title);
    button->setAccessibleDescription(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    const int index = int(m_ids.size());
    m_ids.append(id);
    m_buttons->addButton(button, index);
    m_barLayout->insertWidget(index, button);
    m_stack->addWidget(widget);
    if (index == 0)
        button->setChecked(true);
}

QString ModeArea::currentMode() const
{
    const int index = m_stack->currentIndex();
    return index < 0 ? QString() : m_ids.at(index);
}

bool ModeArea::setCurrentMode(const QString &id)
{
    const int index = int(m_ids.indexOf(id));
    if (index < 0)
        return false;
    m_buttons->button(index)->setChecked(true);
    if (index != m_stack->currentIndex()) {
        m_stack->setCurrentIndex(index);
        Q_EMIT currentModeChanged(id);
    }
    return true;
}

QWidget *ModeArea::modeWidget(const QString &id) const
{
    const int index = int(m_ids.indexOf(id));
    return index < 0 ? nullptr : m_stack->widget(index);
}

QAbstractButton *ModeArea::modeButton(const QString &id) const
{
    const int index = int(m_ids.indexOf(id));
    return index < 0 ? nullptr : m_buttons->button(index);
}

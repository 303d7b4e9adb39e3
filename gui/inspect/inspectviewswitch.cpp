// SPDX-License-Identifier: Apache-2.0
#include "inspectviewswitch.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

InspectViewSwitch::InspectViewSwitch(QWidget *parent)
    : QWidget(parent), m_onDisk(new QToolButton(this)), m_container(new QToolButton(this))
{
    setObjectName(QStringLiteral("inspectViewSwitch"));
    m_onDisk->setObjectName(QStringLiteral("onDiskView"));
    m_onDisk->setText(tr("On disk"));
    m_onDisk->setToolTip(tr("The root filesystem as it lies in the bundle"));
    m_container->setObjectName(QStringLiteral("containerView"));
    m_container->setText(tr("As the container sees it"));
    m_container->setToolTip(
        tr("The root filesystem with the mounts, masked and read-only paths of the configuration laid over it"));
    auto group = new QButtonGroup(this);
    group->setExclusive(true);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QToolButton *button : {m_onDisk, m_container}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        group->addButton(button);
        layout->addWidget(button);
    }
    // The pressed look of some styles is faint in a dark palette: the chosen view is bold, too.
    connect(group, &QButtonGroup::buttonToggled, this, [](QAbstractButton *button, bool checked) {
        QFont font = button->font();
        font.setBold(checked);
        button->setFont(font);
    });
    m_onDisk->setChecked(true);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool checked) {
        if (checked)
            Q_EMIT viewChanged(button == m_container ? AsTheContainerSeesIt : OnDisk);
    });
}

InspectViewSwitch::View InspectViewSwitch::view() const
{
    return m_container->isChecked() ? AsTheContainerSeesIt : OnDisk;
}

void InspectViewSwitch::setView(View view)
{
    button(view)->setChecked(true);
}

QToolButton *InspectViewSwitch::button(View view) const
{
    return view == AsTheContainerSeesIt ? m_container : m_onDisk;
}

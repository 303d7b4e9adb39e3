// SPDX-License-Identifier: Apache-2.0
#include "capabilitiespage.h"

#include "editors/capabilitiescheckdelegate.h"
#include "editors/capabilitiesmatrixmodel.h"

#include "bundle/bundletemplates.h"
#include "document/specdocument.h"
#include "ocispec/speccatalogue.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const JsonPointer kCapabilities("/process/capabilities");
}

CapabilitiesPage::CapabilitiesPage(SpecDocument *document, QWidget *parent)
    : EditorPage(document, parent), m_model(new CapabilitiesMatrixModel(document, this)), m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("capabilitiesView"));
    m_view->setAccessibleName(tr("Capabilities"));
    m_view->setAccessibleDescription(tr("Each capability against the five sets; Space ticks the current cell"));
    m_view->setTabKeyNavigation(false); // Tab moves on; arrows move between cells
    m_view->setModel(m_model);
    for (int column = CapabilitiesMatrixModel::BoundingColumn; column < CapabilitiesMatrixModel::ColumnCount; ++column)
        addNamedPointer(CapabilitiesMatrixModel::setPointer(column));
    auto checks = new CapabilitiesCheckDelegate(m_view);
    for (int column = CapabilitiesMatrixModel::BoundingColumn; column < CapabilitiesMatrixModel::ColumnCount; ++column)
        m_view->setItemDelegateForColumn(column, checks);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(CapabilitiesMatrixModel::NameColumn,
                                                     QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CapabilitiesPage::reportCurrentCell);

    auto presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Presets:"), this));
    QWidget *previous = nullptr;
    const QList<QPair<QString, Preset>> choices = {
        {tr("runc &default"), Preset::RuncDefault}, {tr("&None"), Preset::None}, {tr("A&ll"), Preset::All}};
    for (const auto &[text, preset] : choices) {
        auto button = new QPushButton(text, this);
        const Preset chosen = preset;
        connect(button, &QPushButton::clicked, this, [this, chosen] { applyPreset(chosen); });
        presets->addWidget(button);
        // Tab goes through the presets first, then into the matrix below them.
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_view);
    presets->addStretch();

    auto legendIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    legendIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    auto legendText = new QLabel(tr("Dangerous: gives a container (close to) full control over the host. "
                                    "Press Space to tick the current cell."),
                                 this);
    legendText->setWordWrap(true);
    auto legend = new QHBoxLayout;
    legend->addWidget(legendIcon);
    legend->addWidget(legendText, 1);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(presets);
    layout->addWidget(m_view, 1);
    layout->addLayout(legend);
}

QString CapabilitiesPage::title() const
{
    return tr("Capabilities");
}

QList<JsonPointer> CapabilitiesPage::coveredPointers() const
{
    return {kCapabilities};
}

void CapabilitiesPage::reportCurrentCell(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    if (current.column() == CapabilitiesMatrixModel::NameColumn)
        Q_EMIT fieldFocused(kCapabilities);
    else
        Q_EMIT fieldFocused(CapabilitiesMatrixModel::setPointer(current.column()));
}

bool CapabilitiesPage::focusPointer(const JsonPointer &pointer)
{
    if (!JsonUtil::startsWith(pointer, kCapabilities))
        return false;
    const std::vector<std::string> tokens = JsonUtil::tokens(pointer);
    int column = CapabilitiesMatrixModel::NameColumn;
    int row = 0;
    if (tokens.size() > 2) {
        column = int(CapabilitiesMatrixModel::setNames().indexOf(JsonUtil::toQString(tokens[2])))
            + CapabilitiesMatrixModel::BoundingColumn;
        if (column < CapabilitiesMatrixModel::BoundingColumn)
            column = CapabilitiesMatrixModel::NameColumn;
    }
    if (tokens.size() > 3) {
        if (const Json *name = document()->value(pointer); name && name->is_string())
            row = qMax(0, m_model->rowOf(JsonUtil::toQString(name->get_ref<const std::string &>())));
    }
    const QModelIndex index = m_model->index(row, column);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

Json CapabilitiesPage::presetSets(Preset preset)
{
    Json sets = Json::object();
    switch (preset) {
    case Preset::RuncDefault: {
        // The same sets `runc spec` writes, taken from our copy of its template.
        const Result<QByteArray> data = BundleTemplates::configData(QStringLiteral("runc"));
        if (data) {
            const Json config = Json::parse(data->constData(), data->constData() + data->size(), nullptr, false);
            if (const Json *capabilities = JsonUtil::find(config, kCapabilities);
                capabilities && capabilities->is_object())
                sets = *capabilities;
        }
        break;
    }
    case Preset::None:
        for (const QString &set : CapabilitiesMatrixModel::setNames())
            sets[JsonUtil::toStd(set)] = Json::array();
        break;
    case Preset::All: {
        Json all = Json::array();
        const QList<CapabilityInfo> capabilities = SpecCatalogue::instance().capabilities();
        for (const CapabilityInfo &info : capabilities)
            all.push_back(info.name);
        for (const QString &set : CapabilitiesMatrixModel::setNames())
            sets[JsonUtil::toStd(set)] = all;
        break;
    }
    }
    return sets;
}

void CapabilitiesPage::applyPreset(Preset preset)
{
    const Json sets = presetSets(preset);
    // Only the sets that differ are touched; members other than the five stay.
    QList<QPair<JsonPointer, std::optional<Json>>> changes;
    for (const QString &set : CapabilitiesMatrixModel::setNames()) {
        const std::string key = JsonUtil::toStd(set);
        const JsonPointer pointer = kCapabilities / key;
        const Json *current = document()->value(pointer);
        if (sets.contains(key) && (!current || *current != sets[key]))
            changes.append({pointer, sets[key]});
        else if (!sets.contains(key) && current)
            changes.append({pointer, std::nullopt});
    }
    if (changes.isEmpty())
        return;
    const QString names[] = {tr("runc default"), tr("none"), tr("all")};
    QUndoStack *stack = document()->undoStack();
    stack->beginMacro(tr("Apply capability preset “%1”").arg(names[int(preset)]));
    for (const auto &[pointer, value] : std::as_const(changes)) {
        if (value)
            document()->setValue(pointer, *value);
        else
            document()->removeValue(pointer);
    }
    stack->endMacro();
}

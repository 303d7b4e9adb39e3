// SPDX-License-Identifier: Apache-2.0
#include "generalpage.h"

#include "editors/arraytableeditor.h"
#include "editors/cellfocusreporter.h"
#include "editors/fieldbinder.h"
#include "ocispec/speccatalogue.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

GeneralPage::GeneralPage(SpecDocument *document, QWidget *parent) : EditorPage(document, parent)
{
    auto version = new QLineEdit(this);
    version->setObjectName(QStringLiteral("ociVersionEdit"));
    QStringList versions;
    const QList<SpecVersion> known = SpecCatalogue::versions();
    for (SpecVersion v : known)
        versions.prepend(SpecVersions::toString(v));
    version->setCompleter(new QCompleter(versions, version));
    version->setPlaceholderText(SpecVersions::toString(SpecCatalogue::bestVersion()));
    binder()->bindText(version, JsonPointer("/ociVersion"), false);

    auto hostname = new QLineEdit(this);
    hostname->setObjectName(QStringLiteral("hostnameEdit"));
    hostname->setPlaceholderText(tr("Not set: the runtime's default"));
    binder()->bindText(hostname, JsonPointer("/hostname"));

    auto domainname = new QLineEdit(this);
    domainname->setObjectName(QStringLiteral("domainnameEdit"));
    domainname->setPlaceholderText(tr("Not set"));
    binder()->bindText(domainname, JsonPointer("/domainname"));

    auto rootPath = new QLineEdit(this);
    rootPath->setObjectName(QStringLiteral("rootPathEdit"));
    rootPath->setPlaceholderText(tr("rootfs (relative to the bundle directory)"));
    binder()->bindText(rootPath, JsonPointer("/root/path"), false);

    auto readonly = new QCheckBox(tr("Mount the root filesystem &read-only"), this);
    readonly->setObjectName(QStringLiteral("rootReadonlyCheck"));
    binder()->bindBool(readonly, JsonPointer("/root/readonly"));

    auto annotationsModel =
        new ArrayTableModel(document, JsonPointer("/annotations"),
                            {{tr("Key"), std::string(), ArrayTableModel::Kind::MemberKey},
                             {tr("Value"), std::string(), ArrayTableModel::Kind::MemberValue, false}},
                            this);
    annotationsModel->setItemName(tr("annotation"));
    m_annotations = new ArrayTableEditor(annotationsModel, this);
    m_annotations->setObjectName(QStringLiteral("annotationsEditor"));
    m_annotations->setNewElement([] { return Json(""); });
    m_annotations->view()->setToolTip(tr("Free-form key/value metadata; keys are usually reverse domain names."));
    registerListView(JsonPointer("/annotations"), m_annotations->view());
    // The Explain panel follows the current annotation cell.
    CellFocusReporter::watch(m_annotations->view(), this);
    // Keys are reverse domain names: show them whole. Annotations are few.
    m_annotations->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto spec = new QGroupBox(tr("Specification"), this);
    auto specForm = new QFormLayout(spec);
    specForm->addRow(tr("OCI &version:"), version);

    auto identity = new QGroupBox(tr("Identity"), this);
    auto identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("Host &name:"), hostname);
    identityForm->addRow(tr("&Domain name:"), domainname);

    auto root = new QGroupBox(tr("Root filesystem"), this);
    auto rootForm = new QFormLayout(root);
    rootForm->addRow(tr("&Path:"), rootPath);
    rootForm->addRow(readonly);

    auto annotations = new QGroupBox(tr("Annota&tions"), this);
    auto annotationsLayout = new QVBoxLayout(annotations);
    annotationsLayout->addWidget(m_annotations);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(spec);
    layout->addWidget(identity);
    layout->addWidget(root);
    layout->addWidget(annotations, 1);
}

QString GeneralPage::title() const
{
    return tr("General");
}

QList<JsonPointer> GeneralPage::coveredPointers() const
{
    return {JsonPointer("/ociVersion"), JsonPointer("/hostname"), JsonPointer("/domainname"), JsonPointer("/root"),
            JsonPointer("/annotations")};
}

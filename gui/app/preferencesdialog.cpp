// SPDX-License-Identifier: Apache-2.0
#include "preferencesdialog.h"

#include "preferences.h"
#include "application/translationloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString kCustom = QStringLiteral("custom");
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_runtime(new QComboBox(this)),
      m_customPath(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)),
      m_stateRoot(new QLineEdit(this)),
      m_systemdCgroup(new QCheckBox(tr("Use &systemd to manage control groups"), this)),
      m_rootless(new QCheckBox(tr("Run &rootless (as an unprivileged user)"), this))
{
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    const QList<TranslationLoader::Language> languages = TranslationLoader::available();
    for (const TranslationLoader::Language &language : languages)
        m_language->addItem(language.name, language.code);

    m_runtime->setObjectName(QStringLiteral("runtimeCombo"));
    m_runtime->addItem(QStringLiteral("runc"), QStringLiteral("runc"));
    m_runtime->addItem(QStringLiteral("crun"), QStringLiteral("crun"));
    m_runtime->addItem(tr("Other program…"), kCustom);
    m_customPath->setObjectName(QStringLiteral("runtimePathEdit"));
    m_customPath->setPlaceholderText(tr("Absolute path of a runc-compatible runtime"));
    m_stateRoot->setObjectName(QStringLiteral("stateRootEdit"));
    m_stateRoot->setPlaceholderText(tr("Runtime default (/run/runc or /run/crun)"));

    auto general = new QGroupBox(tr("General"), this);
    auto generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    auto restartNote = new QLabel(tr("A new language takes effect when the editor is started again."), general);
    restartNote->setWordWrap(true);
    generalForm->addRow(restartNote);

    auto runtime = new QGroupBox(tr("Container runtime"), this);
    auto runtimeForm = new QFormLayout(runtime);
    runtimeForm->addRow(tr("R&untime:"), m_runtime);
    auto pathRow = new QHBoxLayout;
    pathRow->addWidget(m_customPath, 1);
    pathRow->addWidget(m_browse);
    auto pathLabel = new QLabel(tr("&Program:"), runtime);
    pathLabel->setBuddy(m_customPath);
    runtimeForm->addRow(pathLabel, pathRow);
    runtimeForm->addRow(tr("State &root:"), m_stateRoot);
    runtimeForm->addRow(m_systemdCgroup);
    runtimeForm->addRow(m_rootless);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_runtime, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateCustomPath);
    connect(m_browse, &QPushButton::clicked, this, &PreferencesDialog::browseRuntime);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(runtime);
    layout->addStretch();
    layout->addWidget(buttons);

    // Wide enough for a path and the placeholder texts, in any language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    load();
}

void PreferencesDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language())));
    const QString program = Preferences::runtimeProgram();
    const int known = m_runtime->findData(program);
    if (known >= 0 && program != kCustom) {
        m_runtime->setCurrentIndex(known);
    } else {
        m_runtime->setCurrentIndex(m_runtime->findData(kCustom));
        m_customPath->setText(program);
    }
    m_stateRoot->setText(Preferences::runtimeRoot());
    m_systemdCgroup->setChecked(Preferences::systemdCgroup());
    m_rootless->setChecked(Preferences::rootless());
    updateCustomPath();
}

void PreferencesDialog::updateCustomPath()
{
    const bool custom = m_runtime->currentData().toString() == kCustom;
    m_customPath->setEnabled(custom);
    m_browse->setEnabled(custom);
}

void PreferencesDialog::browseRuntime()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Runtime Program"), m_customPath->text());
    if (!path.isEmpty())
        m_customPath->setText(path);
}

QString PreferencesDialog::selectedProgram() const
{
    const QString choice = m_runtime->currentData().toString();
    return choice == kCustom ? m_customPath->text().trimmed() : choice;
}

void PreferencesDialog::apply()
{
    Preferences::setLanguage(m_language->currentData().toString());
    const QString program = selectedProgram();
    Preferences::setRuntimeProgram(program.isEmpty() ? QStringLiteral("runc") : program);
    Preferences::setRuntimeRoot(m_stateRoot->text().trimmed());
    Preferences::setSystemdCgroup(m_systemdCgroup->isChecked());
    Preferences::setRootless(m_rootless->isChecked());
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

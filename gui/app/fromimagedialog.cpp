// SPDX-License-Identifier: Apache-2.0
#include "fromimagedialog.h"

#include "bundle/bundletemplates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// What each kind prefixes to the path or name, as skopeo spells it.
QString prefixOf(ImageReference::Kind kind)
{
    switch (kind) {
    case ImageReference::Kind::Layout: return QString();
    case ImageReference::Kind::OciArchive: return QStringLiteral("oci-archive:");
    case ImageReference::Kind::DockerArchive: return QStringLiteral("docker-archive:");
    case ImageReference::Kind::Registry: return QStringLiteral("docker://");
    }
    return QString();
}

} // namespace

FromImageDialog::FromImageDialog(QWidget *parent)
    : QDialog(parent), m_importer(new ImageImporter(this)), m_kind(new QComboBox(this)), m_image(new QLineEdit(this)),
      m_chooseImage(new QPushButton(tr("Browse…"), this)), m_template(new QComboBox(this)),
      m_target(new QLineEdit(this)), m_chooseTarget(new QPushButton(tr("Browse…"), this)), m_step(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_log(new QPlainTextEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Bundle from Image"));

    m_kind->addItem(tr("OCI image layout directory"), int(ImageReference::Kind::Layout));
    m_kind->addItem(tr("OCI archive (tar)"), int(ImageReference::Kind::OciArchive));
    m_kind->addItem(tr("Docker archive (docker save)"), int(ImageReference::Kind::DockerArchive));
    m_kind->addItem(tr("Registry (needs the network)"), int(ImageReference::Kind::Registry));

    const QList<BundleTemplates::Template> templates = BundleTemplates::all();
    for (const BundleTemplates::Template &entry : templates) {
        if (ImageImporter::templateIds().contains(entry.id)) {
            m_template->addItem(entry.title, entry.id);
            m_template->setItemData(m_template->count() - 1, entry.description, Qt::ToolTipRole);
        }
    }

    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(m_chooseImage);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_chooseTarget);
    m_target->setPlaceholderText(tr("An empty or new directory"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_kind);
    // A row of a field and its button needs its label's buddy set by hand.
    auto imageLabel = new QLabel(tr("&Image:"), this);
    imageLabel->setBuddy(m_image);
    form->addRow(imageLabel, imageRow);
    form->addRow(tr("&Template:"), m_template);
    auto targetLabel = new QLabel(tr("&Directory:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);

    m_progress->setTextVisible(false);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Import output"));
    m_log->setAccessibleDescription(tr("What skopeo and umoci write while they import"));
    m_log->setTabChangesFocus(true); // read-only: Tab moves on
    m_log->setPlaceholderText(tr("The output of skopeo and umoci appears here."));
    m_log->setMaximumBlockCount(1000);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("fromImageCancelButton"));
    m_create = m_buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("fromImageCreateButton"));
    m_create->setDefault(true);

    auto intro = new QLabel(tr("The image's root filesystem is unpacked with umoci (skopeo copies archives and "
                               "registry images first). The config is the template's, with the image's command, "
                               "environment, user, working directory and volumes on top."),
                            this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &FromImageDialog::updateForKind);
    connect(m_chooseImage, &QPushButton::clicked, this, &FromImageDialog::chooseImage);
    connect(m_chooseTarget, &QPushButton::clicked, this, &FromImageDialog::chooseTarget);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FromImageDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FromImageDialog::reject);
    connect(m_importer, &ImageImporter::stepStarted, this, &FromImageDialog::showStep);
    connect(m_importer, &ImageImporter::outputLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_importer, &ImageImporter::failed, this, &FromImageDialog::showFailure);
    connect(m_importer, &ImageImporter::canceled, this, [this] {
        setImporting(false);
        m_step->setText(tr("Canceled; what the import had written is removed."));
    });
    connect(m_importer, &ImageImporter::succeeded, this, [this](const QString &configPath) {
        setImporting(false);
        m_configPath = configPath;
        accept();
    });

    updateForKind();
    setImporting(false);
    resize(640, 480);
}

QPushButton *FromImageDialog::createButton() const
{
    return m_create;
}

QPushButton *FromImageDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

QString FromImageDialog::imageReference() const
{
    const auto kind = ImageReference::Kind(m_kind->currentData().toInt());
    QString text = m_image->text().trimmed();
    const QString prefix = prefixOf(kind);
    if (!prefix.isEmpty() && text.startsWith(prefix))
        text = text.mid(prefix.size());
    return prefix + text;
}

void FromImageDialog::setSource(ImageReference::Kind kind, const QString &text)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_image->setText(text);
}

void FromImageDialog::setTemplateId(const QString &id)
{
    m_template->setCurrentIndex(m_template->findData(id));
}

void FromImageDialog::setTargetDirectory(const QString &directory)
{
    m_target->setText(directory);
}

void FromImageDialog::updateForKind()
{
    const auto kind = ImageReference::Kind(m_kind->currentData().toInt());
    m_chooseImage->setEnabled(kind != ImageReference::Kind::Registry);
    switch (kind) {
    case ImageReference::Kind::Layout:
        m_image->setPlaceholderText(tr("PATH[:TAG], the tag \"latest\" when none is given"));
        break;
    case ImageReference::Kind::OciArchive:
    case ImageReference::Kind::DockerArchive: m_image->setPlaceholderText(tr("PATH of the .tar file")); break;
    case ImageReference::Kind::Registry:
        m_image->setPlaceholderText(tr("NAME[:TAG], e.g. docker.io/library/busybox:latest"));
        break;
    }
}

void FromImageDialog::chooseImage()
{
    const auto kind = ImageReference::Kind(m_kind->currentData().toInt());
    const QString path = kind == ImageReference::Kind::Layout
        ? QFileDialog::getExistingDirectory(this, tr("Choose an OCI Image Layout"), QDir::homePath())
        : QFileDialog::getOpenFileName(this, tr("Choose an Image Archive"), QDir::homePath(),
                                       tr("Image archives (*.tar);;All files (*)"));
    if (!path.isEmpty())
        m_image->setText(path);
}

void FromImageDialog::chooseTarget()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Choose a Directory for the New Bundle"), QDir::homePath());
    if (!directory.isEmpty())
        m_target->setText(directory);
}

void FromImageDialog::setImporting(bool importing)
{
    for (QWidget *input :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_image), static_cast<QWidget *>(m_template),
          static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_chooseTarget)})
        input->setEnabled(!importing);
    m_chooseImage->setEnabled(!importing
                              && ImageReference::Kind(m_kind->currentData().toInt()) != ImageReference::Kind::Registry);
    createButton()->setEnabled(!importing);
    m_progress->setVisible(importing);
}

void FromImageDialog::startImport()
{
    m_error->hide();
    m_log->clear();
    if (m_target->text().trimmed().isEmpty())
        return showFailure(tr("Choose a directory for the new bundle."));
    const Result<ImageReference> source = ImageReference::parse(imageReference());
    if (!source)
        return showFailure(source.error());
    setImporting(true);
    const Result<void> started =
        m_importer->start(source.value(), m_template->currentData().toString(), m_target->text().trimmed());
    if (!started)
        showFailure(started.error());
}

void FromImageDialog::showStep(ImageImporter::Step step, int number, int count)
{
    m_step->setText(tr("Step %1 of %2: %3").arg(number).arg(count).arg(ImageImporter::stepTitle(step)));
    m_progress->setRange(0, count);
    m_progress->setValue(number - 1);
}

void FromImageDialog::showFailure(const QString &message)
{
    setImporting(false);
    m_step->clear();
    m_error->setText(message);
    m_error->show();
}

void FromImageDialog::reject()
{
    // Cancel during an import stops it and keeps the dialog open to say so.
    if (m_importer->isRunning()) {
        m_importer->cancel();
        return;
    }
    QDialog::reject();
}

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bundle/imageimporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// File > New from Image: asks for an image (layout, archive or registry), a
// template and a target directory, runs the ImageImporter with its progress
// and a Cancel that stops it and removes the half-made bundle, and accepts
// with the new bundle's config.json.
class FromImageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FromImageDialog(QWidget *parent = nullptr);

    // The reference as `new --from-image` takes it, from the kind and text.
    QString imageReference() const;
    void setSource(ImageReference::Kind kind, const QString &text);
    void setTemplateId(const QString &id);
    void setTargetDirectory(const QString &directory);
    // The config.json written, once accepted.
    QString configPath() const { return m_configPath; }
    bool isImporting() const { return m_importer->isRunning(); }
    QPushButton *createButton() const;
    QPushButton *cancelButton() const;
    ImageImporter *importer() const { return m_importer; }

    void reject() override;

private:
    void startImport();
    void chooseImage();
    void chooseTarget();
    void updateForKind();
    void setImporting(bool importing);
    void showStep(ImageImporter::Step step, int number, int count);
    void showFailure(const QString &message);

    ImageImporter *m_importer;
    QComboBox *m_kind;
    QLineEdit *m_image;
    QPushButton *m_chooseImage;
    QComboBox *m_template;
    QLineEdit *m_target;
    QPushButton *m_chooseTarget;
    QLabel *m_step;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create = nullptr;
    QString m_configPath;
};

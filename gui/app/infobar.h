// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;

// A one-line message across the top of an area, in the tooltip colours of
// the palette, that the user can close; shown again with setVisible(true).
class InfoBar : public QFrame
{
    Q_OBJECT

public:
    explicit InfoBar(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

Q_SIGNALS:
    void closed();

private:
    QLabel *m_label;
};

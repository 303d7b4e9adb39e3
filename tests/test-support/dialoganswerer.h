// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QApplication>
#include <QPushButton>
#include <QTimer>

#include <functional>

// Clicks the button named objectName in the next modal dialog that shows.
// Keeps answering until stopped, so a test can also meet a dialog twice.
// Header only, for widget tests (they link Qt Widgets through obe_gui):
// obe_testsupport itself stays without Widgets.
class DialogAnswerer : public QObject
{
public:
    explicit DialogAnswerer(const QString &objectName, std::function<void(QWidget *)> inspect = {})
        : m_objectName(objectName), m_inspect(std::move(inspect))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *dialog = QApplication::activeModalWidget();
            auto *button = dialog ? dialog->findChild<QPushButton *>(m_objectName) : nullptr;
            if (!button)
                return;
            if (m_inspect)
                m_inspect(dialog);
            ++m_answered;
            button->click();
        });
        m_timer.start(30);
    }
    int answered() const { return m_answered; }

private:
    QTimer m_timer;
    QString m_objectName;
    std::function<void(QWidget *)> m_inspect;
    int m_answered = 0;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListView;
class QStringListModel;
class QVBoxLayout;

// The Welcome mode: where to start — a recent bundle, a new one from a
// template, or one opened from disk; and Learn OCI, the concepts behind it.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Newest first, as RecentFiles keeps them.
    void setRecentBundles(const QStringList &paths);
    QListView *recentView() const { return m_recentView; }

Q_SIGNALS:
    void openRecentRequested(const QString &path);
    void openRequested();
    void newFromTemplateRequested(const QString &templateId);
    void newFromImageRequested();
    void learnRequested();

private:
    QStringListModel *m_recent;
    QListView *m_recentView;
};

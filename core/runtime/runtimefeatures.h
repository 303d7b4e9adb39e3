// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "document/json.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// What a runtime says it supports: the document "runc features" prints, or,
// for a runtime without that command (crun 1.8), the few answers its
// "--version" text gives ("+SECCOMP +APPARMOR ..."). A section the runtime
// did not report stays unknown, never unsupported.
class RuntimeFeatures
{
public:
    // Fails when json is not a features document. runtimeName labels the
    // answers ("runc 1.1.5") when the document carries no version annotation.
    static Result<RuntimeFeatures> fromJson(const QByteArray &json,
                                            const QString &runtimeName = QStringLiteral("runc"));
    // What "crun --version" answers: the version, the spec version it
    // declares and its +/- build flags.
    static RuntimeFeatures fromVersionText(const QString &runtimeName, const QByteArray &versionText);

    // "runc 1.1.5", "crun 1.8.1", or the bare name when no version is known.
    QString label() const { return m_label; }
    // "runc", "crun": the program's file name.
    QString name() const { return m_name; }
    // "1.1.5": the runtime's version, when it reports one.
    QString version() const { return m_version; }
    // True when the answers come from a features document.
    bool hasDocument() const { return !m_document.isEmpty(); }
    // The features document as the runtime printed it, or its version text.
    QByteArray rawText() const { return hasDocument() ? m_document : m_versionText; }
    // The spec versions the runtime declares; empty when it declares none.
    QString ociVersionMin() const { return m_ociVersionMin; }
    QString ociVersionMax() const { return m_ociVersionMax; }

    // The strings listed at pointer ("/linux/capabilities"), or nothing when
    // the runtime did not report that list.
    std::optional<QSet<QString>> list(const QString &pointer) const;
    // The boolean at pointer ("/linux/apparmor/enabled"), if reported.
    std::optional<bool> flag(const QString &pointer) const;

    QStringList hooks() const { return list(QStringLiteral("/hooks")).value_or(QSet<QString>()).values(); }
    QStringList namespaces() const
    {
        return list(QStringLiteral("/linux/namespaces")).value_or(QSet<QString>()).values();
    }

    // One warning per aspect of config the runtime does not support, in the
    // order of RuntimeSupportCheck's rows ("Capabilities: runc 1.1.5 features
    // lists no 'CAP_BPF'."). The run panel and the Runtime support view
    // share this judgement.
    QStringList unsupportedIn(const Json &config) const;

private:
    QString m_name;
    QString m_label;
    QString m_version;
    QByteArray m_document;
    QByteArray m_versionText;
    QString m_ociVersionMin;
    QString m_ociVersionMax;
    QHash<QString, QSet<QString>> m_lists;
    QHash<QString, bool> m_flags;
};

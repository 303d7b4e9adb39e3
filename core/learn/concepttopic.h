// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// The concepts Learn OCI explains, one page each, in reading order.
enum class ConceptTopic {
    Bundle,
    Lifecycle,
    Namespaces,
    UserNamespaces,
    Capabilities,
    Mounts,
    Cgroups,
    Security,
    Hooks,
};

// The topics' names and their links. Pages link to each other with
// "obe-topic:ID" and to the fields that edit what they explain with
// "obe-field:POINTER"; the window follows both.
class ConceptTopics
{
    Q_DECLARE_TR_FUNCTIONS(ConceptTopics)

public:
    static QList<ConceptTopic> all();
    // "namespaces", "user-namespaces", ...: stable, for links and settings.
    static QString id(ConceptTopic topic);
    static std::optional<ConceptTopic> fromId(const QString &id);
    static QString title(ConceptTopic topic);

    // The page that explains the concept a field belongs to; nullopt for
    // fields outside every page (annotations, other platforms).
    static std::optional<ConceptTopic> forPointer(const JsonPointer &pointer);

    static QUrl topicUrl(ConceptTopic topic);
    static QUrl fieldUrl(const QString &pointer);
    // The topic or pointer a link names; nullopt for other links.
    static std::optional<ConceptTopic> topicOfUrl(const QUrl &url);
    static std::optional<JsonPointer> pointerOfUrl(const QUrl &url);
    // The Run mode's timeline of the open bundle.
    static QUrl timelineUrl();
    static bool isTimelineUrl(const QUrl &url);
};

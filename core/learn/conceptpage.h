// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "concepttopic.h"
#include "document/json.h"

#include <QCoreApplication>
#include <QString>

// One Learn OCI page as HTML for QTextBrowser: the concept in a few
// paragraphs, then what the open bundle says about it (tables built from
// the document), with "obe-field:" links to the fields that edit it and
// "obe-topic:" links to the other pages. Reads nothing but the document and,
// for the bundle page, whether the root filesystem exists.
class ConceptPage
{
    Q_DECLARE_TR_FUNCTIONS(ConceptPage)

public:
    // bundleDirectory is empty for a document not saved yet.
    static QString html(ConceptTopic topic, const Json &root, const QString &bundleDirectory);
};

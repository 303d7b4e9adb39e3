// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"
#include "pointerpath.h"
#include "speccatalogue.h"

#include <QCoreApplication>

#include <optional>
#include <string_view>

// Walks a document alongside the catalogue and reports what the catalogue
// alone can tell: wrong types, out-of-range integers, values outside an
// enum, missing required members, malformed strings (paths, KEY=VALUE,
// CPU lists, ...), and fields that are newer than the document's version,
// deprecated or unknown. The platforms the document is meant for decide
// which members are required, which enums are complete and what an
// absolute path looks like. One visit per node; the pointer text is only
// spelled when there is something to report.
class SchemaChecker
{
    // Messages belong to the validator as a whole, one context for translators.
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    SchemaChecker(const SpecCatalogue &catalogue, std::optional<SpecVersion> documentVersion, FindingSink *sink);

    void check(const Json &root);

private:
    class MemberCache;

    // `siblings` is set for the elements of an array, which share their members' fields.
    void visit(const Json &value, const FieldInfo &field, bool versionReported, MemberCache *siblings);
    void visitArray(const Json &value, const FieldInfo &field, bool versionReported);
    void visitObject(const Json &value, const FieldInfo &field, bool versionReported, MemberCache *siblings);
    void checkRequired(const Json::object_t &members, const FieldInfo &field);
    void checkLifecycle(const FieldInfo &field, bool *versionReported);
    bool checkType(const Json &value, const FieldInfo &field);
    void checkRange(const Json &value, const FieldInfo &field);
    void checkString(const std::string &text, const FieldInfo &field, bool versionReported);
    bool isPlainlyWellFormed(std::string_view text, const FieldInfo &field) const;
    void checkFormat(const QString &text, const FieldInfo &field);
    void checkCapability(const QString &name);
    bool isAbsolute(const QString &path) const;

    QString pointer() const { return m_path.toString(); }

    const SpecCatalogue &m_catalogue;
    std::optional<SpecVersion> m_documentVersion;
    FindingSink *m_sink;
    Platforms m_platforms = Platform::Linux;
    PointerPath m_path;
};

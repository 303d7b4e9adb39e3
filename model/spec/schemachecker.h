#pragma once

#include "findingsink.h"
#include "speccatalogue.h"

#include <QCoreApplication>

#include <optional>
#include <string>

// Walks a document alongside the catalogue and reports what the catalogue
// alone can tell: wrong types, out-of-range integers, values outside an
// enum, missing required members, malformed strings (paths, KEY=VALUE,
// CPU lists, ...), and fields that are newer than the document's version,
// deprecated or unknown. One visit per node; the pointer text is only
// built into a QString when there is something to report.
class SchemaChecker
{
    // Messages belong to the validator as a whole, one context for translators.
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    SchemaChecker(const SpecCatalogue &catalogue, std::optional<SpecVersion> documentVersion, FindingSink *sink);

    void check(const Json &root);

private:
    void visit(const Json &value, const FieldInfo &field, bool versionReported);
    void visitChildren(const Json &value, const FieldInfo &field, bool versionReported);
    void checkRequired(const Json &object, const FieldInfo &field);
    void checkLifecycle(const FieldInfo &field, bool *versionReported);
    bool checkType(const Json &value, const FieldInfo &field);
    void checkRange(const Json &value, const FieldInfo &field);
    void checkString(const std::string &text, const FieldInfo &field, bool versionReported);
    void checkFormat(const QString &text, const FieldInfo &field);
    void checkCapability(const QString &name);

    QString pointer() const;
    QString childPointer(const char *pattern) const;
    void push(std::string_view token);
    void push(size_t index);
    void pop(size_t previousSize) { m_pointer.resize(previousSize); }

    const SpecCatalogue &m_catalogue;
    std::optional<SpecVersion> m_documentVersion;
    FindingSink *m_sink;
    std::string m_pointer;
};

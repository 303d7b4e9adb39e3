// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldinfo.h"
#include "document/json.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <span>
#include <string_view>

// Everything the editor knows about the fields of runtime-spec 1.0.0-1.3.0,
// for Linux and the other platforms (Windows, virtual machines, Solaris,
// z/OS, FreeBSD): types, allowed values, units, defaults, versions and our
// own explanations. Lookups walk a trie built once from the table, so they cost
// a few hash look-ups per pointer token and never run a regular expression.
class SpecCatalogue
{
public:
    static const SpecCatalogue &instance();
    ~SpecCatalogue();

    SpecCatalogue(const SpecCatalogue &) = delete;
    SpecCatalogue &operator=(const SpecCatalogue &) = delete;

    // The field describing the whole document (pattern "").
    const FieldInfo *root() const;
    // The field a concrete pointer ("/mounts/3/destination") falls under;
    // nullptr for unknown fields.
    const FieldInfo *lookup(const JsonPointer &pointer) const;
    const FieldInfo *lookup(const QString &pointer) const;
    // The field with exactly this pattern ("/mounts/*/destination").
    const FieldInfo *field(const QString &pattern) const;

    // One step down, for walkers that follow a document: the member `key`
    // of an object described by `parent`, or an element of an array.
    const FieldInfo *memberOf(const FieldInfo *parent, std::string_view key) const;
    const FieldInfo *elementOf(const FieldInfo *parent) const;

    // Where pointer is, for people: the catalogue's titles from the top,
    // "Resources › Memory › Limit" for "/linux/resources/memory/limit".
    // Array elements are named by their row number as the tables count
    // (from 1) or, given the document, by a natural name where they have
    // one: a mount's destination, a namespace's type, an env variable's
    // name ("Mounts › /proc › Options"). Unknown members keep their key.
    // Empty for the whole document.
    QString locationText(const QString &pointer, const Json *document = nullptr) const;

    const FieldInfo *parent(const FieldInfo *field) const;
    QList<const FieldInfo *> children(const FieldInfo *field) const;
    // The named children a present object must have.
    QList<const FieldInfo *> requiredChildren(const FieldInfo *field) const;
    // Their member names, in the same order; views into the catalogue.
    std::span<const std::string_view> requiredKeys(const FieldInfo *field) const;
    QList<const FieldInfo *> fields() const;

    static QString title(const FieldInfo &field);
    static QString summary(const FieldInfo &field);
    static QString explanation(const FieldInfo &field);
    static QString section(const FieldInfo &field);
    static QString unitName(Unit unit);
    // "uint32", "string | boolean", ...: the accepted types, for people.
    static QString typeDescription(const FieldInfo &field);
    // The allowed (or, for open enums, suggested) values, for combo boxes.
    static QStringList allowedValues(const FieldInfo &field);
    // The value the spec assumes when the field is absent, if it names one.
    static std::optional<Json> defaultValue(const FieldInfo &field);
    // "Linux", "Windows", ...: the platforms' own names, in a fixed order.
    static QStringList platformNames(Platforms platforms);

    QList<CapabilityInfo> capabilities() const;
    const CapabilityInfo *capability(const QString &name) const;
    // True when `name` is spelled exactly like a known capability; cheaper
    // than capability() for names read from a document.
    bool isKnownCapability(std::string_view name) const;
    static QString capabilitySummary(const CapabilityInfo &info);

    static QList<SpecVersion> versions();
    static SpecVersion bestVersion();

private:
    SpecCatalogue();

    struct Data;
    std::unique_ptr<Data> m_data;
};

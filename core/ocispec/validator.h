// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "finding.h"
#include "document/json.h"
#include "validationcontext.h"

#include <QList>

class SpecCatalogue;

// Checks a runtime-spec configuration: first against the catalogue (types,
// ranges, enums, required fields, formats, versions), then against the
// rules that relate fields to each other, including what runc 1.1 refuses.
// With a context it also reads the file's bytes and checks the bundle
// against this machine and its root filesystem. Linear in the document size.
class Validator
{
public:
    explicit Validator(const SpecCatalogue &catalogue);
    Validator();

    // checkDocument() then checkBundle().
    QList<Finding> run(const Json &root, const ValidationContext &context = {}) const;
    // The document and its bytes: no file system access, fast enough to
    // follow every edit.
    QList<Finding> checkDocument(const Json &root, const ValidationContext &context = {}) const;
    // The bundle on this machine and its root filesystem (context's bundle
    // directory; nothing without one). Reads files: the window runs it in
    // a worker thread.
    QList<Finding> checkBundle(const Json &root, const ValidationContext &context) const;

    // Validates with the built-in catalogue.
    static QList<Finding> validate(const Json &root, const ValidationContext &context = {});

private:
    const SpecCatalogue &m_catalogue;
};

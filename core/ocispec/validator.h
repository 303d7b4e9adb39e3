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
// against this machine. Linear in the document size.
class Validator
{
public:
    explicit Validator(const SpecCatalogue &catalogue);
    Validator();

    QList<Finding> run(const Json &root, const ValidationContext &context = {}) const;

    // Validates with the built-in catalogue.
    static QList<Finding> validate(const Json &root, const ValidationContext &context = {});

private:
    const SpecCatalogue &m_catalogue;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bundle.h"
#include "base/result.h"

#include <QString>

// Writes a bundle's config.json (goci's BundleSaver) atomically, in the
// layout the bundle was loaded with.
class BundleSaver
{
public:
    // path is the bundle directory, which must exist. Returns the path of
    // the config.json written.
    Result<QString> save(const Bundle &bundle, const QString &path) const;
};

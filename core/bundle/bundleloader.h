// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bundle.h"
#include "base/result.h"

#include <QString>

// Reads a bundle (goci's BndlLoader) losslessly: the Bundle keeps the file's
// layout, so BundleSaver writes an unchanged bundle back byte for byte.
class BundleLoader
{
public:
    // path is the bundle directory or its config.json.
    Result<Bundle> load(const QString &path) const;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldinfo.h"

#include <span>
#include <vector>

// The rows of the spec catalogue. Kept apart from SpecCatalogue so that the
// table reads as data and the lookup code stays small.
namespace CatalogueEntries {

std::vector<FieldInfo> fields();
std::span<const CapabilityInfo> capabilities();

} // namespace CatalogueEntries

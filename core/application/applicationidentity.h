// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Organization, application name and version, the same for the window and
// the subcommands, so that both share QSettings and the data directory.
namespace ApplicationIdentity {

void install();
// This build's version, e.g. "0.1.0".
QString version();

} // namespace ApplicationIdentity

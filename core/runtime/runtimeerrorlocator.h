// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/json.h"
#include "ocispec/finding.h"
#include "runtime/runtimelog.h"

#include <QList>
#include <QString>

// Finds the field of config.json that a runtime's error message is about,
// so that a bundle runc still refuses shows the refusal where the eye is:
// "sysctl \"vm.swappiness\" is not in a separate kernel namespace" points
// at /linux/sysctl/vm.swappiness. The patterns are runc 1.1's messages
// (libcontainer/configs/validate, specconv, the init code); a message that
// names none still points at a field whose value it quotes.
namespace RuntimeErrorLocator {

// The JSON pointer of the field, "" for the file as a whole (a decoding
// error), or a null string when the message names no field.
QString pointerFor(const QString &message, const Json &config);

// One finding per error or warning of the log, with the runtime's own words
// as its message (code "runtime.refused" or "runtime.warning") and the
// field's pointer, a null string where the message names none.
// failure is the runtime's standard error (or the session's message), taken
// as the error when the log holds none.
QList<Finding> findingsFor(const QList<RuntimeLogEntry> &log, const Json &config, const QString &failure = QString());

} // namespace RuntimeErrorLocator

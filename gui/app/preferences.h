// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// The user's settings, kept in QSettings. The runtime keys are shared with
// the run panel, which reads them when it starts a container.
namespace Preferences {

inline constexpr const char *LanguageKey = "ui/language";
inline constexpr const char *RuntimeProgramKey = "runtime/program";
inline constexpr const char *RuntimeRootKey = "runtime/root";
inline constexpr const char *SystemdCgroupKey = "runtime/systemdCgroup";
inline constexpr const char *RootlessKey = "runtime/rootless";

// "" follows the system locale; otherwise a language code such as "de".
QString language();
void setLanguage(const QString &code);

// "runc", "crun" or an absolute path to another compatible runtime.
QString runtimeProgram();
void setRuntimeProgram(const QString &program);

// The runtime's --root; empty uses the runtime's own default.
QString runtimeRoot();
void setRuntimeRoot(const QString &directory);

bool systemdCgroup();
void setSystemdCgroup(bool enabled);

bool rootless();
void setRootless(bool enabled);

} // namespace Preferences

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <sys/stat.h>

// Files as a test sees them, read and written with Qt alone so that the
// code under test is never its own witness.

// The file's bytes, or "<unreadable>": a file that cannot be read then
// never equals an empty one.
QByteArray readFile(const QString &path);
// Creates or replaces the file with data; false when any of it failed.
bool writeFile(const QString &path, const QByteArray &data);
// lstat(2) of the path itself (a link is not followed); zeros for nothing.
struct stat statOf(const QString &path);
// The system's words for an errno value, as error messages quote them.
QString errnoText(int error);

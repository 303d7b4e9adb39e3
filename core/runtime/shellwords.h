// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QStringList>

// A command line as people type it into a shell: words split at blanks,
// 'single' and "double" quotes grouping them, a backslash taking the next
// character as it is. No expansion of any kind: the words go to the runtime
// as they are, so $HOME stays "$HOME" (a shell inside the container may
// expand it). QProcess::splitCommand knows only double quotes, which breaks
// the "sh -c 'echo hello'" everybody types.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)

public:
    static Result<QStringList> split(const QString &line);
    // The words quoted so that split() gives them back.
    static QString join(const QStringList &words);
};

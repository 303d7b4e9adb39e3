// SPDX-License-Identifier: Apache-2.0
#include "testfiles.h"

#include <QFile>

#include <cstring>

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

struct stat statOf(const QString &path)
{
    struct stat status
    { };
    ::lstat(QFile::encodeName(path).constData(), &status);
    return status;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

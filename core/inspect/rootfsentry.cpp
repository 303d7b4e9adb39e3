// SPDX-License-Identifier: Apache-2.0
#include "rootfsentry.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>
#include <sys/sysmacros.h>

bool RootfsEntry::isDirectory() const
{
    return S_ISDIR(mode);
}

bool RootfsEntry::isRegularFile() const
{
    return S_ISREG(mode);
}

bool RootfsEntry::isSymlink() const
{
    return S_ISLNK(mode);
}

bool RootfsEntry::isDevice() const
{
    return S_ISCHR(mode) || S_ISBLK(mode);
}

quint32 RootfsEntry::deviceMajor() const
{
    return ::major(dev_t(deviceNumber));
}

quint32 RootfsEntry::deviceMinor() const
{
    return ::minor(dev_t(deviceNumber));
}

QString RootfsEntry::displayName() const
{
    return QFile::decodeName(name);
}

QString RootfsEntry::typeName() const
{
    if (S_ISDIR(mode))
        return QCoreApplication::translate("RootfsEntry", "Directory");
    if (S_ISREG(mode))
        return QCoreApplication::translate("RootfsEntry", "File");
    if (S_ISLNK(mode))
        return QCoreApplication::translate("RootfsEntry", "Symbolic link");
    if (S_ISCHR(mode))
        return QCoreApplication::translate("RootfsEntry", "Character device");
    if (S_ISBLK(mode))
        return QCoreApplication::translate("RootfsEntry", "Block device");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("RootfsEntry", "FIFO");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("RootfsEntry", "Socket");
    return QCoreApplication::translate("RootfsEntry", "Unknown");
}

QString RootfsEntry::modeString(quint32 mode)
{
    QString text(10, QLatin1Char('-'));
    if (S_ISDIR(mode))
        text[0] = QLatin1Char('d');
    else if (S_ISLNK(mode))
        text[0] = QLatin1Char('l');
    else if (S_ISCHR(mode))
        text[0] = QLatin1Char('c');
    else if (S_ISBLK(mode))
        text[0] = QLatin1Char('b');
    else if (S_ISFIFO(mode))
        text[0] = QLatin1Char('p');
    else if (S_ISSOCK(mode))
        text[0] = QLatin1Char('s');
    const char letters[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400u >> i))
            text[i + 1] = QLatin1Char(letters[i]);
    }
    // The special bits take the execute bit's place: lower case when it is set too.
    const auto special = [&](int index, quint32 bit, char set, char unset) {
        if (mode & bit)
            text[index] = QLatin1Char(text[index] == QLatin1Char('x') ? set : unset);
    };
    special(3, S_ISUID, 's', 'S');
    special(6, S_ISGID, 's', 'S');
    special(9, S_ISVTX, 't', 'T');
    return text;
}

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/result.h"
#include "ocispec/elfheader.h"

#include <QByteArray>
#include <QString>

class RootfsReader;

// The start of a regular file of a root filesystem, read-only and bounded:
// as text when it is UTF-8 without NUL bytes, else as bytes for a hex view,
// and for ELF files their class, machine and interpreter (ElfHeader, the
// reader the root filesystem checks use: bounded, no extra library).
struct FilePreview
{
    QByteArray head; // at most the bytes asked for
    qint64 size = 0; // the whole file's
    bool isText = false;
    ElfHeader elf;

    bool isTruncated() const { return size > head.size(); }

    static constexpr qint64 DefaultBytes = 64 * 1024;
    static Result<FilePreview> read(const RootfsReader &reader, const QByteArray &path, qint64 maxBytes = DefaultBytes);
    static bool looksLikeText(const QByteArray &bytes);
    // "00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|", as hexdump -C.
    static QString hexDump(const QByteArray &bytes);
    // "ELF 64-bit, x86-64, interpreter /lib64/ld-linux-x86-64.so.2", translated; empty for other files.
    QString elfSummary() const;
};

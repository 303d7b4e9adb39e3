// SPDX-License-Identifier: Apache-2.0
#include "filepreview.h"

#include "rootfsreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <unistd.h>

Result<FilePreview> FilePreview::read(const RootfsReader &reader, const QByteArray &path, qint64 maxBytes)
{
    const int fd = reader.openFile(path);
    if (fd < 0)
        return Result<FilePreview>::failure(QString::fromLocal8Bit(std::strerror(errno)));
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Result<FilePreview>::failure(file.errorString());
    }
    FilePreview preview;
    preview.size = file.size();
    preview.head = file.read(maxBytes);
    preview.isText = looksLikeText(preview.head);
    if (preview.head.startsWith("\x7f"
                                "ELF")
        && file.seek(0))
        preview.elf = ElfHeader::read(&file);
    return preview;
}

bool FilePreview::looksLikeText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    // A character cut at the end of the bytes read is not an error.
    const qsizetype replacements = text.count(QChar::ReplacementCharacter);
    return replacements == 0 || (replacements == 1 && text.endsWith(QChar::ReplacementCharacter));
}

QString FilePreview::hexDump(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size() / 16 * 79 + 79);
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        text += QStringLiteral("%1 ").arg(line, 8, 16, QLatin1Char('0'));
        QString printable;
        for (qsizetype i = line; i < line + 16; ++i) {
            if (i % 8 == 0)
                text += QLatin1Char(' ');
            if (i < bytes.size()) {
                const uchar byte = uchar(bytes.at(i));
                text += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                printable += byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                text += QStringLiteral("   ");
            }
        }
        text += QStringLiteral(" |") + printable + QStringLiteral("|\n");
    }
    return text;
}

QString FilePreview::elfSummary() const
{
    switch (elf.status()) {
    case ElfHeader::Status::NotElf: return {};
    case ElfHeader::Status::Truncated: return QCoreApplication::translate("FilePreview", "ELF, truncated");
    case ElfHeader::Status::Invalid: return QCoreApplication::translate("FilePreview", "ELF, invalid header");
    case ElfHeader::Status::Valid: break;
    }
    const QString bits = elf.is64Bit() ? QStringLiteral("64") : QStringLiteral("32");
    const QString machine = ElfHeader::machineName(elf.machine(), elf.is64Bit());
    if (elf.interpreter().isEmpty())
        return QCoreApplication::translate("FilePreview", "ELF %1-bit, %2, static (no interpreter)").arg(bits, machine);
    return QCoreApplication::translate("FilePreview", "ELF %1-bit, %2, interpreter %3")
        .arg(bits, machine, QFile::decodeName(elf.interpreter()));
}

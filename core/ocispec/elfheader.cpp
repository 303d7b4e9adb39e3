// SPDX-License-Identifier: Apache-2.0
#include "elfheader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>

namespace {

constexpr quint32 ProgramInterpreter = 3; // PT_INTERP
// The kernel's own limits (fs/binfmt_elf.c): at most 64 KiB of program
// headers, an interpreter name of 2 to PATH_MAX bytes.
constexpr quint64 MaxProgramHeaders = 65536;
constexpr quint64 MaxInterpreter = 4096;

// Little- or big-endian fields of a buffer already checked to be long enough.
class Fields
{
public:
    Fields(const QByteArray &bytes, bool bigEndian) : m_bytes(bytes), m_bigEndian(bigEndian) { }

    quint64 at(qsizetype offset, int size) const
    {
        quint64 value = 0;
        for (int i = 0; i < size; ++i) {
            const auto byte = quint64(quint8(m_bytes.at(offset + (m_bigEndian ? i : size - 1 - i))));
            value = (value << 8) | byte;
        }
        return value;
    }

private:
    const QByteArray &m_bytes;
    bool m_bigEndian;
};

// Exactly `length` bytes at `offset`, or nothing: never more than asked.
std::optional<QByteArray> readAt(QIODevice *device, quint64 offset, quint64 length)
{
    const qint64 size = device->size();
    if (size < 0 || offset > quint64(size) || length > quint64(size) - offset || !device->seek(qint64(offset)))
        return std::nullopt;
    QByteArray bytes = device->read(qint64(length));
    if (quint64(bytes.size()) != length)
        return std::nullopt;
    return bytes;
}

} // namespace

ElfHeader ElfHeader::fromBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer);
}

ElfHeader ElfHeader::read(QIODevice *device)
{
    ElfHeader header;
    if (!device->seek(0))
        return header;
    const QByteArray ident = device->read(64);
    if (!ident.startsWith("\x7f"
                          "ELF"))
        return header;
    header.m_status = Status::Truncated;
    if (ident.size() < 16)
        return header;
    header.m_status = Status::Invalid;
    const char elfClass = ident.at(4);
    const char encoding = ident.at(5);
    if ((elfClass != 1 && elfClass != 2) || (encoding != 1 && encoding != 2))
        return header;
    header.m_64bit = elfClass == 2;
    header.m_bigEndian = encoding == 2;
    const qsizetype headerSize = header.m_64bit ? 64 : 52;
    if (ident.size() < headerSize) {
        header.m_status = Status::Truncated;
        return header;
    }
    const Fields elf(ident, header.m_bigEndian);
    header.m_type = quint16(elf.at(16, 2));
    header.m_machine = quint16(elf.at(18, 2));
    const quint64 phoff = header.m_64bit ? elf.at(32, 8) : elf.at(28, 4);
    const quint64 phentsize = elf.at(header.m_64bit ? 54 : 42, 2);
    const quint64 phnum = elf.at(header.m_64bit ? 56 : 44, 2);
    if (!header.isProgram()) {
        header.m_status = Status::Valid; // the rules say why it does not run
        return header;
    }
    const quint64 entrySize = header.m_64bit ? 56 : 32;
    if (phentsize != entrySize || phnum == 0 || phnum * entrySize > MaxProgramHeaders)
        return header;
    const std::optional<QByteArray> table = readAt(device, phoff, phnum * entrySize);
    if (!table) {
        header.m_status = Status::Truncated;
        return header;
    }
    const Fields program(*table, header.m_bigEndian);
    for (quint64 i = 0; i < phnum; ++i) {
        const qsizetype base = qsizetype(i * entrySize);
        if (program.at(base, 4) != ProgramInterpreter)
            continue;
        const quint64 offset = header.m_64bit ? program.at(base + 8, 8) : program.at(base + 4, 4);
        const quint64 length = header.m_64bit ? program.at(base + 32, 8) : program.at(base + 16, 4);
        if (length < 2 || length > MaxInterpreter)
            return header;
        const std::optional<QByteArray> name = readAt(device, offset, length);
        if (!name) {
            header.m_status = Status::Truncated;
            return header;
        }
        if (name->back() != '\0')
            return header;
        header.m_interpreter = QByteArray(name->constData()); // up to the first NUL, as the kernel reads it
        break;                                                // the kernel takes the first
    }
    header.m_status = Status::Valid;
    return header;
}

QString ElfHeader::machineName(quint16 machine, bool is64Bit)
{
    static const QHash<quint16, const char *> names = {
        {MachineX86, "x86 (i386)"},
        {8, "mips"},
        {20, "ppc"},
        {21, "ppc64"},
        {22, "s390"},
        {MachineArm, "arm"},
        {MachineX86_64, "x86-64"},
        {MachineAarch64, "arm64 (aarch64)"},
        {258, "loongarch"},
    };
    if (machine == 243) // EM_RISCV serves both widths
        return is64Bit ? QStringLiteral("riscv64") : QStringLiteral("riscv32");
    if (machine == 22 && is64Bit)
        return QStringLiteral("s390x");
    if (const char *name = names.value(machine))
        return QString::fromLatin1(name);
    return QCoreApplication::translate("Validator", "machine %1").arg(machine);
}

const ElfHeader &ElfHeader::ofThisProgram()
{
    static const ElfHeader header = [] {
        QFile self(QStringLiteral("/proc/self/exe"));
        return self.open(QIODevice::ReadOnly) ? read(&self) : ElfHeader();
    }();
    return header;
}

bool ElfHeader::runsNativelyOn(const ElfHeader &host) const
{
    if (!host.isValid())
        return true; // nothing to compare with
    if (m_machine == host.m_machine && m_bigEndian == host.m_bigEndian)
        return true;
    // 64-bit kernels run their 32-bit siblings' programs (IA-32 and AArch32 compat).
    return !m_bigEndian && !host.m_bigEndian
        && ((m_machine == MachineX86 && host.m_machine == MachineX86_64)
            || (m_machine == MachineArm && host.m_machine == MachineAarch64));
}

// SPDX-License-Identifier: Apache-2.0
#include "testelf.h"

#include "ocispec/elfheader.h"

void TestElf::put(QByteArray &bytes, qsizetype offset, quint64 value, int size, bool bigEndian)
{
    if (bytes.size() < offset + size)
        bytes.resize(offset + size, '\0');
    for (int i = 0; i < size; ++i) {
        const int shift = 8 * (bigEndian ? size - 1 - i : i);
        bytes[offset + i] = char((value >> shift) & 0xff);
    }
}

QByteArray TestElf::bytes() const
{
    const bool be = bigEndian;
    const qsizetype headerSize = is64 ? 64 : 52;
    const qsizetype entrySize = is64 ? 56 : 32;
    QByteArray bytes(headerSize, '\0');
    bytes[0] = 0x7f;
    bytes[1] = 'E';
    bytes[2] = 'L';
    bytes[3] = 'F';
    bytes[4] = is64 ? 2 : 1;
    bytes[5] = be ? 2 : 1;
    bytes[6] = 1;
    put(bytes, 16, type, 2, be);
    put(bytes, 18, machine, 2, be);
    put(bytes, 20, 1, 4, be);
    if (is64) {
        put(bytes, 32, quint64(headerSize), 8, be); // e_phoff
        put(bytes, 52, quint64(headerSize), 2, be); // e_ehsize
        put(bytes, 54, quint64(entrySize), 2, be);
        put(bytes, 56, 1, 2, be);
    } else {
        put(bytes, 28, quint64(headerSize), 4, be);
        put(bytes, 40, quint64(headerSize), 2, be);
        put(bytes, 42, quint64(entrySize), 2, be);
        put(bytes, 44, 1, 2, be);
    }
    const qsizetype ph = headerSize;
    const qsizetype nameOffset = headerSize + entrySize;
    const quint64 nameSize = quint64(interpreter.size() + 1);
    put(bytes, ph, interpreter.isEmpty() ? 1 : 3, 4, be); // PT_LOAD or PT_INTERP
    if (is64) {
        put(bytes, ph + 8, quint64(nameOffset), 8, be);
        put(bytes, ph + 32, nameSize, 8, be);
        put(bytes, ph + 40, nameSize, 8, be);
    } else {
        put(bytes, ph + 4, quint64(nameOffset), 4, be);
        put(bytes, ph + 16, nameSize, 4, be);
        put(bytes, ph + 20, nameSize, 4, be);
    }
    bytes.resize(nameOffset, '\0');
    if (!interpreter.isEmpty())
        bytes += interpreter + '\0';
    return bytes;
}

quint16 TestElf::hostMachine()
{
    return ElfHeader::ofThisProgram().machine();
}

quint16 TestElf::foreignMachine()
{
    return hostMachine() == ElfHeader::MachineAarch64 ? ElfHeader::MachineX86_64 : ElfHeader::MachineAarch64;
}

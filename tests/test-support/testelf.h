// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QtGlobal>

// ELF files put together byte by byte, for the root filesystem checks:
// programs of this machine and of others, with or without an interpreter,
// and broken ones.
struct TestElf
{
    bool is64 = true;
    bool bigEndian = false;
    quint16 type = 2;       // ET_EXEC
    quint16 machine = 62;   // x86-64
    QByteArray interpreter; // without the NUL; empty: no PT_INTERP

    // An ELF header, one program header (PT_INTERP, or PT_LOAD without an
    // interpreter) and the interpreter's name right after them.
    QByteArray bytes() const;

    // Writes value as a size-byte field at offset, growing bytes as needed:
    // to break a header on purpose.
    static void put(QByteArray &bytes, qsizetype offset, quint64 value, int size, bool bigEndian);

    // The machine this test runs on, and one it does not run natively.
    static quint16 hostMachine();
    static quint16 foreignMachine();
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

// What execve(2) reads of an ELF file before it runs it: class, byte
// order, type, machine and the program interpreter (PT_INTERP). Reading is
// bounded and checks every offset against the file's size, so a truncated
// or hostile file gives Truncated or Invalid, never a crash or a large
// allocation.
class ElfHeader
{
public:
    enum class Status {
        NotElf,    // no "\x7fELF" at the start
        Truncated, // ends inside the header, the program headers or the interpreter's name
        Invalid,   // fields the kernel refuses (unknown class, odd header sizes, an unterminated name)
        Valid,
    };

    // Standard ELF numbers that the rules name.
    static constexpr quint16 TypeExecutable = 2; // ET_EXEC
    static constexpr quint16 TypeShared = 3;     // ET_DYN: position-independent programs too
    static constexpr quint16 MachineX86 = 3;
    static constexpr quint16 MachineArm = 40;
    static constexpr quint16 MachineX86_64 = 62;
    static constexpr quint16 MachineAarch64 = 183;

    static ElfHeader read(QIODevice *device);
    static ElfHeader fromBytes(const QByteArray &bytes);

    Status status() const { return m_status; }
    bool isValid() const { return m_status == Status::Valid; }
    bool is64Bit() const { return m_64bit; }
    bool isBigEndian() const { return m_bigEndian; }
    quint16 type() const { return m_type; }
    quint16 machine() const { return m_machine; }
    // The interpreter's path as written, e.g. "/lib64/ld-linux-x86-64.so.2";
    // empty for a static program.
    QByteArray interpreter() const { return m_interpreter; }
    // Whether execve would load it as a program (not an object file or core dump).
    bool isProgram() const { return m_type == TypeExecutable || m_type == TypeShared; }

    // This process's own header: the machine and byte order this kernel runs.
    static const ElfHeader &ofThisProgram();
    // Whether this kernel runs the program without an emulator: the same
    // machine and byte order, or the 32-bit sibling a 64-bit kernel runs.
    bool runsNativelyOn(const ElfHeader &host) const;

    // "x86-64", "arm64 (aarch64)", …, or "machine 1234" for numbers this
    // table lacks. Not translated: these are the names the tools print.
    static QString machineName(quint16 machine, bool is64Bit);

private:
    Status m_status = Status::NotElf;
    bool m_64bit = false;
    bool m_bigEndian = false;
    quint16 m_type = 0;
    quint16 m_machine = 0;
    QByteArray m_interpreter;
};

// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// A small bundle that makes the validator or the security review report one
// code: a configuration (a base with one edit) and what lies beside it.
// Each code of FindingCodes::all() and of SecurityRules::all() has one; the
// core test proves each produces its code, the window test walks them all
// from the findings panels to the field that edits them.
struct FindingSample
{
    enum class Base {
        Runc,     // what `runc spec` writes (the runc template)
        Hardened, // runc's, hardened until the security review finds nothing
        Windows,  // a Windows container
        HyperV,   // a Windows container in a Hyper-V utility VM
        FreeBsd,  // a FreeBSD jail
    };

    // What this machine must offer for the code to appear; the validator
    // reads the machine, and another machine may say nothing.
    enum class HostNeed {
        None,
        SelinuxOff,
        AppArmorOff,
        // runc here cannot raise limits (no CAP_SYS_RESOURCE), and its own
        // OOM score is above the lowest.
        NoCapSysResource,
        CgroupV1,
        CgroupV1WithoutBlkioWeight,
        // binfmt_misc has no handler for TestElf::foreignMachine() programs,
        // or has one (without the F flag, for the second).
        NoForeignHandler,
        ForeignHandler,
        ForeignHandlerWithoutF,
    };

    const char *code;
    const char *pointer; // of the finding
    // Applied to the base: "[…]" an RFC 6902 patch, "{…}" an RFC 7386
    // merge patch; empty: the base as it is.
    const char *edit = "";
    Base base = Base::Runc;
    // What the bundle directory holds besides config.json; empty: an empty
    // rootfs directory. Returns false when it could not be laid out.
    std::function<bool(const QString &bundle)> layOut;
    // Changes config.json's bytes after the edit (a byte order mark, "-0").
    std::function<QByteArray(const QByteArray &text)> rewrite;
    HostNeed need = HostNeed::None;
};

namespace FindingSamples {

// One per code of the validator (FindingCodes::all()).
const QList<FindingSample> &validator();
// One per rule of the security review (SecurityRules::all()).
const QList<FindingSample> &security();
// Codes of the validator no document can produce, with the reason.
const QList<QPair<QString, QString>> &unproducible();

// The configuration a sample starts from, as written.
QByteArray baseText(FindingSample::Base base);
// Writes config.json into directory and lays out the rest; false with the
// reason in error when something could not be written.
bool write(const FindingSample &sample, const QString &directory, QString *error);
// The bytes of config.json that write() writes.
QByteArray configText(const FindingSample &sample);
// Why this machine cannot show the sample's code, or empty when it can.
QString unmetNeed(const FindingSample &sample);

} // namespace FindingSamples

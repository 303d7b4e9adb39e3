#pragma once

#include <QByteArray>
#include <QString>

// What a validation may look at besides the parsed document. Each member
// left empty switches its checks off, so a document alone is checked as it
// always was (the window's live validation, `set`).
struct ValidationContext {
    // The bundle directory: root.path and relative bind sources resolve
    // against it, and it turns on the checks against this machine (host
    // findings: paths, CPUs, file systems, security modules).
    QString bundleDirectory;
    // config.json byte for byte, for what Go's encoding/json (and so runc)
    // refuses although nlohmann reads it: a byte order mark, "-0" for an
    // unsigned field.
    QByteArray sourceText;
};

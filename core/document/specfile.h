// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json.h"
#include "jsonformat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How a write of config.json may treat the file it replaces.
struct SpecWriteOptions
{
    // config.json is a link to a file outside its bundle directory, and the
    // user agreed to write there (AtomicFileWriter refuses otherwise).
    bool allowLinkOutside = false;
};

// config.json on disk: reading it, with a clear error for every kind of bad
// input, and writing a tree back in the layout it was read with. Qt Core
// only, so the headless subcommands run without Qt Gui; SpecDocument adds
// signals and undo on top.
class SpecFile
{
    Q_DECLARE_TR_FUNCTIONS(SpecFile)

public:
    // Files larger than this are refused rather than risk exhausting memory.
    static constexpr qint64 MaxFileSize = 128 * 1024 * 1024;
    // Deeper nesting is refused; no real config comes close.
    static constexpr int MaxDepth = 512;

    // DIR/config.json for a bundle directory, else path itself.
    static QString configPath(const QString &path);

    // Reads DIR/config.json or a path to the file itself. On failure returns
    // false, keeps the current content and sets errorString().
    bool read(const QString &path);
    // Parses text as if read from sourceName (used in messages).
    bool parse(const QByteArray &data, const QString &sourceName = QString());

    using WriteOptions = SpecWriteOptions;

    // Writes root in format through AtomicFileWriter: a failed write leaves
    // the old file byte for byte as it was, a good one keeps its mode, owner
    // and attributes. A directory gets a config.json (configPath()). A
    // successful write yields what it could not keep, one warning each.
    static Result<QStringList> write(const QString &path, const Json &root, const JsonFormat &format,
                                     WriteOptions options = {});
    // The same for this file's own tree, to path or to filePath().
    bool write(const QString &path = QString(), QStringList *warnings = nullptr);

    const Json &root() const { return m_root; }
    Json &root() { return m_root; }
    const JsonFormat &format() const { return m_format; }
    // The absolute path read from; empty after parse().
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_errorString; }
    // What a successful read or parse found that saving will not keep (a key
    // given twice), one translated sentence each.
    QStringList warnings() const { return m_warnings; }
    // The bytes the last successful read or parse took the content from.
    QByteArray data() const { return m_data; }

    // Moves the content out, for a SpecDocument to hold.
    Json takeRoot() { return std::move(m_root); }
    JsonFormat takeFormat() { return std::move(m_format); }

private:
    bool fail(const QString &message);

    Json m_root = Json::object();
    JsonFormat m_format;
    QString m_filePath;
    QString m_errorString;
    QStringList m_warnings;
    QByteArray m_data;
};

// SPDX-License-Identifier: Apache-2.0
#include "specfile.h"

#include "jsontreebuilder.h"

#include "io/atomicfilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <set>
#include <sys/stat.h>

namespace {

struct TextPosition
{
    qsizetype line = 1;
    qsizetype column = 1;
};

// 1-based line and column of a byte offset; columns count characters, not bytes.
TextPosition positionOf(const QByteArray &data, qsizetype offset)
{
    TextPosition position;
    offset = qBound<qsizetype>(0, offset, data.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = data[i];
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    return position;
}

// True when the data starts like a JSON document. Only then may an error
// message quote its bytes: config.json can be a link to any file, and a
// message must never show a line of /etc/shadow.
bool looksLikeJson(const QByteArray &data)
{
    for (const char c : data) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

QString describeParseError(const Json::parse_error &error, bool quoteInput)
{
    // nlohmann's text reads "[json.exception.parse_error.101] parse error at
    // line 3, column 5: syntax error while parsing ...; last read: 'tru'";
    // keep only the reason, and the quote only where it may be shown.
    QString reason = QString::fromUtf8(error.what());
    const qsizetype colon = reason.indexOf(QLatin1String(": "));
    if (colon >= 0)
        reason = reason.mid(colon + 2);
    const qsizetype quote = reason.indexOf(QLatin1String("; last read: "));
    if (!quoteInput && quote >= 0)
        reason.truncate(quote);
    if (reason.contains(QLatin1String("ill-formed UTF-8")))
        reason = SpecFile::tr("the text is not valid UTF-8");
    return reason;
}

// Keys an object has more than once, with the pointer of that object. JSON
// allows them, runc takes the last value, and a tree keeps only one: the
// user must hear of it before a save writes the key once.
class DuplicateKeyFinder : public nlohmann::json_sax<Json>
{
public:
    struct Duplicate
    {
        std::string object; // JSON pointer
        std::string key;
    };
    std::vector<Duplicate> duplicates;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool string(string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }
    bool start_object(std::size_t) override
    {
        m_frames.emplace_back(true);
        return true;
    }
    bool start_array(std::size_t) override
    {
        m_frames.emplace_back(false);
        return true;
    }
    bool end_object() override
    {
        m_frames.pop_back();
        return value();
    }
    bool end_array() override
    {
        m_frames.pop_back();
        return value();
    }
    bool key(string_t &key) override
    {
        Frame &frame = m_frames.back();
        if (!frame.keys.insert(key).second)
            duplicates.push_back({pointerOfCurrentObject(), key});
        frame.key = key;
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

private:
    struct Frame
    {
        explicit Frame(bool isObject) : object(isObject) { }
        bool object;
        std::set<std::string> keys;
        std::string key;  // of the member being read
        size_t index = 0; // of the element being read
    };

    // A value ended: an array moves on to its next element.
    bool value()
    {
        if (!m_frames.empty() && !m_frames.back().object)
            ++m_frames.back().index;
        return true;
    }

    std::string pointerOfCurrentObject() const
    {
        JsonPointer pointer;
        for (size_t i = 0; i + 1 < m_frames.size(); ++i)
            pointer /= m_frames[i].object ? m_frames[i].key : std::to_string(m_frames[i].index);
        return pointer.to_string();
    }

    std::vector<Frame> m_frames;
};

} // namespace

bool SpecFile::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

QString SpecFile::configPath(const QString &path)
{
    return QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("config.json")) : path;
}

bool SpecFile::read(const QString &path)
{
    const QFileInfo info(configPath(path));
    const QString filePath = info.absoluteFilePath();
    if (!info.exists()) {
        // QFileInfo only says no; stat's errno tells a missing file from a
        // directory that may not be searched, a file inside the path, a link loop.
        struct stat status;
        const int error = ::stat(QFile::encodeName(filePath).constData(), &status) == 0 ? 0 : errno;
        if (error != 0 && error != ENOENT)
            return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), qt_error_string(error)));
        if (QFileInfo(path).isDir())
            return fail(tr("%1 is not a bundle: it has no config.json.").arg(QDir::toNativeSeparators(path)));
        return fail(tr("%1 does not exist.").arg(QDir::toNativeSeparators(filePath)));
    }
    if (!info.isFile())
        return fail(tr("%1 is not a regular file.").arg(QDir::toNativeSeparators(filePath)));
    if (info.size() > MaxFileSize) {
        return fail(tr("%1 is %2 MiB; the editor opens files of up to %3 MiB.")
                        .arg(QDir::toNativeSeparators(filePath))
                        .arg(info.size() / (1024 * 1024))
                        .arg(MaxFileSize / (1024 * 1024)));
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
    // Read, not mapped: another program may truncate the file while it is
    // parsed (an editor that saves in place), and a mapping would then crash.
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
    if (!parse(data, QDir::toNativeSeparators(filePath)))
        return false;
    m_filePath = filePath;
    const AtomicFileWriter::Target target = AtomicFileWriter::inspect(filePath);
    if (target.isLink && target.outside) {
        m_warnings << tr("%1 is a link to %2, outside the bundle directory; saving does not write through it.")
                          .arg(QDir::toNativeSeparators(filePath), QDir::toNativeSeparators(target.resolved));
    }
    return true;
}

bool SpecFile::parse(const QByteArray &data, const QString &sourceName)
{
    const QString source = sourceName.isEmpty() ? tr("config.json") : sourceName;
    // nlohmann's parser keeps its own stack, so any depth parses safely; the
    // layout walk that follows refuses what no config needs before any
    // recursive code (views, validation) sees it.
    Json parsed;
    try {
        parsed = JsonTreeBuilder::parse(data.constBegin(), data.constEnd());
    } catch (const Json::parse_error &error) {
        const TextPosition at = positionOf(data, qsizetype(error.byte) - 1);
        return fail(tr("%1: line %2, column %3: %4")
                        .arg(source)
                        .arg(at.line)
                        .arg(at.column)
                        .arg(describeParseError(error, looksLikeJson(data))));
    } catch (const Json::exception &error) {
        return fail(tr("%1: %2").arg(source, QString::fromUtf8(error.what())));
    }
    if (!parsed.is_object()) {
        return fail(tr("%1: a runtime configuration is a JSON object, but this file holds %2.")
                        .arg(source, JsonUtil::typeName(parsed)));
    }
    size_t tooDeepAt = 0;
    JsonFormat format =
        JsonFormat::detect(std::string_view(data.constData(), size_t(data.size())), parsed, MaxDepth, &tooDeepAt);
    if (tooDeepAt > 0) {
        const TextPosition at = positionOf(data, qsizetype(tooDeepAt));
        return fail(tr("%1: line %2, column %3: the values are nested more than %4 levels deep.")
                        .arg(source)
                        .arg(at.line)
                        .arg(at.column)
                        .arg(MaxDepth));
    }
    QStringList warnings;
    if (!format.isExact()) {
        DuplicateKeyFinder finder;
        Json::sax_parse(data.constBegin(), data.constEnd(), &finder);
        for (const DuplicateKeyFinder::Duplicate &duplicate : finder.duplicates) {
            const QString object =
                duplicate.object.empty() ? QStringLiteral("/") : JsonUtil::toQString(duplicate.object);
            warnings << tr("%1: the key \"%2\" appears more than once in %3. The last value counts, as runc reads "
                           "it, and saving writes the key once.")
                            .arg(source, JsonUtil::toQString(duplicate.key), object);
        }
        if (warnings.isEmpty())
            warnings << tr("%1: the layout of the file could not be followed; saving keeps its indentation only.")
                            .arg(source);
    }
    m_root = std::move(parsed);
    m_format = std::move(format);
    m_warnings = warnings;
    m_data = data;
    m_filePath.clear();
    m_errorString.clear();
    return true;
}

Result<QStringList> SpecFile::write(const QString &path, const Json &root, const JsonFormat &format,
                                    WriteOptions options)
{
    AtomicFileWriter file(configPath(path));
    file.setAllowOutsideBoundary(options.allowLinkOutside);
    bool written = file.open();
    // Piece by piece: no second copy of a large document in memory.
    if (written)
        format.serialize(root, [&](std::string_view piece) { written = written && file.write(piece); });
    written = written && file.commit();
    if (!written)
        return Result<QStringList>::failure(file.errorString());
    return file.warnings();
}

bool SpecFile::write(const QString &path, QStringList *warnings)
{
    const QString target = path.isEmpty() ? m_filePath : path;
    if (target.isEmpty())
        return fail(tr("The file has no name yet."));
    const Result<QStringList> written = write(target, m_root, m_format);
    if (!written)
        return fail(written.error());
    if (warnings)
        *warnings = written.value();
    m_errorString.clear();
    return true;
}

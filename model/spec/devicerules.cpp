#include "devicerules.h"

#include "jsonaccess.h"

#include <QCoreApplication>
#include <QHash>

using namespace JsonAccess;

DeviceRules::DeviceRules(const Json &root, FindingSink *sink)
    : m_root(root)
    , m_sink(sink)
{
}

void DeviceRules::check()
{
    const Json *devices = memberPath(m_root, {"linux", "devices"});
    if (!devices || !devices->is_array())
        return;
    QHash<QString, qsizetype> byPath;
    QHash<QString, qsizetype> byNumber;
    qsizetype index = 0;
    for (const Json &device : *devices) {
        const QString pointer = join(QStringLiteral("/linux/devices"), index);
        const std::optional<QString> type = stringOf(member(device, "type"));
        const Json *major = member(device, "major");
        const Json *minor = member(device, "minor");
        if (type == QLatin1String("p")) {
            if (major || minor) {
                m_sink->warning(QStringLiteral("device.fifo-numbers"), pointer + (major ? QLatin1String("/major") : QLatin1String("/minor")),
                                tr("A FIFO (type p) has no device numbers; they are ignored."));
            }
        } else if (type) {
            for (const auto &[json, key] : {std::pair{major, "major"}, std::pair{minor, "minor"}}) {
                if (!json) {
                    m_sink->error(QStringLiteral("device.number.missing"), pointer + QLatin1Char('/') + QLatin1String(key),
                                  tr("A device of type %1 needs a %2 number.").arg(*type, QLatin1String(key)));
                } else if (const std::optional<qint64> n = int64Of(json); n && *n < 0) {
                    m_sink->error(QStringLiteral("device.number.negative"), pointer + QLatin1Char('/') + QLatin1String(key),
                                  tr("Device numbers cannot be negative."));
                }
            }
            const std::optional<qint64> majorNumber = int64Of(major);
            const std::optional<qint64> minorNumber = int64Of(minor);
            if (majorNumber && minorNumber) {
                const QString id = QStringLiteral("%1 %2:%3").arg(*type).arg(*majorNumber).arg(*minorNumber);
                if (byNumber.contains(id)) {
                    m_sink->warning(QStringLiteral("device.duplicate"), pointer,
                                    tr("Device %1 is already listed as device %2.").arg(id).arg(byNumber.value(id)));
                } else {
                    byNumber.insert(id, index);
                }
            }
        }
        if (const Json *path = member(device, "path"); path && path->is_string()) {
            const QString normalized = JsonUtil::toQString(normalizedPath(path->get_ref<const std::string &>()));
            if (byPath.contains(normalized)) {
                m_sink->error(QStringLiteral("device.path.duplicate"), pointer + QLatin1String("/path"),
                              tr("Device %1 already creates %2.").arg(byPath.value(normalized)).arg(normalized));
            } else {
                byPath.insert(normalized, index);
            }
        }
        ++index;
    }
}

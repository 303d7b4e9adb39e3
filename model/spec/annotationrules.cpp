#include "annotationrules.h"

#include "jsonaccess.h"

#include <QCoreApplication>

using namespace JsonAccess;

AnnotationRules::AnnotationRules(const Json &root, FindingSink *sink)
    : m_root(root)
    , m_sink(sink)
{
}

void AnnotationRules::check()
{
    const Json *annotations = member(m_root, "annotations");
    if (!annotations || !annotations->is_object())
        return;
    // The only keys of the reserved namespace the specification describes.
    static const QSet<QString> described = {
        QStringLiteral("org.opencontainers.image.os"), QStringLiteral("org.opencontainers.image.os.version"),
        QStringLiteral("org.opencontainers.image.os.features"), QStringLiteral("org.opencontainers.image.architecture"),
        QStringLiteral("org.opencontainers.image.variant"), QStringLiteral("org.opencontainers.image.author"),
        QStringLiteral("org.opencontainers.image.created"), QStringLiteral("org.opencontainers.image.stopSignal")};
    for (auto it = annotations->begin(); it != annotations->end(); ++it) {
        const QString key = JsonUtil::toQString(it.key());
        const QString pointer = join(QStringLiteral("/annotations"), key);
        if (key.isEmpty()) {
            m_sink->error(QStringLiteral("annotation.key.empty"), pointer, tr("Annotation keys must not be empty."));
        } else if ((key == QLatin1String("org.opencontainers") || key.startsWith(QLatin1String("org.opencontainers.")))
                   && !described.contains(key)) {
            m_sink->error(QStringLiteral("annotation.key.reserved"), pointer,
                          tr("%1 uses the reserved org.opencontainers namespace but is not one of the keys the specification defines.")
                              .arg(key));
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
#include "annotationrules.h"

#include "jsonaccess.h"

#include <QCoreApplication>

using namespace JsonAccess;

AnnotationRules::AnnotationRules(const Json &root, FindingSink *sink) : m_root(root), m_sink(sink) { }

void AnnotationRules::check()
{
    const Json *annotations = member(m_root, "annotations");
    if (!annotations || !annotations->is_object())
        return;
    // The keys of the reserved namespace the OCI specifications define: the
    // image-spec's pre-defined annotations and those its conversion to a
    // runtime bundle writes (umoci unpack adds exposedPorts, for one).
    static const QSet<QString> described = {QStringLiteral("org.opencontainers.image.created"),
                                            QStringLiteral("org.opencontainers.image.authors"),
                                            QStringLiteral("org.opencontainers.image.url"),
                                            QStringLiteral("org.opencontainers.image.documentation"),
                                            QStringLiteral("org.opencontainers.image.source"),
                                            QStringLiteral("org.opencontainers.image.version"),
                                            QStringLiteral("org.opencontainers.image.revision"),
                                            QStringLiteral("org.opencontainers.image.vendor"),
                                            QStringLiteral("org.opencontainers.image.licenses"),
                                            QStringLiteral("org.opencontainers.image.ref.name"),
                                            QStringLiteral("org.opencontainers.image.title"),
                                            QStringLiteral("org.opencontainers.image.description"),
                                            QStringLiteral("org.opencontainers.image.base.digest"),
                                            QStringLiteral("org.opencontainers.image.base.name"),
                                            QStringLiteral("org.opencontainers.image.os"),
                                            QStringLiteral("org.opencontainers.image.os.version"),
                                            QStringLiteral("org.opencontainers.image.os.features"),
                                            QStringLiteral("org.opencontainers.image.architecture"),
                                            QStringLiteral("org.opencontainers.image.variant"),
                                            QStringLiteral("org.opencontainers.image.author"),
                                            QStringLiteral("org.opencontainers.image.stopSignal"),
                                            QStringLiteral("org.opencontainers.image.exposedPorts")};
    for (auto it = annotations->begin(); it != annotations->end(); ++it) {
        const QString key = JsonUtil::toQString(it.key());
        const QString pointer = join(QStringLiteral("/annotations"), key);
        if (key.isEmpty()) {
            m_sink->error(FindingCode::AnnotationKeyEmpty, pointer, tr("Annotation keys must not be empty."));
        } else if ((key == QLatin1String("org.opencontainers") || key.startsWith(QLatin1String("org.opencontainers.")))
                   && !described.contains(key)) {
            // Reserved for the specifications, yet runtimes must not fail on
            // an unknown annotation: worth a warning, not an error.
            m_sink->warning(FindingCode::AnnotationKeyReserved, pointer,
                            tr("%1 uses the reserved org.opencontainers namespace but is not one of the keys the OCI "
                               "specifications define; runtimes ignore it.")
                                .arg(key));
        }
    }
}

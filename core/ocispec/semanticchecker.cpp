// SPDX-License-Identifier: Apache-2.0
#include "semanticchecker.h"

#include "annotationrules.h"
#include "devicerules.h"
#include "mountrules.h"
#include "namespacerules.h"
#include "platformrules.h"
#include "processrules.h"
#include "resourcerules.h"
#include "seccomprules.h"
#include "targetplatforms.h"
#include "usernamespacerules.h"

SemanticChecker::SemanticChecker(const Json &root, FindingSink *sink) : m_root(root), m_sink(sink) { }

void SemanticChecker::check()
{
    if (!m_root.is_object())
        return;
    NamespaceRules namespaces(m_root, m_sink);
    namespaces.check();
    UserNamespaceRules(m_root, namespaces.has(QStringLiteral("user")), m_sink).check();
    ProcessRules(m_root, m_sink).check();
    MountRules(m_root, namespaces.has(QStringLiteral("user")), m_sink).check();
    DeviceRules(m_root, m_sink).check();
    ResourceRules(m_root, m_sink).check();
    SeccompRules(m_root, m_sink).check();
    AnnotationRules(m_root, m_sink).check();
    PlatformRules(m_root, TargetPlatform::of(m_root), m_sink).check();
}

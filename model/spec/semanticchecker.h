#pragma once

#include "findingsink.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

// Rules that need more than one field at a time: capability set
// consistency, namespace dependencies, duplicate entries, ordering of
// limits, mounts that hide earlier mounts, and so on. Every rule tolerates
// values of the wrong type (SchemaChecker reports those) and stays linear
// in the size of the document.
class SemanticChecker
{
    // Messages belong to the validator as a whole, one context for translators.
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    SemanticChecker(const Json &root, FindingSink *sink);

    void check();

private:
    void checkRootAndProcess();
    void checkProcessLimits(const Json &process);
    void checkScheduler(const Json &scheduler);
    void checkEnvironment(const Json &env, const QString &pointer);
    void checkCapabilities(const Json &capabilities);
    void checkRlimits(const Json &rlimits);
    void checkNamespaces();
    void checkNamespaceDependencies();
    void checkSysctl(const Json &sysctl);
    void checkMounts();
    void checkMountIdMapping(const Json &mount, qsizetype index);
    void checkDevices();
    void checkMemory(const Json &memory);
    void checkCpu(const Json &cpu);
    void checkOtherResources(const Json &resources);
    void checkSeccomp();
    void checkMemoryPolicy();
    void checkAnnotations();
    void checkHooks();

    bool isLinux() const;
    bool hasNamespace(const QString &type) const { return m_namespaces.contains(type); }

    const Json &m_root;
    FindingSink *m_sink;
    QSet<QString> m_namespaces;
};

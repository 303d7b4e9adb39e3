// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "findingsink.h"

// Rules that need more than one field at a time, grouped by area (process,
// namespaces, mounts, devices, resources, seccomp, annotations, the other
// platforms). Every rule
// tolerates values of the wrong type (SchemaChecker reports those) and
// stays linear in the size of the document.
class SemanticChecker
{
public:
    SemanticChecker(const Json &root, FindingSink *sink);

    void check();

private:
    const Json &m_root;
    FindingSink *m_sink;
};

# SPDX-License-Identifier: Apache-2.0
# One page per editor tab.
target_sources(obe_gui PRIVATE
    pages/capabilitiespage.h pages/capabilitiespage.cpp
    pages/devicespage.h pages/devicespage.cpp
    pages/formeditorpage.h pages/formeditorpage.cpp
    pages/generalpage.h pages/generalpage.cpp
    pages/hookspage.h pages/hookspage.cpp
    pages/idmappingspage.h pages/idmappingspage.cpp
    pages/jsonpage.h pages/jsonpage.cpp
    pages/mountspage.h pages/mountspage.cpp
    pages/namespacespage.h pages/namespacespage.cpp
    pages/processpage.h pages/processpage.cpp
    pages/resourcespage.h pages/resourcespage.cpp
    pages/securitypage.h pages/securitypage.cpp
)

# Editor tabs Mounts, Namespaces, ID mappings, Hooks, Resources, Devices and
# Security, with the widgets and delegates they share.
target_sources(obe_gui PRIVATE
    pages/currentrowbinding.h pages/currentrowbinding.cpp
    pages/cellfocusreporter.h pages/cellfocusreporter.cpp
    pages/nestedtableslot.h pages/nestedtableslot.cpp
    pages/formeditorpage.h pages/formeditorpage.cpp
    pages/choicedelegate.h pages/choicedelegate.cpp
    pages/octalmodedelegate.h pages/octalmodedelegate.cpp
    pages/bytesizeedit.h pages/bytesizeedit.cpp
    pages/idmapdiagram.h pages/idmapdiagram.cpp
    pages/idmappingtable.h pages/idmappingtable.cpp
    pages/mountoptionseditor.h pages/mountoptionseditor.cpp
    pages/mountspage.h pages/mountspage.cpp
    pages/namespacespage.h pages/namespacespage.cpp
    pages/idmappingspage.h pages/idmappingspage.cpp
    pages/resourcespage.h pages/resourcespage.cpp
    pages/devicespage.h pages/devicespage.cpp
    pages/hookspage.h pages/hookspage.cpp
    pages/stringsetmodel.h pages/stringsetmodel.cpp
    pages/securitypage.h pages/securitypage.cpp
)

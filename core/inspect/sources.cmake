# SPDX-License-Identifier: Apache-2.0
# Inspecting a bundle's root filesystem: its tree read without following a
# link or leaving it, what is worth a look, totals, and files read-only.
target_sources(obe_core PRIVATE
    inspect/rootfsentry.h inspect/rootfsentry.cpp
    inspect/rootfsreader.h inspect/rootfsreader.cpp
    inspect/idnames.h inspect/idnames.cpp
    inspect/usernamespacemap.h inspect/usernamespacemap.cpp
    inspect/rootfsflags.h inspect/rootfsflags.cpp
    inspect/rootfsmodel.h inspect/rootfsmodel.cpp
    inspect/mountoverlay.h inspect/mountoverlay.cpp
    inspect/containerviewmodel.h inspect/containerviewmodel.cpp
    inspect/rootfstarget.h inspect/rootfstarget.cpp
    inspect/rootfstotals.h inspect/rootfstotals.cpp
    inspect/filepreview.h inspect/filepreview.cpp
)

# SPDX-License-Identifier: Apache-2.0
# Inspect mode: the root filesystem browser and the runtimes' support.
target_sources(obe_gui PRIVATE
    inspect/flaggedfiltermodel.h inspect/flaggedfiltermodel.cpp
    inspect/rootfsentrydelegate.h inspect/rootfsentrydelegate.cpp
    inspect/rootfsentrydetails.h inspect/rootfsentrydetails.cpp
    inspect/rootfstotalsbar.h inspect/rootfstotalsbar.cpp
    inspect/inspectviewswitch.h inspect/inspectviewswitch.cpp
    inspect/mountdetails.h inspect/mountdetails.cpp
    inspect/inspectpage.h inspect/inspectpage.cpp
    inspect/runtimesupportdelegate.h inspect/runtimesupportdelegate.cpp
    inspect/runtimesupportview.h inspect/runtimesupportview.cpp
)

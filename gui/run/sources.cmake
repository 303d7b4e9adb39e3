# SPDX-License-Identifier: Apache-2.0
# The run view: runtime settings, lifecycle, messages, console, terminal, exec and stats charts.
target_sources(obe_gui PRIVATE
    run/runpanel.h run/runpanel.cpp
    run/runtimesettingsrow.h run/runtimesettingsrow.cpp
    run/lifecyclebar.h run/lifecyclebar.cpp
    run/runmessagearea.h run/runmessagearea.cpp
    run/runstatusstrip.h run/runstatusstrip.cpp
    run/consoleview.h run/consoleview.cpp
    run/terminalview.h run/terminalview.cpp
    run/terminalaccessible.h run/terminalaccessible.cpp
    run/statschartaccessible.h run/statschartaccessible.cpp
    run/execform.h run/execform.cpp
    run/statschartview.h run/statschartview.cpp
    run/chartline.h run/chartline.cpp
    run/launchtimelineview.h run/launchtimelineview.cpp
)

# Editor tabs General, Process, Capabilities and JSON, added to obe_gui.
target_sources(obe_gui PRIVATE
    pages/generalpage.h pages/generalpage.cpp
    pages/processrlimitvaluedelegate.h pages/processrlimitvaluedelegate.cpp
    pages/processpage.h pages/processpage.cpp
    pages/capabilitiesmatrixmodel.h pages/capabilitiesmatrixmodel.cpp
    pages/capabilitiescheckdelegate.h pages/capabilitiescheckdelegate.cpp
    pages/capabilitiespage.h pages/capabilitiespage.cpp
    pages/jsonpage.h pages/jsonpage.cpp
)

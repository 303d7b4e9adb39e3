# Sources of model/spec, added to obe_model.
target_sources(obe_model PRIVATE
    spec/specversion.h spec/specversion.cpp
    spec/fieldinfo.h
    spec/catalogueentries.h spec/catalogueentries.cpp
    spec/speccatalogue.h spec/speccatalogue.cpp
    spec/finding.h spec/finding.cpp
    spec/findingsink.h
    spec/pointerpath.h spec/pointerpath.cpp
    spec/firstseenindex.h spec/firstseenindex.cpp
    spec/schemachecker.h spec/schemachecker.cpp
    spec/jsonaccess.h spec/jsonaccess.cpp
    spec/processrules.h spec/processrules.cpp
    spec/namespacerules.h spec/namespacerules.cpp
    spec/mountrules.h spec/mountrules.cpp
    spec/devicerules.h spec/devicerules.cpp
    spec/resourcerules.h spec/resourcerules.cpp
    spec/seccomprules.h spec/seccomprules.cpp
    spec/annotationrules.h spec/annotationrules.cpp
    spec/semanticchecker.h spec/semanticchecker.cpp
    spec/validator.h spec/validator.cpp
)

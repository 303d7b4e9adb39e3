# Sources of model/spec, added to obe_model.
target_sources(obe_model PRIVATE
    spec/specversion.h spec/specversion.cpp
    spec/fieldinfo.h
    spec/catalogueentries.h spec/catalogueentries.cpp
    spec/speccatalogue.h spec/speccatalogue.cpp
    spec/finding.h spec/finding.cpp
    spec/findingsink.h
    spec/schemachecker.h spec/schemachecker.cpp
    spec/semanticchecker.h spec/semanticchecker.cpp
    spec/validator.h spec/validator.cpp
)

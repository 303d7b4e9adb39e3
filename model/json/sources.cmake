target_sources(obe_model PRIVATE
    json/json.h json/json.cpp
    json/jsonformat.h json/jsonformat.cpp
    json/jsoninput.h json/jsoninput.cpp
    json/specfile.h json/specfile.cpp
    json/specdocument.h json/specdocument.cpp
    json/missingpath.h
    json/jsonedit.h json/jsonedit.cpp
    json/editcommands.h json/editcommands.cpp
    json/specmodel.h json/specmodel.cpp
    json/arraytablemodel.h json/arraytablemodel.cpp
)

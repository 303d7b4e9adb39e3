# The lossless document: reading and writing config.json, the undo
# commands, and the tree and table models over it.
target_sources(obe_core PRIVATE
    document/json.h document/json.cpp
    document/jsonformat.h document/jsonformat.cpp
    document/jsoninput.h document/jsoninput.cpp
    document/specfile.h document/specfile.cpp
    document/specdocument.h document/specdocument.cpp
    document/jsonedit.h document/jsonedit.cpp
    document/editcommands.h document/editcommands.cpp
    document/undotext.h document/undotext.cpp
    document/valueplacement.h document/valueplacement.cpp
    document/specmodel.h document/specmodel.cpp
    document/arraytablemodel.h document/arraytablemodel.cpp
)

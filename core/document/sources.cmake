# SPDX-License-Identifier: Apache-2.0
# The lossless document. The JSON value, its layout and reading and writing
# config.json are what the Bundle API builds on.
target_sources(obe_bundle PRIVATE
    document/json.h document/json.cpp
    document/jsonformat.h document/jsonformat.cpp
    document/jsontreebuilder.h document/jsontreebuilder.cpp
    document/specfile.h document/specfile.cpp
)
# The rest: typed input, the undo commands, and the tree and table models.
target_sources(obe_core PRIVATE
    document/jsoninput.h document/jsoninput.cpp
    document/specdocument.h document/specdocument.cpp
    document/jsonedit.h document/jsonedit.cpp
    document/jsontextmap.h document/jsontextmap.cpp
    document/jsontextdiff.h document/jsontextdiff.cpp
    document/editcommands.h document/editcommands.cpp
    document/undotext.h document/undotext.cpp
    document/valueplacement.h document/valueplacement.cpp
    document/specmodel.h document/specmodel.cpp
    document/arraytablemodel.h document/arraytablemodel.cpp
)

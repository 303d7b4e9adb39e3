# SPDX-License-Identifier: Apache-2.0
# Editing widgets, delegates and bindings that several tabs share.
target_sources(obe_gui PRIVATE
    editors/fieldbinder.h editors/fieldbinder.cpp
    editors/fieldcontextmenu.h editors/fieldcontextmenu.cpp
    editors/textfindfield.h editors/textfindfield.cpp
    editors/editorpage.h editors/editorpage.cpp
    editors/jsoncompletion.h editors/jsoncompletion.cpp
    editors/jsonhighlighter.h editors/jsonhighlighter.cpp
    editors/jsontextedit.h editors/jsontextedit.cpp
    editors/arraytableeditor.h editors/arraytableeditor.cpp
    editors/bytesizeedit.h editors/bytesizeedit.cpp
    editors/capabilitiescheckdelegate.h editors/capabilitiescheckdelegate.cpp
    editors/capabilitiesmatrixmodel.h editors/capabilitiesmatrixmodel.cpp
    editors/cellfocusreporter.h editors/cellfocusreporter.cpp
    editors/choicedelegate.h editors/choicedelegate.cpp
    editors/currentrowbinding.h editors/currentrowbinding.cpp
    editors/findingmarkdelegate.h editors/findingmarkdelegate.cpp
    editors/findingmarks.h editors/findingmarks.cpp
    editors/contrastcolor.h editors/contrastcolor.cpp
    editors/idmapdiagram.h editors/idmapdiagram.cpp
    editors/idmapdiagramaccessible.h editors/idmapdiagramaccessible.cpp
    editors/idmappingtable.h editors/idmappingtable.cpp
    editors/mountoptionseditor.h editors/mountoptionseditor.cpp
    editors/nestedtableslot.h editors/nestedtableslot.cpp
    editors/octalmodedelegate.h editors/octalmodedelegate.cpp
    editors/processrlimitvaluedelegate.h editors/processrlimitvaluedelegate.cpp
    editors/stringsetmodel.h editors/stringsetmodel.cpp
)

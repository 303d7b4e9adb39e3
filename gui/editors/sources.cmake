target_sources(obe_gui PRIVATE
    editors/fieldbinder.h editors/fieldbinder.cpp
    editors/editorpage.h editors/editorpage.cpp
    editors/arraytableeditor.h editors/arraytableeditor.cpp
)

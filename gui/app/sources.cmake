# SPDX-License-Identifier: Apache-2.0
# The main window, its panels and dialogs.
target_sources(obe_gui PRIVATE
    app/preferences.h app/preferences.cpp
    app/containersmode.h app/containersmode.cpp
    app/findingsmodel.h app/findingsmodel.cpp
    app/validationpanel.h app/validationpanel.cpp
    app/securityreviewmodel.h app/securityreviewmodel.cpp
    app/securityreviewpanel.h app/securityreviewpanel.cpp
    app/explainpanel.h app/explainpanel.cpp
    app/conceptbrowser.h app/conceptbrowser.cpp
    app/learnocidialog.h app/learnocidialog.cpp
    app/recentfiles.h app/recentfiles.cpp
    app/diskwatcher.h app/diskwatcher.cpp
    app/editorstartup.h app/editorstartup.cpp
    app/diskconflictdialog.h app/diskconflictdialog.cpp
    app/demobundle.h app/demobundle.cpp
    app/fromimagedialog.h app/fromimagedialog.cpp
    app/preferencesdialog.h app/preferencesdialog.cpp
    app/modearea.h app/modearea.cpp
    app/paletteglyphicon.h app/paletteglyphicon.cpp
    app/welcomepage.h app/welcomepage.cpp
    app/infobar.h app/infobar.cpp
    app/bundlefiledialog.h app/bundlefiledialog.cpp
    app/abouttext.h app/abouttext.cpp
    app/shortcutlistmodel.h app/shortcutlistmodel.cpp
    app/shortcutsdialog.h app/shortcutsdialog.cpp
    app/mainwindow.h app/mainwindow.cpp
    app/indicatorcontraststyle.h app/indicatorcontraststyle.cpp
)

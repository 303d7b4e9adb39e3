# Translations of the editor. lupdate reads every source of model/ and gui/
# (the catalogue's explanations live in model/); the compiled .qm files are
# embedded into the executable under :/i18n.
file(GLOB_RECURSE obe_translatable_sources CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/model/*.h ${CMAKE_SOURCE_DIR}/model/*.cpp
    ${CMAKE_SOURCE_DIR}/gui/*.h ${CMAKE_SOURCE_DIR}/gui/*.cpp)
qt_add_translations(oci-bundle-editor
    TS_FILES ${CMAKE_SOURCE_DIR}/translations/oci-bundle-editor_de.ts
    SOURCES ${obe_translatable_sources}
    LUPDATE_OPTIONS -locations none
)

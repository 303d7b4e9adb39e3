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

# English needs only the plural forms ("1 error", "2 errors"); the file is
# kept up to date with `lupdate -pluralonly`, so it is not in the list above
# and lives apart from the full translations.
set(obe_plural_ts ${CMAKE_SOURCE_DIR}/translations/plurals/oci-bundle-editor_en.ts)
set(obe_plural_qm ${CMAKE_CURRENT_BINARY_DIR}/oci-bundle-editor_en.qm)
add_custom_command(OUTPUT ${obe_plural_qm}
    COMMAND Qt6::lrelease -silent ${obe_plural_ts} -qm ${obe_plural_qm}
    DEPENDS ${obe_plural_ts}
    VERBATIM)
qt_add_resources(oci-bundle-editor "plural_translations"
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${obe_plural_qm})

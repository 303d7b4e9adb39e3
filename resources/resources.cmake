# The application icon (embedded for the window) and the desktop entry.
set(obe_resources_dir ${CMAKE_SOURCE_DIR}/resources)
qt_add_resources(oci-bundle-editor-window "icons"
    PREFIX /icons
    BASE ${obe_resources_dir}/icons
    FILES ${obe_resources_dir}/icons/oci-bundle-editor.svg)

install(TARGETS oci-bundle-editor RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS oci-bundle-editor-window LIBRARY DESTINATION ${obe_editor_module_dir})
install(FILES ${obe_resources_dir}/oci-bundle-editor.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${obe_resources_dir}/icons/oci-bundle-editor.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

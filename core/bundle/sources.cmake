# The goci-compatible Bundle API, the templates and the bundle lock.
target_sources(obe_core PRIVATE
    bundle/result.h
    bundle/jsonfieldreader.h bundle/jsonfieldreader.cpp
    bundle/jsonfieldwriter.h bundle/jsonfieldwriter.cpp
    bundle/spectypes.h bundle/spectypes.cpp
    bundle/specmemberorder.h bundle/specmemberorder.cpp
    bundle/bundle.h bundle/bundle.cpp
    bundle/namespaceslice.h bundle/namespaceslice.cpp
    bundle/bundleloader.h bundle/bundleloader.cpp
    bundle/bundlesaver.h bundle/bundlesaver.cpp
    bundle/bundletemplates.h bundle/bundletemplates.cpp
    bundle/rootfscopy.h bundle/rootfscopy.cpp
    bundle/bundlelock.h bundle/bundlelock.cpp
)

set(obe_templates_dir ${CMAKE_CURRENT_SOURCE_DIR}/../resources/templates)
qt_add_resources(obe_core "templates"
    PREFIX /templates
    BASE ${obe_templates_dir}
    FILES
        ${obe_templates_dir}/runc.json
        ${obe_templates_dir}/rootless.json
        ${obe_templates_dir}/demo.json
)

# SPDX-License-Identifier: Apache-2.0
# What every front end sets up first: the application's names and version,
# and its translations.
target_sources(obe_core PRIVATE
    application/applicationidentity.h application/applicationidentity.cpp
    application/translationloader.h application/translationloader.cpp
)
set_source_files_properties(application/applicationidentity.cpp PROPERTIES
    COMPILE_DEFINITIONS OBE_VERSION="${PROJECT_VERSION}")

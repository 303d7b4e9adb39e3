# Sources of model/cli (the headless subcommands), added to obe_model.
target_sources(obe_model PRIVATE
    cli/commandline.h cli/commandline.cpp
    cli/terminaltext.h cli/terminaltext.cpp
)
set_source_files_properties(cli/commandline.cpp PROPERTIES
    COMPILE_DEFINITIONS OBE_VERSION="${PROJECT_VERSION}")

# Sources of model/runtime, added to obe_model.
target_sources(obe_model PRIVATE
    runtime/runtimecommand.h
    runtime/runcbinary.h runtime/runcbinary.cpp
)

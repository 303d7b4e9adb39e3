# Files on disk: the one checked way to replace a file.
target_sources(obe_model PRIVATE
    io/atomicfilewriter.h io/atomicfilewriter.cpp
)

# Files on disk: the one checked way to replace a file, and text differences.
target_sources(obe_core PRIVATE
    io/atomicfilewriter.h io/atomicfilewriter.cpp
    io/unifieddiff.h io/unifieddiff.cpp
)

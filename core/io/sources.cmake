# SPDX-License-Identifier: Apache-2.0
# Files on disk: the one checked way to replace a file (which the Bundle API
# saves through), and text differences.
target_sources(obe_bundle PRIVATE
    io/atomicfilewriter.h io/atomicfilewriter.cpp
)
target_sources(obe_core PRIVATE
    io/unifieddiff.h io/unifieddiff.cpp
)
